"""A text counsel signs: no placeholder reaches a concluded agreement, the templates fit any number
of parties in every language, and the languages clauses are alternatives, never both."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.core import template_texts as tpl_module
from iomed_desk.core.agreement import can_conclude
from iomed_desk.core.channels import Audience
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.drafting import Clause, Draft, DraftVersion, make_version
from iomed_desk.core.model import LANGUAGES, Case, CaseKind, Mediator, Party
from iomed_desk.core.tabling import Stance, record_position, table_version
from iomed_desk.core.templates import TEMPLATES, settlement_agreement, template, template_values
from iomed_desk.core.text_rules import blanks, conflicting_alternatives, placeholders_in, unfilled
from tests.filled_text import filled

#: every marker the templates write, listed by hand from core/templates.py (the oracle)
BRACES = ("{parties}", "{mediator}", "{currency}", "{amount}", "{payment_days}", "{seat}", "{governing_law}")
BRACKETS = ("[Party]", "[describe the obligation]", "[date]", "[paying Party]", "[receiving Party]",
            "[一方]", "[日期]", "[说明义务]", "[說明義務]", "[付款一方]", "[收款一方]")
#: what drafts made by earlier templates may still hold
LEGACY = ("{party_a}", "{party_b}")
MARKERS = BRACES + BRACKETS + LEGACY
NAMES = {f"p{i}": n for i, n in enumerate(
    ("Republic of Aurelia", "Borealis Energy Ltd", "Cassia Port Authority", "Delta Bank", "E. Example"), start=1)}
LANGS = ("en", "zh-Hans", "zh-Hant")


def template_strings() -> list[str]:
    """Every string literal in the TEMPLATES assignment of the source file, read with `ast`."""
    tree = ast.parse(Path(tpl_module.__file__).read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.AnnAssign)
                and getattr(n.target, "id", "") == "TEMPLATES")
    return [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)]


def test_the_markers_are_the_templates_own() -> None:
    text = "\n".join(template_strings())
    assert set(re.findall(r"\{[a-z_]+\}", text)) == set(BRACES)
    assert set(re.findall(r"\[[^\]\n]+\]", text)) == set(BRACKETS)
    assert blanks() == frozenset(BRACKETS)
    for marker in MARKERS:
        assert placeholders_in(f"before {marker} after") == (marker,)


@pytest.mark.parametrize("text", [
    "[2024] HKCFA 12 is cited.", "He said [sic] twice.", "Article 4(1)(b)", "{ amount }", "[Date]",
    "「甲方」", "【日期】", "USD 27,500,000"])
def test_other_brackets_are_text(text: str) -> None:
    assert placeholders_in(text) == ()


def case_of(parties: int, languages: tuple[str, ...] = ("en",)) -> Case:
    return Case("c", "IOMed/2026/001", "Test", CaseKind.COMMERCIAL, languages=languages,
                parties=tuple(Party(pid, name) for pid, name in list(NAMES.items())[:parties]),
                mediators=(Mediator("m1", "Dr Lin Wai-man"),))


def concludable(clauses: list[Clause], languages: tuple[str, ...], parties: tuple[str, ...],
                clock: FakeClock) -> tuple[DraftVersion, dict]:
    """`clauses` saved as version 1, tabled to all parties and accepted by each: only the text may stop it."""
    v = make_version(Draft("d", "Settlement Agreement", languages), clauses, author="M", now=clock())
    t = table_version(v, Audience.joint(), party_ids=parties, now=clock())
    positions = [record_position(v, t, p, c.id, Stance.ACCEPT, party_ids=parties, now=clock())
                 for p in parties for c in v.clauses]
    return v, {"party_ids": parties, "versions": [v], "tablings": [t], "positions": positions,
               "party_names": NAMES}


FILLED = {langs: filled(settlement_agreement(langs, template_values(case_of(3, langs))))
          for langs in (("en",), ("zh-Hans",), ("zh-Hant",), ("en", "zh-Hant"), ("zh-Hans", "en"))}


@pytest.mark.parametrize("languages", list(FILLED))
def test_a_filled_template_agreement_concludes(languages: tuple[str, ...]) -> None:
    v, inputs = concludable(FILLED[languages], languages, ("p1", "p2", "p3"), FakeClock())
    assert can_conclude(v, **inputs).allowed


@settings(max_examples=150, deadline=None)
@given(languages=st.sampled_from(list(FILLED)), marker=st.sampled_from(MARKERS), data=st.data())
def test_any_marker_left_anywhere_blocks_conclusion_naming_it(languages, marker, data) -> None:  # type: ignore[no-untyped-def]
    clauses = list(FILLED[languages])
    index = data.draw(st.integers(0, len(clauses) - 1), label="clause")
    lang = data.draw(st.sampled_from(languages), label="language")
    part = data.draw(st.sampled_from(["heading", "body"]), label="part")
    c = clauses[index]
    text = c.heading_in(lang) if part == "heading" else c.body_in(lang)
    at = data.draw(st.integers(0, len(text)), label="at")
    written = text[:at] + marker + text[at:]
    if part == "heading":
        written = written.replace("\n", " ")
    clauses[index] = c.with_text(lang, **{part: written})
    v, inputs = concludable(clauses, languages, ("p1", "p2", "p3"), FakeClock())
    check = can_conclude(v, **inputs)
    assert not check.allowed
    label = v.label(c.id)
    assert label.startswith(f"Clause {index + 1} (")
    expected = f"{label}, {LANGUAGES[lang]}: {marker} is not filled in."
    assert check.reasons == (expected,)
    assert check.message == expected


def test_the_reason_names_clause_language_and_fields() -> None:
    clauses = filled(settlement_agreement(("en", "zh-Hans"), template_values(case_of(3))))
    payment = next(i for i, c in enumerate(clauses) if c.heading_in("en") == "Payment")
    raw = settlement_agreement(("en", "zh-Hans"))[payment]
    clauses[payment] = clauses[payment].with_text("en", body=raw.body_in("en"))
    reasons = [u.reason for u in unfilled(clauses, ("en", "zh-Hans"))]
    assert reasons == [f"Clause {payment + 1} (Payment), English: [paying Party], [receiving Party], "
                       "{currency}, {amount} and {payment_days} are not filled in."]
    clauses[payment] = clauses[payment].with_text("zh-Hans", body="支付{amount}。")
    v, inputs = concludable(clauses, ("en", "zh-Hans"), ("p1", "p2"), FakeClock())
    check = can_conclude(v, **inputs)
    assert check.reasons[1] == f"Clause {payment + 1} (Payment), Chinese (Simplified): {{amount}} is not filled in."
    assert check.message.endswith("(and 1 more reason).")


# --- templates for any number of parties -----------------------------------------------------------

TWO_PARTY_WORDS = ("the other Party", "either Party", "both Parties", "Neither Party", "both of them",
                   "双方", "雙方", "另一方", "对方", "對方")


def test_no_template_assumes_two_parties() -> None:
    for t in TEMPLATES:
        for lang in LANGS:
            heading, body = t.text(lang)
            for words in TWO_PARTY_WORDS:
                assert words.lower() not in (heading + body).lower(), (t.key, lang, words)


@pytest.mark.parametrize("parties", [2, 3, 5])
@pytest.mark.parametrize("languages", [("en",), ("zh-Hans",), ("zh-Hant",), ("en", "zh-Hant")])
def test_clause_1_names_every_party(parties: int, languages: tuple[str, ...]) -> None:
    case = case_of(parties, languages)
    first = settlement_agreement(languages, template_values(case))[0]
    for lang in languages:
        body = first.body_in(lang)
        assert "{parties}" not in body
        positions = [body.index(p.name) for p in case.parties]
        assert positions == sorted(positions)
        for n, p in enumerate(case.parties, start=1):
            assert (f"({n}) {p.name}" if lang == "en" else f"（{n}）{p.name}") in body
    assert "(1) Republic of Aurelia;" in first.body_in("en") if "en" in languages else True


def test_the_mediators_are_named_in_every_language() -> None:
    case = case_of(2)
    case = Case(case.id, case.reference, case.title, case.kind, parties=case.parties,
                mediators=(Mediator("m1", "Dr Lin"), Mediator("m2", "Ms Ortiz")))
    values = template_values(case)
    assert values["mediator"] == {"en": "Dr Lin and Ms Ortiz", "zh-Hans": "Dr Lin、Ms Ortiz",
                                  "zh-Hant": "Dr Lin、Ms Ortiz"}


# --- precedence, counterparts, electronic signatures ----------------------------------------------


def keys_of(clauses: tuple[Clause, ...], languages: tuple[str, ...]) -> list[str]:
    by_text = {template(t.key).text(languages[0])[1]: t.key for t in TEMPLATES}
    return [by_text.get(c.body_in(languages[0]), "?") for c in clauses]


@pytest.mark.parametrize(("precedence", "key"), [(None, "languages"), ("en", "languages-english-prevails"),
                                                 ("zh", "languages-chinese-prevails")])
def test_a_bilingual_agreement_starts_with_exactly_one_languages_clause(precedence, key) -> None:  # type: ignore[no-untyped-def]
    clauses = settlement_agreement(("en", "zh-Hans"), language_precedence=precedence)
    keys = keys_of(clauses, ("en", "zh-Hans"))
    assert [k for k in keys if k.startswith("languages")] == [key]
    assert conflicting_alternatives(clauses, ("en", "zh-Hans")) == ()
    assert not any(k.startswith("languages") for k in keys_of(settlement_agreement(("zh-Hant",)), ("zh-Hant",)))


def test_two_languages_clauses_cannot_be_concluded_together() -> None:
    languages = ("en", "zh-Hant")
    clauses = list(FILLED[languages])
    prevails = Clause("prevails", template("languages-english-prevails").heading,
                      template("languages-english-prevails").body)
    clauses.append(Clause(prevails.id, tuple((lg, prevails.heading_in(lg)) for lg in languages),
                          tuple((lg, prevails.body_in(lg)) for lg in languages)))
    n = len(clauses)
    v, inputs = concludable(clauses, languages, ("p1", "p2", "p3"), FakeClock())
    check = can_conclude(v, **inputs)
    assert check.reasons == (f"Clause {n - 1} (Languages) and Clause {n} (Languages) are alternatives: "
                             "keep one of them.",)
    # the same clause with only its Chinese text left as the template's is still recognised
    edited = clauses[-1].with_text("en", body="In case of doubt, the English text prevails.")
    assert conflicting_alternatives([*clauses[:-1], edited], languages)


@pytest.mark.parametrize("lang", LANGS)
def test_counterparts_and_electronic_signatures_are_clauses_of_every_template_agreement(lang: str) -> None:
    keys = keys_of(settlement_agreement((lang,)), (lang,))
    assert "counterparts" in keys and "electronic-signatures" in keys
    _, body = template("electronic-signatures").text(lang)
    assert "553" in body
    # the section of the Ordinance is not cited: its current text could not be checked here
    assert not re.search(r"\bs\.\s*\d|section \d|第\s*\d+\s*条|第\s*\d+\s*條", body, re.IGNORECASE)


def test_the_alternatives_say_in_the_menu_what_tells_them_apart() -> None:
    for lang in LANGS:
        labels = [t.menu_label(lang) for t in TEMPLATES if t.group == "languages"]
        assert len(set(labels)) == 3
    assert template("languages-chinese-prevails").menu_label("zh-Hant") == "語言文本 — 以中文為準"
    assert template("payment").menu_label("en") == "Payment"
