"""Exporting the concluded agreement: from the frozen version to a signed, verified PDF and its records.

The canonical agreement (core/canonical_agreement.py) is built only from the
agreement in force, checked against its version's fingerprint; the PDF is
rendered from it and embeds it, and its SHA-256 is the fingerprint the pages
print. Each export is numbered and recorded with its signing ceremony (core/ceremony.py):
every signature's field, how its key was held, the checks made and the certificate's serial and
SHA-256, in the case file (store/signings.py) and in the export's audit event; after it the
agreement can no longer be reopened, and another export needs a reason.

When a party signs on paper, `export_with_record` writes the PDF certified and signed by the
digital signers but without the mediator's attestation; `attest_export` then records who witnessed
each paper signature and applies the attestation, which locks the document. The take-home
records (one PDF per party, one for the mediator, and the JSON) are written when the PDF is final.
Once the mediation has ended, no export is made and only the export its termination record links
may still be attested (core/after_termination.py).
Both steps are slow (signing, verifying): the GUI calls them on a worker.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app.annexes import AnnexSource, annex_id, annex_sources
from iomed_desk.app.changes import Change
from iomed_desk.core import after_termination
from iomed_desk.core import agreement as agreement_rules
from iomed_desk.core.canonical_agreement import (
    AgreedClause,
    AgreedParty,
    AgreedSignatory,
    CanonicalAgreement,
)
from iomed_desk.core.ceremony import (
    Checks,
    ExportEntry,
    ExportStatus,
    KeyHolding,
    SignerLine,
    SigningRecord,
    audit_detail,
    check_attestable,
    check_export_allowed,
    record_paper,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import Case, Party
from iomed_desk.core.seat import case_zone, date_at_seat
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.canonical import document_for
from iomed_desk.export.document import (
    CERTIFICATION_FIELD,
    MEDIATOR_FIELD,
    AgreementDocument,
    DocSignatory,
    party_field_name,
)
from iomed_desk.export.identity import IN_ROOM_UNIT
from iomed_desk.export.pipeline import PartySigners
from iomed_desk.export.record_check import signed_fields
from iomed_desk.export.render import LAYOUT, render_pdf
from iomed_desk.export.report import VerificationReport
from iomed_desk.export.signers import AgreementSigner, TokenSigner
from iomed_desk.store import audit, signings
from iomed_desk.store import drafting as drafting_store
from iomed_desk.store import process as process_store

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

__all__ = ["AgreementDocument", "AgreementSigner", "AnnexSource", "CanonicalAgreement", "Checks", "ExportResult", "VerificationReport",
           "agreement_document", "annex_id", "annex_sources", "attest_export", "canonical_agreement", "export_agreement", "export_entries",
           "export_with_record", "party_by_name", "preview_pdf", "signature_field_labels", "token_signer"]


def canonical_agreement(session: CaseSession, *, paper: frozenset[str] = frozenset(),
                        when: datetime | None = None, annexes: Sequence[AnnexSource] = ()) -> CanonicalAgreement:
    """The concluded agreement as it will be exported and fingerprinted; `paper` names parties (ids)
    signing on paper; `annexes` are the files annexed (listed with their SHA-256, in order)."""
    concluded = session.drafting.concluded()
    if concluded is None:
        raise NotAllowed("Only a concluded agreement can be exported; conclude the agreement first.")
    case, version = session.case, concluded.version
    when = when or session.clock()
    from iomed_desk.app.process_record import all_acknowledged, authority_line, declarations

    declared = tuple(sorted({seat_date(case, d.made_at) for d in declarations(session)}))
    return CanonicalAgreement(
        case_reference=case.reference, title=concluded.draft.name, place=case.place,
        date=seat_date(case, when), languages=version.languages,
        mediators=tuple(m.name for m in case.mediators),
        parties=tuple(AgreedParty(p.name, p.kind.value, p.representatives, "paper" if p.id in paper else "digital",
                                  tuple(AgreedSignatory(s.name, s.capacity, s.authority or authority_line(session, p.id, s.name))
                                        for s in signatories(p)))
                      for p in case.parties),
        recitals=(),
        clauses=tuple(AgreedClause(tuple((lg, c.heading_in(lg)) for lg in version.languages),
                                   tuple((lg, c.body_in(lg)) for lg in version.languages))
                      for c in version.clauses),
        audit_head=concluded.audit_head, layout=LAYOUT, annexes=tuple(a.annex for a in annexes),
        declaration_dates=declared, declarations_acknowledged=bool(declared) and all_acknowledged(session))


def agreement_document(session: CaseSession, *, paper: frozenset[str] = frozenset(),
                       when: datetime | None = None) -> AgreementDocument:
    """The concluded agreement as the document to render (and preview): drawn from `canonical_agreement`."""
    return document_for(canonical_agreement(session, paper=paper, when=when))


def seat_date(case: Case, when: datetime) -> date:
    """The agreement's date: the date at the case's place at `when`, whatever this computer's zone."""
    zone = case_zone(case)
    if not zone:
        raise InvalidInput(f"The time zone of {case.place} is not known: set the case's time zone "
                           "(an IANA name such as Asia/Hong_Kong) before exporting.")
    return date_at_seat(when, zone)


def signatories(party: Party) -> tuple[DocSignatory, ...]:
    """Who signs for `party`: its recorded signatories; failing those, its first representative
    (by name, capacity and authority left blank); failing that, a block to fill in by hand."""
    if party.signatories:
        return tuple(DocSignatory(s.name, s.capacity, s.authority) for s in party.signatories)
    return (DocSignatory(party.representatives[0]),) if party.representatives else ()


def preview_pdf(document: AgreementDocument, when: datetime) -> bytes:
    """The document as it will be signed, unsigned and in memory only (nothing unsigned touches the disk).
    Rendering takes a while: call it on a worker."""
    return render_pdf(document, when)


def signature_field_labels(session: CaseSession, mediator: str) -> dict[str, str]:
    """The exported PDF's signature fields by whom they belong to: each party's name (with the
    signatory's, for a party several sign for), and `mediator` for the attestation, so a
    verification report can name signers rather than field names."""
    labels = {}
    for i, p in enumerate(session.case.parties):
        blocks = signatories(p) or (DocSignatory(),)
        for j, s in enumerate(blocks):
            labels[party_field_name(i, j)] = f"{p.name} ({s.name})" if len(blocks) > 1 else p.name
    labels[MEDIATOR_FIELD] = mediator
    return labels


def export_agreement(session: CaseSession, out_path: Path, mediator: AgreementSigner,
                     party_signers: Mapping[str, PartySigners],
                     when: datetime | None = None) -> tuple[VerificationReport, Change]:
    """`export_with_record` with no checks recorded and no reason, returning (report, change): the
    form callers written before the signing ceremony use."""
    result = export_with_record(session, out_path, mediator, party_signers, when)
    return result.report, result.change


def party_by_name(session: CaseSession, name: str) -> str:
    """A party id from what a user typed: its id (p1), or its name, case-insensitively."""
    wanted = name.strip().casefold()
    for p in session.case.parties:
        if wanted in (p.id.casefold(), p.name.casefold()):
            return p.id
    raise InvalidInput(f"No party called {name!r} in this case (parties: "
                       + "; ".join(p.name for p in session.case.parties) + ").")


# -- the signing ceremony: one recorded export, then (with paper signatures) the attestation -------------
@dataclass(frozen=True)
class ExportResult:
    """What an export (or an attestation) did: the report of the PDF written, the export as recorded,
    the record files written beside the PDF (none while paper signatures are awaited)."""

    report: VerificationReport
    change: Change
    entry: ExportEntry
    records: tuple[Path, ...] = ()

    @property
    def awaiting_paper(self) -> tuple[str, ...]:
        """Names of the parties whose paper signatures are awaited before the attestation."""
        return tuple(dict.fromkeys(s.party for s in self.entry.awaiting_paper))


def export_entries(session: CaseSession) -> list[ExportEntry]:
    """Every export of the case, oldest first, with its ceremony (what `iomed-desk info` lists)."""
    with session.db.reading() as conn:
        return signings.exports(conn)


def key_holding(signer: AgreementSigner) -> KeyHolding:
    """How a signer's key is held: a token, a certificate issued in the room (marked by its OU),
    or otherwise a PKCS#12 file the signatory brought."""
    if isinstance(signer, TokenSigner):
        return KeyHolding.TOKEN
    from cryptography.x509.oid import NameOID

    units = signer.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return KeyHolding.ROOM if any(u.value == IN_ROOM_UNIT for u in units) else KeyHolding.PKCS12


def token_signer(module: str, token_label: str, key_label: str, certificate_file: Path, pin: str) -> AgreementSigner:
    """A signatory's key on a PKCS#11 token; `certificate_file` holds its certificate, then its issuers (PEM)."""
    from iomed_desk.export.identity import load_certificates

    if not Path(module).is_file():
        raise InvalidInput(f"The PKCS#11 module {module} does not exist.")
    certificates = load_certificates(certificate_file)
    return TokenSigner(module, token_label, key_label, certificates[0], tuple(certificates[1:]), pin=pin)


def export_with_record(session: CaseSession, out_path: Path, mediator: AgreementSigner,
                       party_signers: Mapping[str, PartySigners], when: datetime | None = None, *,
                       checks: Mapping[tuple[str, int], Checks] | None = None, reason: str = "",
                       annexes: Sequence[str | AnnexSource] = ()) -> ExportResult:
    """Export the agreement in force to `out_path`, signed, and record the ceremony.

    `party_signers` maps a party id to its signer (or one per signatory, in order); a party without
    one signs on paper, and then the attestation waits for `attest_export`. `checks` maps
    (party id, 0-based signatory index) to what was checked for that signatory. A second export of
    the same agreement is refused unless `reason` is given, and any export once the termination is on
    record (nothing is written then). `annexes` are the exhibits (ids) the mediator annexes, or
    annexes given with their bytes; each is listed in the agreement with its SHA-256 and embedded
    before the certification, and the export's audit event names them (label, exhibit, SHA-256).
    Safe to call on a worker thread: it uses its own connection to the case.
    """
    from iomed_desk.export.pipeline import export_and_sign

    out_path = Path(out_path)
    checks = dict(checks or {})
    parties = {p.id: p for p in session.case.parties}
    unknown = (set(party_signers) | {pid for pid, _ in checks}) - set(parties)
    if unknown:
        raise InvalidInput(f"No party {sorted(unknown)[0]!r} in this case.")
    if not out_path.parent.is_dir():
        raise InvalidInput(f"The folder {out_path.parent} does not exist.")
    concluded = session.drafting.concluded()
    if concluded is None:
        raise NotAllowed("Only a concluded agreement can be exported; conclude the agreement first.")
    with session.db.reading() as conn:
        earlier = signings.exports(conn, concluded.agreement.id)
        after_termination.check_new_export(process_store.termination(conn))
    reason = check_export_allowed(earlier, reason)
    ids = [a for a in annexes if isinstance(a, str)]
    read = iter(annex_sources(session, ids))
    sources = tuple(next(read) if isinstance(a, str) else a for a in annexes)
    paper = frozenset(pid for pid in parties if party_signers.get(pid) is None)
    when = when or session.clock()
    agreement = canonical_agreement(session, paper=paper, when=when, annexes=sources)
    by_index = {i: party_signers.get(p.id) for i, p in enumerate(session.case.parties)}
    report = export_and_sign(agreement, out_path, mediator, by_index, when, attest=not paper,
                             zone=case_zone(session.case), annex_data=tuple(a.data for a in sources))
    lines = _signer_lines(session, out_path.read_bytes(), report, mediator, party_signers, checks)
    previous = earlier[-1] if earlier else None
    entry = ExportEntry(number=0, agreement_id=concluded.agreement.id, file_name=out_path.name,
                        fingerprint=agreement.fingerprint, pdf_sha256=report.file_sha256,
                        status=ExportStatus.AWAITING_PAPER if paper else ExportStatus.COMPLETE,
                        exported_at=session.clock(), reason=reason,
                        previous_number=previous.number if previous else None,
                        previous_pdf_sha256=previous.pdf_sha256 if previous else "",
                        attested_at=None if paper else session.clock(), signers=lines)
    with session.db.transaction() as conn:
        after_termination.check_new_export(process_store.termination(conn))  # ended while signing
        entry = replace(entry, number=signings.next_number(conn))
        signings.insert_export(conn, entry)
        drafting_store.record_export(conn, agreement_rules.mark_exported(concluded.agreement, now=session.clock()))
        detail = audit_detail(entry)
        if sources:
            detail["annexes"] = [{"label": a.annex.label, "exhibit": a.exhibit_id, "sha256": a.annex.sha256}
                                 for a in sources]
        audit.append(conn, session.clock(), session.actor, "agreement.export", [concluded.agreement.id], detail)
    records = write_records(session, entry, out_path) if not paper else ()
    if paper:
        change = Change("Agreement exported to %1, awaiting the paper signatures", drafts=True, args=(out_path.name,))
    else:
        change = Change("Agreement exported to %1", drafts=True, args=(out_path.name,))
    return ExportResult(report, change, entry, records)


def attest_export(session: CaseSession, pdf_path: Path, out_path: Path, mediator: AgreementSigner,
                  witnessed: Mapping[str, str], when: datetime | None = None, *, note: str = "") -> ExportResult:
    """Record the paper signatures of an export awaiting them (`witnessed`: party id -> who witnessed
    it), then sign the mediator's attestation, which locks the PDF, and write the final PDF to
    `out_path` with its records. Refused, with nothing written, for a PDF already attested, not
    an export of this case's agreement in force, or, once the termination is on record, of another
    export than the one it links. Safe to call on a worker thread."""
    from iomed_desk.export.pipeline import attest_agreement

    pdf_path, out_path = Path(pdf_path), Path(out_path)
    try:
        pdf = pdf_path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {pdf_path}: {exc.strerror or exc}.") from None
    sha = hashlib.sha256(pdf).hexdigest()
    entries = export_entries(session)
    final = any(e.pdf_sha256 == sha and e.status is ExportStatus.COMPLETE for e in entries) or any(
        a.detail.get("awaiting_pdf_sha256") == sha for a in session.audit_events("agreement.attest"))
    already = final or any(f.field == MEDIATOR_FIELD for f in _fields_or_none(pdf))
    entry = check_attestable(next((e for e in entries if e.pdf_sha256 == sha), None), already_final=already)
    with session.db.reading() as conn:
        after_termination.check_attestation(process_store.termination(conn), entry.number)
    concluded = session.drafting.concluded()
    if concluded is None or concluded.agreement.id != entry.agreement_id:
        raise NotAllowed("This PDF is an export of an agreement no longer in force; it cannot be attested.")
    if not out_path.parent.is_dir():
        raise InvalidInput(f"The folder {out_path.parent} does not exist.")
    now = when or session.clock()
    recorded = record_paper(entry, {party_by_name(session, k) if k not in {p.id for p in session.case.parties}
                                    else k: (v, now) for k, v in witnessed.items()})
    if not note.strip():
        note = "; ".join(f"{s.signatory or s.party} for {s.party} signed on paper, witnessed by {s.witness}"
                         for s in recorded if s.holding is KeyHolding.PAPER and s.witness) + "; then attested"
    report = attest_agreement(pdf, out_path, mediator, note=" ".join(note.split()), zone=case_zone(session.case))
    final_pdf = out_path.read_bytes()
    times = {s.field_name: s.signing_time for s in report.signatures}
    attestation = next((f for f in signed_fields(final_pdf) if f.field == MEDIATOR_FIELD), None)
    if attestation is None:
        raise NotAllowed("The attestation was not applied; nothing was recorded.")
    mediator_line = SignerLine(field=MEDIATOR_FIELD, party_id="", party="", signatory=_mediator_name(session, mediator),
                               capacity="mediator (attestation)", holding=key_holding(mediator),
                               cert_serial=attestation.cert_serial, cert_sha256=attestation.cert_sha256,
                               signed_at=times.get(MEDIATOR_FIELD))
    lines = (*recorded, mediator_line)
    completed = replace(entry, pdf_sha256=report.file_sha256, status=ExportStatus.COMPLETE, attested_at=now,
                        signers=lines)
    with session.db.transaction() as conn:
        signings.complete_export(conn, entry.number, report.file_sha256, now, lines)
        audit.append(conn, session.clock(), session.actor, "agreement.attest", [entry.agreement_id], {
            "export": entry.number, "awaiting_pdf_sha256": entry.pdf_sha256, "pdf_sha256": report.file_sha256,
            "fingerprint": entry.fingerprint, "file": out_path.name,
            "paper": [{"field": s.field, "party_id": s.party_id, "signatory": s.signatory, "witness": s.witness,
                       "witnessed_at": s.witnessed_at.isoformat() if s.witnessed_at else ""}
                      for s in recorded if s.holding is KeyHolding.PAPER],
            "attestation": mediator_line.as_dict()})
    records = write_records(session, completed, out_path)
    change = Change("Paper signatures recorded and the agreement attested in %1", drafts=True, args=(out_path.name,))
    return ExportResult(report, change, completed, records)


def signing_record(session: CaseSession, entry: ExportEntry) -> SigningRecord:
    concluded = session.drafting.concluded()
    title = concluded.draft.name if concluded is not None else session.case.title
    return SigningRecord(case_reference=session.case.reference, title=title, fingerprint=entry.fingerprint,
                         pdf_sha256=entry.pdf_sha256, export_number=entry.number, exported_at=entry.exported_at,
                         signers=entry.signers, reason=entry.reason, previous_number=entry.previous_number,
                         previous_pdf_sha256=entry.previous_pdf_sha256, file_name=entry.file_name)


def record_paths(out_path: Path, session: CaseSession) -> dict[str, Path]:
    """Where the records of `out_path` go: OUT.record.json, OUT.record-<party>.pdf for each party,
    OUT.record-mediator.pdf (keys: 'json', each party id, 'mediator')."""
    base = out_path.with_suffix("")
    paths = {"json": base.with_name(base.name + ".record.json")}
    taken = {"mediator"}
    for p in session.case.parties:
        slug = record_slug(p.name) or p.id
        if slug in taken:
            slug = f"{slug}-{p.id}"
        taken.add(slug)
        paths[p.id] = base.with_name(f"{base.name}.record-{slug}.pdf")
    paths["mediator"] = base.with_name(base.name + ".record-mediator.pdf")
    return paths


#: characters of a party's name kept in its record's file name (UTF-8: at most 160 bytes of 255)
SLUG_LENGTH = 40


def record_slug(name: str) -> str:
    """A party's name as a file-name part: NFC, case-folded, its letters, marks and digits in any
    script ("香港特別行政區政府" stays itself), every other run (spaces, punctuation, path
    separators, control characters) one hyphen; at most `SLUG_LENGTH` characters; "" if none."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else "-" for c in folded)
    return re.sub(r"-+", "-", kept).strip("-")[:SLUG_LENGTH].strip("-")


def write_records(session: CaseSession, entry: ExportEntry, out_path: Path) -> tuple[Path, ...]:
    """The take-home records of a final export, written beside its PDF (atomically)."""
    from iomed_desk.export.signing_record import MEDIATOR_COPY, record_json, render_record

    record = signing_record(session, entry)
    paths = record_paths(out_path, session)
    created = entry.attested_at or entry.exported_at
    concluded = session.drafting.concluded()
    languages = tuple(concluded.version.languages) if concluded is not None else tuple(session.case.languages)
    write_atomically(paths["json"], record_json(record))
    for p in session.case.parties:
        write_atomically(paths[p.id], render_record(record, p.name, created, languages))
    write_atomically(paths["mediator"], render_record(record, MEDIATOR_COPY, created, languages))
    return tuple(paths.values())


def _fields_or_none(pdf: bytes) -> list:  # type: ignore[type-arg]
    try:
        return signed_fields(pdf)
    except InvalidInput:
        return []


def _mediator_name(session: CaseSession, mediator: AgreementSigner) -> str:
    return mediator.name or (session.case.mediators[0].name if session.case.mediators else "")


def _signer_lines(session: CaseSession, pdf: bytes, report: VerificationReport, mediator: AgreementSigner,
                  party_signers: Mapping[str, PartySigners],
                  checks: Mapping[tuple[str, int], Checks]) -> tuple[SignerLine, ...]:
    """One line per signature in the PDF (read from the PDF itself) and one per paper signatory."""
    times = {s.field_name: s.signing_time for s in report.signatures}
    signed = {f.field: f for f in signed_fields(pdf)}
    lines: list[SignerLine] = []
    if CERTIFICATION_FIELD in signed:
        lines.append(_mediator_line(session, mediator, signed[CERTIFICATION_FIELD], "mediator (certification)",
                                    times.get(CERTIFICATION_FIELD)))
    for i, party in enumerate(session.case.parties):
        given = party_signers.get(party.id)
        own = () if given is None else tuple(given) if isinstance(given, Sequence) else (given,)
        for j, block in enumerate(signatories(party) or (DocSignatory(),)):
            field = party_field_name(i, j)
            signer = own[j] if j < len(own) else None
            found = signed.get(field)
            line = SignerLine(field=field, party_id=party.id, party=party.name,
                              signatory=block.name or (signer.name if signer else ""), capacity=block.capacity,
                              holding=key_holding(signer) if signer else KeyHolding.PAPER,
                              checks=checks.get((party.id, j), Checks()),
                              cert_serial=found.cert_serial if found else "",
                              cert_sha256=found.cert_sha256 if found else "", signed_at=times.get(field))
            if signer is not None and found is None:
                raise NotAllowed(f"{field} of {party.name} is not signed in the PDF written; nothing was recorded.")
            lines.append(line)
    if MEDIATOR_FIELD in signed:
        lines.append(_mediator_line(session, mediator, signed[MEDIATOR_FIELD], "mediator (attestation)",
                                    times.get(MEDIATOR_FIELD)))
    return tuple(lines)


def _mediator_line(session: CaseSession, mediator: AgreementSigner, found, capacity: str,  # type: ignore[no-untyped-def]
                   at: datetime | None) -> SignerLine:
    return SignerLine(field=found.field, party_id="", party="", signatory=_mediator_name(session, mediator),
                      capacity=capacity, holding=key_holding(mediator), cert_serial=found.cert_serial,
                      cert_sha256=found.cert_sha256, signed_at=at)
