"""Exporting the concluded agreement: from the frozen version to a signed, verified PDF.

The canonical agreement (core/canonical_agreement.py) is built only from the
agreement in force, checked against its version's fingerprint; the PDF is
rendered from it and embeds it, and its SHA-256 is the fingerprint the pages
print. The export is recorded in the audit log with that fingerprint and the
SHA-256 of the PDF written, after which the agreement can no longer be reopened.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app.changes import Change
from iomed_desk.core.canonical_agreement import (
    AgreedClause,
    AgreedParty,
    AgreedSignatory,
    CanonicalAgreement,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import Case, Party
from iomed_desk.core.seat import case_zone, date_at_seat
from iomed_desk.export.canonical import document_for
from iomed_desk.export.document import (
    MEDIATOR_FIELD,
    AgreementDocument,
    DocSignatory,
    party_field_name,
)
from iomed_desk.export.pipeline import PartySigners, export_and_sign
from iomed_desk.export.render import render_pdf
from iomed_desk.export.report import VerificationReport
from iomed_desk.export.signers import AgreementSigner

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

__all__ = ["AgreementDocument", "AgreementSigner", "CanonicalAgreement", "VerificationReport", "agreement_document",
           "canonical_agreement", "export_agreement", "party_by_name", "preview_pdf", "signature_field_labels"]


def canonical_agreement(session: CaseSession, *, paper: frozenset[str] = frozenset(),
                        when: datetime | None = None) -> CanonicalAgreement:
    """The concluded agreement as it will be exported and fingerprinted; `paper` names parties (ids)
    signing on paper."""
    concluded = session.drafting.concluded()
    if concluded is None:
        raise NotAllowed("Only a concluded agreement can be exported; conclude the agreement first.")
    case, version = session.case, concluded.version
    when = when or session.clock()
    return CanonicalAgreement(
        case_reference=case.reference, title=concluded.draft.name, place=case.place,
        date=seat_date(case, when), languages=version.languages,
        mediators=tuple(m.name for m in case.mediators),
        parties=tuple(AgreedParty(p.name, p.kind.value, p.representatives, "paper" if p.id in paper else "digital",
                                  tuple(AgreedSignatory(s.name, s.capacity, s.authority) for s in signatories(p)))
                      for p in case.parties),
        recitals=(),
        clauses=tuple(AgreedClause(tuple((lg, c.heading_in(lg)) for lg in version.languages),
                                   tuple((lg, c.body_in(lg)) for lg in version.languages))
                      for c in version.clauses),
        audit_head=concluded.audit_head)


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
    """Render, have each party sign (those without a signer sign on paper), attest, verify, write, record.

    A party with several signatories gives one signer per signatory, in their order.

    Safe to call on a worker thread: it uses its own connection to the case.
    """
    out_path = Path(out_path)
    unknown = set(party_signers) - {p.id for p in session.case.parties}
    if unknown:
        raise InvalidInput(f"No party {sorted(unknown)[0]!r} in this case.")
    if not out_path.parent.is_dir():
        raise InvalidInput(f"The folder {out_path.parent} does not exist.")
    paper = frozenset(p.id for p in session.case.parties if party_signers.get(p.id) is None)
    when = when or session.clock()
    agreement = canonical_agreement(session, paper=paper, when=when)
    signers = {i: party_signers.get(p.id) for i, p in enumerate(session.case.parties)}
    report = export_and_sign(agreement, out_path, mediator, signers, when)
    concluded = session.drafting.concluded()
    assert concluded is not None
    change = session.drafting.mark_exported(concluded.agreement.id, out_path.name,
                                            pdf_sha256=report.file_sha256, fingerprint=agreement.fingerprint)
    return report, change


def party_by_name(session: CaseSession, name: str) -> str:
    """A party id from what a user typed: its id (p1), or its name, case-insensitively."""
    wanted = name.strip().casefold()
    for p in session.case.parties:
        if wanted in (p.id.casefold(), p.name.casefold()):
            return p.id
    raise InvalidInput(f"No party called {name!r} in this case (parties: "
                       + "; ".join(p.name for p in session.case.parties) + ").")
