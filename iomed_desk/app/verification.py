"""Checking a signed agreement, as the faces ask for it: a PDF against the certificates a verifier trusts.

Nothing is trusted unless named (no system store). pyHanko validates every
signature and the pages are rendered again from the embedded text, which is
slow: call `verify_agreement` on a worker. What it finds is the export layer's
report, whose parts the views draw. `save_agreement_text` writes the embedded
canonical text, whose SHA-256 a person can compare with the printed fingerprint.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from iomed_desk.core.canonical_agreement import AgreedAnnex
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.identity import load_certificates
from iomed_desk.export.record_check import RecordCheck, check_against_record, load_record
from iomed_desk.export.report import (
    TIME_SOURCE,
    Coverage,
    LaterChanges,
    SignatureReport,
    TextCheck,
    VerificationReport,
)
from iomed_desk.export.verify import agreement_text, annex_file, verify_pdf
from iomed_desk.export.verify_certificate import (
    CertificateReport,
    is_certificate,
    verify_certificate,
)

__all__ = ["TIME_SOURCE", "CertificateReport", "Coverage", "LaterChanges", "RecordCheck", "SignatureReport", "TextCheck",
           "VerificationReport", "agreement_text", "check_record", "save_agreement_text", "save_annex", "verify_agreement",
           "verify_document"]


def verify_agreement(pdf: str | os.PathLike[str] | bytes,
                     trust: Iterable[str | os.PathLike[str]] = (),
                     expect_fingerprint: str | None = None) -> VerificationReport:
    """Every signature of `pdf` checked, trusting only the certificates in the files `trust` names
    (PEM, one or more, or DER), and its pages against its embedded text (and `expect_fingerprint`,
    the fingerprint a party holds, when given). An unreadable PDF or certificate file is an `InvalidInput`."""
    certificates = [cert for path in trust for cert in load_certificates(path)]
    return verify_pdf(pdf, certificates, expect_fingerprint)


def verify_document(pdf: str | os.PathLike[str] | bytes,
                    trust: Iterable[str | os.PathLike[str]] = (),
                    expect_fingerprint: str | None = None) -> VerificationReport | CertificateReport:
    """What `iomed-desk verify` checks: a document of the process record (a destruction certificate, an
    agreement to mediate, a termination record: each attaches its record) by its own rules
    (export/verify_certificate.py), anything else as an agreement."""
    if is_certificate(pdf):
        if expect_fingerprint is not None:
            raise InvalidInput("This PDF is a document of the process record, not a settlement agreement: it "
                               "has no agreement fingerprint to expect.")
        return verify_certificate(pdf, [cert for path in trust for cert in load_certificates(path)])
    return verify_agreement(pdf, trust, expect_fingerprint)


def save_agreement_text(pdf: str | os.PathLike[str], out: str | os.PathLike[str]) -> bytes:
    """Write the PDF's embedded canonical agreement text to `out` (never over an existing file)
    and return it; see `agreement_text` for what is refused."""
    data = agreement_text(pdf)
    write_atomically(Path(out), data, overwrite=False)
    return data


def save_annex(pdf: str | os.PathLike[str], label: str, out: str | os.PathLike[str]) -> tuple[AgreedAnnex, bytes]:
    """Write the annex labelled `label` of the signed agreement `pdf` to `out` (never over an existing
    file), only if it is exactly the file the signed text lists; return its listing and bytes."""
    annex, data = annex_file(pdf, label)
    write_atomically(Path(out), data, overwrite=False)
    return annex, data


def check_record(pdf: str | os.PathLike[str], record: str | os.PathLike[str]) -> RecordCheck:
    """The PDF's signers against a signing record (its .json, or the record PDF that embeds it): the
    agreement fingerprint recomputed from the PDF's embedded text, and for each signature field the
    certificate the record pins. A record or PDF that cannot be read is an `InvalidInput`."""
    wanted = load_record(record)
    try:
        data = Path(pdf).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {pdf}: {exc.strerror or exc}.") from None
    try:
        fingerprint: str | None = hashlib.sha256(agreement_text(data)).hexdigest()
    except SignatureProblem:
        fingerprint = None
    return check_against_record(data, fingerprint, wanted)
