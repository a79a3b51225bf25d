"""The impartiality record: for each party, how much of the mediator's time and of the process it had.

A record the mediator can show every party (issue 16, item 5), so it holds **counts and
times only**, never content: no note title or text, no clause text, no draft name, no
disclosure note, no consent wording, and no stance (whether a party accepted or rejected a
clause is its confidence, DESIGN.md section 2; only how many positions it recorded and when).
What it holds, per party:

- caucuses: how many, their total time (a caucus still running counts up to `as_of`), the last;
- disclosures: made from the party's channel (or from the notebook naming it as the source),
  of which to all parties; and made to it alone (revoked ones were made, so they count);
- tablings it saw: in caucus or to all parties, each as (draft n, version m, when);
- positions recorded: how many, and the last time.

Case-wide: joint sessions (number, time), tablings and disclosures to all parties.
`compute` is pure: app/impartiality.py reads its inputs from the case file.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from iomed_desk.core.clock import to_iso
from iomed_desk.core.disclosure import Disclosure
from iomed_desk.core.model import Case, Session
from iomed_desk.core.seat import case_zone
from iomed_desk.core.tabling import Position, Tabling


@dataclass(frozen=True)
class TablingSeen:
    """A version a party was shown: the draft by its number in the case (never its name)."""

    draft: int
    version: int
    at: datetime
    in_caucus: bool


@dataclass(frozen=True)
class PartyFigures:
    party_id: str
    name: str
    colour: str
    caucuses: int = 0
    caucus_seconds: int = 0
    caucus_running: bool = False
    last_caucus_at: datetime | None = None
    disclosures_from: int = 0
    disclosures_from_to_all: int = 0
    disclosures_to: int = 0
    tablings_seen: tuple[TablingSeen, ...] = ()
    positions: int = 0
    last_position_at: datetime | None = None

    @property
    def caucus_minutes(self) -> int:
        return round(self.caucus_seconds / 60)

    @property
    def tablings_in_caucus(self) -> int:
        return sum(1 for t in self.tablings_seen if t.in_caucus)


@dataclass(frozen=True)
class ImpartialityRecord:
    reference: str
    zone: str  # the seat's IANA zone the times are shown in ("" : UTC)
    as_of: datetime
    parties: tuple[PartyFigures, ...]
    joint_sessions: int = 0
    joint_seconds: int = 0
    tablings_to_all: int = 0
    disclosures_to_all: int = 0
    disclosures_from_notebook: int = 0  # from the mediator's notebook naming several parties as the source
    revoked: int = 0

    @property
    def joint_minutes(self) -> int:
        return round(self.joint_seconds / 60)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (times in ISO 8601 UTC), for `iomed-desk impartiality --json` and tests."""
        def iso(at: datetime | None) -> str | None:
            return to_iso(at) if at else None

        return {
            "reference": self.reference, "zone": self.zone, "as_of": to_iso(self.as_of),
            "joint_sessions": self.joint_sessions, "joint_minutes": self.joint_minutes,
            "joint_seconds": self.joint_seconds, "tablings_to_all": self.tablings_to_all,
            "disclosures_to_all": self.disclosures_to_all,
            "disclosures_from_notebook": self.disclosures_from_notebook, "revoked": self.revoked,
            "parties": [{
                "id": p.party_id, "name": p.name, "caucuses": p.caucuses, "caucus_seconds": p.caucus_seconds,
                "caucus_minutes": p.caucus_minutes, "caucus_running": p.caucus_running,
                "last_caucus_at": iso(p.last_caucus_at), "disclosures_from": p.disclosures_from,
                "disclosures_from_to_all": p.disclosures_from_to_all, "disclosures_to": p.disclosures_to,
                "tablings_in_caucus": p.tablings_in_caucus,
                "tablings_seen": [{"draft": t.draft, "version": t.version, "at": to_iso(t.at),
                                   "in_caucus": t.in_caucus} for t in p.tablings_seen],
                "positions": p.positions, "last_position_at": iso(p.last_position_at),
            } for p in self.parties],
        }


def compute(case: Case, now: datetime, history: Sequence[Session], made: Sequence[Disclosure],
            drafts: Sequence[str], tablings: Sequence[Tabling], positions: Sequence[Position]) -> ImpartialityRecord:
    """The record as of `now` from every session, disclosure, draft id (in order), tabling and position."""
    figures: dict[str, dict[str, Any]] = {p.id: {} for p in case.parties}

    def add(pid: str | None, key: str, value: int = 1) -> None:
        if pid in figures:
            figures[pid][key] = figures[pid].get(key, 0) + value

    joint_sessions = joint_seconds = 0
    for s in history:
        seconds = max(0, int(s.duration_seconds(now)))
        if s.channel.kind == "joint":
            joint_sessions += 1
            joint_seconds += seconds
        elif s.channel.party_id in figures:
            f = figures[s.channel.party_id]
            add(s.channel.party_id, "caucuses")
            add(s.channel.party_id, "caucus_seconds", seconds)
            f["caucus_running"] = f.get("caucus_running", False) or s.is_running
            f["last_caucus_at"] = max(f.get("last_caucus_at") or s.started_at, s.started_at)

    to_all = from_notebook = revoked = 0
    for d in made:
        revoked += d.revoked_at is not None
        source = d.item_channel.party_id if d.item_channel.kind == "party" else (
            d.source if d.item_channel.kind == "mediator" and d.source in figures else None)
        if source is None and d.item_channel.kind == "mediator":
            from_notebook += 1
        add(source, "disclosures_from")
        if d.target.kind == "joint":
            to_all += 1
            add(source, "disclosures_from_to_all")
        elif d.target.kind == "party":
            add(d.target.party_id, "disclosures_to")

    seen: dict[str, list[TablingSeen]] = {pid: [] for pid in figures}
    for t in tablings:
        draft = drafts.index(t.draft_id) + 1 if t.draft_id in drafts else 0
        for pid in figures:
            if t.shown_to(pid):
                seen[pid].append(TablingSeen(draft, t.version_number, t.created_at, t.audience.kind == "party"))
    for p in positions:
        add(p.party_id, "positions")
        if p.party_id in figures:
            last = figures[p.party_id].get("last_position_at")
            figures[p.party_id]["last_position_at"] = max(last or p.recorded_at, p.recorded_at)

    parties = tuple(PartyFigures(p.id, p.name, p.colour, tablings_seen=tuple(seen[p.id]), **figures[p.id])
                    for p in case.parties)
    return ImpartialityRecord(
        reference=case.reference, zone=case_zone(case), as_of=now, parties=parties,
        joint_sessions=joint_sessions, joint_seconds=joint_seconds,
        tablings_to_all=sum(1 for t in tablings if t.audience.kind == "joint"),
        disclosures_to_all=to_all, disclosures_from_notebook=from_notebook, revoked=revoked)


def when(moment: datetime | None, zone: str) -> str:
    """A time at the seat as YYYY-MM-DD HH:MM (readable in every interface language); "" for None."""
    if moment is None:
        return ""
    return moment.astimezone(zoneinfo.ZoneInfo(zone) if zone else None).strftime("%Y-%m-%d %H:%M")


NAME_LIMIT = 48


def short(name: str, limit: int = NAME_LIMIT) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def nice_max(value: float) -> int:
    """The value axis's top: the smallest of 1, 2, 5 × 10^k not below `value` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return int(step * power)
    return int(10 * power)


def count_rows(p: PartyFigures) -> list[int]:
    """The counts chart's figures for a party, in the order of `count_names`."""
    return [p.caucuses, p.disclosures_from, p.disclosures_to, len(p.tablings_seen), p.positions]
