"""The exhibits' rows and bytes against their audit events (schema 8), for `check` (store/record_check.py).

An exhibit's file revisions are immutable (store/migrations_v8.py): each is made once, by
`exhibit.create` (revision 1) or `exhibit.revise`, whose event carries the content commitment over
the exhibit's salt and the revision's name, media type, size and SHA-256 (store/exhibits.file_content).
Only deleting or closing destroys one (`exhibit.delete`): its chunks deleted, its revisions blanked,
its salt dropped. So, for every exhibit:
- each live revision's commitment, recomputed from the salt and the row, must equal its event's (and
  the row's): a name, size or SHA-256 changed outside IOMed Desk is damage, even with a commitment the
  attacker recomputed, since the event's commitment is in the chain;
- each live revision's chunks, read in order and hashed, must give its size and its SHA-256 (which
  the commitment covers), and every `exhibit.export` event's SHA-256 must be that revision's: a byte
  changed inside the encrypted file is damage;
- its channel must be its event's; revisions run 1 to the current one, each made by one event;
- a destroyed exhibit needs its `exhibit.delete` event and keeps no salt, chunk, name, hash or text;
  a live one must not have been deleted by an event;
- a row without its event, an event without its row, an item without its exhibit row and chunks of
  no revision are damage.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from iomed_desk.core.audit import commitment
from iomed_desk.store.connection import Connection
from iomed_desk.store.exhibits import file_content

CREATE = "exhibit.create"
REVISE = "exhibit.revise"
DELETE = "exhibit.delete"
EXPORT = "exhibit.export"


@dataclass
class _Events:
    made: dict[str, dict[int, list[tuple[int, dict[str, Any]]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))  # id -> revision -> (seq, detail)
    created: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(list))
    deleted: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    exported: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(list))
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _File:
    number: int
    name: str
    media_type: str
    size: int
    sha256: str
    text: str
    commitment: str


def check_exhibits(conn: Connection) -> list[str]:
    """One readable line per disagreement between the exhibits, their bytes and their audit events."""
    if not conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'exhibits'").fetchone()[0]:
        return []
    events = _events(conn)
    problems = list(events.problems)
    files: dict[str, dict[int, _File]] = defaultdict(dict)
    for item_id, number, name, media_type, size, sha, text, c in conn.execute(
            "SELECT item_id, number, name, media_type, size, sha256, text, commitment FROM exhibit_files"):
        files[item_id][int(number)] = _File(int(number), name, media_type, int(size), sha, text, c)
    chunked = {(r[0], int(r[1])) for r in conn.execute("SELECT DISTINCT item_id, number FROM exhibit_chunks")}
    rows = conn.execute(
        "SELECT i.id, i.kind, i.channel, i.salt, i.deleted_at, e.item_id, e.label, e.revision"
        " FROM items i LEFT JOIN exhibits e ON e.item_id = i.id WHERE i.kind = 'exhibit'"
        " UNION ALL SELECT i.id, i.kind, i.channel, i.salt, i.deleted_at, e.item_id, e.label, e.revision"
        " FROM exhibits e LEFT JOIN items i ON i.id = e.item_id WHERE i.id IS NULL OR i.kind != 'exhibit'"
        " ORDER BY 1").fetchall()
    known: set[str] = set()
    for item_id, kind, channel, salt, deleted_at, row_id, label, current in rows:
        item_id = item_id or row_id
        known.add(item_id)
        if kind != "exhibit" or row_id is None:
            problems.append(f"exhibit {item_id}: its item and its exhibit row disagree (changed outside IOMed Desk)")
            continue
        problems += _check_exhibit(conn, f"exhibit {label} ({item_id})", item_id, channel, salt, deleted_at,
                                   int(current), files.get(item_id, {}), chunked, events)
    for item_id in sorted(set(files) - known):
        problems.append(f"file revisions of {item_id} belong to no exhibit")
    for item_id, number in sorted(chunked):
        if item_id in known and number not in files.get(item_id, {}):
            problems.append(f"exhibit {item_id}: chunks of revision {number}, which is not in the file")
        elif item_id not in known and item_id not in files:
            problems.append(f"chunks of {item_id} belong to no exhibit")
    for kind, recorded in (("records", events.made), ("destroys", events.deleted), ("exports", events.exported)):
        for item_id, found in sorted(recorded.items()):
            if item_id not in known:
                seq = _first_seq(found)
                problems.append(f"audit event {seq} {kind} exhibit {item_id}, which is not in the file")
    return problems


def _first_seq(found: Any) -> int:  # noqa: ANN401 - one of the three shapes of `_Events`
    if isinstance(found, dict):
        return min(seq for made in found.values() for seq, _ in made)
    first = found[0]
    return first[0] if isinstance(first, tuple) else first


def _events(conn: Connection) -> _Events:
    found = _Events()
    for seq, action, targets, detail in conn.execute(
            "SELECT seq, action, targets, detail FROM audit WHERE action IN (?, ?, ?, ?) ORDER BY seq",
            (CREATE, REVISE, DELETE, EXPORT)):
        try:
            (item_id, *_), d = json.loads(targets), json.loads(detail)
            if not isinstance(item_id, str) or not isinstance(d, dict):
                raise TypeError
            if action in (CREATE, REVISE, EXPORT):
                d = {**d, "revision": int(d["revision"])}
        except (ValueError, TypeError, KeyError):
            found.problems.append(f"audit event {seq} ({action}) is unreadable")
            continue
        if action == DELETE:
            found.deleted[item_id].append(seq)
        elif action == EXPORT:
            found.exported[item_id].append((seq, d))
        else:
            found.made[item_id][d["revision"]].append((seq, d))
            if action == CREATE:
                found.created[item_id].append((seq, d))
    return found


def _check_exhibit(conn: Connection, label: str, item_id: str, channel: str, salt: bytes | None,
                   deleted_at: str | None, current: int, files: dict[int, _File], chunked: set[tuple[str, int]],
                   events: _Events) -> list[str]:
    problems: list[str] = []
    created = events.created.get(item_id, [])
    if not created:
        problems.append(f"{label} has no audit event ({CREATE})")
    elif created[0][1].get("channel") != channel:
        problems.append(f"{label}: its channel differs from its audit event's")
    if sorted(files) != list(range(1, current + 1)):
        problems.append(f"{label}: its file revisions are {sorted(files)}, not 1 to {current}")
    made = events.made.get(item_id, {})
    for number, f in sorted(files.items()):
        by = made.get(number, [])
        if not by:
            problems.append(f"{label} revision {number} has no audit event")
            continue
        if len(by) > 1:
            problems.append(f"{label} revision {number} is recorded by {len(by)} audit events")
        if by[0][1].get("commitment") != f.commitment:
            problems.append(f"{label} revision {number}: its commitment differs from its audit event's")
    for number, by in sorted(made.items()):
        if number not in files:
            problems.append(f"audit event {by[0][0]} records revision {number} of {label}, which is not in the file")
    deletes = events.deleted.get(item_id, [])
    if deleted_at is not None:
        if not deletes:
            problems.append(f"{label} is destroyed, but no audit event destroyed it")
        if salt is not None:
            problems.append(f"{label} is destroyed, but its salt was kept")
        if any(k[0] == item_id for k in chunked):
            problems.append(f"{label} is destroyed, but its bytes were kept")
        if any(f.name or f.sha256 or f.text or f.size for f in files.values()):
            problems.append(f"{label} is destroyed, but a file revision's name, hash or text was kept")
        return problems
    if deletes:
        problems.append(f"{label} is not destroyed, but audit event {deletes[0]} destroyed it")
    if salt is None:
        problems.append(f"{label} has no salt: its commitments cannot be checked")
    for number, f in sorted(files.items()):
        event = made.get(number, [])
        if salt is not None and event and commitment(
                salt, file_content(f.name, f.media_type, f.size, f.sha256)) != event[0][1].get("commitment"):
            problems.append(f"{label} revision {number}: its name, size or SHA-256 differs from its audit "
                            "event's commitment (changed outside IOMed Desk)")
        size, sha = _hash_chunks(conn, item_id, number)
        if size is None:
            problems.append(f"{label} revision {number}: its chunks are not numbered 0 to n (changed outside "
                            "IOMed Desk)")
        elif (size, sha) != (f.size, f.sha256):
            problems.append(f"{label} revision {number}: its bytes do not match its SHA-256 "
                            "(changed outside IOMed Desk)")
    for seq, d in events.exported.get(item_id, []):
        f = files.get(d["revision"])
        if f is None or d.get("sha256") != f.sha256:
            problems.append(f"{label}: audit event {seq} exported revision {d['revision']} with another SHA-256")
    return problems


def _hash_chunks(conn: Connection, item_id: str, number: int) -> tuple[int | None, str]:
    """Size and SHA-256 of one revision's chunks in order, read one at a time; None when a chunk is
    missing or out of sequence."""
    digest, size = hashlib.sha256(), 0
    rows = conn.execute("SELECT seq, data FROM exhibit_chunks WHERE item_id = ? AND number = ? ORDER BY seq",
                        (item_id, number))
    for expected, (seq, data) in enumerate(rows):
        if seq != expected:
            return None, ""
        digest.update(data)
        size += len(data)
    return size, digest.hexdigest()
