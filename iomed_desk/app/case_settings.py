"""Case settings the agreement's frame prints: who signs for each party, and the seat's time zone.

Neither is agreement text (no party accepts them clause by clause), so they may
be recorded or corrected until the export; each change is an audit event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from iomed_desk.app.changes import Change
from iomed_desk.core.model import Signatory
from iomed_desk.core.seat import known_zone
from iomed_desk.store import audit, case_info

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession


def set_signatories(session: CaseSession, party_id: str, signatories: Sequence[Signatory]) -> Change:
    """Record who signs for a party (each one of its representatives; a new name is added to them)."""
    party = session.case.party(party_id)
    extra = tuple(s.name for s in signatories if s.name not in party.representatives)
    updated = replace(party, representatives=party.representatives + extra, signatories=tuple(signatories))
    with session.db.transaction() as conn:
        case_info.set_people(conn, updated)
        audit.append(conn, session.clock(), session.actor, "party.signatories", [party_id],
                     {"signatories": len(updated.signatories)})
    session.reload_case()
    return Change("Signatories of %1 recorded", case=True, args=(party.name,))


def set_time_zone(session: CaseSession, zone: str) -> Change:
    """Set the IANA time zone of the case's place, which dates the agreement; "" goes back to the
    zone known for the place (core/seat.py)."""
    zone = known_zone(zone.strip()) if zone.strip() else ""
    with session.db.transaction() as conn:
        case_info.set_time_zone(conn, zone)
        audit.append(conn, session.clock(), session.actor, "case.time_zone", [], {"time_zone": zone})
    session.reload_case()
    return Change("Time zone of the place set to %1", case=True, args=(zone or session.case.place,))
