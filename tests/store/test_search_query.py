"""The query shape of issue 15: short words match exactly, a hyphenated word is a phrase, the
first results are the newest visible hits, and the ranked list never has fewer hits than exist.

The expected FTS5 strings follow the FTS5 query syntax (a quoted string is a phrase of the
tokens the tokenizer makes of it; `*` after it makes its last token a prefix). Which notes an
audience may find comes from the core rule (`core.firewall.is_visible`), not from the SQL.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import disclosed_audiences
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.firewall import is_visible
from iomed_desk.core.model import RuleSetName
from iomed_desk.store import search as search_store
from iomed_desk.store.search import build_query
from tests.conftest import PASSPHRASE, new_case_spec


@pytest.mark.parametrize(("typed", "query"), [
    ("step-in rights", '"step in" AND "rights"*'),
    ("in", '"in"'),
    ("Milestone 3", '"Milestone"* AND "3"'),
    ("2031", '"2031"*'),
    ("arb", '"arb"*'),
    ("co-operation", '"co operation"*'),
    ("U.S.", '"U S"'),
    ("--", None),
    ('"; DROP TABLE notes; --', '"DROP"* AND "TABLE"* AND "notes"*'),
    ("港口 tariff", '"港 口" AND "tariff"*'),
])
def test_the_query_builder(typed: str, query: str | None) -> None:
    assert build_query(typed) == query


def test_short_words_match_whole_words_and_longer_ones_prefixes(session) -> None:  # type: ignore[no-untyped-def]
    inbound = session.take_note(Channel.joint(), "Cargo", "inbound cargo at berth 30").created_id
    port = session.take_note(Channel.joint(), "Port", "the ship stays in port until Milestone 3").created_id
    assert [h.item_id for h in session.search("in")] == [port]
    assert [h.item_id for h in session.search("3")] == [port]
    assert [h.item_id for h in session.search("inb")] == [inbound]
    assert {h.item_id for h in session.search("berth")} == {inbound}


def test_a_hyphenated_word_is_a_phrase(session) -> None:  # type: ignore[no-untyped-def]
    hyphen = session.take_note(Channel.joint(), "Rights", "the lenders' step-in rights").created_id
    spaced = session.take_note(Channel.joint(), "Lenders", "they may step in if the concessionaire fails").created_id
    session.take_note(Channel.joint(), "Apart", "in the next step the lenders decide")
    assert {h.item_id for h in session.search("step-in")} == {hyphen, spaced}
    assert [h.item_id for h in session.search("step-in rights")] == [hyphen]
    assert "step-in rights" in session.search("step-in rights")[0].snippet


PARTIES = ["p1", "p2", "p3"]
CHANNELS = ["joint", "mediator", *[f"party:{p}" for p in PARTIES]]
AUDIENCES = [Audience.mediator(), Audience.joint(), *[Audience.party(p) for p in PARTIES]]
CONSENTS = [f"party:{p}" for p in PARTIES] + ["mediator:m1"]

ops = st.lists(st.one_of(
    st.tuples(st.just("note"), st.sampled_from(CHANNELS), st.booleans()),
    st.tuples(st.just("disclose"), st.integers(0, 60), st.sampled_from(["joint", *[f"party:{p}" for p in PARTIES]]),
              st.lists(st.sampled_from(CONSENTS), unique=True), st.sampled_from(["several", *PARTIES])),
    st.tuples(st.just("revoke"), st.integers(0, 60)),
    st.tuples(st.just("delete"), st.integers(0, 60)),
), min_size=1, max_size=30)


def test_first_results_and_the_widened_window_against_the_core_rule(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """For every audience: `first_results` is exactly the newest visible matches, newest first, and
    the ranked list, with a window of a few rows, holds min(limit, visible matches) of them."""
    monkeypatch.setattr(search_store, "RANK_WINDOW", 3)
    s = create_case(tmp_path / "q.iomed", PASSPHRASE, new_case_spec(RuleSetName.CONSENT, parties=3))
    made: list[str] = []  # every note, oldest first
    matching: set[str] = set()  # those whose text has the word
    deleted: set[str] = set()

    # derandomize: the case file is shared across examples, so a failure depends on every earlier
    # example; a fixed example set keeps a failure reproducible (a random run once found first_results
    # missing a hit for a party: a note disclosed to it and to the joint channel took two places;
    # the deterministic test below holds that case)
    @settings(max_examples=40, deadline=None, derandomize=True)
    @given(ops)
    def run(sequence: list[tuple]) -> None:
        for op in sequence:
            live = [n for n in made if n not in deleted]
            if op[0] == "note":
                body = f"harbour dues {len(made)}" if op[2] else f"quay works {len(made)}"
                made.append(s.take_note(Channel.parse(op[1]), "Note", body).created_id)
                if op[2]:
                    matching.add(made[-1])
            elif op[0] == "disclose" and live:
                with contextlib.suppress(NotAllowed):
                    s.disclose(live[op[1] % len(live)], Audience.parse(op[2]), op[3], source=op[4])
            elif op[0] == "revoke" and live:
                in_force = [d for d in s.disclosures_of(live[op[1] % len(live)]) if d.in_force]
                if in_force:
                    s.revoke_disclosure(in_force[0].id)
            elif op[0] == "delete" and live:
                s.delete_note(live[op[1] % len(live)])
                deleted.add(live[op[1] % len(live)])
        for aud in AUDIENCES:
            expected = [n for n in reversed(made) if n in matching and n not in deleted
                        and is_visible(s.note(n).channel, aud, disclosed_audiences(s.disclosures_of(n)))]
            for limit in (1, 4, 50):
                assert [h.item_id for h in s.first_results("harbour", aud, limit)] == expected[:limit], (aud, limit)
                ranked = [h.item_id for h in s.search("harbour", aud, limit)]
                assert len(ranked) == min(limit, len(expected)) and set(ranked) <= set(expected), (aud, limit)

    try:
        run()
    finally:
        s.close()


@pytest.mark.parametrize("limit", [2, 4])
def test_a_note_disclosed_twice_takes_one_place_in_the_first_results(tmp_path: Path, limit: int) -> None:
    """A caucus note disclosed both to the joint channel and to a party reaches that party by two
    disclosures of the same revision: it is one hit, and the hits after it still fill the list
    (the case the random property test once found: a disclosed note missing from a party's list)."""
    s = create_case(tmp_path / "twice.iomed", PASSPHRASE, new_case_spec(RuleSetName.CONSENT, parties=3))
    try:
        older = [s.take_note(Channel.parse("party:p2"), "Note", f"harbour dues {i}").created_id for i in range(limit)]
        twice = s.take_note(Channel.parse("party:p1"), "Note", "harbour dues from p1").created_id
        s.disclose(twice, Audience.party("p2"), ["party:p1"], source="p1")
        s.disclose(twice, Audience.joint(), ["party:p1"], source="p1")
        expected = [twice, *reversed(older)][:limit]
        p2 = Audience.party("p2")
        assert [h.item_id for h in s.first_results("harbour", p2, limit)] == expected
        ranked = [h.item_id for h in s.search("harbour", p2, limit)]
        assert len(ranked) == len(set(ranked)) == limit and set(ranked) <= {twice, *older}
    finally:
        s.close()
