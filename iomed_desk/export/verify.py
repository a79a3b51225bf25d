"""Verify every signature in a PDF, offline, against certificates the user chose to trust.

pyHanko judges each signature (integrity, chain of trust, what was added after
it). Its per-signature verdict tolerates bytes after the last signature and
empty fields, so the document-level rules here are stricter, each with a
problem line saying which failed: the first signature certifies (DocMDP),
every signature field is signed ("incomplete: Sig-Mediator not signed"), the
signature whose field carries the lock (FieldMDP all, DocMDP no changes) is the
last and covers the whole file, and nothing but signatures and form filling
follows the certification.
The text check (`text_check`) then asks whether the signed pages are the
embedded canonical agreement, rendered again.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from io import BytesIO
from pathlib import Path

from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    validate_pdf_signature,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from iomed_desk.core.canonical_agreement import AgreedAnnex, NotCanonical, parse
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.annex_check import annex_bytes, annex_problem
from iomed_desk.export.canonical import NoEmbeddedText
from iomed_desk.export.document import MEDIATOR_FIELD
from iomed_desk.export.identity import is_in_room
from iomed_desk.export.report import (
    Coverage,
    LaterChanges,
    SignatureReport,
    TextCheck,
    VerificationReport,
)
from iomed_desk.export.signers import to_asn1
from iomed_desk.export.text_check import check_text, extract_text, signed_root

# A signing certificate needs one of these (PAdES signers use either in practice).
_KEY_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"},
                                 match_all_key_usages=False)
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
#: how every trust problem of a signature begins (the pipeline tells them from integrity problems)
UNTRUSTED = "the signer's certificate"
_PERMITTED = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)


def verify_pdf(source: str | os.PathLike[str] | bytes,
               trust: Sequence[x509.Certificate] = (),
               expect_fingerprint: str | None = None) -> VerificationReport:
    """Check every signature and the embedded text; `trust` is the complete trust list (no system store).

    `expect_fingerprint`, when given, is the agreement fingerprint the verifier
    holds (from their signing record); any other fails the check. Raises
    `InvalidInput` when the input is empty, not a PDF, or too damaged to read;
    anything readable gets a report, good or bad.
    """
    if expect_fingerprint is not None and not _SHA256.fullmatch(expect_fingerprint.strip()):
        raise InvalidInput(f"{expect_fingerprint!r} is not an agreement fingerprint (64 hexadecimal digits).")
    data = _read(source)
    reader = _open(data)
    embedded = _signatures(reader)
    roots = [to_asn1(c) for c in trust]
    certification = _certification_ref(reader)
    signatures = tuple(_with_roles(_check_signature(sig, roots), sig, certification) for sig in embedded)
    unsigned = _unsigned_fields(reader)
    problems = _document_problems(data, embedded, signatures, unsigned)
    return VerificationReport(
        signatures=signatures,
        unsigned_fields=unsigned,
        file_size=len(data),
        problems=tuple(problems),
        text=check_text(reader, embedded, expect_fingerprint),
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def agreement_text(source: str | os.PathLike[str] | bytes) -> bytes:
    """The canonical agreement text embedded in the PDF, as the first signature signed it.

    Its SHA-256 is the fingerprint the pages should print; nothing else is
    checked here. Raises `SignatureProblem` when the PDF carries none (or it was
    attached or changed after the first signature), `InvalidInput` when the
    file is not a readable PDF.
    """
    data = _read(source)
    reader = _open(data)
    try:
        return extract_text(reader, _signatures(reader))
    except NoEmbeddedText as exc:
        raise SignatureProblem(f"No agreement text to extract: {exc}.") from None


def annex_file(source: str | os.PathLike[str] | bytes, label: str) -> tuple[AgreedAnnex, bytes]:
    """The annex labelled `label` (case-insensitively) as the first signature signed it, with its listing.

    Its SHA-256 is the one the signed agreement text lists, or it is refused: `InvalidInput` when the
    text lists no such annex, `SignatureProblem` when the PDF carries no signed text, or the annex is
    missing, differs from its listing, or was changed after the first signature.
    """
    data = _read(source)
    reader = _open(data)
    signatures = _signatures(reader)
    try:
        agreement = parse(extract_text(reader, signatures))
    except NoEmbeddedText as exc:
        raise SignatureProblem(f"No annex to extract: {exc}.") from None
    except NotCanonical as exc:
        raise SignatureProblem(f"No annex to extract: the embedded agreement text is unusable: {exc.message}") from None
    wanted = label.strip().casefold()
    found = [(n, a) for n, a in enumerate(agreement.annexes, start=1) if a.label.casefold() == wanted]
    if not found:
        listed = ", ".join(a.label for a in agreement.annexes) or "none"
        raise InvalidInput(f"The agreement lists no annex labelled {label!r} (its annexes: {listed}).")
    number, annex = found[0]
    signed = signed_root(reader, signatures)
    problem = annex_problem(signed, reader.root, number, annex)
    if problem is not None:
        raise SignatureProblem(f"Annex {annex.label} ({annex.file_name}) {problem}; nothing was written.")
    return annex, annex_bytes(signed, number, annex)


def _signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    try:
        return list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - a broken signature dictionary is damage, not a bug
        raise InvalidInput(f"This PDF's signatures cannot be read ({type(exc).__name__}).") from None


def _read(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data, name = bytes(source), "The input"
    else:
        name = str(source)
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"Cannot read {name}: {exc.strerror or exc}.") from None
    if not data:
        raise InvalidInput(f"{name} is empty, not a PDF.")
    if b"%PDF-" not in data[:1024]:
        raise InvalidInput(f"{name} is not a PDF file.")
    if b"%%EOF" not in data:
        raise InvalidInput(f"{name} is truncated or damaged: it has no end-of-file marker.")
    for match in _BYTE_RANGE.finditer(data):
        _, _, start, length = (int(g) for g in match.groups())
        if start + length > len(data):
            raise InvalidInput(f"{name} is truncated: a signature covers bytes past its end.")
    return data


def _open(data: bytes) -> PdfFileReader:
    try:
        reader = PdfFileReader(BytesIO(data), strict=True)
        reader.root  # noqa: B018 - force the catalogue to resolve now
    except Exception as exc:  # noqa: BLE001 - any parser failure means unreadable input
        raise InvalidInput(f"This PDF is damaged or truncated and cannot be read "
                           f"({type(exc).__name__}).") from None
    return reader


def _check_signature(sig: EmbeddedPdfSignature, roots: list) -> SignatureReport:
    name = _safe(lambda: sig.field_name, "?")
    claimed = _safe(lambda: sig.self_reported_timestamp, None)
    # No time-stamp authority: certificates are judged at the signer's claimed time,
    # so an in-room certificate that has since expired still verifies.
    context = ValidationContext(trust_roots=roots, allow_fetching=False, moment=claimed,
                                revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(sig, context, key_usage_settings=_KEY_USAGE)
    except Exception as exc:  # noqa: BLE001 - a malformed signature is a bad signature
        return replace(SignatureReport(
            field_name=name, signer="?", issuer="?", signing_time=claimed, intact=False,
            coverage=Coverage.UNCLEAR, later_changes=LaterChanges.MODIFIED, trusted=False,
            problems=(f"the signature cannot be validated ({type(exc).__name__})",),
        ), **_safe(lambda: _certificate_facts(sig.signer_cert, claimed), {}))
    return replace(_summarise(name, status),
                   **_safe(lambda: _certificate_facts(status.signing_cert, status.signer_reported_dt), {}))


def _certificate_facts(cert: object, claimed: datetime | None) -> dict[str, object]:
    """What a signing record pins and a reader wants about the signing certificate."""
    der = cert.dump()  # type: ignore[attr-defined]
    parsed = x509.load_der_x509_certificate(der)
    not_before, not_after = parsed.not_valid_before_utc, parsed.not_valid_after_utc
    if claimed is None:
        validity = "unknown: the signature claims no signing time"
    elif claimed < not_before:
        validity = f"not yet valid at the signer's claimed time (valid from {not_before.isoformat()})"
    elif claimed > not_after:
        validity = f"expired at the signer's claimed time (valid until {not_after.isoformat()})"
    else:
        validity = "valid at the signer's claimed time"
    return {"certificate_sha256": hashlib.sha256(der).hexdigest(), "serial": format(parsed.serial_number, "x"),
            "issued_in_room": is_in_room(parsed), "not_before": not_before, "not_after": not_after,
            "validity": validity}


def _certification_ref(reader: PdfFileReader) -> object | None:
    """The reference of the signature the catalogue names as its certification (/Perms /DocMDP)."""
    return _safe(lambda: reader.root["/Perms"].raw_get("/DocMDP").reference, None)


def _with_roles(report: SignatureReport, sig: EmbeddedPdfSignature, certification: object | None) -> SignatureReport:
    """Mark the certification signature (named by the catalogue and carrying a DocMDP reference) and
    the locking one (its field's /Lock: all fields, DocMDP "no changes"; its FieldMDP reference)."""
    refs = _safe(lambda: [r.get_object() for r in sig.sig_object["/Reference"]], [])
    methods = {_safe(lambda r=r: r["/TransformMethod"], None) for r in refs}
    own_ref = _safe(lambda: sig.sig_field.raw_get("/V").reference, None)
    certifying = certification is not None and own_ref == certification and "/DocMDP" in methods
    lock = _safe(lambda: sig.sig_field["/Lock"], None)
    locking = (isinstance(lock, generic.DictionaryObject) and lock.get("/Action") == "/All"
               and lock.get("/P") == 1 and "/FieldMDP" in methods)
    return replace(report, certifying=certifying, locking=locking)


def _summarise(name: str, status: PdfSignatureStatus) -> SignatureReport:
    cert = status.signing_cert
    intact = bool(status.intact and status.valid)
    coverage = {
        SignatureCoverageLevel.ENTIRE_FILE: Coverage.ENTIRE_FILE,
        SignatureCoverageLevel.ENTIRE_REVISION: Coverage.ENTIRE_REVISION,
    }.get(status.coverage, Coverage.UNCLEAR)
    level = status.modification_level
    if level == ModificationLevel.NONE:
        later = LaterChanges.NONE
    elif level in _PERMITTED and status.docmdp_ok is not False:
        later = LaterChanges.PERMITTED
    else:
        later = LaterChanges.MODIFIED
    problems = []
    if not intact:
        problems.append("the signed bytes were changed (digest or signature mismatch)")
    if coverage is Coverage.UNCLEAR:
        problems.append("the signature does not cover a complete revision of the file")
    if later is LaterChanges.MODIFIED:
        problems.append(f"the document was modified after this signature{_why(status)}")
    if not status.trusted:
        problems.append(_trust_problem(status))
    return SignatureReport(
        field_name=name,
        signer=_cn(cert.subject),
        issuer=_cn(cert.issuer),
        signing_time=status.signer_reported_dt,
        intact=intact,
        coverage=coverage,
        later_changes=later,
        trusted=bool(status.trusted),
        problems=tuple(problems),
    )


def _document_problems(data: bytes, embedded: list[EmbeddedPdfSignature],
                       signatures: tuple[SignatureReport, ...], unsigned: tuple[str, ...]) -> list[str]:
    if not signatures:
        return ["the PDF carries no signature"]
    problems = []
    certifying = [n for n, s in enumerate(signatures) if s.certifying]
    if not certifying:
        problems.append("no certification signature: the document was not certified before it was signed")
    elif certifying != [0]:
        problems.append(f"the certification signature ({signatures[certifying[0]].field_name}) is not the "
                        "first signature")
    for name in unsigned:
        awaiting = " (awaiting the mediator's attestation)" if name == MEDIATOR_FIELD else ""
        problems.append(f"incomplete: {name} not signed{awaiting}")
    locking = [n for n, s in enumerate(signatures) if s.locking]
    if locking:
        lock = signatures[locking[0]]
        after = len(signatures) - 1 - locking[0]
        if after:
            problems.append(f"{after} signature(s) follow the locking signature ({lock.field_name}), "
                            "which allows no change after it")
        elif lock.coverage is not Coverage.ENTIRE_FILE:
            problems.append(f"the document was changed after the locking signature ({lock.field_name}), "
                            "which allows no change after it")
    elif not unsigned:
        problems.append("no signature locks the document (the mediator's attestation locks it when signed)")
    last, last_sig = signatures[-1], embedded[-1]
    if last.coverage is not Coverage.ENTIRE_FILE:
        problems.append(f"the last signature ({last.field_name}) does not cover the entire file: "
                        "something was added after it")
    end = _byte_range_end(last_sig)
    if end != len(data):
        problems.append(f"{len(data) - end if end is not None else 'some'} bytes follow the end of "
                        f"the last signed range")
    return problems


def _byte_range_end(sig: EmbeddedPdfSignature) -> int | None:
    try:
        br = [int(v) for v in sig.byte_range]
        return br[2] + br[3] if len(br) == 4 else None
    except (TypeError, ValueError):
        return None


def _unsigned_fields(reader: PdfFileReader) -> tuple[str, ...]:
    try:
        return tuple(name for name, _value, _ref in enumerate_sig_fields(reader, filled_status=False))
    except Exception:  # noqa: BLE001 - informational only; never hide the report for it
        return ()


def _why(status: PdfSignatureStatus) -> str:
    diff = status.diff_result
    if isinstance(diff, SuspiciousModification):
        return f" ({diff})"
    level = status.modification_level
    return f" ({level.name.lower().replace('_', ' ')})" if level is not None else ""


def _trust_problem(status: PdfSignatureStatus) -> str:
    indic = status.trust_problem_indic
    if status.validation_path is None or indic is None:
        return f"{UNTRUSTED} does not chain to a trusted certificate"
    return f"{UNTRUSTED} is not trusted ({indic.name.lower().replace('_', ' ')})"


def _cn(name: object) -> str:
    native = getattr(name, "native", {}) or {}
    return str(native.get("common_name") or getattr(name, "human_friendly", "?"))


def _safe(get, default):  # type: ignore[no-untyped-def]
    try:
        return get()
    except Exception:  # noqa: BLE001 - a damaged attribute is reported as unknown
        return default


__all__ = ["Coverage", "LaterChanges", "SignatureReport", "TextCheck", "VerificationReport", "agreement_text",
           "annex_file", "verify_pdf"]
