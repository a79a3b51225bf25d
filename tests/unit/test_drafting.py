"""Clauses, versions, the canonical text and its fingerprint; clause templates."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iomed_desk.core.drafting import (
    CANONICAL_HEADER,
    Clause,
    Draft,
    DraftVersion,
    canonical_text,
    fingerprint,
    make_version,
    normalise_text,
    parse_canonical_text,
)
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.templates import (
    PLACEHOLDERS,
    TEMPLATES,
    fill,
    instantiate,
    settlement_agreement,
    template,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BILINGUAL = Draft("d1", "Settlement Agreement", ("en", "zh-Hans"))


def clause(cid: str, en: str, zh: str, head_en: str = "Payment", head_zh: str = "付款") -> Clause:
    return Clause(cid, (("en", head_en), ("zh-Hans", head_zh)), (("en", en), ("zh-Hans", zh)))


def version(clauses: list[Clause], previous: DraftVersion | None = None) -> DraftVersion:
    return make_version(BILINGUAL, clauses, author="Mediator", now=NOW, previous=previous)


# --- clauses -------------------------------------------------------------------------------


def test_clause_texts_are_sorted_and_filled_so_equal_clauses_hash_alike() -> None:
    a = Clause("c1", (("zh-Hans", "付款"), ("en", "Payment")), (("en", "Pay."),))
    b = Clause.make({"en": "Payment", "zh-Hans": "付款"}, {"zh-Hans": "", "en": "Pay."}, "c1")
    assert a == b and hash(a) == hash(b)
    assert a.languages == ("en", "zh-Hans")
    assert a.body_in("zh-Hans") == "" and a.body_in("fr") == ""


def test_a_clause_cannot_have_two_texts_in_one_language() -> None:
    with pytest.raises(InvalidInput, match="two texts"):
        Clause("c1", (("en", "A"), ("en", "B")))


def test_with_text_keeps_the_id_and_the_other_language() -> None:
    c = clause("c1", "Pay.", "付款。")
    edited = c.with_text("en", body="Pay now.")
    assert edited.id == "c1" and edited.body_in("en") == "Pay now."
    assert edited.body_in("zh-Hans") == "付款。" and edited.heading_in("en") == "Payment"


# --- versions -------------------------------------------------------------------------------


def test_versions_are_numbered_and_point_at_their_draft() -> None:
    v1 = version([clause("c1", "Pay.", "付款。")])
    v2 = version([clause("c1", "Pay now.", "立即付款。")], previous=v1)
    assert (v1.number, v2.number) == (1, 2)
    assert v2.draft_id == "d1" and v2.languages == ("en", "zh-Hans")
    assert v2.clause("c1").body_in("en") == "Pay now."
    assert v2.label("c1") == "Clause 1 (Payment)"
    with pytest.raises(InvalidInput, match="no clause"):
        v2.clause("nope")


def test_a_version_identical_to_the_previous_one_is_refused() -> None:
    v1 = version([clause("c1", "Pay.", "付款。")])
    with pytest.raises(InvalidInput, match="Nothing changed since version 1"):
        version([clause("c1", "Pay.\r\n", "付款。")], previous=v1)


def test_previous_version_of_another_draft_is_refused() -> None:
    other = make_version(Draft("d2", "Side letter", ("en",)), [Clause.make({}, {"en": "x"}, "c1")],
                         author="M", now=NOW)
    with pytest.raises(InvalidInput, match="another draft"):
        version([clause("c1", "Pay.", "付款。")], previous=other)


@pytest.mark.parametrize(("clauses", "message"), [
    ([], "at least one clause"),
    ([clause("c1", "a", "甲"), clause("c1", "b", "乙")], "same id as an earlier clause"),
    ([clause("bad id", "a", "甲")], "unusable id"),
    ([clause("c1", "a", "  \r\n ")], r"Clause 1 \(Payment\) has no text in Chinese \(Simplified\)"),
    ([clause("c1", "", "", "", "")], "Clause 1 has no text in English"),
    ([Clause.make({"en": "H"}, {"en": "a", "zh-Hans": "甲", "zh-Hant": "甲"}, "c1")],
     "not a language of this draft"),
    ([clause("c1", "x" * 100_001, "甲")], "too long in English"),
    ([clause("c1", "a", "甲", head_en="Two\nlines")], "more than one line"),
    ([clause("c1", "a", "甲", head_en="H" * 301)], "too long a heading"),
])
def test_invalid_working_texts_are_refused_in_one_sentence(clauses: list[Clause],
                                                           message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as info:
        version(clauses)
    assert "\n" not in str(info.value) and str(info.value).endswith(".")


def test_a_version_needs_an_author_and_a_draft_sensible_languages() -> None:
    with pytest.raises(InvalidInput, match="author"):
        make_version(BILINGUAL, [clause("c1", "a", "甲")], author=" ", now=NOW)
    with pytest.raises(InvalidInput, match="one or two"):
        Draft("d", "Agreement", ("en", "zh-Hans", "zh-Hant"))
    with pytest.raises(InvalidInput, match="one or two"):
        Draft("d", "Agreement", ("fr",))
    with pytest.raises(InvalidInput, match="name"):
        Draft("d", " ", ("en",))


# --- canonical text and fingerprint --------------------------------------------------------


def test_canonical_text_has_the_documented_layout() -> None:
    v = version([clause("c1", "Pay.\nPromptly.", "付款。"),
                 clause("c2", "Release.", "放弃索赔。", head_en="", head_zh="")])
    assert v.canonical_text == (
        f"{CANONICAL_HEADER}\n"
        "languages: en zh-Hans\n"
        "§ c1\n[en heading] Payment\n[en body] Pay.\n[en body] Promptly.\n"
        "[zh-Hans heading] 付款\n[zh-Hans body] 付款。\n"
        "§ c2\n[en heading] \n[en body] Release.\n[zh-Hans heading] \n[zh-Hans body] 放弃索赔。\n"
    )
    assert v.fingerprint == fingerprint(v.canonical_text)
    assert re.fullmatch(r"[0-9a-f]{64}", v.fingerprint)


def test_fingerprint_is_stable_across_runs() -> None:
    """A known text has a known fingerprint: changing the layout must be a deliberate act."""
    v = version([clause("c1", "Pay USD 1,000.", "支付1,000美元。")])
    assert v.fingerprint == "03c4c1eb158ad13002eda175d29f497bd99e050813d9cfbe7ed477539daf3c00"
    again = make_version(BILINGUAL, [clause("c1", "Pay USD 1,000.", "支付1,000美元。")],
                         author="Someone else", now=datetime(2030, 1, 1, tzinfo=UTC),
                         change_note="same text")
    assert again.fingerprint == v.fingerprint


def test_nfc_and_line_endings_do_not_change_the_fingerprint() -> None:
    composed = version([clause("c1", "Caf\u00e9 line one.\nline two.", "第一行。\n第二行。")])
    decomposed = version([clause("c1", "Cafe\u0301 line one.\r\nline two.  ", "第一行。\r第二行。")])
    assert decomposed.canonical_text == composed.canonical_text
    assert decomposed.fingerprint == composed.fingerprint
    assert decomposed.clauses == composed.clauses
    assert "\r" not in decomposed.canonical_text
    assert decomposed.clause("c1").body_in("en") == "Caf\u00e9 line one.\nline two."


def test_canonical_text_of_a_version_built_by_hand_is_normalised_too() -> None:
    raw = DraftVersion("d1", 1, ("en",), (Clause.make({"en": "H"}, {"en": "a\r\ne\u0301 "}, "c1"),),
                       "M", NOW)
    assert raw.canonical_text == canonical_text(
        (Clause.make({"en": "H"}, {"en": "a\n\u00e9"}, "c1"),), ("en",))
    assert normalise_text("\n x\r\ne\u0301  \r\r") == "x\n\u00e9"


def test_any_change_of_text_or_order_changes_the_fingerprint() -> None:
    a, b = clause("c1", "Pay.", "付款。"), clause("c2", "Release.", "放弃。")
    v = version([a, b])
    assert version([b, a]).fingerprint != v.fingerprint
    assert version([a, b.with_text("zh-Hans", body="放弃索赔。")]).fingerprint != v.fingerprint


def test_text_that_looks_like_the_layout_cannot_forge_a_clause() -> None:
    forged = version([clause("c1", "Pay.\n§ c2\n[en heading] Payment\n[en body] x", "付款。")])
    languages, clauses = parse_canonical_text(forged.canonical_text)
    assert [c.id for c in clauses] == ["c1"]
    with pytest.raises(InvalidInput):
        parse_canonical_text("not a canonical text\n")


_piece = st.sampled_from(["Party", " shall", " pay", "USD", " 1,000", "调", "解", "协议", "。", "，",
                          "\n", "\r\n", "e\u0301", "§ ", "[en body] ", "  ", "(a)"])
_text = st.lists(_piece, max_size=10).map("".join)


@given(st.lists(st.tuples(_text, _text, _text, _text), min_size=1, max_size=6))
def test_canonical_text_reads_back_to_the_stored_clauses(texts: list[tuple[str, ...]]) -> None:
    clauses = [Clause.make({"en": h1.replace("\n", " ").replace("\r", " "), "zh-Hans": h2.replace(
        "\n", "").replace("\r", "")}, {"en": b1 + "x", "zh-Hans": b2 + "甲"}, f"c{i}")
        for i, (h1, h2, b1, b2) in enumerate(texts)]
    v = version(clauses)
    assert parse_canonical_text(v.canonical_text) == (v.languages, v.clauses)


# --- templates --------------------------------------------------------------------------------


def test_every_template_is_complete_in_three_languages_with_known_placeholders() -> None:
    keys = [t.key for t in TEMPLATES]
    assert len(set(keys)) == len(keys)
    for key in ("parties", "recitals", "obligations", "payment", "release", "confidentiality",
                "dispute-resolution", "governing-law", "mediation-statement",
                "singapore-convention"):
        assert key in keys
    for t in TEMPLATES:
        for lang in ("en", "zh-Hans", "zh-Hant"):
            heading, body = t.text(lang)
            assert heading.strip() and body.strip()
            assert set(re.findall(r"\{([a-z_]+)\}", heading + body)) <= set(PLACEHOLDERS)


def test_traditional_text_uses_no_simplified_characters() -> None:
    simplified_only = set("协议调双争应为书与关这条际约务权签获贸额讼")
    for t in TEMPLATES:
        heading, body = t.text("zh-Hant")
        assert not simplified_only & set(heading + body), t.key


def test_the_singapore_convention_clause_opts_in_under_article_8_1_b() -> None:
    heading, body = template("singapore-convention").text("en")
    assert "expressly agree" in body and "article 8, paragraph 1 (b)" in body
    assert "联合国关于调解所产生的国际和解协议公约" in template("singapore-convention").text("zh-Hans")[1]
    assert "no admission" not in body
    assert "admits any liability" in template("recitals").text("en")[1]


def test_instantiate_fills_placeholders_per_language_and_leaves_unknown_ones_visible() -> None:
    values = {"parties": {"en": "(1) Acme Ltd; and\n(2) Beta AG", "zh-Hans": "（1）阿克米有限公司；及\n（2）Beta AG"},
              "mediator": "Dr Q"}
    c = instantiate("parties", ("en", "zh-Hans"), values, clause_id="parties-1")
    assert c.id == "parties-1"
    assert "made between:\n(1) Acme Ltd; and\n(2) Beta AG\n(each" in c.body_in("en")
    assert "由下列各方订立：\n（1）阿克米有限公司；及\n（2）Beta AG\n（各称" in c.body_in("zh-Hans")
    assert "Dr Q" in instantiate("mediation-statement", ("en",), values).body_in("en")
    assert "{currency}" in instantiate("payment", ("en",)).body_in("en")
    assert fill("{unknown} {parties}", "en", {"parties": ""}) == "{unknown} {parties}"
    assert instantiate("payment", ("en",)).id != instantiate("payment", ("en",)).id
    with pytest.raises(InvalidInput):
        template("nope")
    with pytest.raises(InvalidInput, match="No template text"):
        instantiate("payment", ("fr",))


@pytest.mark.parametrize("languages", [("en",), ("en", "zh-Hans"), ("zh-Hant", "en")])
def test_the_template_agreement_is_a_valid_first_version(languages: tuple[str, ...]) -> None:
    clauses = settlement_agreement(languages, {"parties": "(1) A; and\n(2) B"},
                                   singapore_convention=True)
    v = make_version(Draft("d", "Settlement Agreement", languages), clauses, author="M", now=NOW)
    keys = [c.heading_in("en") for c in v.clauses] if "en" in languages else []
    assert "Application of the Singapore Convention on Mediation" in keys
    assert ("Languages" in keys) == (len(languages) == 2)
    plain = settlement_agreement(languages)
    assert len(plain) == len(clauses) - 1
