"""Redline: clause matching by id, moves by longest increasing subsequence, word diffs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.core.drafting import Clause, Draft, make_version
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.redline import (
    ClauseStatus,
    Op,
    Segment,
    apply_redline,
    redline,
    tokenise,
    word_diff,
)

LANGS = ("en", "zh-Hans")


def clause(cid: str, en: str, zh: str = "条款。", head: str = "H") -> Clause:
    return Clause(cid, (("en", head), ("zh-Hans", head)), (("en", en), ("zh-Hans", zh)))


def statuses(old: list[Clause], new: list[Clause]) -> list[tuple[str, str]]:
    return [(c.clause_id, c.status.value) for c in redline(old, new).changes]


# --- tokens and word diffs --------------------------------------------------------------------


def test_tokens_are_words_spaces_punctuation_and_single_cjk_characters() -> None:
    assert tokenise("Pay USD 1,000 now.") == ["Pay", " ", "USD", " ", "1", ",", "000", " ", "now",
                                              "."]
    assert tokenise("甲方应付款。") == ["甲", "方", "应", "付", "款", "。"]
    assert tokenise("Acme公司 shall") == ["Acme", "公", "司", " ", "shall"]
    assert tokenise("Café\n\n(a)") == ["Café", "\n\n", "(", "a", ")"]


@given(st.text(max_size=200))
def test_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenise(text)) == text


#: few symbols, so texts share starts and ends that overlap ("the the" against "the")
_small_texts = st.lists(st.sampled_from(["the", "a", " ", "，", "中"]), max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_small_texts, _small_texts)
def test_word_diff_rebuilds_both_texts_from_few_symbols(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert "".join(s.text for s in segments if s.op is not Op.INSERT) == old
    assert "".join(s.text for s in segments if s.op is not Op.DELETE) == new
    assert all(s.text for s in segments), "no empty segment"
    assert all(x.op is not y.op for x, y in zip(segments, segments[1:], strict=False)), "runs are merged"
    if old == new:
        assert all(s.op is Op.EQUAL for s in segments)


def test_word_diff_where_the_unchanged_start_and_end_overlap() -> None:
    assert word_diff("the the", "the") == (Segment(Op.EQUAL, "the"), Segment(Op.DELETE, " the"))
    assert word_diff("a", "a a") == (Segment(Op.EQUAL, "a"), Segment(Op.INSERT, " a"))


def test_word_diff_marks_whole_words_and_single_cjk_characters() -> None:
    assert word_diff("Pay within 30 days.", "Pay within 45 days.") == (
        Segment(Op.EQUAL, "Pay within "), Segment(Op.DELETE, "30"), Segment(Op.INSERT, "45"),
        Segment(Op.EQUAL, " days."))
    assert word_diff("三十日内付款", "四十五日内付款") == (
        Segment(Op.DELETE, "三"), Segment(Op.INSERT, "四"), Segment(Op.EQUAL, "十"),
        Segment(Op.INSERT, "五"), Segment(Op.EQUAL, "日内付款"))
    assert word_diff("", "") == ()
    assert word_diff("same", "same") == (Segment(Op.EQUAL, "same"),)


# --- clause level -------------------------------------------------------------------------------


def test_clause_statuses_in_reading_order() -> None:
    a, b, c, d = (clause(x, f"Text {x}.") for x in "abcd")
    new = [b.with_text("en", body="Text b, amended."), a, c, clause("e", "New.")]
    red = redline([a, b, c, d], new)
    assert [(x.clause_id, x.status.value) for x in red.changes] == [
        ("b", "changed"), ("a", "unchanged"), ("c", "unchanged"), ("d", "removed"),
        ("e", "added")]
    moved = red.changes[0]
    assert moved.moved and moved.changed and moved.status is ClauseStatus.CHANGED
    assert (moved.old_index, moved.new_index) == (1, 0)
    assert red.summary == {"added": 1, "removed": 1, "moved": 0, "changed": 1, "unchanged": 2}
    body = moved.field("en", "body")
    assert body is not None and body.changed
    assert body.old_text == "Text b." and body.new_text == "Text b, amended."
    assert moved.field("en", "heading") is not None and not moved.field("en", "heading").changed


def test_moving_one_clause_marks_only_that_clause_as_moved() -> None:
    old = [clause(f"c{i}", f"Text {i}.") for i in range(8)]
    new = old[1:] + old[:1]
    red = redline(old, new)
    assert [c.clause_id for c in red.changes if c.moved] == ["c0"]
    assert red.count(ClauseStatus.MOVED) == 1 and red.count(ClauseStatus.UNCHANGED) == 7


def test_removed_clauses_stay_where_they_were() -> None:
    a, b, c = clause("a", "A."), clause("b", "B."), clause("c", "C.")
    assert statuses([a, b, c], [c]) == [("a", "removed"), ("b", "removed"), ("c", "unchanged")]
    assert statuses([a, b, c], [a]) == [("a", "unchanged"), ("b", "removed"), ("c", "removed")]
    assert statuses([a, b, c], [c, a]) == [("c", "moved"), ("a", "unchanged"), ("b", "removed")]


def test_identical_versions_give_an_empty_redline() -> None:
    old = [clause("a", "A."), clause("b", "B.")]
    red = redline(old, list(old))
    assert red.is_empty and not redline(old, old[:1]).is_empty


def test_a_clause_rewritten_beyond_recognition_is_still_the_same_clause() -> None:
    red = redline([clause("a", "Pay in thirty days.")], [clause("a", "完全不同的文字。", "另一段。")])
    assert [(c.clause_id, c.status) for c in red.changes] == [("a", ClauseStatus.CHANGED)]


def test_redline_between_saved_versions() -> None:
    draft = Draft("d", "Settlement Agreement", LANGS)
    now = datetime(2026, 3, 2, tzinfo=UTC)
    v1 = make_version(draft, [clause("a", "Pay."), clause("b", "Release.")], author="M", now=now)
    v2 = make_version(draft, [clause("b", "Release."), clause("a", "Pay now.")], author="M",
                      now=now, previous=v1)
    red = redline(v1, v2)
    assert apply_redline(v1, red) == v2.clauses
    assert apply_redline(list(v1.clauses), red) == v2.clauses


def test_duplicate_ids_and_foreign_redlines_are_refused() -> None:
    with pytest.raises(InvalidInput, match="share an id"):
        redline([clause("a", "A."), clause("a", "B.")], [])
    red = redline([clause("a", "A.")], [clause("a", "A!")])
    with pytest.raises(InvalidInput, match="not made from this text"):
        apply_redline([clause("a", "Other.")], red)
    with pytest.raises(InvalidInput, match="not made from these clauses"):
        apply_redline([clause("a", "A."), clause("b", "B.")], red)


# --- properties ---------------------------------------------------------------------------------

_word = st.sampled_from(["the", "Party", "shall", "pay", "USD", "1,000", "within", "30", "days",
                         "甲", "方", "应", "付", "款", "协", "议", "。", "，", " ", " ", "\n", "(a)",
                         "é", "e\u0301", "—", "\r\n"])
_text = st.one_of(st.lists(_word, max_size=25).map("".join), st.text(max_size=40))
_languages = st.sampled_from([("en", "zh-Hans"), ("en", "zh-Hans"), ("en",), ("en", "zh-Hant")])


@st.composite
def _clause(draw: st.DrawFn, cid: str) -> Clause:
    langs = draw(_languages)
    return Clause(cid, tuple((lg, draw(_text)) for lg in langs),
                  tuple((lg, draw(_text)) for lg in langs))


@st.composite
def _pair(draw: st.DrawFn) -> tuple[list[Clause], list[Clause]]:
    old = [draw(_clause(f"c{i}")) for i in range(draw(st.integers(0, 12)))]
    new = list(old)
    fresh = len(old)
    for _ in range(draw(st.integers(0, 10))):
        op = draw(st.sampled_from(["edit", "edit", "insert", "delete", "move", "relanguage"]))
        if op == "insert" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(_clause(f"c{fresh}")))
            fresh += 1
            continue
        i = draw(st.integers(0, len(new) - 1))
        if op == "edit":
            lang = draw(st.sampled_from(new[i].languages or ("en",)))
            new[i] = (new[i].with_text(lang, body=draw(_text)) if draw(st.booleans())
                      else new[i].with_text(lang, heading=draw(_text)))
        elif op == "delete":
            del new[i]
        elif op == "move":
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(i))
        else:
            new[i] = draw(_clause(new[i].id))
    return old, new


def _lis_length(values: list[int]) -> int:
    best = [1] * len(values)
    for j in range(len(values)):
        for i in range(j):
            if values[i] < values[j]:
                best[j] = max(best[j], best[i] + 1)
    return max(best, default=0)


@settings(max_examples=300, deadline=None)
@given(_pair())
def test_applying_the_redline_rebuilds_the_new_clauses_exactly(pair: tuple[list, list]) -> None:
    old, new = pair
    red = redline(old, new)
    assert apply_redline(old, red) == tuple(new)


@settings(max_examples=200, deadline=None)
@given(_pair())
def test_statuses_and_moves_are_consistent_and_minimal(pair: tuple[list, list]) -> None:
    old, new = pair
    red = redline(old, new)
    old_ids, new_ids = {c.id for c in old}, {c.id for c in new}
    by_id = {c.clause_id: c for c in red.changes}
    assert len(by_id) == len(red.changes) == len(old_ids | new_ids)
    for cid, change in by_id.items():
        if cid not in old_ids:
            assert change.status is ClauseStatus.ADDED
        elif cid not in new_ids:
            assert change.status is ClauseStatus.REMOVED
        else:
            assert change.changed == (old[change.old_index] != new[change.new_index])
    # Clauses not marked moved keep their relative order, and as many as possible are kept.
    common = [by_id[c.id].old_index for c in new if c.id in old_ids]
    staying = [by_id[c.id].old_index for c in new if c.id in old_ids and not by_id[c.id].moved]
    assert staying == sorted(staying)
    assert len(staying) == _lis_length(common)
    # Reading order follows the new text.
    shown = [c.new_index for c in red.changes if c.new_index is not None]
    assert shown == list(range(len(new)))
