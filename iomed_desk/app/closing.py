"""Closing the file (issue 16, item 7): destroy the caucus material, write the case anew, certify it.

Allowed once the mediation's termination is on record and the case's retention period since the
day it ended has passed (default 0 days). In one transaction: every caucus and notebook note is
destroyed (each with a `note.delete` event, so `check` still matches every row with its event),
every position too, and every offer kept in a caucus (each with an `offer.delete` event); one
`case.destroy` event records the counts per channel; the file is
marked closed. Then the live rows are exported into a fresh file that replaces the case, and the
old file is overwritten and removed (store/destruction.py). Finally the mediator signs the
destruction certificate (export/destruction_certificate.py) stating the counts, when, by whom and
the audit head of the `case.destroy` event, and a `case.certificate` event records its SHA-256.

Closing a case that is already closed writes the file anew again and (if asked) issues the
certificate again from the recorded event, so an interrupted closing can be finished. Slow (the
whole file is rewritten, a signature made): call it on a worker.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app import process_record
from iomed_desk.app.changes import Change
from iomed_desk.core.audit import AuditHead
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.process import Termination
from iomed_desk.store import audit, destruction
from iomed_desk.store import process as store_process

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession
    from iomed_desk.export.destruction_certificate import DestructionRecord
    from iomed_desk.export.signers import AgreementSigner

DESTROY_ACTION = "case.destroy"
CERTIFICATE_ACTION = "case.certificate"


@dataclass(frozen=True)
class Closed:
    """The case opened again on its fresh file, what was destroyed, and the certificate written (if any)."""

    session: CaseSession
    record: DestructionRecord
    change: Change
    certificate: Path | None = None
    certificate_sha256: str | None = None


def check_may_close(session: CaseSession) -> Termination:
    """The termination, or `NotAllowed` (one line) while the mediation runs or its retention period lasts."""
    ended = process_record.termination(session)
    if ended is None:
        raise NotAllowed("The case cannot be closed: the end of the mediation (its termination) is not on record.")
    days = process_record.retention_days(session)
    due = ended.ended_on + timedelta(days=days)
    if session.clock().date() < due:
        raise NotAllowed(f"The case cannot be closed before {due.isoformat()}: its caucus material is kept "
                         f"{days} day(s) after the mediation ended on {ended.ended_on.isoformat()}.")
    return ended


def preview(session: CaseSession) -> dict[str, dict[str, int]]:
    """What closing would destroy now, per channel ("party:p1", "mediator"): counts only, nothing destroyed."""
    with session.db.reading() as conn:
        return destruction.caucus_material(conn)


def close_case(session: CaseSession, signer: AgreementSigner | None = None,
               certificate: str | os.PathLike[str] | None = None) -> Closed:
    """Destroy the caucus material, replace the file, and (given `signer` and `certificate`) sign the
    destruction certificate. `session` is closed on the way; use `Closed.session` afterwards."""
    out = Path(certificate) if certificate is not None else None
    if out is not None:
        if signer is None:
            raise InvalidInput("The destruction certificate is signed with the mediator's identity: give one.")
        if out.exists():
            raise InvalidInput(f"{out} already exists; choose another name for the certificate.")
        if not out.parent.is_dir():
            raise InvalidInput(f"The folder {out.parent} does not exist.")
    ended = check_may_close(session)
    now = session.clock()
    with session.db.transaction() as conn:
        already = store_process.closed_at(conn)
        if already is None:
            done = destruction.destroy(conn, now)
            for note_id, channel in done.notes:
                audit.append(conn, now, session.actor, "note.delete", [note_id], {"channel": channel, "closing": True})
            for offer_id, channel in done.offers:
                audit.append(conn, now, session.actor, "offer.delete", [offer_id], {"channel": channel, "closing": True})
            for exhibit_id, channel in done.exhibits:
                audit.append(conn, now, session.actor, "exhibit.delete", [exhibit_id],
                             {"channel": channel, "closing": True})
            detail = {"channels": done.counts(), "search_rows": done.search_rows,
                      "disclosed_rows": done.disclosed_rows, "outcome": ended.outcome.value,
                      "ended_on": ended.ended_on.isoformat(), "retention_days": store_process.retention_days(conn)}
            event = audit.append(conn, now, session.actor, DESTROY_ACTION, [], detail)
            store_process.set_closed(conn, now, json.dumps(
                {**detail, "audit_head": str(AuditHead(event.seq, event.hash))}, sort_keys=True))
    path, key = session.path, session.db.key
    session.maintenance.stop()
    fresh = destruction.write_fresh_copy(session.db)
    try:
        destruction.replace_case_file(path, fresh, session.close)
    except BaseException:
        destruction.remove_with_sidecars(fresh)
        raise
    from iomed_desk.app.opening import open_with_key

    reopened = open_with_key(path, key, clock=session.clock)
    try:
        record = destruction_record(reopened)
        sha = None
        if out is not None and signer is not None:
            from iomed_desk.export.destruction_certificate import write_certificate

            pdf = write_certificate(record, signer, out)
            sha = hashlib.sha256(pdf).hexdigest()
            with reopened.db.transaction() as conn:
                audit.append(conn, reopened.clock(), reopened.actor, CERTIFICATE_ACTION, [],
                             {"file": out.name, "pdf_sha256": sha, "head": record.audit_head})
    except BaseException:
        reopened.close()
        raise
    notes, revisions, positions = record.totals()
    offers = record.offers_total()
    if already is None and offers:
        change = Change("Case closed: %1 notes (%2 revisions), %3 positions and %4 offers destroyed", case=True,
                        args=(str(notes), str(revisions), str(positions), str(offers)))
    elif already is None:
        change = Change("Case closed: %1 notes (%2 revisions) and %3 positions destroyed", case=True,
                        args=(str(notes), str(revisions), str(positions)))
    else:
        change = Change("The case was already closed on %1; its file was written anew", case=True,
                        args=(already.date().isoformat(),))
    return Closed(reopened, record, change, out, sha)


def destruction_record(session: CaseSession) -> DestructionRecord:
    """What the certificate states, from the `case.destroy` event (NotAllowed before the case is closed)."""
    # the export layer (pyHanko, reportlab: ~0.5 s and tens of MiB) only when a certificate is made
    from iomed_desk.export.destruction_certificate import ChannelLine, DestructionRecord
    from iomed_desk.export.process_labels import channel_label

    with session.db.reading() as conn:
        found = audit.events(conn, action_prefix=DESTROY_ACTION, limit=1)
    if not found or found[0].action != DESTROY_ACTION:
        raise NotAllowed("The case is not closed: its caucus material has not been destroyed.")
    event = found[0]
    case = session.case
    counts = event.detail.get("channels", {})
    languages = process_record.document_languages(session)
    channels = [Channel.party(p.id) for p in case.parties] + [Channel.mediator()]
    lines = []
    for channel in channels:
        c = counts.get(str(channel), {})
        party = case.party(channel.party_id).name if channel.party_id else None
        lines.append(ChannelLine(str(channel), channel_label(party, languages), int(c.get("notes", 0)),
                                 int(c.get("revisions", 0)), int(c.get("positions", 0)), int(c.get("offers", 0)),
                                 int(c.get("exhibits", 0))))
    mediator_id = event.actor.removeprefix("mediator:")
    by = next((m.name for m in case.mediators if m.id == mediator_id), event.actor)
    return DestructionRecord(
        case_id=case.id, reference=case.reference, title=case.title,
        destroyed_at=event.at.isoformat(timespec="seconds"), destroyed_by=by,
        outcome=str(event.detail.get("outcome", "")), ended_on=str(event.detail.get("ended_on", "")),
        retention_days=int(event.detail.get("retention_days", 0)), channels=tuple(lines),
        audit_head=str(AuditHead(event.seq, event.hash)), languages=languages)


def closed_at_text(session: CaseSession) -> str | None:
    """When the case was closed (ISO date and time), or None while it is open for content."""
    with session.db.reading() as conn:
        at = store_process.closed_at(conn)
    return at.isoformat(timespec="seconds") if at is not None else None


__all__ = ["CERTIFICATE_ACTION", "DESTROY_ACTION", "Closed", "check_may_close", "close_case",
           "closed_at_text", "destruction_record", "preview"]
