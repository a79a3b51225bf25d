"""The process documents speak the settlement agreement's languages: the agreement to mediate, the
termination record, the destruction certificate and the impartiality record, made through the app on
real Chinese case files, signed with real keys and verified; and documents signed before languages
existed (tests/export/data, English, their records without `languages`) still verify, their pages drawn
again exactly as signed.

Oracles that are not the code: poppler's pdftotext (the Chinese titles and labels) and pdffonts (every
font embedded), the pages of PDFs an earlier version signed, and JSON read by hand.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from iomed_desk.app import process_record as pr
from iomed_desk.app.closing import close_case
from iomed_desk.app.impartiality import export_pdf
from iomed_desk.app.opening import create_case
from iomed_desk.app.signing import issued_party_signer, mediator_signer
from iomed_desk.app.verification import verify_document
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.model import RuleSetName
from iomed_desk.core.process import Outcome
from iomed_desk.export.destruction_certificate import DestructionRecord, NotARecord
from iomed_desk.export.destruction_certificate import prepare_pdf as prepare_destruction
from iomed_desk.export.identity import Identity, new_identity, write_certificate
from iomed_desk.export.page_compare import page_digests
from iomed_desk.export.process_documents import (
    AgreementToMediateRecord,
    PartyBlock,
    TerminationRecord,
    prepare_agreement_to_mediate,
    prepare_termination,
)
from iomed_desk.export.verify_certificate import verify_certificate
from tests.conftest import PASSPHRASE, new_case_spec
from tests.export.conftest import tool

DATA = Path(__file__).parent / "data"
OLD = {"agreement-to-mediate-en.pdf": prepare_agreement_to_mediate, "termination-record-en.pdf": prepare_termination,
       "destruction-certificate-en.pdf": prepare_destruction}

#: what each document must say, compared without whitespace (pdftotext breaks Chinese lines anywhere)
SAYS = {
    "zh-Hant": {
        "atm": ["調解協議", "案件識別碼", "當事方", "調解員", "適用規則", "香港《調解條例》（第620章）第8條", "保密",
                "下列條文按其英文原文引述：", "Mediation Ordinance (Cap. 620), s.8(2)(a)", "當事方議定的其他條款：無損權益",
                "費用", "由雙方平均分擔。", "簽署", "代表Harbour Authority of Porto Novo：Representative 1"],
        "termination": ["調解終止記錄", "結果：Meridian Build Consortium退出調解。", "依據：該方以書面通知退出。",
                        "終止事件的審計鏈頭", "由調解員簽署"],
        "destruction": ["銷毀證明書", "頻道", "筆記", "修訂版", "證據文件", "合計", "與Harbour Authority of Porto Novo的單方會談",
                        "調解員筆記簿", "只載數目", "保留期限為0日"],
        "impartiality": ["公正性記錄", "單方會談時間（分鐘）", "單方會談分鐘數", "聯席會議"],
    },
    "zh-Hans": {
        "atm": ["调解协议", "案件识别码", "当事方", "调解员", "适用规则", "当事方同意（参照《解决投资争端国际中心调解规则》）",
                "保密", "下列条文按其英文原文引述：", "ICSID Mediation Rules (2022), Rule 17(4)", "费用", "未记录任何费用。",
                "签署", "代表Meridian Build Consortium：Representative 2"],
        "termination": ["调解终止记录", "结果：Meridian Build Consortium退出调解。", "依据：该方以书面通知退出。",
                        "终止事件的审计链头", "由调解员签署"],
        "destruction": ["销毁证明书", "频道", "笔记", "修订版", "证据文件", "合计", "与Meridian Build Consortium的单方会谈",
                        "调解员笔记本", "仅载数目"],
        "impartiality": ["公正性记录", "单方会谈时间（分钟）", "单方会谈分钟数", "联席会议"],
    },
}
ENGLISH_TITLES = ("Agreement to mediate", "Termination of the mediation", "Destruction certificate",
                  "Impartiality record", "The parties", "Grounds", "Channel")


def _text(path: Path) -> str:
    return "".join(subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())


def _fonts_embedded(path: Path) -> bool:
    rows = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


@pytest.fixture(scope="module")
def mediator(tmp_path_factory: pytest.TempPathFactory) -> tuple[Identity, Path]:
    identity = new_identity("林偉文 Dr Lin Wai-man", organisation="IOMed")
    pem = tmp_path_factory.mktemp("trust") / "mediator.pem"
    write_certificate(pem, identity.certificate)
    return identity, pem


@pytest.fixture(scope="module", params=["zh-Hant", "zh-Hans"])
def chinese_case(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                 mediator: tuple[Identity, Path]) -> tuple[str, Path]:
    """A case in one Chinese language taken through the app: its agreement to mediate signed by both
    parties, the impartiality record written, the mediation ended by a party's withdrawal, its
    termination record signed, the file closed and its destruction certificate signed."""
    language: str = request.param
    folder = tmp_path_factory.mktemp(language)
    identity, _ = mediator
    rules = RuleSetName.HONG_KONG if language == "zh-Hant" else RuleSetName.CONSENT
    session = create_case(folder / "case.iomed", PASSPHRASE, new_case_spec(rules, parties=2, languages=(language,)),
                          clock=FakeClock())
    try:
        keys = {p.id: issued_party_signer(identity, p.representatives[0], "2468", organisation=p.name)
                for p in session.case.parties}
        extra = {"confidentiality": "無損權益", "fees": "由雙方平均分擔。"} if language == "zh-Hant" else {}
        pr.agreement_to_mediate_pdf(session, folder / "atm.pdf", mediator_signer(identity), keys, **extra)
        export_pdf(session, folder / "impartiality.pdf")
        grounds = "該方以書面通知退出。" if language == "zh-Hant" else "该方以书面通知退出。"
        pr.terminate(session, Outcome.WITHDRAWN, grounds, withdrawn_party="p2")
        pr.termination_pdf(session, folder / "termination.pdf", mediator_signer(identity))
        session = close_case(session, mediator_signer(identity), folder / "destruction.pdf").session
    finally:
        session.close()
    return language, folder


@pytest.mark.parametrize("document", ["atm", "termination", "destruction"])
def test_a_chinese_case_signs_chinese_documents_that_verify(chinese_case: tuple[str, Path], document: str,
                                                            mediator: tuple[Identity, Path]) -> None:
    language, folder = chinese_case
    path = folder / f"{document}.pdf"
    report = verify_document(path, [mediator[1]])
    assert report.ok, report.to_text()
    assert report.record.languages == (language,)
    text = _text(path)
    for phrase in SAYS[language][document]:
        assert "".join(phrase.split()) in text, phrase
    assert not [word for word in ENGLISH_TITLES if "".join(word.split()) in text]
    assert _fonts_embedded(path)


def test_the_impartiality_record_of_a_chinese_case_is_chinese(chinese_case: tuple[str, Path]) -> None:
    language, folder = chinese_case
    path = folder / "impartiality.pdf"
    text = _text(path)
    for phrase in SAYS[language]["impartiality"]:
        assert phrase in text, phrase
    assert "Impartialityrecord" not in text and "Caucusminutes" not in text
    assert _fonts_embedded(path)
    assert "Pages:           1" in subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True,
                                                  check=True).stdout


# -- documents signed before languages -------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(OLD))
def test_a_document_signed_before_languages_verifies_and_draws_as_english(name: str, tmp_path: Path) -> None:
    """Its record names no languages (its format as it was); the pages drawn now from it are the pages
    that were signed, and say what the same record with English named says (but for the record's SHA-256
    printed on them)."""
    path = DATA / name
    report = verify_certificate(path.read_bytes(), [])
    assert report.problems == (), report.to_text()
    assert report.signatures.signatures and all(s.intact for s in report.signatures.signatures)
    record = report.record
    body = json.loads(record.encoded)
    assert "languages" not in body and body["format"] in (1, 3) and record.languages == ()
    signed = page_digests(PdfFileReader(BytesIO(path.read_bytes())))
    assert page_digests(PdfFileReader(BytesIO(OLD[name](record)))) == signed
    named = replace(record, languages=("en",))
    english = OLD[name](named)
    (tmp_path / "en.pdf").write_bytes(english)
    (tmp_path / "unnamed.pdf").write_bytes(OLD[name](record))
    assert _text(tmp_path / "en.pdf").replace(named.sha256, "") == _text(tmp_path / "unnamed.pdf").replace(
        record.sha256, "")
    # the certificate's table: set in the embedded font once the record names its languages
    assert _fonts_embedded(path) == (not name.startswith("destruction")) and _fonts_embedded(tmp_path / "en.pdf")


# -- the records ---------------------------------------------------------------------------------------
def _atm(languages: tuple[str, ...]) -> AgreementToMediateRecord:
    return AgreementToMediateRecord(
        "c1", "R/1", "Alpha v Beta", (PartyBlock("Alpha", ("Ann",)), PartyBlock("Beta", ("Ben",))), ("M One",),
        "M One", "Party consent (ICSID Mediation Rules style)", "", ("ICSID Mediation Rules (2022), Rule 17(4)",),
        "", "", "2026-03-02T09:30:00+08:00", languages)


def _termination(languages: tuple[str, ...]) -> TerminationRecord:
    return TerminationRecord("c1", "R/1", "Alpha v Beta", "settled", "settled", "2026-03-20", "", "M One",
                             "2026-03-20T17:05:00+08:00", "", "", "5:ab", "", languages)


def _destruction(languages: tuple[str, ...]) -> DestructionRecord:
    return DestructionRecord("c1", "R/1", "Alpha v Beta", "2026-04-20T10:00:00+08:00", "M One", "settled",
                             "2026-03-20", 0, (), "9:cd", languages)


@pytest.mark.parametrize(("make", "old", "new"), [(_atm, 1, 2), (_termination, 1, 2), (_destruction, 3, 4)])
def test_a_record_carries_its_languages_and_only_its_canonical_form_is_read(make, old: int, new: int) -> None:  # type: ignore[no-untyped-def]
    parse = type(make(())).parse
    unnamed, english, chinese = make(()), make(("en",)), make(("zh-Hant", "en"))
    assert "languages" not in json.loads(unnamed.encoded) and json.loads(unnamed.encoded)["format"] == old
    assert json.loads(english.encoded)["languages"] == ["en"] and json.loads(english.encoded)["format"] == new
    body = json.loads(chinese.encoded)
    assert body["languages"] == ["zh-Hant", "en"] and body["format"] == new
    for record in (unnamed, english, chinese):
        assert parse(record.encoded) == record

    def encoded(changed: dict) -> bytes:  # type: ignore[type-arg]
        return json.dumps({**body, **changed}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    for changed in ({"languages": ["fr"]}, {"languages": []}, {"languages": "zh-Hant"}, {"languages": ["zh-HK"]},
                    {"format": old}, {"languages": ["en", "en"]}):
        with pytest.raises(NotARecord):
            parse(encoded(changed))


@pytest.mark.parametrize("languages", [("en", "zh-Hant"), ("zh-Hant", "en")])
def test_a_bilingual_document_says_each_sentence_in_the_agreements_order(languages: tuple[str, ...],
                                                                         tmp_path: Path) -> None:
    for name, pdf, english, chinese in (
            ("atm", prepare_agreement_to_mediate(_atm(languages)), "Agreementtomediate", "調解協議"),
            ("termination", prepare_termination(_termination(languages)), "Terminationofthemediation",
             "調解終止記錄"),
            ("destruction", prepare_destruction(_destruction(languages)), "Destructioncertificate", "銷毀證明書")):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        text = _text(path)
        assert (text.index(english) < text.index(chinese)) == (languages[0] == "en"), name
    heading = "Theparties/當事方" if languages[0] == "en" else "當事方/Theparties"
    assert heading in _text(tmp_path / "atm.pdf")
