"""A scripted case for the impartiality record's tests (no tests here; the unit, GUI and CLI tests use it).

Every piece of content typed into the case (note titles and texts, speakers, the draft's name,
clause headings and texts, position comments, disclosure notes, consent wording and witnesses)
is a unique canary string, so a scan of anything derived from the record can tell a leak.
The figures each party should get are counted here from the script itself (`Expected`), not
by the code under test.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import NewCase, NewParty, create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.drafting import Clause
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName

PASSPHRASE = "correct horse battery"
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Hong Kong


@dataclass
class Expected:
    """What the record must say, counted from the script as it runs (the oracle)."""

    caucuses: dict[str, list[int]] = field(default_factory=dict)  # party -> minutes of each caucus
    running: set[str] = field(default_factory=set)
    last_caucus_at: dict[str, datetime] = field(default_factory=dict)
    joint_minutes: list[int] = field(default_factory=list)
    from_: dict[str, int] = field(default_factory=dict)
    from_to_all: dict[str, int] = field(default_factory=dict)
    to: dict[str, int] = field(default_factory=dict)
    to_all: int = 0
    seen: dict[str, list[tuple[int, int, datetime, bool]]] = field(default_factory=dict)
    tablings_to_all: int = 0
    positions: dict[str, int] = field(default_factory=dict)
    last_position_at: dict[str, datetime] = field(default_factory=dict)
    revoked: int = 0


@dataclass
class Scenario:
    session: CaseSession
    clock: FakeClock
    parties: list[str]  # party ids A, B, C
    canaries: list[str]
    expected: Expected


def canary(tag: str, found: list[str]) -> str:
    value = f"CANARY{tag}{secrets.token_hex(6).upper()}"
    found.append(value)
    return value


def build(path: Path, *, languages: tuple[str, ...] = ("en",), names: tuple[str, ...] = (
        "Republic of Asteria", "Meridian Build Consortium", "Eastern Development Bank"),
          stances: tuple[tuple[str, ...], tuple[str, ...]] = (("accept", "reserve", "accept"), ("reject",)),
          ) -> Scenario:
    clock = FakeClock(START)
    spec = NewCase(reference="IOMed/2026/016", title="Impartiality scenario", kind=CaseKind.INVESTMENT,
                   mediators=("Dr Lin Wai-man",),
                   parties=tuple(NewParty(n, PartyKind.COMPANY, (f"Representative {i}",)) for i, n in enumerate(names)),
                   rule_set=RuleSetName.CONSENT, languages=languages)
    s = create_case(path, PASSPHRASE, spec, clock=clock)
    a, b, c = (p.id for p in s.case.parties)
    cs: list[str] = []
    e = Expected()
    _agreement_to_mediate(s, cs)

    def caucus(pid: str, minutes: int, notes: int = 1) -> list[str]:
        s.start_session(Channel.party(pid))
        e.last_caucus_at[pid] = clock()
        made = []
        for _ in range(notes):
            change = s.take_note(Channel.party(pid), canary("TITLE", cs), canary("BODY", cs),
                                 speaker=canary("SPEAKER", cs), confidential=True)
            made.append(change.created_id)
        clock.advance(minutes=minutes)
        s.end_session()
        e.caucuses.setdefault(pid, []).append(minutes)
        return made

    def disclose(note_id: str, source: str, target: Audience) -> None:
        who = [w for w, _label in s.required_consents(note_id)]
        s.disclose(note_id, target, who, given_by={w: canary("GIVENBY", cs) for w in who},
                   note=canary("DISCNOTE", cs), witness=canary("WITNESS", cs))
        e.from_[source] = e.from_.get(source, 0) + 1
        if target.kind == "joint":
            e.to_all += 1
            e.from_to_all[source] = e.from_to_all.get(source, 0) + 1
        else:
            e.to[target.party_id or ""] = e.to.get(target.party_id or "", 0) + 1
        clock.advance(minutes=1)

    # two caucuses of 10 and 25 minutes for A, one of 5 for B; a joint session of 30
    a_notes = caucus(a, 10, notes=2)
    clock.advance(minutes=3)
    s.start_session(Channel.joint())
    s.take_note(Channel.joint(), canary("JOINTTITLE", cs), canary("JOINTBODY", cs))
    clock.advance(minutes=30)
    s.end_session()
    e.joint_minutes.append(30)
    b_notes = caucus(b, 5)
    a_notes += caucus(a, 25)
    s.take_note(Channel.mediator(), canary("NOTEBOOK", cs), canary("NOTEBOOKBODY", cs))

    # disclosures: from A to all, from A to B, from B to A (then revoked: it was made, so it counts)
    disclose(a_notes[0], a, Audience.joint())
    disclose(a_notes[1], a, Audience.party(b))
    disclose(b_notes[0], b, Audience.party(a))
    revoke = [d for d in s.all_disclosures() if d.item_id == b_notes[0]][0]
    s.revoke_disclosure(revoke.id, canary("REVOKEREASON", cs))
    e.revoked += 1

    # a draft with canary clauses, version 1 tabled to A in caucus, then to all parties
    desk = s.drafting
    draft_id = desk.new_draft(canary("DRAFTNAME", cs), from_templates=False).created_id or ""
    clauses = [Clause.make({lang: canary("HEADING", cs) for lang in languages},
                           {lang: canary("CLAUSE", cs) for lang in languages}) for _ in range(3)]
    desk.save_working(draft_id, clauses)
    desk.save_version(draft_id, canary("CHANGENOTE", cs))
    clock.advance(minutes=2)
    desk.table(draft_id, 1, Audience.party(a))
    e.seen.setdefault(a, []).append((1, 1, clock(), True))
    clock.advance(minutes=4)
    desk.table(draft_id, 1, Audience.joint())
    e.tablings_to_all += 1
    for pid in (a, b, c):
        e.seen.setdefault(pid, []).append((1, 1, clock(), False))
    for pid, taken in zip((a, b), stances, strict=True):
        for clause, stance in zip(clauses, taken, strict=False):
            clock.advance(minutes=1)
            desk.record_position(draft_id, 1, pid, clause.id, stance, canary("COMMENT", cs))
            e.positions[pid] = e.positions.get(pid, 0) + 1
            e.last_position_at[pid] = clock()

    # C's caucus is still running at the time of the record: 7 minutes so far
    clock.advance(minutes=1)
    s.start_session(Channel.party(c))
    e.last_caucus_at[c] = clock()
    s.take_note(Channel.party(c), canary("CTITLE", cs), canary("CBODY", cs), speaker=canary("CSPEAKER", cs))
    clock.advance(minutes=7)
    e.caucuses.setdefault(c, []).append(7)
    e.running.add(c)
    return Scenario(s, clock, [a, b, c], cs, e)


def _agreement_to_mediate(s: CaseSession, cs: list[str]) -> None:
    """Where the process record has landed (issue 16, item 1), sessions start only once the agreement to
    mediate is on record; its wording is a canary too. Without it, nothing to do."""
    try:
        from iomed_desk.app import process_record
    except ImportError:
        return
    record = getattr(process_record, "record_agreement_to_mediate", None)
    if record is not None:
        record(s, "paper", confidentiality=canary("CONFIDENTIALITY", cs), fees=canary("FEES", cs))


def expected_party(sc: Scenario, pid: str) -> dict[str, object]:
    """The figures of one party, as `ImpartialityRecord.to_dict` names them, from the oracle."""
    e = sc.expected
    minutes = e.caucuses.get(pid, [])
    return {
        "caucuses": len(minutes), "caucus_minutes": sum(minutes), "caucus_seconds": 60 * sum(minutes),
        "caucus_running": pid in e.running,
        "last_caucus_at": e.last_caucus_at[pid].isoformat() if pid in e.last_caucus_at else None,
        "disclosures_from": e.from_.get(pid, 0), "disclosures_from_to_all": e.from_to_all.get(pid, 0),
        "disclosures_to": e.to.get(pid, 0), "positions": e.positions.get(pid, 0),
        "tablings_seen": [(d, v, at, caucus) for d, v, at, caucus in e.seen.get(pid, [])],
        "last_position_at": e.last_position_at[pid].isoformat() if pid in e.last_position_at else None,
    }


def same_moment(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return datetime.fromisoformat(a) == datetime.fromisoformat(b) + timedelta(0)
