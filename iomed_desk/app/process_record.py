"""The process record's operations (issue 16), the one API the dialogs and the command line call.

Each write runs in one transaction with its audit event and returns a `Change`; each read of what a
party said (an objection to a declaration) takes an audience and goes through the firewall. Once the
termination is recorded the file refuses new content itself (schema 6's triggers), so no face can
write past it; the closing steps (retention, closure) stay open.

`app/process.py` re-exports `termination` and `retention_days` for the closing step.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app.changes import Change
from iomed_desk.app.ids import new_id
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.process import (
    AgreementManner,
    AgreementToMediate,
    Answer,
    Attendee,
    Authority,
    Declaration,
    DeclarationAnswer,
    DeclarationOccasion,
    Instrument,
    Outcome,
    Role,
    Termination,
    acknowledged_by_all,
    authority_for,
    check_caucus_attendance,
    check_not_terminated,
    check_termination,
    rules_line,
)
from iomed_desk.store import audit, signings
from iomed_desk.store import process as store

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession
    from iomed_desk.export.signers import AgreementSigner

MEDIATOR = Audience.mediator()


# -- 1. the agreement to mediate ----------------------------------------------------------------
def agreement_to_mediate(session: CaseSession) -> AgreementToMediate | None:
    with session.db.reading() as conn:
        return store.agreement_to_mediate(conn)


def record_agreement_to_mediate(session: CaseSession, manner: AgreementManner | str, *,
                                institution_rules: str = "", confidentiality: str = "", fees: str = "",
                                signed_pdf: Path | None = None, pdf_sha256: str = "", reason: str = "") -> Change:
    """The agreement to mediate as signed (on paper, or digitally: the signed PDF's SHA-256, computed
    from `signed_pdf` when given), or the reason for proceeding without it. Recording it again
    replaces it (a paper copy arrives after the sessions began, say); the audit keeps each."""
    manner = AgreementManner(manner)
    if signed_pdf is not None:
        try:
            pdf_sha256 = hashlib.sha256(Path(signed_pdf).read_bytes()).hexdigest()
        except OSError as exc:
            raise InvalidInput(f"Cannot read {Path(signed_pdf).name}: {exc.strerror or exc}.") from None
    record = AgreementToMediate(manner, rules_line(session.case, institution_rules), confidentiality.strip(),
                                fees.strip(), pdf_sha256.strip().lower(), reason.strip(), session.clock(),
                                session.actor)
    with session.db.transaction() as conn:
        store.put_agreement_to_mediate(conn, record)
        audit.append(conn, session.clock(), session.actor, "process.agreement_to_mediate", [],
                     {"manner": manner.value, "pdf_sha256": record.pdf_sha256, "rules": record.rules})
    if manner is AgreementManner.WITHOUT:
        return Change("Proceeding without an agreement to mediate: reason recorded", case=True)
    return Change("Agreement to mediate recorded (%1)", case=True, args=(manner.value,))


@dataclass(frozen=True)
class SignedDocument:
    """A process document written and recorded: where, its SHA-256, and what changed."""

    path: Path
    sha256: str
    change: Change


def document_languages(session: CaseSession) -> tuple[str, ...]:
    """The languages the process documents speak: the settlement agreement's, as its export picks them
    (app/export.py): the concluded version's, else the case's. An agreement whose text no longer matches
    its fingerprint is the check's to report; the documents then speak the case's languages."""
    try:
        concluded = session.drafting.concluded()
    except NotAllowed:
        concluded = None
    return tuple(concluded.version.languages) if concluded is not None else tuple(session.case.languages)


def _check_target(out: Path) -> None:
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose a new file name.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist.")


def _acting_mediator(session: CaseSession) -> str:
    me = session.actor.removeprefix("mediator:")
    return next((m.name for m in session.case.mediators if m.id == me), session.case.mediators[0].name)


def agreement_to_mediate_pdf(session: CaseSession, out: str | Path, mediator_signer: AgreementSigner,
                             party_signers: Mapping[str, AgreementSigner | Sequence[AgreementSigner]], *,
                             institution_rules: str = "", confidentiality: str = "", fees: str = "") -> SignedDocument:
    """Generate the agreement to mediate, have it signed (the mediator certifies, each party's signatories
    sign, `party_signers[party_id]` one key or one per signatory; the mediator's signature locks it),
    write it to `out` (never over a file) and record it as signed digitally with the written PDF's
    SHA-256. Slow (several signatures): call it on a worker."""
    from iomed_desk.core.rule_sets import RULE_SET_TITLES, RULE_SETS
    from iomed_desk.export.process_documents import (
        AgreementToMediateRecord,
        PartyBlock,
        sign_agreement_to_mediate,
        write_document,
    )
    from iomed_desk.export.signers import AgreementSigner

    target = Path(out)
    _check_target(target)
    require_not_terminated(session, "The agreement to mediate can no longer be recorded")
    case = session.case
    blocks, keys = [], []
    for party in case.parties:
        # who signs for it, as the agreement's blocks (app/export.py signatories): its recorded
        # signatories, failing those its first representative
        names = tuple(s.name for s in party.signatories) or party.representatives[:1]
        if not names:
            raise InvalidInput(f"{party.name} has no representative to sign the agreement to mediate: add one.")
        given = party_signers.get(party.id)
        given_keys = (given,) if isinstance(given, AgreementSigner) else tuple(given or ())
        if len(given_keys) != len(names):
            raise InvalidInput(f"{party.name} has {len(names)} signator{'y' if len(names) == 1 else 'ies'} "
                               f"({', '.join(names)}): give a key for each.")
        blocks.append(PartyBlock(party.name, names))
        keys.append(given_keys)
    stray = set(party_signers) - {p.id for p in case.parties}
    if stray:
        raise InvalidInput(f"No such party in this case: {sorted(stray)[0]}.")
    rules = RULE_SETS[case.rule_set]
    record = AgreementToMediateRecord(
        case.id, case.reference, case.title, tuple(blocks), tuple(m.name for m in case.mediators),
        _acting_mediator(session), RULE_SET_TITLES[case.rule_set], institution_rules.strip(),
        tuple(dict.fromkeys(row.provision for row in rules.rows)), confidentiality.strip(), fees.strip(),
        session.clock().isoformat(timespec="seconds"), document_languages(session))
    pdf = write_document(sign_agreement_to_mediate(record, mediator_signer, keys), target)
    sha = hashlib.sha256(pdf).hexdigest()
    change = record_agreement_to_mediate(session, AgreementManner.DIGITAL, institution_rules=institution_rules,
                                         confidentiality=confidentiality, fees=fees, pdf_sha256=sha)
    return SignedDocument(target, sha, change)


# -- 2. declarations -----------------------------------------------------------------------------
def declarations(session: CaseSession) -> list[Declaration]:
    with session.db.reading() as conn:
        return store.declarations(conn)


def declaration_answers(session: CaseSession, audience: Audience = MEDIATOR) -> list[DeclarationAnswer]:
    """The answers `audience` may see: the mediator all, a party its own (and any disclosed)."""
    with session.db.reading() as conn:
        return store.answers(conn, audience)


def record_declaration(session: CaseSession, mediator_id: str, text: str,
                       occasion: DeclarationOccasion | str = DeclarationOccasion.APPOINTMENT) -> Change:
    """A mediator's declaration of independence and impartiality (at appointment, or on a change)."""
    if mediator_id not in {m.id for m in session.case.mediators}:
        raise InvalidInput("No such mediator in this case.")
    d = Declaration(new_id("dc-"), mediator_id, DeclarationOccasion(occasion), text.strip(), session.clock())
    with session.db.transaction() as conn:
        c = store.insert_declaration(conn, d, session.actor)
        audit.append(conn, session.clock(), session.actor, "process.declaration", [d.id],
                     {"channel": "joint", "mediator": mediator_id, "occasion": d.occasion.value, "commitment": c})
    return Change("Declaration recorded", case=True, created_id=d.id)


def answer_declaration(session: CaseSession, declaration_id: str, party_id: str, answer: Answer | str,
                       grounds: str = "") -> Change:
    """A party's acknowledgement of a declaration, or its objection with grounds (its caucus material)."""
    party = session.case.party(party_id)
    if declaration_id not in {d.id for d in declarations(session)}:
        raise InvalidInput("No such declaration.")
    a = DeclarationAnswer(new_id("da-"), declaration_id, party_id, Answer(answer), grounds.strip(), session.clock())
    with session.db.transaction() as conn:
        c = store.insert_answer(conn, a, session.actor)
        audit.append(conn, session.clock(), session.actor, "process.declaration_answer", [a.id, declaration_id],
                     {"channel": str(a.channel), "answer": a.answer.value, "commitment": c})
    verb = "acknowledged" if a.answer is Answer.ACKNOWLEDGED else "objected to"
    return Change("%1 %2 the declaration", case=True, channels=frozenset({a.channel}), created_id=a.id,
                  args=(party.name, verb))


def acknowledge_declaration(session: CaseSession, declaration_id: str, party_id: str) -> Change:
    return answer_declaration(session, declaration_id, party_id, Answer.ACKNOWLEDGED)


def all_acknowledged(session: CaseSession) -> bool:
    return acknowledged_by_all(session.case, declarations(session), declaration_answers(session))


# -- 3. attendance ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendeeSpec:
    """Someone in the room, as a dialog or the command line names them (times default to now)."""

    name: str
    role: Role | str
    party_id: str = ""
    language: str = ""
    undertaking: bool | None = None


def _attendee(session: CaseSession, session_id: str, spec: AttendeeSpec, now: datetime) -> Attendee:
    role = Role(spec.role)
    if spec.party_id:
        session.case.party(spec.party_id)
    return Attendee(new_id("at-"), session_id, spec.name.strip(), role, spec.party_id, spec.language.strip(),
                    now, None, spec.undertaking, now if spec.undertaking is not None else None)


def _audit_attendee(conn, session: CaseSession, a: Attendee, confirmed: bool) -> None:  # type: ignore[no-untyped-def]
    audit.append(conn, session.clock(), session.actor, "process.attendance", [a.session_id, a.id],
                 {"role": a.role.value, "party": a.party_id, "undertaking": a.undertaking, "confirmed": confirmed})


def start_session(session: CaseSession, channel: Channel, attendees: Sequence[AttendeeSpec] = (), *,
                  confirm: bool = False) -> Change:
    """Start a joint session or caucus with its attendance list, in one transaction. A caucus with
    someone of another party on the list is refused unless `confirm`."""
    now = session.clock()
    drafts = [_attendee(session, "", s, now) for s in attendees]
    check_caucus_attendance(session.case, channel, drafts, confirm)

    def record(conn, started_id: str) -> None:  # type: ignore[no-untyped-def]
        for a in drafts:
            a = replace(a, session_id=started_id)
            store.put_attendee(conn, a, confirmed=confirm)
            _audit_attendee(conn, session, a, confirm)

    return session.start_session(channel, with_attendance=record)


def attendance(session: CaseSession, session_id: str | None = None) -> list[Attendee]:
    with session.db.reading() as conn:
        return store.attendance(conn, session_id)


def record_attendee(session: CaseSession, session_id: str, spec: AttendeeSpec, *, confirm: bool = False) -> Change:
    """Someone who joined a session (arriving now); in a caucus, someone of another party needs `confirm`."""
    found = [s for s in session.session_history() if s.id == session_id]
    if not found:
        raise InvalidInput("No such session.")
    a = _attendee(session, session_id, spec, session.clock())
    check_caucus_attendance(session.case, found[0].channel, [a], confirm)
    with session.db.transaction() as conn:
        store.put_attendee(conn, a, confirmed=confirm)
        _audit_attendee(conn, session, a, confirm)
    return Change("%1 recorded as attending", sessions=True, created_id=a.id, args=(a.name,))


def _update_attendee(session: CaseSession, attendee_id: str, action: str, **changes: object) -> Attendee:
    with session.db.transaction() as conn:
        a = store.attendee(conn, attendee_id)
        if a is None:
            raise InvalidInput("No such attendee.")
        a = replace(a, **changes)  # type: ignore[arg-type]
        store.put_attendee(conn, a)
        audit.append(conn, session.clock(), session.actor, action, [a.session_id, a.id],
                     {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in changes.items()})
    return a


def record_departure(session: CaseSession, attendee_id: str) -> Change:
    a = _update_attendee(session, attendee_id, "process.departure", departed_at=session.clock())
    return Change("%1 left", sessions=True, args=(a.name,))


def record_undertaking(session: CaseSession, attendee_id: str, given: bool) -> Change:
    """A non-party attendee's confidentiality undertaking (yes or no), at this time."""
    now = session.clock()
    a = _update_attendee(session, attendee_id, "process.undertaking", undertaking=given, undertaking_at=now)
    return Change("Confidentiality undertaking of %1 recorded", sessions=True, args=(a.name,))


# -- 4. authority to settle --------------------------------------------------------------------------
def authorities(session: CaseSession) -> list[Authority]:
    with session.db.reading() as conn:
        return store.authorities(conn)


def record_authority(session: CaseSession, party_id: str, representative: str, instrument: Instrument | str,
                     dated: date, limits: str = "", detail: str = "") -> Change:
    party = session.case.party(party_id)
    a = Authority(new_id("au-"), party_id, representative.strip(), Instrument(instrument), dated, limits.strip(),
                  detail.strip(), session.clock())
    with session.db.transaction() as conn:
        store.insert_authority(conn, a)
        audit.append(conn, session.clock(), session.actor, "process.authority", [a.id, party_id],
                     {"instrument": a.instrument.value, "dated": dated.isoformat()})
    return Change("Authority of %1 (%2) recorded", case=True, created_id=a.id, args=(a.representative, party.name))


def authority_line(session: CaseSession, party_id: str, representative: str) -> str:
    """The signature block's authority line from the record ("" when none is recorded): the agreement
    uses it where the signatory's own authority is blank."""
    found = authority_for(authorities(session), party_id, representative)
    return found.line() if found else ""


# -- 6. termination -----------------------------------------------------------------------------------
def termination(session: CaseSession) -> Termination | None:
    """How the mediation ended, or None while it runs (the closing step reads this)."""
    with session.db.reading() as conn:
        return store.termination(conn)


def terminate(session: CaseSession, outcome: Outcome | str, grounds: str = "", *, ended_on: date | None = None,
              withdrawn_party: str = "", mediator_id: str | None = None) -> Change:
    """Record the end of the mediation; a session still running is ended first. A settlement (full or
    partial) links the agreement last exported; a settlement needs one. From then on the file refuses
    new notes, sessions, disclosures, drafts and process records."""
    outcome = Outcome(outcome)
    now = session.clock()
    mediator = mediator_id or session.actor.removeprefix("mediator:")
    with session.db.transaction() as conn:
        existing = store.termination(conn)
        exported = signings.exports(conn)
        agreement_id, number = "", None
        if outcome in (Outcome.SETTLED, Outcome.PARTIALLY_SETTLED) and exported:
            agreement_id, number = exported[-1].agreement_id, exported[-1].number
        t = Termination(outcome, ended_on or now.date(), grounds.strip(), mediator, now, withdrawn_party,
                        agreement_id, number, audit.head(conn))
        check_termination(session.case, t, existing)
        from iomed_desk.store import sessions

        running = sessions.running(conn)
        if running is not None:
            sessions.end(conn, running.id, now)
            audit.append(conn, now, session.actor, "session.end", [running.id], {"channel": str(running.channel)})
            t = replace(t, audit_head=audit.head(conn))
        store.insert_termination(conn, t)
        audit.append(conn, now, f"mediator:{mediator}", "process.terminate", [agreement_id] if agreement_id else [],
                     {"outcome": outcome.value, "ended_on": t.ended_on.isoformat(), "withdrawn_party": withdrawn_party,
                      "export": number, "head_before": t.audit_head})
    return Change("Mediation ended: %1", case=True, sessions=True, drafts=True, args=(outcome.value,))


TERMINATION_RECORD_ACTION = "process.termination_record"


def termination_pdf(session: CaseSession, out: str | Path, mediator_signer: AgreementSigner) -> SignedDocument:
    """The termination record signed by the mediator (certifying and locking), written to `out` (never
    over a file) once the termination is on record; a `process.termination_record` event records its
    SHA-256 (the audit chain still grows after the termination). The record names the linked export's
    final PDF, so it is refused, before any file is written, while that export awaits the mediator's
    attestation after paper signatures (the attestation replaces its PDF SHA-256). Slow: call it on a
    worker."""
    from iomed_desk.core.audit import AuditHead
    from iomed_desk.core.ceremony import ExportStatus
    from iomed_desk.export.process_documents import (
        TerminationRecord,
        sign_termination,
        write_document,
    )
    from iomed_desk.export.process_labels import outcome_words

    target = Path(out)
    _check_target(target)
    case = session.case
    with session.db.reading() as conn:
        t = store.termination(conn)
        if t is None:
            raise NotAllowed("The mediation has not ended: record its termination first.")
        found = audit.events(conn, action_prefix="process.terminate", limit=1)
        entry = next((e for e in signings.exports(conn) if e.number == t.export_number), None)
    if entry is not None and entry.status is ExportStatus.AWAITING_PAPER:
        raise NotAllowed(f"Export {entry.number} awaits the mediator's attestation after paper signatures: "
                         "attest it first, then sign the termination record.")
    event = found[0]
    mediator = next((m.name for m in case.mediators if m.id == t.recorded_by), t.recorded_by)
    withdrawn_by = case.party(t.withdrawn_party).name if t.withdrawn_party else ""
    record = TerminationRecord(
        case.id, case.reference, case.title, t.outcome.value, outcome_words(t.outcome.value, "en", withdrawn_by),
        t.ended_on.isoformat(), t.grounds, mediator, (t.recorded_at or event.at).isoformat(timespec="seconds"),
        entry.fingerprint if entry else "", entry.pdf_sha256 if entry and entry.pdf_sha256 else "",
        str(AuditHead(event.seq, event.hash)), withdrawn_by, document_languages(session))
    pdf = write_document(sign_termination(record, mediator_signer), target)
    sha = hashlib.sha256(pdf).hexdigest()
    with session.db.transaction() as conn:
        audit.append(conn, session.clock(), session.actor, TERMINATION_RECORD_ACTION, [],
                     {"file": target.name, "pdf_sha256": sha, "head": record.audit_head})
    return SignedDocument(target, sha, Change("Termination record signed (%1)", case=True, args=(sha,)))


def linked_export_awaiting_attestation(session: CaseSession) -> int | None:
    """The number of the export the termination record links, while it awaits the mediator's attestation
    after paper signatures (`termination_pdf` refuses until then); None otherwise. For faces that grey out
    the signing button."""
    from iomed_desk.core.ceremony import ExportStatus

    with session.db.reading() as conn:
        t = store.termination(conn)
        if t is None or t.export_number is None:
            return None
        entry = next((e for e in signings.exports(conn) if e.number == t.export_number), None)
    return entry.number if entry is not None and entry.status is ExportStatus.AWAITING_PAPER else None


def require_not_terminated(session: CaseSession, what: str) -> None:
    """For faces that want to grey out a button: NotAllowed naming the end of the mediation."""
    check_not_terminated(termination(session), what)


# -- closing: the retention period --------------------------------------------------------------------
def retention_days(session: CaseSession) -> int:
    """Days to keep caucus material after the termination before it may be destroyed (default 0)."""
    with session.db.reading() as conn:
        return store.retention_days(conn)


def set_retention_days(session: CaseSession, days: int) -> Change:
    """A closing step: allowed before and after the termination, refused once the file is closed."""
    if days < 0 or days > 36500:
        raise InvalidInput("The retention period is between 0 and 36500 days.")
    with session.db.transaction() as conn:
        if store.closed_at(conn) is not None:
            raise NotAllowed("The case file is closed: its retention period can no longer change.")
        store.set_retention_days(conn, days)
        audit.append(conn, session.clock(), session.actor, "process.retention", [], {"days": days})
    return Change("Caucus material kept %1 days after the mediation ends", case=True, args=(str(days),))


# -- the summary `info` prints and the overview shows ---------------------------------------------------
@dataclass(frozen=True)
class ProcessSummary:
    agreement_to_mediate: AgreementToMediate | None
    declarations: int
    acknowledged_by_all: bool
    objections: int
    sessions: int
    sessions_without_attendance: int
    attendees: int
    undertakings_missing: int
    authorities: int
    termination: Termination | None
    retention_days: int
    closed_at: datetime | None

    def lines(self) -> list[str]:
        """English lines for the command line (no content: manners, counts, outcomes and dates)."""
        a = self.agreement_to_mediate
        out = [
            "agreement to mediate: " + ("not recorded" if a is None else
                                        f"proceeding without (reason recorded {a.recorded_at:%Y-%m-%d})"
                                        if a.manner is AgreementManner.WITHOUT else
                                        f"signed ({a.manner.value}) {a.recorded_at:%Y-%m-%d}"
                                        + (f", PDF SHA-256 {a.pdf_sha256}" if a.pdf_sha256 else "")),
            f"declarations: {self.declarations}" + (
                ", acknowledged by all parties" if self.acknowledged_by_all else
                f", {self.objections} objection(s)" if self.objections else
                ", awaiting acknowledgement" if self.declarations else ""),
            f"attendance: {self.sessions - self.sessions_without_attendance} of {self.sessions} sessions recorded, "
            f"{self.attendees} attendees, {self.undertakings_missing} undertaking(s) missing",
            f"authorities to settle: {self.authorities}",
        ]
        t = self.termination
        out.append("termination: not recorded (mediation running)" if t is None else
                   f"termination: {t.outcome.value} on {t.ended_on.isoformat()}"
                   + (f" (withdrawn: {t.withdrawn_party})" if t.withdrawn_party else "")
                   + (f", agreement {t.agreement_id}" if t.agreement_id else ""))
        out.append(f"retention: {self.retention_days} days; "
                   + (f"closed {self.closed_at:%Y-%m-%d}" if self.closed_at else "not closed"))
        return out


def summary(session: CaseSession) -> ProcessSummary:
    with session.db.reading() as conn:
        decl = store.declarations(conn)
        ans = store.answers(conn, MEDIATOR)
        people = store.attendance(conn)
        from iomed_desk.store import sessions

        return ProcessSummary(
            store.agreement_to_mediate(conn), len(decl), acknowledged_by_all(session.case, decl, ans),
            sum(1 for a in ans if a.answer is Answer.OBJECTED), len(sessions.history(conn)),
            store.sessions_without_attendance(conn), len(people),
            sum(1 for p in people if p.needs_undertaking and p.undertaking is None),
            len(store.authorities(conn)), store.termination(conn), store.retention_days(conn), store.closed_at(conn))

