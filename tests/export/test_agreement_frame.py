"""What counsel reads in the rendered PDF: every party in clause 1, a block per signatory with capacity
and authority, party kinds in the agreement's language, and no text the parties did not agree besides
the fixed frame."""

from __future__ import annotations

import hashlib
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from iomed_desk.core.model import Case, CaseKind, Mediator, Party, PartyKind
from iomed_desk.core.templates import settlement_agreement, template_values
from iomed_desk.export.document import AgreementDocument, DocClause, DocParty, DocSignatory
from iomed_desk.export.labels import LABELS, format_date, label, place_name, place_names
from iomed_desk.export.render import render_agreement
from tests.export.conftest import tool
from tests.filled_text import filled

CREATED = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
PARTIES = (
    ("Republic of Eastland", PartyKind.STATE, (
        DocSignatory("H.E. Amara Okafor", "Minister of Foreign Affairs", "by full powers dated 1 December 2026"),
        DocSignatory("Li Wei 李伟", "Ambassador", "by full powers dated 1 December 2026"))),
    ("Harbour Energy Holdings Ltd", PartyKind.COMPANY, (
        DocSignatory("Jonathan Reyes", "Director", "by board resolution of 28 November 2026"),)),
    ("Meridian Port Authority", PartyKind.STATE_ENTITY, (
        DocSignatory("陈静 Chen Jing", "Chief Executive", "by power of attorney dated 2 December 2026"),)),
)
LANGUAGE_SETS = [("en",), ("zh-Hans",), ("zh-Hant",), ("en", "zh-Hant"), ("zh-Hans", "en")]


def three_party_document(languages: tuple[str, ...], modes: tuple[str, ...] = ("digital", "paper", "digital"),
                         precedence: str | None = None) -> AgreementDocument:
    """The template agreement for three parties, blanks written in, as the renderer gets it."""
    case = Case("c", "IOMed/2026/0142", "Port Meridian", CaseKind.INVESTMENT, languages=languages,
                parties=tuple(Party(f"p{i}", name, kind) for i, (name, kind, _) in enumerate(PARTIES, 1)),
                mediators=(Mediator("m1", "Dr. Sofia Lindqvist"),))
    clauses = filled(settlement_agreement(languages, template_values(case), singapore_convention=True,
                                          language_precedence=precedence))
    return AgreementDocument(
        case_reference=case.reference, title="Settlement Agreement concerning the Port Meridian LNG Terminal",
        place="Hong Kong", date=date(2026, 12, 6), languages=languages,
        parties=tuple(DocParty(name, tuple(s.name for s in signs) + ("Counsel Only",), kind.value, signs)
                      for name, kind, signs in PARTIES),
        mediators=("Dr. Sofia Lindqvist",), recitals=(),
        clauses=tuple(DocClause(str(n), c.heading, c.body) for n, c in enumerate(clauses, start=1)),
        fingerprint=hashlib.sha256(b"agreed").hexdigest(), audit_head=hashlib.sha256(b"head").hexdigest(),
        signature_modes=modes)  # type: ignore[arg-type]


def raw_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "agreement.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def blocks(text: str, doc: AgreementDocument) -> list[str]:
    """The signature blocks, each as one whitespace-free string, in the order printed."""
    first = doc.languages[0]
    witness = label("in_witness", first, place=place_name(doc.place, first), date=format_date(doc.date, first))
    section = text[text.index(witness):text.rindex(label("attestation", first))]
    opener = squeeze(label("for_party", first, party=""))
    starts = [m.start() for m in re.finditer(re.escape(opener), squeeze(section))]
    flat = squeeze(section)
    return [flat[a:b] for a, b in zip(starts, [*starts[1:], len(flat)], strict=True)]


@pytest.mark.parametrize("languages", LANGUAGE_SETS, ids="+".join)
def test_every_party_in_clause_1_and_a_block_per_signatory(languages: tuple[str, ...], tmp_path: Path) -> None:
    doc = three_party_document(languages)
    rendered = render_agreement(doc, CREATED)
    text = raw_text(rendered.pdf, tmp_path)
    clause_2 = doc.clauses[1].heading(languages[0])
    clause_1 = text[text.index("1. " + doc.clauses[0].heading(languages[0])):text.index("2. " + clause_2)]
    for lang in languages:
        for n, (name, _, _) in enumerate(PARTIES, start=1):
            assert (f"({n}) {name}" if lang == "en" else f"（{n}）{name}") in clause_1
    printed = blocks(text, doc)
    expected = [(name, s) for name, _, signs in PARTIES for s in signs]
    assert len(printed) == len(expected) == 4
    for block, (party, signatory) in zip(printed, expected, strict=True):
        for lang in languages:
            assert squeeze(label("for_party", lang, party=party)) in block
        for value in (signatory.name, signatory.capacity, signatory.authority):
            assert squeeze(value) in block
        assert "CounselOnly" not in block  # a representative who does not sign gets no block
    # one signature field per digital signatory, none for the party that signs on paper
    assert [f.field_name for f in rendered.fields] == ["Sig-Party-1", "Sig-Party-1-2", "Sig-Party-3",
                                                       "Sig-Mediator"]
    last_page = max(f.page_index for f in rendered.fields)
    assert all(last_page - 1 <= f.page_index <= last_page for f in rendered.fields)


def test_a_party_without_recorded_signatories_gets_one_block_with_lines_to_fill(tmp_path: Path) -> None:
    doc = three_party_document(("en",), modes=("paper", "paper", "digital"))
    bare = DocParty("Republic of Eastland", (), "state")
    doc = AgreementDocument(**{**doc.__dict__, "parties": (bare, *doc.parties[1:])})
    printed = blocks(raw_text(render_agreement(doc, CREATED).pdf, tmp_path), doc)
    assert len(printed) == 3
    assert "Name:……" in printed[0] and "Capacity:……" in printed[0] and "Authority:……" in printed[0]


def frame_vocabulary(doc: AgreementDocument) -> set[str]:
    """Every word the page may carry: the agreed clauses, the names and facts of the document, and
    the fixed wording (labels.py) in the document's languages. Nothing else is agreement text."""
    sources = [doc.case_reference, doc.title, place_names(doc.place, doc.languages), doc.fingerprint,
               doc.audit_head, *doc.mediators,
               *(format_date(doc.date, lang) for lang in doc.languages), "EN 中文 Sig Party Mediator",
               *(str(n) for n in range(1, 60))]
    for party in doc.parties:
        sources += [party.name, *party.representatives]
        sources += [f"{s.name} {s.capacity} {s.authority}" for s in party.signatories]
    for clause in doc.clauses:
        sources += [clause.heading(lang) + " " + clause.body(lang) for lang in doc.languages]
    for lang in doc.languages:
        sources += LABELS[lang].values()
    return set(words(" ".join(sources)))


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+|[\u3400-\u9fff]", text)


@pytest.mark.parametrize("languages", LANGUAGE_SETS, ids="+".join)
def test_the_pdf_says_only_the_agreed_clauses_and_the_fixed_frame(languages: tuple[str, ...],
                                                                   tmp_path: Path) -> None:
    doc = three_party_document(languages)
    text = raw_text(render_agreement(doc, CREATED).pdf, tmp_path)
    assert set(words(text)) <= frame_vocabulary(doc), sorted(set(words(text)) - frame_vocabulary(doc))
    if len(languages) == 2:  # the template's "equally authentic" clause, and no precedence of the renderer's
        assert "equally authentic" in text and "prevail" not in text and "为准" not in text


def test_the_oracle_would_catch_a_clause_the_renderer_added(tmp_path: Path) -> None:
    doc = three_party_document(("en", "zh-Hans"))
    added = "This Agreement is made in English and Chinese; in case of discrepancy the English text prevails."
    text = raw_text(render_agreement(doc, CREATED).pdf, tmp_path) + added
    assert {"discrepancy", "prevails"} <= set(words(text)) - frame_vocabulary(doc)


def test_precedence_is_printed_only_as_the_clause_the_parties_accepted(tmp_path: Path) -> None:
    doc = three_party_document(("en", "zh-Hant"), precedence="zh")
    text = raw_text(render_agreement(doc, CREATED).pdf, tmp_path)
    assert text.count("prevails") == 1
    assert "theChinesetextprevails" in squeeze(text) and "以中文文本為準" in squeeze(text)
    assert "equally authentic" not in text


@pytest.mark.parametrize(("lang", "kinds", "codes"), [
    ("zh-Hans", ("（国家）", "（公司）", "（国家实体）"), ("state", "company", "State", "Company")),
    ("zh-Hant", ("（國家）", "（公司）", "（國家實體）"), ("state", "company", "State", "Company")),
    ("en", ("(State)", "(Company)", "(State entity)"), ("state-entity", "(state)", "(company)")),
])
def test_party_kinds_are_words_of_the_agreements_language(lang: str, kinds: tuple[str, ...],
                                                           codes: tuple[str, ...], tmp_path: Path) -> None:
    text = raw_text(render_agreement(three_party_document((lang,)), CREATED).pdf, tmp_path)
    parties = text[:text.index(label("mediators", lang))]
    for kind in kinds:
        assert kind.strip("()（）") in parties
    for code in codes:
        assert code not in parties


def test_a_bilingual_agreement_describes_each_party_in_both_languages(tmp_path: Path) -> None:
    text = raw_text(render_agreement(three_party_document(("en", "zh-Hant")), CREATED).pdf, tmp_path)
    assert "Republic of Eastland (State / 國家)" in text
    assert "Meridian Port Authority (State entity / 國家實體)" in text


@pytest.mark.parametrize("field", ["name", "capacity", "authority"])
def test_a_signatory_line_holding_a_direction_override_is_refused(field: str) -> None:
    from iomed_desk.core.errors import InvalidInput

    values = {"name": "Jonathan Reyes", "capacity": "Director", "authority": "by board resolution"}
    values[field] = values[field][:3] + "\u202e" + values[field][3:]
    with pytest.raises(InvalidInput, match=f"The {field} of a signatory of Harbour Energy Holdings Ltd"):
        DocParty("Harbour Energy Holdings Ltd", ("Jonathan Reyes",), "company", (DocSignatory(**values),))


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh-Hans", ("Republic of Eastland（国家）", "代表：H.E. Amara Okafor、Li Wei 李伟、Counsel Only",
                 "姓名：Jonathan Reyes", "职务：Director", "案件编号：IOMed/2026/0142")),
    ("en", ("Republic of Eastland (State)", "Represented by: H.E. Amara Okafor, Li Wei 李伟, Counsel Only",
            "Name: Jonathan Reyes", "Capacity: Director", "Case reference: IOMed/2026/0142")),
])
def test_a_chinese_agreement_punctuates_its_frame_as_chinese_does(lang: str, expected: tuple[str, ...],
                                                                   tmp_path: Path) -> None:
    text = raw_text(render_agreement(three_party_document((lang,)), CREATED).pdf, tmp_path)
    for line in expected:
        assert line in text
