"""Verifying a destruction certificate: its one signature, its attached record, and the page drawn again.

The process record's signed documents (export/process_documents.py: the agreement to mediate, the
termination record) are checked the same way, each by its `DocumentKind` (its attachment's name, how
its record is read and drawn, how many signatures it carries); `document_kind` tells which a PDF is.

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
from collections.abc import Callable, Sequence
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
from iomed_desk.export.process_documents import (
    ATM_FILE,
    ATM_KIND,
    TERMINATION_FILE,
    TERMINATION_KIND,
    AgreementToMediateRecord,
    TerminationRecord,
    prepare_agreement_to_mediate,
    prepare_termination,
)
from iomed_desk.export.report import TIME_SOURCE, VerificationReport
from iomed_desk.export.verify import _open, _read, _signatures, verify_pdf


def _destruction_lines(r: DestructionRecord) -> list[str]:
    notes, revisions, positions = r.totals()
    return [f"Case:        {r.reference}: {r.title} ({r.case_id})",
            f"Ended:       {r.ended_on} ({r.outcome}); retention {r.retention_days} day(s)",
            f"Destroyed:   {r.destroyed_at} by {r.destroyed_by}",
            f"             {notes} note(s), {revisions} revision(s), {positions} position(s), "
            f"{r.offers_total()} offer(s), {r.exhibits_total()} exhibit(s)",
            *(f"  {c.label}: {c.notes} note(s), {c.revisions} revision(s), {c.positions} position(s), "
              f"{c.offers} offer(s), {c.exhibits} exhibit(s)" for c in r.channels),
            f"Audit head:  {r.audit_head} (after the destruction)"]


@dataclass(frozen=True)
class DocumentKind:
    """A signed one-record document: its attachment, how to read, draw and describe its record, and the
    signature fields it carries (in signing order)."""

    kind: str
    file_name: str
    noun: str  # "destruction record", in problem lines
    parse: Callable[[bytes], Any]
    prepare_pdf: Callable[[Any], bytes]
    fields: Callable[[Any], tuple[str, ...]]
    lines: Callable[[Any], list[str]]
    result: str  # the last line when it verifies


DESTRUCTION = DocumentKind(KIND, FILE_NAME, "destruction record", DestructionRecord.parse, prepare_pdf,
                           lambda r: ("Sig-Destruction",), _destruction_lines,
                           "certificate verified, signature valid")
AGREEMENT_TO_MEDIATE = DocumentKind(ATM_KIND, ATM_FILE, "agreement to mediate record",
                                    AgreementToMediateRecord.parse, prepare_agreement_to_mediate,
                                    lambda r: r.field_names, lambda r: r.lines(),
                                    "agreement to mediate verified, signatures valid")
TERMINATION = DocumentKind(TERMINATION_KIND, TERMINATION_FILE, "termination record", TerminationRecord.parse,
                           prepare_termination, lambda r: r.field_names, lambda r: r.lines(),
                           "termination record verified, signature valid")
KINDS = (DESTRUCTION, AGREEMENT_TO_MEDIATE, TERMINATION)


def document_kind(source: str | os.PathLike[str] | bytes) -> DocumentKind | None:
    """Which signed record document the PDF is, by the record its catalogue attaches (whatever its
    state); None for anything else or an unreadable PDF (the agreement path then says what is wrong)."""
    try:
        reader = _open(_read(source))
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        attached = {str(names[i]) for i in range(0, len(names) - 1, 2)}
    except Exception:  # noqa: BLE001 - anything unreadable is simply not a certificate
        return None
    return next((k for k in KINDS if k.file_name in attached), None)


def is_certificate(source: str | os.PathLike[str] | bytes) -> bool:
    """Whether the PDF attaches a destruction record or a process record (see `document_kind`)."""
    return document_kind(source) is not None


@dataclass(frozen=True)
class CertificateReport:
    """The signatures as `verify_pdf` judged them, the record, and what is wrong with the certificate."""

    signatures: VerificationReport
    record: Any
    record_sha256: str | None
    problems: tuple[str, ...] = ()
    document: DocumentKind = DESTRUCTION

    @property
    def ok(self) -> bool:
        sig = self.signatures
        return (self.record is not None and not self.problems and not sig.problems and bool(sig.signatures)
                and all(s.ok for s in sig.signatures))

    def as_dict(self) -> dict[str, Any]:
        sig = self.signatures
        r = self.record
        return {
            "kind": self.document.kind, "ok": self.ok, "file_sha256": sig.file_sha256, "file_size": sig.file_size,
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
        lines = [self.document.kind]
        if r is not None:
            lines += [*self.document.lines(r), f"Record SHA-256: {self.record_sha256}"]
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
        lines.append(f"Result: {self.document.result}" if self.ok else "Result: NOT VALID")
        return "\n".join(lines)


def verify_certificate(source: str | os.PathLike[str] | bytes,
                       trust: Sequence[x509.Certificate] = ()) -> CertificateReport:
    """Check the certificate's signature (trusting only `trust`), its record and its page; or, for a
    process record document, its signatures, record and pages alike. `InvalidInput` when the input is
    not a readable PDF."""
    data = _read(source)
    doc = document_kind(data) or DESTRUCTION
    signatures = verify_pdf(data, trust)
    # the agreement's text check does not apply to a certificate: judged below instead
    signatures = VerificationReport(signatures.signatures, signatures.unsigned_fields, signatures.file_size,
                                    signatures.problems, None, signatures.file_sha256)
    reader = _open(data)
    try:
        raw = _signed_record(reader, doc)
    except NotARecord as exc:
        return CertificateReport(signatures, None, None, (str(exc),), doc)
    digest = hashlib.sha256(raw).hexdigest()
    try:
        record = doc.parse(raw)
    except NotARecord as exc:
        return CertificateReport(signatures, None, digest, (str(exc),), doc)
    problems = []
    want_fields = doc.fields(record)
    got_fields = tuple(s.field_name for s in signatures.signatures)
    if doc is DESTRUCTION and len(got_fields) != 1:
        problems.append(f"a destruction certificate carries exactly one signature, not {len(got_fields)}")
    elif got_fields != want_fields:
        problems.append(f"the {doc.noun} asks for the signatures {', '.join(want_fields)} in that order, "
                        f"not {', '.join(got_fields) or 'none'}")
    elif doc is AGREEMENT_TO_MEDIATE and (signatures.signatures[0].certificate_sha256
                                          != signatures.signatures[-1].certificate_sha256):
        problems.append("the certification and the mediator's signature are not by the same certificate")
    try:
        want = page_digests(PdfFileReader(BytesIO(doc.prepare_pdf(record))))
        got = page_digests(reader)
        differ = differing_pages(want, got)
        if differ:
            problems.append(f"the page(s) {', '.join(map(str, differ))} differ from the attached record, drawn again")
    except Unreadable as exc:
        problems.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - a record crafted to break the layout is a bad record
        problems.append(f"the attached record cannot be drawn ({type(exc).__name__})")
    return CertificateReport(signatures, record, digest, tuple(problems), doc)


def _signed_record(reader: PdfFileReader, doc: DocumentKind = DESTRUCTION) -> bytes:
    """The record as the (first) signature signed it, which must also be the final file's."""
    final = _record(reader.root, doc)
    embedded = _signatures(reader)
    if not embedded:
        return final
    try:
        first = min(embedded, key=lambda s: s.signed_revision)
        signed = _record(reader.get_historical_root(first.signed_revision), doc)
    except NotARecord:
        raise NotARecord(f"the {doc.noun} was attached after the signature, which does not cover it") from None
    except Exception as exc:  # noqa: BLE001
        raise NotARecord(f"the signed revision cannot be read ({type(exc).__name__})") from None
    if signed != final:
        raise NotARecord(f"the {doc.noun} was changed after the signature")
    return signed


def _record(root: generic.DictionaryObject, doc: DocumentKind = DESTRUCTION) -> bytes:
    noun, file_name = doc.noun, doc.file_name
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        ours = [names.raw_get(i + 1) for i in range(0, len(names) - 1, 2) if str(names[i]) == file_name]
    except Exception:  # noqa: BLE001
        raise NotARecord(f"the PDF carries no {noun}") from None
    if len(ours) != 1:
        raise NotARecord(f"the PDF carries {len(ours)} files named {file_name}, not one")
    try:
        spec = ours[0].get_object()
        af = root.get("/AF")
        in_af = af is not None and any(isinstance(item, generic.IndirectObject) and item.reference == ours[0].reference
                                       for item in af.get_object())
        if not in_af or spec.get("/AFRelationship") != "/Source":
            raise NotARecord(f"{file_name} is not the document's associated source file (/AF)")
        stream = spec["/EF"]["/F"].get_object()
        if len(stream.encoded_data) > MAX_RECORD_BYTES:
            raise NotARecord(f"the {noun} is too large")
        data = bytes(stream.read_data(expected_size=None))
    except NotARecord:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed attachment is no record
        raise NotARecord(f"the {noun} cannot be read ({type(exc).__name__})") from None
    if len(data) > MAX_RECORD_BYTES:
        raise NotARecord(f"the {noun} is too large")
    return data
