"""The case's own record: reference, title, rule set, parties, mediators; and where the mediator left off.

A party's `representatives` column is a JSON list in the party's order: a plain name for a
representative, or {"name", "capacity", "authority"} for one who signs the agreement
(core/model.py's `Signatory`); files written before signatories hold plain names only.
"""

from __future__ import annotations

import json

from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.errors import DamagedFile
from iomed_desk.core.model import (
    Case,
    CaseKind,
    CaseStatus,
    Mediator,
    Party,
    PartyKind,
    RuleSetName,
    Signatory,
)
from iomed_desk.store.connection import Connection
from iomed_desk.store.keys import CURRENT_FORMAT


def insert_case(conn: Connection, case: Case) -> None:
    assert case.created_at is not None
    conn.execute(
        "INSERT INTO case_info (id, case_id, reference, title, kind, rule_set, languages, status, place,"
        " created_at, format_version, time_zone) VALUES (1,?,?,?,?,?,?,?,?,?,?,?)",
        (case.id, case.reference, case.title, case.kind.value, case.rule_set.value,
         json.dumps(list(case.languages)), case.status.value, case.place, to_iso(case.created_at),
         CURRENT_FORMAT, case.time_zone))
    for i, p in enumerate(case.parties):
        conn.execute("INSERT INTO parties (id, position, name, kind, representatives, colour) VALUES (?,?,?,?,?,?)",
                     (p.id, i, p.name, p.kind.value, people_json(p), p.colour))
    for i, m in enumerate(case.mediators):
        conn.execute("INSERT INTO mediators (id, position, name) VALUES (?,?,?)", (m.id, i, m.name))


def load_case(conn: Connection) -> Case:
    row = conn.execute(
        "SELECT case_id, reference, title, kind, rule_set, languages, status, place, created_at, time_zone"
        " FROM case_info").fetchone()
    if row is None:
        raise DamagedFile("The case file has no case record.")
    parties = tuple(
        Party(r[0], r[1], PartyKind(r[2]), people[0], r[4], people[1])
        for r in conn.execute("SELECT id, name, kind, representatives, colour FROM parties ORDER BY position")
        for people in [_people(r[3])])
    mediators = tuple(Mediator(r[0], r[1]) for r in conn.execute("SELECT id, name FROM mediators ORDER BY position"))
    return Case(id=row[0], reference=row[1], title=row[2], kind=CaseKind(row[3]), rule_set=RuleSetName(row[4]),
                languages=tuple(json.loads(row[5])), status=CaseStatus(row[6]), place=row[7],
                created_at=from_iso(row[8]), parties=parties, mediators=mediators, time_zone=row[9])


def people_json(party: Party) -> str:
    """The `representatives` column of `party`: its representatives, the signatories among them as objects."""
    signs = {s.name: s for s in party.signatories}
    entries = [{"name": r, "capacity": signs[r].capacity, "authority": signs[r].authority} if r in signs else r
               for r in party.representatives]
    return json.dumps(entries, ensure_ascii=False)


def _people(text: str) -> tuple[tuple[str, ...], tuple[Signatory, ...]]:
    entries = json.loads(text)
    if not isinstance(entries, list):
        raise DamagedFile("A party's representatives are not a list.")
    names: list[str] = []
    signatories: list[Signatory] = []
    for e in entries:
        if isinstance(e, str):
            names.append(e)
        elif isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("name", "capacity", "authority")):
            names.append(e["name"])
            signatories.append(Signatory(e["name"], e["capacity"], e["authority"]))
        else:
            raise DamagedFile("A party's representative is neither a name nor a signatory.")
    return tuple(names), tuple(signatories)


def set_people(conn: Connection, party: Party) -> None:
    """Store `party`'s representatives and signatories (its other fields are fixed at creation)."""
    conn.execute("UPDATE parties SET representatives = ? WHERE id = ?", (people_json(party), party.id))


def set_time_zone(conn: Connection, zone: str) -> None:
    conn.execute("UPDATE case_info SET time_zone = ?", (zone,))


def set_status(conn: Connection, status: CaseStatus) -> None:
    conn.execute("UPDATE case_info SET status = ?", (status.value,))


def format_version(conn: Connection) -> int:
    return int(conn.execute("SELECT format_version FROM case_info").fetchone()[0])


def get_workspace(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM workspace WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_workspace(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO workspace (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, value))
