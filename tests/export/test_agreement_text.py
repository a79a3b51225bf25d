"""The agreement carries its own canonical text: attacks on the text, with real signed files.

The forger here is the worst insider the design admits: the mediator, who can
issue certificates for the parties' names and sign with them. Every file below
is a real PDF signed with such certificates, so every signature in it is valid
and trusted; what catches (or cannot catch) each forgery is the text check and
the fingerprint a party holds. poppler's pdftotext, pdfdetach and pdfsig, and
sha256sum, are the independent judges.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from iomed_desk import cli
from iomed_desk.core.canonical_agreement import CanonicalAgreement
from iomed_desk.export.canonical import (
    FILE_NAME,
    document_for,
    embed_agreement,
    embed_text,
    prepare_pdf,
)
from iomed_desk.export.identity import Identity
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.render import render_pdf
from iomed_desk.export.report import LaterChanges, VerificationReport
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import AgreementSigner, KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.conftest import InRoomSigners, SignedAgreement, tool
from tests.export.sample import EXPORT_TIME, sample_agreement

GENUINE_AMOUNT, FORGED_AMOUNT = "USD 27.5m", "USD 2.75m"


def forged_agreement() -> CanonicalAgreement:
    return sample_agreement(replace_text=(GENUINE_AMOUNT, FORGED_AMOUNT))


@dataclass(frozen=True)
class Forger:
    """The mediator, with party certificates it issued itself in the parties' names."""

    mediator: Identity
    parties: Mapping[int, AgreementSigner]

    def sign_everything(self, pdf: bytes) -> bytes:
        """Sign every empty field as the pipeline does: the mediator certifies (when the file is not
        yet signed), parties sign, the attestation last."""
        names = [name for name, _, _ in enumerate_sig_fields(PdfFileReader(BytesIO(pdf)), filled_status=False)]
        order = {"Sig-Certification": 0, "Sig-Mediator": 2}
        for name in sorted(names, key=lambda n: order.get(n, 1)):
            party = re.fullmatch(r"Sig-Party-(\d+)(?:-\d+)?", name)
            signer = self.parties[int(party[1]) - 1] if party else KeySigner(self.mediator)
            pdf = sign_pdf(pdf, name, signer, certify=name == "Sig-Certification" and "/ByteRange" not in
                           pdf.decode("latin-1"))
        return pdf


@pytest.fixture(scope="module")
def forger(mediator: Identity) -> Forger:
    return Forger(mediator, InRoomSigners(mediator))  # a fresh one-time key on every look-up


@pytest.fixture(scope="module")
def consistent_forgery(tmp_path_factory: pytest.TempPathFactory, forger: Forger) -> Path:
    """The agreement exported again by the app itself, with the amount changed: internally consistent."""
    path = tmp_path_factory.mktemp("forged") / "forged.pdf"
    export_and_sign(forged_agreement(), path, KeySigner(forger.mediator), forger.parties, EXPORT_TIME)
    return path


def pdf_text(pdf: bytes | Path, tmp_path: Path, page: int | None = None) -> str:
    path = pdf if isinstance(pdf, Path) else tmp_path / "judge.pdf"
    if not isinstance(pdf, Path):
        path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run([tool("pdftotext"), *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def printed_fingerprints(pdf: bytes | Path, tmp_path: Path) -> set[str]:
    """Every fingerprint the footers print, as poppler reads the pages."""
    return set(re.findall(r"\(SHA-256\)[^:]*:\s*([0-9a-f]{64})", pdf_text(pdf, tmp_path)))


def detached_text(pdf: bytes | Path, tmp_path: Path) -> bytes:
    """The embedded file as poppler's pdfdetach saves it."""
    path = pdf if isinstance(pdf, Path) else tmp_path / "judge.pdf"
    if not isinstance(pdf, Path):
        path.write_bytes(pdf)
    listing = subprocess.run([tool("pdfdetach"), "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout
    assert f"1: {FILE_NAME}" in listing, listing
    out = tmp_path / "detached.txt"
    subprocess.run([tool("pdfdetach"), "-save", "1", "-o", str(out), str(path)], check=True)
    return out.read_bytes()


def pdfsig_valid_count(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pdfsig.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True, check=False).stdout
    return len(re.findall(r"Signature Validation: Signature is Valid\.", out))


def page_with(text: str, pdf: bytes, tmp_path: Path, pages: int) -> int:
    found = [n for n in range(1, pages + 1) if text in pdf_text(pdf, tmp_path, n)]
    assert len(found) == 1, found
    return found[0]


def only_text_problems(report: VerificationReport) -> None:
    """Every signature holds: whatever rejects the file is the text check alone."""
    assert all(s.ok for s in report.signatures) and not report.problems, report.to_text()
    assert report.text is not None and not report.text.verified and not report.ok


# -- the genuine agreement -------------------------------------------------------------------

def test_the_genuine_agreement_is_text_verified(signed: SignedAgreement, tmp_path: Path) -> None:
    report = verify_pdf(signed.pdf, signed.trust)
    assert report.ok and report.text is not None and report.text.verified, report.to_text()
    assert report.fingerprint == sample_agreement().fingerprint
    assert report.text.pages >= 2 and report.text.differing_pages == ()
    assert report.file_sha256 == hashlib.sha256(signed.pdf).hexdigest()
    assert report.to_text().splitlines()[0] == f"Agreement fingerprint (SHA-256): {report.fingerprint}"
    # the independent judges: the footers print sha256 of the text pdfdetach extracts
    text = detached_text(signed.path, tmp_path)
    assert text == sample_agreement().encoded
    assert printed_fingerprints(signed.path, tmp_path) == {hashlib.sha256(text).hexdigest()}


def test_the_text_is_an_associated_source_file_in_the_first_signed_revision(signed: SignedAgreement) -> None:
    reader = PdfFileReader(BytesIO(signed.pdf))
    first = min(reader.embedded_signatures, key=lambda s: s.signed_revision)
    root = reader.get_historical_root(first.signed_revision)
    spec = root["/AF"][0]
    assert spec["/AFRelationship"] == "/Source" and spec["/UF"] == FILE_NAME
    assert spec["/EF"]["/F"]["/Subtype"] == "/text/plain"
    assert root["/Names"]["/EmbeddedFiles"]["/Names"][1] == spec
    assert spec["/EF"]["/F"].data == sample_agreement().encoded


def test_preparing_is_deterministic() -> None:
    assert prepare_pdf(sample_agreement(), EXPORT_TIME) == prepare_pdf(sample_agreement(), EXPORT_TIME)


# -- the attacks -------------------------------------------------------------------------------

def test_a_consistent_forgery_verifies_but_names_another_fingerprint(
        consistent_forgery: Path, signed: SignedAgreement, tmp_path: Path) -> None:
    """What verify alone cannot catch: the mediator's own re-export with the amount changed and
    certificates it issued. Its text, pages and signatures agree; only its fingerprint betrays it."""
    report = verify_pdf(consistent_forgery, signed.trust)
    assert report.ok, report.to_text()
    assert FORGED_AMOUNT in pdf_text(consistent_forgery, tmp_path)
    assert report.fingerprint == forged_agreement().fingerprint != sample_agreement().fingerprint
    assert printed_fingerprints(consistent_forgery, tmp_path) == {report.fingerprint}


def test_expecting_the_genuine_fingerprint_rejects_the_consistent_forgery(
        consistent_forgery: Path, signed: SignedAgreement) -> None:
    genuine = sample_agreement().fingerprint
    report = verify_pdf(consistent_forgery, signed.trust, expect_fingerprint=genuine)
    only_text_problems(report)
    assert report.text is not None
    assert report.text.problems == (f"the agreement fingerprint is {forged_agreement().fingerprint}, not the "
                                    f"expected {genuine}: this is not the agreement that fingerprint names",)
    assert f"expected: {genuine} (DOES NOT MATCH)" in report.to_text()
    assert verify_pdf(signed.pdf, signed.trust, expect_fingerprint=genuine.upper()).ok


def test_pages_saying_2_75m_over_the_genuine_text_differ_on_the_page_that_says_it(
        forger: Forger, signed: SignedAgreement, tmp_path: Path) -> None:
    """The careful forgery: pages drawn from the forged text but printing the genuine fingerprint,
    the genuine text embedded, every signature valid. The re-rendered page with the amount differs."""
    genuine = sample_agreement()
    doc = replace(document_for(forged_agreement()), fingerprint=genuine.fingerprint)
    forged = forger.sign_everything(embed_agreement(render_pdf(doc, EXPORT_TIME), genuine, EXPORT_TIME))
    assert pdfsig_valid_count(forged, tmp_path) == 5  # poppler: every signature is valid
    assert printed_fingerprints(forged, tmp_path) == {genuine.fingerprint}
    report = verify_pdf(forged, signed.trust)
    only_text_problems(report)
    assert report.text is not None and report.fingerprint == genuine.fingerprint
    page = page_with(FORGED_AMOUNT, forged, tmp_path, report.text.pages)
    assert report.text.differing_pages == (page,)
    assert report.text.problems == (f"page {page} differs from the text the fingerprint covers",)


def test_pages_made_from_another_text_differ_everywhere(forger: Forger, signed: SignedAgreement,
                                                        tmp_path: Path) -> None:
    """The forged pages print their own fingerprint over the genuine text: every footer differs."""
    forged = forger.sign_everything(
        embed_agreement(render_pdf(document_for(forged_agreement()), EXPORT_TIME), sample_agreement(), EXPORT_TIME))
    report = verify_pdf(forged, signed.trust)
    only_text_problems(report)
    assert report.text is not None
    assert report.text.differing_pages == tuple(range(1, report.text.pages + 1))
    assert "every page differs from the text the fingerprint covers" in report.text.problems[0]


def test_a_swapped_text_does_not_hash_to_the_printed_fingerprint(forger: Forger, signed: SignedAgreement,
                                                                 tmp_path: Path) -> None:
    """Genuine pages, the forged text embedded: sha256 of the text is not what the footers print."""
    genuine = sample_agreement()
    swapped = forger.sign_everything(
        embed_agreement(render_pdf(document_for(genuine), EXPORT_TIME), forged_agreement(), EXPORT_TIME))
    text = detached_text(swapped, tmp_path)
    assert hashlib.sha256(text).hexdigest() not in printed_fingerprints(swapped, tmp_path)  # the judges agree
    report = verify_pdf(swapped, signed.trust)
    only_text_problems(report)
    assert report.fingerprint == forged_agreement().fingerprint
    assert report.text is not None and len(report.text.differing_pages) == report.text.pages


def test_a_pdf_without_the_text_is_rejected(forger: Forger, signed: SignedAgreement) -> None:
    bare = forger.sign_everything(render_pdf(document_for(sample_agreement()), EXPORT_TIME))
    report = verify_pdf(bare, signed.trust)
    only_text_problems(report)
    assert report.fingerprint is None
    assert report.text is not None and report.text.problems == ("the PDF carries no embedded agreement text",)
    assert report.to_text().splitlines()[0] == "Agreement fingerprint: none (the PDF carries no agreement text)"


def test_a_text_attached_after_the_first_signature_counts_for_nothing(forger: Forger,
                                                                      signed: SignedAgreement) -> None:
    agreement = sample_agreement()
    pdf = sign_pdf(render_pdf(document_for(agreement), EXPORT_TIME), "Sig-Party-1", forger.parties[0])
    pdf = forger.sign_everything(embed_agreement(pdf, agreement, EXPORT_TIME))
    report = verify_pdf(pdf, signed.trust)
    assert not report.ok and report.text is not None
    assert report.text.problems == ("the agreement text was attached after the first signature, "
                                    "which therefore does not cover it",)


@pytest.mark.parametrize(("text", "problem"), [
    (sample_agreement().text.replace("title: ", "title:  ").encode(), "the embedded agreement text is unusable: "
     "The agreement text is not in canonical form (order, spacing or normalisation)."),
    (b"USD 27.5m\n", "the embedded agreement text is unusable: The agreement text does not start with "
     "'iomed-desk agreement 1' or does not end with a line break."),
    (replace(sample_agreement(), parties=sample_agreement().parties[:1]).encoded,
     "the embedded agreement cannot be rendered: An agreement needs at least two parties."),
])
def test_an_embedded_text_that_cannot_be_the_agreement_is_rejected(forger: Forger, signed: SignedAgreement,
                                                                   text: bytes, problem: str) -> None:
    pdf = forger.sign_everything(embed_text(render_pdf(document_for(sample_agreement()), EXPORT_TIME), text,
                                            EXPORT_TIME))
    report = verify_pdf(pdf, signed.trust)
    only_text_problems(report)
    assert report.fingerprint == hashlib.sha256(text).hexdigest()
    assert report.text is not None and report.text.problems == (problem,)


def _update(pdf: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_page_content_edited_after_signing_is_rejected_and_the_page_named(signed: SignedAgreement) -> None:
    def overwrite(writer: IncrementalPdfFileWriter) -> None:
        stream = generic.StreamObject(stream_data=b"q 1 1 1 rg 70 400 300 40 re f Q")
        writer.add_stream_to_page(1, writer.add_object(stream))

    report = verify_pdf(_update(signed.pdf, overwrite), signed.trust)
    assert not report.ok
    assert all(s.later_changes is LaterChanges.MODIFIED for s in report.signatures)
    assert report.text is not None and report.text.differing_pages == (2,)
    assert "page 2 differs from the text the fingerprint covers" in report.to_text()


def test_the_text_replaced_after_signing_is_rejected(signed: SignedAgreement) -> None:
    def swap(writer: IncrementalPdfFileWriter) -> None:
        spec = writer.root["/AF"][0]
        stream = generic.StreamObject({pdf_name("/Type"): pdf_name("/EmbeddedFile")},
                                      stream_data=forged_agreement().encoded)
        spec["/EF"][pdf_name("/F")] = writer.add_object(stream)
        writer.update_container(spec)

    report = verify_pdf(_update(signed.pdf, swap), signed.trust)
    assert not report.ok
    assert report.text is not None
    assert report.text.problems == ("the embedded agreement text was changed after the first signature",)


def test_a_changed_glyph_program_is_a_different_page() -> None:
    """Pages are compared down to the font programs: same content stream, other glyphs, other page."""
    from iomed_desk.export.page_compare import differing_pages, page_digests

    pdf = prepare_pdf(sample_agreement(), EXPORT_TIME)

    def retouch_font(writer: IncrementalPdfFileWriter) -> None:
        fonts = writer.root["/Pages"]["/Kids"][0]["/Resources"]["/Font"]
        descriptor = fonts[sorted(fonts)[0]]["/FontDescriptor"]
        program = descriptor["/FontFile2"]
        data = bytearray(program.data)
        data[len(data) // 2] ^= 0xFF
        descriptor[pdf_name("/FontFile2")] = writer.add_object(generic.StreamObject(
            {k: v for k, v in program.items() if k not in ("/Length", "/Filter")}, stream_data=bytes(data)))
        writer.update_container(descriptor)

    before = page_digests(PdfFileReader(BytesIO(pdf)))
    after = page_digests(PdfFileReader(BytesIO(_update(pdf, retouch_font))))
    assert 1 in differing_pages(before, after)


# -- the command line --------------------------------------------------------------------------

def call(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_text_writes_what_the_footer_fingerprints(signed: SignedAgreement, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agreement.txt"
    code, stdout, err = call(capsys, "verify", signed.path, "--extract-text", out)
    assert code == 0 and err == ""
    sha256sum = subprocess.run([tool("sha256sum"), str(out)], capture_output=True, text=True, check=True).stdout
    fingerprint = sha256sum.split()[0]
    assert printed_fingerprints(signed.path, tmp_path) == {fingerprint}
    assert fingerprint in stdout
    code, _, err = call(capsys, "verify", signed.path, "--extract-text", out)
    assert code == 2 and "already exists" in err


def test_extract_text_to_standard_output(signed: SignedAgreement, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    code = cli.main(["verify", str(signed.path), "--extract-text"])
    out, err = capfdbinary.readouterr()
    assert code == 0 and err == b""
    assert out == sample_agreement().encoded


def test_extract_text_from_a_pdf_without_one_exits_1(forger: Forger, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    bare = tmp_path / "bare.pdf"
    bare.write_bytes(render_pdf(document_for(sample_agreement()), EXPORT_TIME))
    code, out, err = call(capsys, "verify", bare, "--extract-text")
    assert (code, out) == (1, "")
    assert err == "iomed-desk: No agreement text to extract: the PDF carries no embedded agreement text.\n"


def test_verify_expect_fingerprint_on_the_command_line(consistent_forgery: Path, signed: SignedAgreement,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    genuine = sample_agreement().fingerprint
    code, out, _ = call(capsys, "verify", signed.path, "--trust", signed.trust_pem, "--expect-fingerprint", genuine)
    assert code == 0 and f"expected: {genuine} (matches)" in out
    code, out, _ = call(capsys, "verify", consistent_forgery, "--trust", signed.trust_pem,
                        "--expect-fingerprint", genuine)
    assert code == 1 and "DOES NOT MATCH" in out and out.rstrip().endswith("Result: NOT VALID")
    code, _, err = call(capsys, "verify", signed.path, "--expect-fingerprint", "27.5m")
    assert code == 2 and "is not an agreement fingerprint" in err
