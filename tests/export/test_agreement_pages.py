"""What was wrong on the pages of the three-party bilingual and Chinese-only agreements when they were
looked at (scripts/agreement_screenshots.py), each checked on the rendered or signed PDF through
poppler's pdftotext: the seat named in the language of the sentence it stands in, no "the parties agree
as follows" above a recitals clause, no individual "represented by" themselves, the stamps in the
agreement's language, and a signing record whose signers read one by one."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from iomed_desk.core.ceremony import (
    AuthorityCheck,
    Checks,
    IdentityCheck,
    KeyHolding,
    SignerLine,
    SigningRecord,
)
from iomed_desk.export.document import DocParty, DocSignatory
from iomed_desk.export.identity import new_identity
from iomed_desk.export.render import render_agreement
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.signing_record import render_record
from tests.export.conftest import tool
from tests.export.test_agreement_frame import CREATED, raw_text, squeeze, three_party_document


def layout_text(pdf: bytes, tmp_path: Path, name: str = "page.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


# -- the seat in each language ------------------------------------------------------------------
def test_a_bilingual_agreement_made_at_hong_kong_says_香港_in_its_chinese_sentences(tmp_path: Path) -> None:
    text = raw_text(render_agreement(three_party_document(("en", "zh-Hant")), CREATED).pdf, tmp_path)
    assert "at Hong Kong on 6 December 2026" in text
    assert "各方於2026年12月6日在香港簽署本協議" in squeeze(text)
    assert "在HongKong" not in squeeze(text)
    assert "Place / 地點 Hong Kong / 香港" in " ".join(layout_text(
        render_agreement(three_party_document(("en", "zh-Hant")), CREATED).pdf, tmp_path).split())


def test_a_place_written_in_chinese_is_named_in_english_in_the_english_text(tmp_path: Path) -> None:
    doc = replace(three_party_document(("zh-Hans", "en")), place="香港")
    text = raw_text(render_agreement(doc, CREATED).pdf, tmp_path)
    assert "各方于2026年12月6日在香港签署本协议" in squeeze(text)
    assert "at Hong Kong on 6 December 2026" in text


def test_a_place_not_known_is_printed_as_written_in_every_language(tmp_path: Path) -> None:
    doc = replace(three_party_document(("en", "zh-Hans")), place="Lantau Island")
    text = squeeze(raw_text(render_agreement(doc, CREATED).pdf, tmp_path))
    assert "atLantauIslandon6December2026" in text and "在LantauIsland签署" in text
    assert "LantauIsland/LantauIsland" not in text


# -- no operative formula of the renderer's above the agreed clauses ------------------------------
@pytest.mark.parametrize("languages", [("en",), ("zh-Hans",), ("en", "zh-Hant")], ids="+".join)
def test_without_recitals_of_its_own_the_frame_says_no_agree_as_follows(languages: tuple[str, ...],
                                                                          tmp_path: Path) -> None:
    text = squeeze(raw_text(render_agreement(three_party_document(languages), CREATED).pdf, tmp_path))
    assert "agreeasfollows" not in text and "同意如下" not in text
    # the templates' own clauses carry the agreement: clause 1 makes it, clause 2 is the recitals
    assert "ismadebetween" in text or "订立" in text or "訂立" in text


def test_the_formula_follows_the_documents_own_recitals(tmp_path: Path) -> None:
    doc = replace(three_party_document(("en",)), recitals=((("en", "The Parties met in Hong Kong."),),))
    text = squeeze(raw_text(render_agreement(doc, CREATED).pdf, tmp_path))
    recital = text.index("ThePartiesmetinHongKong.")
    formula = text.index("Now,therefore,thepartiesagreeasfollows:")
    assert recital < formula < text.index("1.Partiesandauthoritytosign")


# -- an individual in person ----------------------------------------------------------------------
def test_an_individual_who_signs_in_person_is_not_represented_by_themselves(tmp_path: Path) -> None:
    doc = three_party_document(("zh-Hans",))
    person = DocParty("李晓东", ("李晓东", "张律师"), "individual", (DocSignatory("李晓东", "本人", "本人签署"),))
    alone = DocParty("李晓东", ("李晓东",), "individual", (DocSignatory("李晓东", "本人", "本人签署"),))
    text = raw_text(render_agreement(replace(doc, parties=(*doc.parties[:2], person)), CREATED).pdf, tmp_path)
    assert "代表：张律师" in text and "代表：李晓东" not in text
    text = raw_text(render_agreement(replace(doc, parties=(*doc.parties[:2], alone)), CREATED).pdf, tmp_path)
    parties = text[:text.index("调解员")]
    assert "(3)李晓东（个人）" in squeeze(parties) and "代表：李晓东" not in parties


# -- stamps in the agreement's language -------------------------------------------------------------
@pytest.mark.parametrize(("languages", "expected", "absent"), [
    (("zh-Hans",), ("数字签名人：王建国", "签名人本机时间，无时间戳服务", "证书于调解现场签发"), "Digitally signed"),
    (("zh-Hant", "en"), ("數碼簽署人：王建国", "簽署人本機時間，無時間戳服務", "證書於調解現場簽發"), "Digitally signed"),
    (("en", "zh-Hant"), ("Digitally signed by 王建国", "signer's clock, no time-stamp authority",
                         "certificate issued in the room"), "數碼簽署人"),
], ids=["zh-Hans", "zh-Hant+en", "en+zh-Hant"])
def test_the_stamp_speaks_the_agreements_language(languages: tuple[str, ...], expected: tuple[str, ...],
                                                  absent: str, tmp_path: Path) -> None:
    from iomed_desk.export.identity import issue_party_identity

    mediator = new_identity("刘思远", organisation="IOMed")
    issued = issue_party_identity(mediator, "王建国", "2468", organisation="深圳南山新能源科技有限公司")
    pdf = render_agreement(three_party_document(languages, modes=("digital", "digital", "digital")), CREATED).pdf
    signed = sign_pdf(pdf, "Sig-Party-1", KeySigner.from_issued(issued, "2468"))
    text = squeeze(layout_text(signed, tmp_path))
    for line in expected:
        assert squeeze(line) in text
    assert squeeze(absent) not in text


# -- the signing record ---------------------------------------------------------------------------------
def _record() -> SigningRecord:
    at = datetime(2026, 12, 7, 4, 54, tzinfo=UTC)
    mediator = dict(party_id="", party="", signatory="刘思远", holding=KeyHolding.PKCS12, cert_serial="6f8b",
                    cert_sha256="a" * 64, signed_at=at)
    return SigningRecord(
        case_reference="IOMed/2026/047", title="和解协议——前海储能项目", fingerprint="c" * 64, pdf_sha256="d" * 64,
        export_number=1, exported_at=at, file_name="agreement.pdf", signers=(
            SignerLine(field="Sig-Certification", capacity="mediator (certification)", **mediator),
            SignerLine(field="Sig-Party-1", party_id="p1", party="深圳南山新能源科技有限公司", signatory="王建国",
                       capacity="法定代表人", holding=KeyHolding.ROOM, cert_serial="2648", cert_sha256="b" * 64,
                       signed_at=at, checks=Checks(IdentityCheck("national-id", "1234"),  # type: ignore[arg-type]
                                                   AuthorityCheck("board-resolution", "2026年12月1日"))),  # type: ignore[arg-type]
            SignerLine(field="Sig-Party-2", party_id="p2", party="李晓东", signatory="李晓东", capacity="本人",
                       holding=KeyHolding.PAPER, witness="Ms Ann Lee", witnessed_at=at),
            SignerLine(field="Sig-Mediator", capacity="mediator (attestation)", **mediator)))


def test_the_record_prints_each_signer_whole_and_names_the_mediator_once_per_line(tmp_path: Path) -> None:
    text = layout_text(render_record(_record(), "深圳南山新能源科技有限公司", CREATED), tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "1. Sig-Certification: 刘思远, mediator (certification)" in lines
    assert "4. Sig-Mediator: 刘思远, mediator (attestation)" in lines
    assert "(mediator)" not in text  # the old line said "mediator (certification) (mediator)"
    assert "2. Sig-Party-1: 王建国, 法定代表人, for 深圳南山新能源科技有限公司" in lines
    assert lines[lines.index("2. Sig-Party-1: 王建国, 法定代表人, for 深圳南山新能源科技有限公司") + 1:][:3] == [
        "key: certificate issued in the room", "identity: national identity card ending 1234",
        "authority: board resolution, 2026年12月1日"]
    # a certificate's fingerprint is one line of its own, never broken across two
    assert f"certificate SHA-256 {'b' * 64}" in lines and f"certificate SHA-256 {'a' * 64}" in lines
    assert "signed on paper, witnessed by Ms Ann Lee at 2026-12-07 04:54:00+00:00" in lines
    assert "signed 2026-12-07 04:54:00+00:00 (signer's clock)" in lines
