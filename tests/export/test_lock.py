"""Sign, then lock: certification first, the attestation last and locking, and verify right both ways.

Every rule `verify` adds to pyHanko's per-signature verdict gets a file where it
must pass and one where it must fail: the attack files are real PDFs (a late
fourth signature by a certificate the mediator issued, a file cut back at the
previous %%EOF, a page edit after the lock, a document never certified, a
certification that is not first). The independent judges are qpdf (the
catalogue's /Perms /DocMDP, the attestation field's /Lock and the FieldMDP
/TransformParams, ISO 32000-2 12.8.2.2, 12.8.2.3, 12.7.5.5), poppler's pdfsig
(with the mediator's certificate in an NSS store made by certutil) and pdffonts.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from iomed_desk import cli
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.canonical import prepare_pdf
from iomed_desk.export.identity import issue_party_identity, new_identity
from iomed_desk.export.pipeline import attest_agreement, export_and_sign
from iomed_desk.export.report import LaterChanges
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.conftest import REPRESENTATIVES, SignedAgreement, tool
from tests.export.sample import EXPORT_TIME, sample_agreement

AWAITING = "incomplete: Sig-Mediator not signed (awaiting the mediator's attestation)"
NOTE = "Paper signatures by Jonathan Reyes on 2026-03-02, then attested"


def _update(pdf: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_field(name: str):  # type: ignore[no-untyped-def]
    def add(writer: IncrementalPdfFileWriter) -> None:
        append_signature_field(writer, SigFieldSpec(name, on_page=0, box=(50, 50, 200, 90)))
    return add


def cut_back(pdf: bytes) -> bytes:
    """The file as it was one revision earlier: up to and including the previous %%EOF line."""
    ends = [m.end() for m in re.finditer(rb"%%EOF\r?\n?", pdf)]
    return pdf[:ends[-2]]


def verify_exit(path: Path, trust: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["verify", str(path), "--trust", str(trust)])
    return code, capsys.readouterr().out


# --- the genuine file: certified first, locked last -------------------------------------------


def test_the_genuine_file_is_certified_first_and_locked_last(signed: SignedAgreement) -> None:
    report = signed.report
    assert report.ok, report.to_text()
    assert report.signatures[0].certifying and report.signatures[0].field_name == "Sig-Certification"
    assert report.signatures[-1].locking and report.signatures[-1].field_name == "Sig-Mediator"
    assert sum(s.certifying for s in report.signatures) == sum(s.locking for s in report.signatures) == 1
    text = report.to_text()
    assert "role:    certification (only signatures and form filling may follow)" in text
    assert "role:    approval, locks the document" in text


def test_qpdf_shows_the_certification_and_the_lock(signed: SignedAgreement) -> None:
    """ISO 32000-2: /Perms /DocMDP names the certification signature, whose DocMDP transform has /P 2;
    the attestation field's /Lock is /Action /All with /P 1, and its signature's FieldMDP reference
    carries the same /TransformParams."""
    out = subprocess.run([tool("qpdf"), "--json", "--json-key=qpdf", str(signed.path)], capture_output=True,
                         text=True, check=True).stdout
    objects = json.loads(out)["qpdf"][1]

    def get(ref: str) -> dict:  # type: ignore[type-arg]
        value = objects[f"obj:{ref}"]["value"]
        return value

    trailer = objects["trailer"]["value"]
    catalogue = get(trailer["/Root"])
    certification = get(catalogue["/Perms"]["/DocMDP"])
    [docmdp] = [r if isinstance(r, dict) else get(r) for r in certification["/Reference"]]
    assert docmdp["/TransformMethod"] == "/DocMDP" and docmdp["/TransformParams"]["/P"] == 2
    fields = [get(f) for f in get(catalogue["/AcroForm"])["/Fields"]] if isinstance(
        catalogue["/AcroForm"], str) else [get(f) for f in catalogue["/AcroForm"]["/Fields"]]
    by_name = {f["/T"].removeprefix("u:"): f for f in fields}
    assert get(by_name["Sig-Certification"]["/V"]) == certification
    attestation = by_name["Sig-Mediator"]
    lock = get(attestation["/Lock"]) if isinstance(attestation["/Lock"], str) else attestation["/Lock"]
    assert lock["/Action"] == "/All" and lock["/P"] == 1
    [fieldmdp] = [r if isinstance(r, dict) else get(r) for r in get(attestation["/V"])["/Reference"]]
    assert fieldmdp["/TransformMethod"] == "/FieldMDP"
    assert fieldmdp["/TransformParams"]["/Action"] == "/All"
    assert all("/Lock" not in f for name, f in by_name.items() if name != "Sig-Mediator")


def test_pdfsig_with_the_mediator_in_an_nss_store_trusts_every_signature(signed: SignedAgreement,
                                                                         tmp_path: Path) -> None:
    certutil = shutil.which("certutil")
    if certutil is None:
        pytest.skip("certutil is not installed (Debian package libnss3-tools)")
    store = f"sql:{tmp_path}"
    subprocess.run([certutil, "-N", "-d", store, "--empty-password"], check=True, capture_output=True)
    # trusted as a CA for S/MIME (the middle slot): poppler checks signing certificates for email
    # signing; "C,," (SSL only) leaves every signature "issuer isn't Trusted"
    subprocess.run([certutil, "-A", "-n", "mediator", "-t", ",C,", "-i", str(signed.trust_pem), "-d", store],
                   check=True, capture_output=True)
    out = subprocess.run([tool("pdfsig"), "-nssdir", store, str(signed.path)], capture_output=True, text=True,
                         check=False).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 5, out
    assert out.count("Certificate Validation: Certificate is Trusted.") == 5, out
    assert re.findall(r"Signature Field Name: (\S+)", out) == [
        "Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"]
    # without the store entry poppler trusts none of them: the store is what makes the difference
    bare = subprocess.run([tool("pdfsig"), str(signed.path)], capture_output=True, text=True, check=False).stdout
    assert "Certificate is Trusted." not in bare


def test_pdffonts_shows_every_font_embedded_and_the_stamps_name_cjk_signers(signed: SignedAgreement) -> None:
    out = subprocess.run([tool("pdffonts"), str(signed.path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    assert all(re.search(r"\s+yes\s+yes\s+yes\s+\d+\s+\d+$", row) for row in rows), out
    text = subprocess.run([tool("pdftotext"), str(signed.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for name in (*REPRESENTATIVES, "Dr. Sofia Lindqvist"):
        assert f"Digitally signed by {name}" in text
    assert text.count("signer's clock, no time-stamp authority") == 4
    assert text.count("certificate issued in the room") == 3  # the three in-room party keys


# --- the attacks, each rejected with its reason -----------------------------------------------


def test_a_fourth_signature_after_the_attestation_is_rejected(signed: SignedAgreement, mediator,
                                                              tmp_path: Path, capsys) -> None:
    """A certificate the mediator issued signs a new field after the lock: every signature is
    intact and trusted, and still the file fails, saying why."""
    late = KeySigner.from_issued(issue_party_identity(mediator, "Late Signer", "4321"), "4321")
    attacked = sign_pdf(_update(signed.pdf, _add_field("Sig-Late")), "Sig-Late", late)
    report = verify_pdf(attacked, signed.trust)
    assert all(s.intact and s.trusted for s in report.signatures)
    assert not report.ok
    assert ("1 signature(s) follow the locking signature (Sig-Mediator), which allows no change after it"
            in report.problems)
    assert report.signatures[4].later_changes is LaterChanges.MODIFIED  # pyHanko reads the lock's /P 1 too
    path = tmp_path / "late.pdf"
    path.write_bytes(attacked)
    code, out = verify_exit(path, signed.trust_pem, capsys)
    assert code == 1 and "follow the locking signature" in out and out.rstrip().endswith("Result: NOT VALID")


def test_a_file_cut_back_to_before_the_attestation_is_incomplete(signed: SignedAgreement, tmp_path: Path,
                                                                 capsys) -> None:
    cut = cut_back(signed.pdf)
    report = verify_pdf(cut, signed.trust)
    assert all(s.ok for s in report.signatures) and len(report.signatures) == 4
    assert report.unsigned_fields == ("Sig-Mediator",)
    assert report.problems == (AWAITING,)
    assert not report.ok
    path = tmp_path / "cut.pdf"
    path.write_bytes(cut)
    code, out = verify_exit(path, signed.trust_pem, capsys)
    assert code == 1 and f"Problem: {AWAITING}" in out
    # poppler judges signatures one by one: for it the cut file is four valid signatures
    pdfsig = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True, check=False).stdout
    assert pdfsig.count("Signature is Valid.") == 4
    assert "Sig-Mediator\n  The signature form field is not signed." in pdfsig


@pytest.mark.parametrize("edit", ["annotation", "content stream"])
def test_a_page_edit_after_the_lock_is_rejected(signed: SignedAgreement, tmp_path: Path, edit: str) -> None:
    def annotate(writer: IncrementalPdfFileWriter) -> None:
        page = writer.root["/Pages"]["/Kids"][0]
        note = generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/Text"),
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (80, 700, 100, 720)]),
            pdf_name("/Contents"): generic.TextStringObject("The payment is USD 2.75m."),
        })
        annots = page.get("/Annots", generic.ArrayObject())
        annots.append(writer.add_object(note))
        page[pdf_name("/Annots")] = annots
        writer.update_container(page)

    def overwrite(writer: IncrementalPdfFileWriter) -> None:
        writer.add_stream_to_page(1, writer.add_object(generic.StreamObject(stream_data=b"q 1 1 1 rg 70 400 300 40 re f Q")))

    report = verify_pdf(_update(signed.pdf, annotate if edit == "annotation" else overwrite), signed.trust)
    assert not report.ok
    assert report.signatures[-1].locking and report.signatures[-1].later_changes is LaterChanges.MODIFIED
    assert ("the document was changed after the locking signature (Sig-Mediator), which allows no change "
            "after it") in report.problems
    path = tmp_path / "edited.pdf"
    path.write_bytes(_update(signed.pdf, annotate if edit == "annotation" else overwrite))
    pdfsig = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True, check=False).stdout
    assert "Total document signed" not in pdfsig  # poppler: the last signature no longer covers the file


def test_a_document_never_certified_is_rejected(mediator, party_signers) -> None:
    """Everything else as the pipeline does it, but the certification field is left empty."""
    pdf = prepare_pdf(sample_agreement(), EXPORT_TIME)
    for index in range(3):
        pdf = sign_pdf(pdf, f"Sig-Party-{index + 1}", party_signers[index])
    pdf = sign_pdf(pdf, "Sig-Mediator", KeySigner(mediator))
    report = verify_pdf(pdf, [mediator.certificate])
    assert all(s.ok for s in report.signatures) and not report.ok
    assert report.problems[0] == "no certification signature: the document was not certified before it was signed"
    assert "incomplete: Sig-Certification not signed" in report.problems


def test_a_certification_that_is_not_first_is_rejected(mediator, party_signers) -> None:
    """pyHanko refuses to certify a signed file; a forger's writer does not, and verify notices."""
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    class Careless(PdfSigner):
        def _enforce_certification_constraints(self, reader) -> None:  # type: ignore[no-untyped-def]
            return None

    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Party-1", party_signers[0])
    with KeySigner(mediator).open() as hanko:
        meta = PdfSignatureMetadata(field_name="Sig-Certification", md_algorithm="sha256", certify=True,
                                    docmdp_permissions=MDPPerm.FILL_FORMS)
        pdf = Careless(meta, hanko).sign_pdf(IncrementalPdfFileWriter(BytesIO(pdf)),
                                              existing_fields_only=True).getvalue()
    report = verify_pdf(pdf, [mediator.certificate])
    assert [s.certifying for s in report.signatures] == [False, True]
    assert "the certification signature (Sig-Certification) is not the first signature" in report.problems
    assert not report.ok


# --- paper first, then the attestation --------------------------------------------------------


@pytest.fixture(scope="module")
def unattested(tmp_path_factory: pytest.TempPathFactory, mediator, party_signers) -> Path:
    """Party 2 signs on paper: the certified, digitally signed file without the attestation."""
    path = tmp_path_factory.mktemp("paper") / "unattested.pdf"
    agreement = sample_agreement(modes=("digital", "paper", "digital"))
    report = export_and_sign(agreement, path, KeySigner(mediator), {0: party_signers[0], 2: party_signers[2]},
                             EXPORT_TIME, attest=False)
    assert not report.ok and report.problems == (AWAITING,)
    assert "awaiting the mediator's attestation" in report.to_text()
    return path


def test_unattested_export_then_attestation_is_complete_and_locked(unattested: Path, mediator,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "attested.pdf"
    report = attest_agreement(unattested.read_bytes(), out, KeySigner(mediator), note=NOTE)
    assert report.ok, report.to_text()
    assert [s.field_name for s in report.signatures] == ["Sig-Certification", "Sig-Party-1", "Sig-Party-3",
                                                          "Sig-Mediator"]
    assert report.signatures[-1].locking and report == verify_pdf(out, [mediator.certificate])
    from pyhanko.pdf_utils.reader import PdfFileReader

    assert PdfFileReader(BytesIO(out.read_bytes())).embedded_signatures[-1].sig_object["/Reason"] == NOTE


def test_attestation_refuses_what_is_not_an_unattested_agreement_of_ours(unattested: Path, signed, mediator,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "refused.pdf"
    with pytest.raises(SignatureProblem, match="not an agreement awaiting the mediator's attestation"):
        attest_agreement(signed.pdf, out, KeySigner(mediator), note=NOTE)  # already attested
    with pytest.raises(SignatureProblem, match="not certified by this mediator"):
        attest_agreement(unattested.read_bytes(), out, KeySigner(new_identity("Another Mediator")), note=NOTE)
    edited = _update(unattested.read_bytes(), lambda w: w.add_stream_to_page(
        0, w.add_object(generic.StreamObject(stream_data=b"q 0 0 0 rg 70 400 300 40 re f Q"))))
    with pytest.raises(SignatureProblem, match="did not verify"):
        attest_agreement(edited, out, KeySigner(mediator), note=NOTE)
    with pytest.raises(InvalidInput, match="one line"):
        attest_agreement(unattested.read_bytes(), out, KeySigner(mediator), note="two\nlines")
    assert not out.exists()


# --- whom the pipeline's report trusts --------------------------------------------------------


def test_a_partys_own_identity_is_reported_untrusted_after_export(mediator, party_signers, tmp_path: Path) -> None:
    """The report trusts the mediator's root only: a party's self-signed key is written (the file is
    sound) and reported honestly as not trusted."""
    own = KeySigner(new_identity("Jonathan Reyes", organisation="Harbour Energy Holdings Ltd"))
    path = tmp_path / "own.pdf"
    report = export_and_sign(sample_agreement(), path, KeySigner(mediator),
                             {0: party_signers[0], 1: own, 2: party_signers[2]}, EXPORT_TIME)
    assert path.exists() and not report.ok
    trusted = {s.field_name: s.trusted for s in report.signatures}
    assert trusted == {"Sig-Certification": True, "Sig-Party-1": True, "Sig-Party-2": False,
                       "Sig-Party-3": True, "Sig-Mediator": True}
    assert all(s.intact for s in report.signatures) and report.problems == ()
    assert not report.signatures[2].issued_in_room and report.signatures[1].issued_in_room
    # a reader who also trusts the party's own certificate gets a valid file
    assert verify_pdf(path, [mediator.certificate, own.certificate]).ok
