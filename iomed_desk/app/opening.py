"""Creating, unlocking and checking case files.

Unlocking is two steps so the GUI can keep the slow one off its thread:
`derive_key` (Argon2id, about a quarter of a second) on a worker, then
`open_with_key` (fast) on the thread that will use the case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.ids import new_id
from iomed_desk.core.clock import Clock, system_clock
from iomed_desk.core.errors import InvalidInput, UserError
from iomed_desk.core.model import (
    PARTY_COLOURS,
    Case,
    CaseKind,
    Mediator,
    Party,
    PartyKind,
    RuleSetName,
    Signatory,
    validate_new_case,
)
from iomed_desk.core.seat import known_zone, zone_for_place
from iomed_desk.store import audit, case_info, remember
from iomed_desk.store.database import CaseDatabase
from iomed_desk.store.integrity import IntegrityReport, check
from iomed_desk.store.keys import check_new_passphrase, derive_key, new_salt, read_salt


@dataclass(frozen=True)
class NewParty:
    name: str
    kind: PartyKind = PartyKind.COMPANY
    representatives: tuple[str, ...] = ()
    colour: str = ""
    #: those of the representatives who sign the agreement, with capacity and authority
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True)
class NewCase:
    reference: str
    title: str
    kind: CaseKind
    mediators: tuple[str, ...]
    parties: tuple[NewParty, ...]
    rule_set: RuleSetName = RuleSetName.CONSENT
    languages: tuple[str, ...] = ("en",)
    place: str = "Hong Kong"
    #: the IANA time zone of the place; empty: the zone known for the place (core/seat.py)
    time_zone: str = ""


def build_case(spec: NewCase, clock: Clock) -> Case:
    parties = tuple(
        Party(id=f"p{i + 1}", name=p.name.strip(), kind=p.kind,
              representatives=tuple(r.strip() for r in p.representatives if r.strip()),
              colour=p.colour or PARTY_COLOURS[i % len(PARTY_COLOURS)], signatories=p.signatories)
        for i, p in enumerate(spec.parties))
    mediators = tuple(Mediator(id=f"m{i + 1}", name=name.strip()) for i, name in enumerate(spec.mediators))
    case = Case(id=new_id("case-"), reference=spec.reference.strip(), title=spec.title.strip(), kind=spec.kind,
                rule_set=spec.rule_set, languages=spec.languages, place=spec.place.strip() or "Hong Kong",
                created_at=clock(), parties=parties, mediators=mediators, time_zone=spec.time_zone.strip())
    validate_new_case(case)
    zone = known_zone(case.time_zone) if case.time_zone else zone_for_place(case.place)
    if not zone:
        raise InvalidInput(f"The time zone of {case.place} is not known here: give it as an IANA name "
                           "(e.g. Asia/Hong_Kong), so the agreement is dated as at its place.")
    return replace(case, time_zone=zone)


def create_case(path: Path, passphrase: str, spec: NewCase, *, clock: Clock = system_clock,
                remember_key: bool = False) -> CaseSession:
    """Validate everything first, then write the new file; on any failure nothing is left behind."""
    path = Path(path)
    check_new_passphrase(passphrase)
    case = build_case(spec, clock)
    if path.exists():
        raise UserError(f"{path.name} already exists; choose another name.")
    salt = new_salt()
    key = derive_key(passphrase, salt)
    db = CaseDatabase.create(path, key, salt)
    try:
        with db.transaction() as conn:
            case_info.insert_case(conn, case)
            audit.append(conn, clock(), f"mediator:{case.mediators[0].id}", "case.create", [case.id],
                         {"reference": case.reference, "rule_set": case.rule_set.value,
                          "parties": [p.id for p in case.parties], "mediators": [m.id for m in case.mediators]})
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    session = CaseSession(db, clock)
    if remember_key:
        remember.remember(case.id, key)
    return session


def derive_key_for(path: Path, passphrase: str) -> bytes:
    """The slow step of unlocking: read the file's salt and run Argon2id."""
    return derive_key(passphrase, read_salt(Path(path)))


def open_with_key(path: Path, key: bytes, *, clock: Clock = system_clock) -> CaseSession:
    return CaseSession(CaseDatabase.open(Path(path), key), clock)


def unlock(path: Path, passphrase: str, *, clock: Clock = system_clock) -> CaseSession:
    return open_with_key(path, derive_key_for(path, passphrase), clock=clock)


def check_case(path: Path, passphrase: str) -> IntegrityReport:
    """Open (which already verifies page 1 and the schema), then check every page, the structure and the chain."""
    session = unlock(path, passphrase)
    try:
        with session.db.reading() as conn:
            return check(conn)
    finally:
        session.close()


def recall_key(case_id: str) -> bytes | None:
    return remember.recall(case_id)
