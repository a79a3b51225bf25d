"""Verifying a destruction certificate: its one signature, its attached record, and the page drawn again.

An agreement's checks (embedded canonical agreement, pages re-rendered from it) cannot apply: the
certificate carries a destruction record instead (export/destruction_certificate.py). The signature
rules are those of `verify_pdf` (certified first, locked by its last signature, which covers the
whole file, every field signed, trusted only as `trust` says); then the record must be attached, the
same in the signed revision and the final file, in its canonical form, and the page must be the one
this app draws from it. `is_certificate` tells a certificate from an agreement by its attachment.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from iomed_desk.export.destruction_certificate import (
    FILE_NAME,
    KIND,
    MAX_RECORD_BYTES,
    DestructionRecord,
    NotARecord,
    prepare_pdf,
)
from iomed_desk.export.page_compare import Unreadable, differing_pages, page_digests
from iomed_desk.export.report import TIME_SOURCE, VerificationReport
from iomed_desk.export.verify import _open, _read, _signatures, verify_pdf


def is_certificate(source: str | os.PathLike[str] | bytes) -> bool:
    """Whether the PDF's catalogue attaches a destruction record (whatever its state); an unreadable
    PDF is not one (the agreement path then says what is wrong with it)."""
    try:
        reader = _open(_read(source))
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        return any(str(names[i]) == FILE_NAME for i in range(0, len(names) - 1, 2))
    except Exception:  # noqa: BLE001 - anything unreadable is simply not a certificate
        return False


@dataclass(frozen=True)
class CertificateReport:
    """The signatures as `verify_pdf` judged them, the record, and what is wrong with the certificate."""

    signatures: VerificationReport
    record: DestructionRecord | None
    record_sha256: str | None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        sig = self.signatures
        return (self.record is not None and not self.problems and not sig.problems and bool(sig.signatures)
                and all(s.ok for s in sig.signatures))

    def as_dict(self) -> dict[str, Any]:
        sig = self.signatures
        r = self.record
        return {
            "kind": KIND, "ok": self.ok, "file_sha256": sig.file_sha256, "file_size": sig.file_size,
            "record_sha256": self.record_sha256,
            "record": json.loads(r.encoded) if r is not None else None,
            "signatures": [s.as_dict() for s in sig.signatures],
            "unsigned_fields": list(sig.unsigned_fields),
            "problems": [*sig.problems, *self.problems],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        r, sig = self.record, self.signatures
        lines = [KIND]
        if r is not None:
            notes, revisions, positions = r.totals()
            lines += [f"Case:        {r.reference}: {r.title} ({r.case_id})",
                      f"Ended:       {r.ended_on} ({r.outcome}); retention {r.retention_days} day(s)",
                      f"Destroyed:   {r.destroyed_at} by {r.destroyed_by}",
                      f"             {notes} note(s), {revisions} revision(s), {positions} position(s), "
                      f"{r.offers_total()} offer(s), {r.exhibits_total()} exhibit(s)"]
            lines += [f"  {c.label}: {c.notes} note(s), {c.revisions} revision(s), {c.positions} position(s), "
                      f"{c.offers} offer(s), {c.exhibits} exhibit(s)" for c in r.channels]
            lines += [f"Audit head:  {r.audit_head} (after the destruction)",
                      f"Record SHA-256: {self.record_sha256}"]
        lines += [f"File SHA-256: {sig.file_sha256}",
                  f"{len(sig.signatures)} signature(s); signing times are the {TIME_SOURCE}."]
        for n, s in enumerate(sig.signatures, start=1):
            when = s.signing_time.isoformat(timespec="seconds") if s.signing_time else "unknown"
            role = "certification, locks the document" if s.certifying and s.locking else s.role
            lines += [f"{n}. {s.field_name}: {'OK' if s.ok else 'NOT OK'} ({role})",
                      f"   signer:  {s.signer} (issued by {s.issuer}); cert SHA-256 {s.certificate_sha256 or 'unknown'}",
                      f"   time:    {when}; intact: {'yes' if s.intact else 'NO'}; covers: {s.coverage.value}",
                      f"   trusted: {'yes' if s.trusted else 'no'}"]
            lines += [f"   problem: {p}" for p in s.problems]
        lines += [f"Problem: {p}" for p in (*sig.problems, *self.problems)]
        lines.append("Result: certificate verified, signature valid" if self.ok else "Result: NOT VALID")
        return "\n".join(lines)


def verify_certificate(source: str | os.PathLike[str] | bytes,
                       trust: Sequence[x509.Certificate] = ()) -> CertificateReport:
    """Check the certificate's signature (trusting only `trust`), its record and its page.
    `InvalidInput` when the input is not a readable PDF."""
    data = _read(source)
    signatures = verify_pdf(data, trust)
    # the agreement's text check does not apply to a certificate: judged below instead
    signatures = VerificationReport(signatures.signatures, signatures.unsigned_fields, signatures.file_size,
                                    signatures.problems, None, signatures.file_sha256)
    reader = _open(data)
    try:
        raw = _signed_record(reader)
    except NotARecord as exc:
        return CertificateReport(signatures, None, None, (str(exc),))
    digest = hashlib.sha256(raw).hexdigest()
    try:
        record = DestructionRecord.parse(raw)
    except NotARecord as exc:
        return CertificateReport(signatures, None, digest, (str(exc),))
    problems = []
    if len(signatures.signatures) != 1:
        problems.append(f"a destruction certificate carries exactly one signature, not {len(signatures.signatures)}")
    try:
        want = page_digests(PdfFileReader(BytesIO(prepare_pdf(record))))
        got = page_digests(reader)
        differ = differing_pages(want, got)
        if differ:
            problems.append(f"the page(s) {', '.join(map(str, differ))} differ from the attached record, drawn again")
    except Unreadable as exc:
        problems.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - a record crafted to break the layout is a bad record
        problems.append(f"the attached record cannot be drawn ({type(exc).__name__})")
    return CertificateReport(signatures, record, digest, tuple(problems))


def _signed_record(reader: PdfFileReader) -> bytes:
    """The record as the (first) signature signed it, which must also be the final file's."""
    final = _record(reader.root)
    embedded = _signatures(reader)
    if not embedded:
        return final
    try:
        first = min(embedded, key=lambda s: s.signed_revision)
        signed = _record(reader.get_historical_root(first.signed_revision))
    except NotARecord:
        raise NotARecord("the destruction record was attached after the signature, which does not cover it") from None
    except Exception as exc:  # noqa: BLE001
        raise NotARecord(f"the signed revision cannot be read ({type(exc).__name__})") from None
    if signed != final:
        raise NotARecord("the destruction record was changed after the signature")
    return signed


def _record(root: generic.DictionaryObject) -> bytes:
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        ours = [names.raw_get(i + 1) for i in range(0, len(names) - 1, 2) if str(names[i]) == FILE_NAME]
    except Exception:  # noqa: BLE001
        raise NotARecord("the PDF carries no destruction record") from None
    if len(ours) != 1:
        raise NotARecord(f"the PDF carries {len(ours)} files named {FILE_NAME}, not one")
    try:
        spec = ours[0].get_object()
        af = root.get("/AF")
        in_af = af is not None and any(isinstance(item, generic.IndirectObject) and item.reference == ours[0].reference
                                       for item in af.get_object())
        if not in_af or spec.get("/AFRelationship") != "/Source":
            raise NotARecord(f"{FILE_NAME} is not the document's associated source file (/AF)")
        stream = spec["/EF"]["/F"].get_object()
        if len(stream.encoded_data) > MAX_RECORD_BYTES:
            raise NotARecord("the destruction record is too large")
        data = bytes(stream.read_data(expected_size=None))
    except NotARecord:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed attachment is no record
        raise NotARecord(f"the destruction record cannot be read ({type(exc).__name__})") from None
    if len(data) > MAX_RECORD_BYTES:
        raise NotARecord("the destruction record is too large")
    return data
