"""Signing and verification end to end: three parties and the mediator, checked by pyHanko,
poppler's pdfsig and qpdf."""

from __future__ import annotations

import json
import re
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.canonical import prepare_pdf
from iomed_desk.export.identity import issue_party_identity, new_identity
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.report import TIME_SOURCE, Coverage, LaterChanges
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.conftest import REPRESENTATIVES, tool
from tests.export.sample import EXPORT_TIME, sample_agreement


def test_signed_agreement_verifies_with_the_mediator_trusted(signed) -> None:
    report = verify_pdf(signed.path, signed.trust)
    assert report.ok, report.to_text()
    assert report == signed.report
    assert [s.field_name for s in report.signatures] == [
        "Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"]
    assert [s.signer for s in report.signatures] == ["Dr. Sofia Lindqvist", *REPRESENTATIVES,
                                                     "Dr. Sofia Lindqvist"]
    assert [s.certifying for s in report.signatures] == [True, False, False, False, False]
    assert [s.locking for s in report.signatures] == [False, False, False, False, True]
    assert all(s.issuer == "Dr. Sofia Lindqvist" for s in report.signatures)
    assert all(s.intact and s.trusted for s in report.signatures)
    assert all(s.time_source == TIME_SOURCE for s in report.signatures)
    assert all(s.signing_time is not None for s in report.signatures)
    assert [s.coverage for s in report.signatures] == [Coverage.ENTIRE_REVISION] * 4 + [
        Coverage.ENTIRE_FILE]
    assert [s.later_changes for s in report.signatures] == [LaterChanges.PERMITTED] * 4 + [
        LaterChanges.NONE]
    assert report.unsigned_fields == () and report.problems == ()


def test_without_trust_every_signature_is_intact_but_untrusted(signed) -> None:
    report = verify_pdf(signed.pdf, [])
    assert not report.ok
    assert all(s.intact and not s.trusted for s in report.signatures)
    assert "does not chain to a trusted certificate" in report.to_text()


def test_trusting_an_unrelated_certificate_does_not_help(signed) -> None:
    stranger = new_identity("Someone Else").certificate
    report = verify_pdf(signed.pdf, [stranger])
    assert not report.ok and not any(s.trusted for s in report.signatures)


def test_report_renders_as_json_and_text(signed) -> None:
    data = json.loads(signed.report.to_json())
    assert data["ok"] is True
    assert data["signatures"][0]["time_source"] == TIME_SOURCE
    assert data["signatures"][4]["coverage"] == "entire file"
    assert data["signatures"][3]["signer"] == "陈静 Chen Jing"
    assert [s["certifying"] for s in data["signatures"]] == [True, False, False, False, False]
    assert [s["locking"] for s in data["signatures"]] == [False, False, False, False, True]
    text = signed.report.to_text()
    assert text.splitlines()[-1] == "Result: text verified, all signatures valid"
    assert "signer's clock (no time-stamp authority)" in text


def test_pdfsig_reports_every_signature_valid(signed) -> None:
    out = subprocess.run([tool("pdfsig"), str(signed.path)], capture_output=True, text=True,
                         check=False).stdout
    assert len(re.findall(r"Signature Validation: Signature is Valid\.", out)) == 5, out
    assert "Total document signed" in out
    assert "Sig-Mediator" in out


def test_qpdf_check_is_clean(signed) -> None:
    result = subprocess.run([tool("qpdf"), "--check", str(signed.path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def test_each_signature_leaves_the_earlier_ones_valid(mediator, party_signers) -> None:
    """Until the attestation, every signature holds and the file is only incomplete, saying so."""
    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Certification", KeySigner(mediator),
                   certify=True)
    trust = [mediator.certificate]
    for index in range(3):
        pdf = sign_pdf(pdf, f"Sig-Party-{index + 1}", party_signers[index])
        report = verify_pdf(pdf, trust)
        assert all(s.ok for s in report.signatures), report.to_text()
        assert len(report.signatures) == index + 2
        assert not report.ok
        assert report.problems == tuple(f"incomplete: {name} not signed" for name in report.unsigned_fields
                                        if name != "Sig-Mediator") + (
            "incomplete: Sig-Mediator not signed (awaiting the mediator's attestation)",)


def test_a_paper_signer_gets_no_signature(tmp_path, mediator, party_signers) -> None:
    doc = sample_agreement(modes=("digital", "paper", "digital"))
    signers = {0: party_signers[0], 1: None, 2: party_signers[2]}
    report = export_and_sign(doc, tmp_path / "a.pdf", KeySigner(mediator), signers, EXPORT_TIME)
    assert report.ok
    assert [s.field_name for s in report.signatures] == ["Sig-Certification", "Sig-Party-1", "Sig-Party-3",
                                                          "Sig-Mediator"]


def test_signers_must_match_the_signature_modes(tmp_path, mediator, party_signers) -> None:
    doc = sample_agreement(modes=("digital", "paper", "digital"))
    with pytest.raises(InvalidInput, match="signs on paper"):
        export_and_sign(doc, tmp_path / "a.pdf", KeySigner(mediator), party_signers, EXPORT_TIME)
    with pytest.raises(InvalidInput, match="has no signing identity"):
        export_and_sign(doc, tmp_path / "a.pdf", KeySigner(mediator), {0: party_signers[0]},
                        EXPORT_TIME)
    assert list(tmp_path.iterdir()) == []


def test_signing_a_missing_or_signed_field_is_refused(signed, party_signers) -> None:
    with pytest.raises(SignatureProblem, match="Sig-Nobody"):
        sign_pdf(signed.pdf, "Sig-Nobody", party_signers[0])
    with pytest.raises(SignatureProblem, match="Sig-Party-1"):
        sign_pdf(signed.pdf, "Sig-Party-1", party_signers[0])
    with pytest.raises(InvalidInput, match="not a readable PDF"):
        sign_pdf(b"%PDF-1.7 nothing", "Sig-Party-1", party_signers[0])


def test_signing_runs_on_worker_threads(mediator, party_signers) -> None:
    pdf = prepare_pdf(sample_agreement(), EXPORT_TIME)

    def sign(index: int) -> bytes:
        return sign_pdf(pdf, f"Sig-Party-{index + 1}", party_signers[index],
                        SignatureDetails(reason="test", location="Hong Kong"))

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(sign, range(3)))
    for index, result in enumerate(results):
        report = verify_pdf(result, [mediator.certificate])
        assert report.signatures[0].ok and report.signatures[0].field_name == f"Sig-Party-{index + 1}"


def test_a_certificate_used_after_it_expired_is_not_trusted(mediator) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=10)
    stale = issue_party_identity(mediator, "Late Signer", "4321", now=long_ago, valid_for=timedelta(days=2))
    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Party-1",
                   KeySigner.from_issued(stale, "4321"))
    report = verify_pdf(pdf, [mediator.certificate])
    assert report.signatures[0].intact and not report.signatures[0].trusted
    assert report.signatures[0].validity.startswith("expired at the signer's claimed time")
    assert not report.ok


def test_an_in_room_certificate_that_expired_after_signing_still_verifies(mediator) -> None:
    """Validity is judged at the (claimed) signing time: a two-day certificate must not
    turn a signed agreement invalid on day three."""
    brief = issue_party_identity(mediator, "Brief Signer", "4321",
                                 valid_for=timedelta(minutes=10, seconds=2))
    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Party-1",
                   KeySigner.from_issued(brief, "4321"))
    while datetime.now(UTC) <= brief.certificate.not_valid_after_utc:
        time.sleep(0.2)
    report = verify_pdf(pdf, [mediator.certificate])
    assert report.signatures[0].ok, report.to_text()
    assert report.signatures[0].validity == "valid at the signer's claimed time"


def test_a_pkcs12_file_identity_signs(tmp_path, mediator) -> None:
    from iomed_desk.export.identity import create_identity_file

    created = create_identity_file(tmp_path / "m.p12", "File Mediator", "correct horse battery")
    signer = KeySigner.from_pkcs12(tmp_path / "m.p12", "correct horse battery")
    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Mediator", signer)
    report = verify_pdf(pdf, [created.certificate])
    assert report.signatures[0].ok and report.signatures[0].signer == "File Mediator"
