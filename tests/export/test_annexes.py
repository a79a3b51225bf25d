"""Annexes (issue 18): exhibits embedded in the signed agreement, listed with their SHA-256 in the text.

The promises, each tested as an attacker or an outside tool would: an agreement with two annexes
exports and verifies ("annex C-12 verified"); poppler's pdfdetach lists and saves the embedded files
(an oracle that is not our code) and qpdf finds the file sound; a forger who replaces an annex in an
incremental update after signing, or re-makes the PDF with another file under the same listed hash
and signs it with trusted keys, or drops or adds a file, gets NOT VALID with the annex named; an
agreement without annexes keeps its bytes.
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas

from iomed_desk.core.canonical_agreement import AgreedAnnex, CanonicalAgreement, NotCanonical, parse
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.canonical import document_for, embed_files, prepare_pdf
from iomed_desk.export.document import CERTIFICATION_FIELD, MEDIATOR_FIELD
from iomed_desk.export.identity import Identity
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.render import render_pdf
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import annex_file, verify_pdf
from tests.export.conftest import tool
from tests.export.sample import EXPORT_TIME, sample_agreement


def _exhibit_pdf() -> bytes:
    out = BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=0)
    canvas.drawString(72, 720, "Concession Agreement of 14 May 2011 (exhibit C-12)")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


CONTRACT = _exhibit_pdf()
MAP = b"Port Meridian berth plan, revision 4\n" * 40
FORGED = CONTRACT.replace(b"14 May 2011", b"14 May 2012")
assert FORGED != CONTRACT and len(FORGED) == len(CONTRACT)


def listing(label: str, name: str, media: str, data: bytes) -> AgreedAnnex:
    """The listing an oracle computes from the bytes themselves."""
    return AgreedAnnex(label, name, media, len(data), hashlib.sha256(data).hexdigest())


ANNEXES = (listing("C-12", "concession-contract.pdf", "application/pdf", CONTRACT),
           listing("R-3", "berth-plan.txt", "text/plain", MAP))


def annexed() -> CanonicalAgreement:
    return replace(sample_agreement(), annexes=ANNEXES)


def _sign_all(pdf: bytes, mediator: Identity, party_signers) -> bytes:  # type: ignore[no-untyped-def]
    """What a forger holding trusted keys does after making the unsigned file: certify, parties, attest."""
    agreement_doc = document_for(annexed())
    pdf = sign_pdf(pdf, CERTIFICATION_FIELD, KeySigner(mediator), SignatureDetails(reason="x"), certify=True)
    for slot in agreement_doc.signature_slots:
        pdf = sign_pdf(pdf, slot.field_name, party_signers[slot.party_index], SignatureDetails(reason="x"))
    return sign_pdf(pdf, MEDIATOR_FIELD, KeySigner(mediator), SignatureDetails(reason="x"))


@pytest.fixture(scope="module")
def annexed_pdf(tmp_path_factory: pytest.TempPathFactory, mediator: Identity, party_signers) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("annexes") / "agreement.pdf"
    report = export_and_sign(annexed(), path, KeySigner(mediator), party_signers, EXPORT_TIME,
                             annex_data=(CONTRACT, memoryview(MAP)))
    assert report.ok, report.to_text()
    return path


def test_two_annexes_export_and_verify(annexed_pdf: Path, mediator: Identity) -> None:
    report = verify_pdf(annexed_pdf, [mediator.certificate])
    assert report.ok, report.to_text()
    assert [(a.label, a.verified) for a in report.text.annexes] == [("C-12", True), ("R-3", True)]
    text = report.to_text()
    assert "annex C-12 verified" in text and "annex R-3 verified" in text
    assert "Result: text and annexes verified, all signatures valid" in text
    assert report.as_dict()["text"]["annexes"][0]["sha256"] == hashlib.sha256(CONTRACT).hexdigest()


def test_the_text_lists_each_annex_and_the_pages_print_its_hash(annexed_pdf: Path) -> None:
    embedded = annex_text(annexed_pdf)
    for n, (data, name) in enumerate(((CONTRACT, "concession-contract.pdf"), (MAP, "berth-plan.txt")), start=1):
        assert f"annex {n} file: {name}\n".encode() in embedded
        assert f"annex {n} sha256: {hashlib.sha256(data).hexdigest()}\n".encode() in embedded
        assert f"annex {n} size: {len(data)}\n".encode() in embedded
    pages = subprocess.run([tool("pdftotext"), "-layout", str(annexed_pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    for data in (CONTRACT, MAP):
        assert hashlib.sha256(data).hexdigest() in pages


def annex_text(pdf: Path) -> bytes:
    """The embedded canonical text, as poppler saves it (file 1)."""
    out = pdf.parent / "poppler-text"
    out.mkdir(exist_ok=True)
    subprocess.run([tool("pdfdetach"), "-save", "1", "-o", str(out / "agreement.txt"), str(pdf)], check=True)
    return (out / "agreement.txt").read_bytes()


def test_poppler_lists_and_saves_the_annexes_and_qpdf_finds_the_file_sound(annexed_pdf: Path,
                                                                            tmp_path: Path) -> None:
    listed = subprocess.run([tool("pdfdetach"), "-list", str(annexed_pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert listed == ["3 embedded files", "1: agreement.txt", "2: concession-contract.pdf", "3: berth-plan.txt"]
    for n, data in ((2, CONTRACT), (3, MAP)):
        out = tmp_path / f"annex-{n}"
        subprocess.run([tool("pdfdetach"), "-save", str(n), "-o", str(out), str(annexed_pdf)], check=True)
        assert out.read_bytes() == data
    check = subprocess.run([tool("qpdf"), "--check", str(annexed_pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors found" in check.stdout


def test_pdfsig_sees_every_signature_cover_the_annexes(annexed_pdf: Path) -> None:
    out = subprocess.run([tool("pdfsig"), str(annexed_pdf)], capture_output=True, text=True).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 5, out


def test_extract_annex_gives_the_listed_bytes(annexed_pdf: Path) -> None:
    annex, data = annex_file(annexed_pdf, "c-12")
    assert annex.label == "C-12" and data == CONTRACT
    with pytest.raises(InvalidInput, match="no annex labelled 'C-99'"):
        annex_file(annexed_pdf, "C-99")


def _replace_annex_after_signing(pdf: bytes, key: str, data: bytes) -> bytes:
    """The forger's incremental update: the annex's embedded-file stream overwritten, object number kept."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = next(names[i + 1] for i in range(0, len(names), 2) if names[i] == key)
    ref = spec.get_object()["/EF"].raw_get("/F")
    stream = ref.get_object()
    stream._data, stream._encoded_data = data, None
    writer.mark_update(ref)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_annex_replaced_after_signing_fails_with_the_reason(annexed_pdf: Path, mediator: Identity,
                                                               tmp_path: Path) -> None:
    forged = _replace_annex_after_signing(annexed_pdf.read_bytes(), "annex 001", FORGED)
    report = verify_pdf(forged, [mediator.certificate])
    assert not report.ok
    assert [(a.label, a.verified) for a in report.text.annexes] == [("C-12", False), ("R-3", True)]
    problem = next(p for p in report.text.problems if p.startswith("annex C-12"))
    assert "was replaced after the first signature" in problem
    assert hashlib.sha256(FORGED).hexdigest() in problem
    assert "Result: NOT VALID" in report.to_text()
    (tmp_path / "forged.pdf").write_bytes(forged)
    # poppler, independently, now hands out the forged bytes: exactly what verify must refuse
    subprocess.run([tool("pdfdetach"), "-save", "2", "-o", str(tmp_path / "x"), str(tmp_path / "forged.pdf")],
                   check=True)
    assert (tmp_path / "x").read_bytes() == FORGED
    with pytest.raises(SignatureProblem, match="Annex C-12 .* replaced after the first signature"):
        annex_file(forged, "C-12")


def test_a_pdf_remade_with_another_file_under_the_same_listed_hash_fails(mediator: Identity,
                                                                        party_signers) -> None:  # type: ignore[no-untyped-def]
    agreement = annexed()
    unsigned = embed_files(render_pdf(document_for(agreement), EXPORT_TIME), agreement.encoded,
                           ((ANNEXES[0], FORGED), (ANNEXES[1], MAP)), EXPORT_TIME)
    forged = _sign_all(unsigned, mediator, party_signers)
    report = verify_pdf(forged, [mediator.certificate])
    assert all(s.ok for s in report.signatures) and not report.problems   # the signatures alone hold
    assert report.text.fingerprint == agreement.fingerprint and not report.text.differing_pages
    assert not report.ok
    assert report.text.problems == (
        f"annex C-12 (concession-contract.pdf) differs from the listed file: the embedded file's SHA-256 is "
        f"{hashlib.sha256(FORGED).hexdigest()}, the agreement lists {ANNEXES[0].sha256}",)
    with pytest.raises(SignatureProblem, match="differs from the listed file"):
        annex_file(forged, "C-12")


def test_export_refuses_bytes_that_are_not_the_listed_file(tmp_path: Path, mediator: Identity,
                                                          party_signers) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="Annex C-12: the file given is not the one the agreement lists"):
        export_and_sign(annexed(), tmp_path / "a.pdf", KeySigner(mediator), party_signers, EXPORT_TIME,
                        annex_data=(FORGED, MAP))
    with pytest.raises(InvalidInput, match="lists 2 annex"):
        prepare_pdf(annexed(), EXPORT_TIME, (CONTRACT,))
    assert not (tmp_path / "a.pdf").exists()


def _unsigned_problems(pairs) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    agreement = annexed()
    pdf = embed_files(render_pdf(document_for(agreement), EXPORT_TIME), agreement.encoded, pairs, EXPORT_TIME)
    return verify_pdf(pdf).text.problems


def test_a_missing_annex_and_an_extra_file_are_named() -> None:
    assert _unsigned_problems(((ANNEXES[0], CONTRACT),)) == (
        "annex R-3 (berth-plan.txt) is missing: the PDF does not carry it in the revision the first "
        "signature signed",)
    extra = listing("X-1", "side-letter.pdf", "application/pdf", b"%PDF-1.4 side letter")
    assert _unsigned_problems(((ANNEXES[0], CONTRACT), (ANNEXES[1], MAP), (extra, b"%PDF-1.4 side letter"))) == (
        "the PDF carries an embedded file the agreement does not list: 'side-letter.pdf' (extra)",)
    renamed = replace(ANNEXES[1], file_name="other.txt")
    assert _unsigned_problems(((ANNEXES[0], CONTRACT), (renamed, MAP))) == (
        "annex R-3 (berth-plan.txt) is embedded as 'other.txt', but the agreement lists 'berth-plan.txt' "
        "in the revision the first signature signed",)


def test_an_agreement_without_annexes_keeps_its_bytes() -> None:
    plain = sample_agreement()
    assert b"annex " not in plain.encoded
    assert replace(plain, annexes=()).encoded == plain.encoded
    reader = PdfFileReader(BytesIO(prepare_pdf(plain, EXPORT_TIME)))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert [str(names[i]) for i in range(0, len(names), 2)] == ["agreement.txt"]


@pytest.mark.parametrize("edit", [
    ("annex 1 size: ", "annex 1 size: 0"),                     # a leading zero
    ("annex 2: R-3\n", "annex 3: R-3\n"),                       # numbering with a gap
    ("annex 1 media type: application/pdf", "annex 1 media type: Application/PDF"),
])
def test_annex_lines_have_one_byte_form(edit: tuple[str, str]) -> None:
    text = annexed().text
    assert edit[0] in text
    bad = text.replace(edit[0], edit[1], 1)
    if "annex 3" in bad:
        bad = bad.replace("annex 2 ", "annex 3 ")
    with pytest.raises(NotCanonical):
        parse(bad.encode())
    hexed = text.replace(ANNEXES[0].sha256, ANNEXES[0].sha256.upper())
    with pytest.raises(NotCanonical):
        parse(hexed.encode())
    assert parse(text.encode()) == annexed()


def test_annex_listing_is_refused_when_malformed() -> None:
    with pytest.raises(InvalidInput, match="own label"):
        replace(sample_agreement(), annexes=(ANNEXES[0], replace(ANNEXES[1], label="c-12")))
    with pytest.raises(InvalidInput, match="not a path"):
        listing("C-1", "../etc/passwd", "text/plain", b"")
    with pytest.raises(InvalidInput, match="SHA-256"):
        AgreedAnnex("C-1", "a.txt", "text/plain", 1, "ab")
