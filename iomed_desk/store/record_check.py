"""A record that proves itself (DESIGN.md section 4): the tables against the audit events, both ways.

The audit chain proves only itself: someone with the passphrase can change a note's body, add a
disclosure row or delete the newest events and still leave a consistent chain. So `check` also:
- recomputes every live revision's commitment (SHA-256 over the item's salt and the revision's
  canonical bytes) and compares it with the revision row and with the event that made it
  (`note.create`/`note.edit` naming that revision; revisions made by the schema-3 migration are
  covered by the digest in its `case.migrate` event), and checks each `notes` row against its
  current revision's text;
- matches every disclosure row and its consents against its `disclosure.create` event, every
  revoked one against a `disclosure.revoke` event, and every deleted note against `note.delete`;
- recomputes every offer's commitment and matches it with its `offer.create` event, every destroyed
  offer with its `offer.delete` (store/record_check_offers.py); every exhibit's revisions and bytes
  with their events, every destroyed exhibit with its `exhibit.delete` (store/record_check_exhibits.py);
  every export with its events;
- reports rows without an event and events without their row.

Events written before schema 3 carry no commitments, revisions, manners or witnesses: they are
compared on what they do carry. A destroyed note's text and salt are gone, so its commitments are
not recomputed; its revision numbers and commitments must still match its events.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from iomed_desk.core.audit import commitment
from iomed_desk.store.connection import Connection
from iomed_desk.store.record_check_exhibits import check_exhibits
from iomed_desk.store.record_check_offers import check_offers
from iomed_desk.store.schema import note_content


@dataclass(frozen=True)
class _Event:
    seq: int
    action: str
    targets: tuple[str, ...]
    detail: dict[str, Any]


@dataclass
class _Events:
    """The events `check` matches rows against, by the row they name."""

    creates: dict[str, _Event] = field(default_factory=dict)            # note id -> note.create
    revisions: dict[str, dict[int, list[_Event]]] = field(  # note id -> revision -> events making it
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    deletes: dict[str, _Event] = field(default_factory=dict)            # note id -> note.delete
    disclosed: dict[str, list[_Event]] = field(default_factory=lambda: defaultdict(list))
    revoked: dict[str, list[_Event]] = field(default_factory=lambda: defaultdict(list))
    migration: _Event | None = None                                     # case.migrate to schema 3
    problems: list[str] = field(default_factory=list)


def check_record(conn: Connection) -> list[str]:
    """One readable line per disagreement between the content tables and the audit events."""
    events = _events(conn)
    problems = list(events.problems)
    problems += _check_notes(conn, events)
    problems += _check_disclosures(conn, events)
    problems += check_offers(conn)
    problems += check_exhibits(conn)
    problems += _check_exports(conn)
    return problems


def _check_exports(conn: Connection) -> list[str]:
    """Each export row and its signature rows (schema 5) against the `agreement.export` event that
    made them and the `agreement.attest` event that completed them: a changed certificate fingerprint,
    identity check or PDF hash is damage. Exports made before schema 5 have no event naming them."""
    if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'exports'").fetchone()[0]:
        return []
    from iomed_desk.store.signings import exports

    made: dict[int, dict[str, Any]] = {}
    attested: dict[int, dict[str, Any]] = {}
    for action, detail in conn.execute("SELECT action, detail FROM audit WHERE action IN"
                                       " ('agreement.export', 'agreement.attest') ORDER BY seq"):
        d = json.loads(detail)
        if "export" in d:
            (made if action == "agreement.export" else attested)[int(d["export"])] = d
    problems = []
    for e in exports(conn):
        event = made.get(e.number)
        if event is None:
            if e.signers or e.reason:
                problems.append(f"export {e.number} has no audit event")
            continue
        final = attested.get(e.number)
        lines = [s.as_dict() for s in e.signers]
        recorded = list(event.get("signers", []))
        if final is not None:
            recorded = [{**r, **{k: v for k, v in p.items() if k in ("witness", "witnessed_at")}}
                        if (p := next((p for p in final.get("paper", []) if p.get("field") == r.get("field")), None))
                        else r for r in recorded] + [final.get("attestation")]
        if lines != recorded:
            problems.append(f"export {e.number}: its signatures differ from its audit events")
        sha = final.get("pdf_sha256") if final is not None else event.get("pdf_sha256")
        if (e.pdf_sha256, e.fingerprint, e.reason) != (sha, event.get("fingerprint"), event.get("reason")):
            problems.append(f"export {e.number}: its PDF hash, fingerprint or reason differs from its audit events")
    return problems


def _events(conn: Connection) -> _Events:
    found = _Events()
    for seq, action, targets, detail in conn.execute(
            "SELECT seq, action, targets, detail FROM audit WHERE action LIKE 'note.%' OR action LIKE 'disclosure.%'"
            " OR action = 'case.migrate' ORDER BY seq"):
        try:
            e = _Event(seq, action, tuple(json.loads(targets)), json.loads(detail))
        except (ValueError, TypeError):
            found.problems.append(f"audit event {seq} is unreadable")
            continue
        if not e.targets and action != "case.migrate":
            found.problems.append(f"audit event {seq} ({action}) names no item")
            continue
        if action == "note.create":
            if e.targets[0] in found.creates:
                found.problems.append(f"audit event {seq} creates note {e.targets[0]} a second time")
            found.creates[e.targets[0]] = e
            if "revision" in e.detail:
                found.revisions[e.targets[0]][int(e.detail["revision"])].append(e)
        elif action == "note.edit" and "revision" in e.detail:
            found.revisions[e.targets[0]][int(e.detail["revision"])].append(e)
        elif action == "note.delete":
            found.deletes[e.targets[0]] = e
        elif action == "disclosure.create":
            found.disclosed[e.targets[0]].append(e)
        elif action == "disclosure.revoke":
            found.revoked[e.targets[0]].append(e)
        elif action == "case.migrate" and e.detail.get("schema") == 3:
            found.migration = e
    return found


@dataclass(frozen=True)
class _Revision:
    number: int
    fields: dict[str, str]
    commitment: str


def _check_notes(conn: Connection, events: _Events) -> list[str]:
    problems: list[str] = []
    revisions: dict[str, dict[int, _Revision]] = defaultdict(dict)
    for item_id, number, title, body, tags, speaker, c in conn.execute(
            "SELECT item_id, number, title, body, tags, speaker, commitment FROM revisions"):
        revisions[item_id][number] = _Revision(number, note_content(title, body, tags, speaker), c)
    migrated: list[tuple[str, str]] = []  # (item id, revision 1's commitment) made by the migration
    notes = conn.execute(
        "SELECT i.id, i.kind, i.channel, i.deleted_at, i.salt, n.item_id, n.title, n.body, n.tags, n.speaker,"
        " n.revision FROM items i LEFT JOIN notes n ON n.item_id = i.id"
        " WHERE i.kind = 'note' OR n.item_id IS NOT NULL ORDER BY i.id").fetchall()
    known = set()
    for item_id, kind, channel, deleted_at, salt, has_row, title, body, tags, speaker, current in notes:
        known.add(item_id)
        label = f"note {item_id}"
        if kind != "note" or has_row is None:
            problems.append(f"{label}: its item and its note row disagree (changed outside IOMed Desk)")
            continue
        created = events.creates.get(item_id)
        if created is None:
            problems.append(f"{label} has no audit event (note.create)")
        elif created.detail.get("channel", channel) != channel:
            problems.append(f"{label}: its channel differs from its audit event's")
        deleted = deleted_at is not None
        if deleted and item_id not in events.deletes:
            problems.append(f"{label} is deleted, but no audit event deleted it")
        if not deleted and item_id in events.deletes:
            problems.append(f"{label} is not deleted, but audit event {events.deletes[item_id].seq} deleted it")
        if deleted and salt is not None:
            problems.append(f"{label} is deleted, but its salt was kept")
        if not deleted and salt is None:
            problems.append(f"{label} has no salt: its commitments cannot be checked")
        kept = revisions.get(item_id, {})
        if not kept and deleted and _before_migration(events, item_id):
            continue  # destroyed under schema 1 or 2: it never had revisions
        problems += _check_revisions(label, item_id, kept, int(current), events, migrated,
                                     salt if not deleted else None)
        shown = kept.get(int(current))
        if shown is not None and shown.fields != note_content(title, body, tags, speaker):
            problems.append(f"{label}: its text differs from its revision {current} (changed outside IOMed Desk)")
    for item_id in sorted(set(revisions) - known):
        problems.append(f"revisions of {item_id} belong to no note")
    for item_id, e in sorted(events.creates.items()):
        if item_id not in known:
            problems.append(f"audit event {e.seq} records note {item_id}, which is not in the file")
    for item_id in sorted(set(events.revisions) - known - set(events.creates)):
        number, made = min(events.revisions[item_id].items())
        problems.append(f"audit event {made[0].seq} records revision {number} of note {item_id}, "
                        "which is not in the file")
    problems += _check_migration(events, migrated)
    return problems


def _before_migration(events: _Events, item_id: str) -> bool:
    """Whether the note was created before the schema-3 migration (its revision 1 is the migration's)."""
    created = events.creates.get(item_id)
    if events.migration is None:
        return False
    return created is None or created.seq < events.migration.seq


def _check_revisions(label: str, item_id: str, kept: dict[int, _Revision], current: int, events: _Events,
                     migrated: list[tuple[str, str]], salt: bytes | None) -> list[str]:
    problems: list[str] = []
    recorded = events.revisions.get(item_id, {})
    if sorted(kept) != list(range(1, current + 1)):
        problems.append(f"{label}: its revisions are {sorted(kept)}, not 1 to {current}")
    for number, r in sorted(kept.items()):
        made = recorded.get(number, [])
        if len(made) > 1:
            problems.append(f"{label} revision {number} is recorded by {len(made)} audit events")
        if made:
            if made[0].detail.get("commitment") != r.commitment:
                problems.append(f"{label} revision {number}: its commitment differs from its audit event's")
        elif number == 1 and _before_migration(events, item_id):
            migrated.append((item_id, r.commitment))
        else:
            problems.append(f"{label} revision {number} has no audit event")
        if salt is not None and commitment(salt, r.fields) != r.commitment:
            problems.append(f"{label} revision {number}: its text does not match its commitment "
                            "(changed outside IOMed Desk)")
    for number, made in sorted(recorded.items()):
        if number not in kept:
            problems.append(f"audit event {made[0].seq} records revision {number} of {label}, "
                            "which is not in the file")
    return problems


def _check_migration(events: _Events, migrated: list[tuple[str, str]]) -> list[str]:
    """The schema-3 migration's event holds a digest over every (item, commitment) it made."""
    if events.migration is None:
        return [f"note {item_id} revision 1 has no audit event" for item_id, _ in migrated]
    digest = hashlib.sha256()
    for item_id, c in sorted(migrated):
        digest.update(f"{item_id}:{c}\n".encode())
    detail = events.migration.detail
    if detail.get("commitments") != digest.hexdigest() or detail.get("revisions") != len(migrated):
        return [f"the revisions made by the schema-3 migration do not match its audit event "
                f"{events.migration.seq} ({len(migrated)} found, {detail.get('revisions')} recorded)"]
    return []


def _check_disclosures(conn: Connection, events: _Events) -> list[str]:
    problems: list[str] = []
    consents: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)
    for disclosure_id, who, given_by, manner, witness in conn.execute(
            "SELECT disclosure_id, who, given_by, manner, witness FROM consents"):
        consents[disclosure_id].add((who, given_by, manner, witness))
    rows = conn.execute(
        "SELECT d.id, d.item_id, i.channel, d.target, d.exception, d.revision, d.source, d.revoked_at"
        " FROM disclosures d LEFT JOIN items i ON i.id = d.item_id ORDER BY d.id").fetchall()
    known = set()
    for d_id, item_id, channel, target, exception, revision, source, revoked_at in rows:
        known.add(d_id)
        label = f"disclosure {d_id}"
        made = events.disclosed.get(d_id, [])
        if not made:
            problems.append(f"{label} of {item_id} to {target} has no audit event")
        else:
            if len(made) > 1:
                problems.append(f"{label} is recorded by {len(made)} audit events")
            e = made[0]
            differs = [name for name, ok in (
                ("item", e.targets[1:2] == (item_id,)),
                ("channel", e.detail.get("from", channel) == channel),
                ("target", e.detail.get("to") == target),
                ("exception", e.detail.get("exception") == exception),
                ("revision", e.detail.get("revision", 1) == revision),
                ("source", e.detail.get("source", "") == source),
                ("consents", _consents_match(e.detail.get("consents", []), consents.get(d_id, set()))),
            ) if not ok]
            problems += [f"{label}: its {name} {'differ' if name.endswith('s') else 'differs'} from its audit event's"
                         for name in differs]
        revokes = events.revoked.get(d_id, [])
        if revoked_at is None and revokes:
            problems.append(f"{label} is in force, but audit event {revokes[0].seq} revoked it")
        if revoked_at is not None and not revokes:
            problems.append(f"{label} is revoked, but no audit event revoked it")
        if revokes and revokes[0].detail.get("to", target) != target:
            problems.append(f"{label}: its target differs from its revocation's audit event")
    for d_id in sorted(set(consents) - known):
        problems.append(f"consents recorded for {d_id}, which is not a disclosure in the file")
    for kind, recorded in (("disclosure", events.disclosed), ("revocation of disclosure", events.revoked)):
        for d_id, found in sorted(recorded.items()):
            if d_id not in known:
                problems.append(f"audit event {found[0].seq} records {kind} {d_id}, which is not in the file")
    return problems


def _consents_match(recorded: list[Any], rows: set[tuple[str, str, str, str]]) -> bool:
    """Schema-3 events keep who, given by, manner and witness; older ones only who."""
    if all(isinstance(c, dict) for c in recorded):
        wanted = {(c.get("who", ""), c.get("given_by", ""), c.get("manner", ""), c.get("witness", ""))
                  for c in recorded}
        return wanted == rows and len(recorded) == len(rows)
    return set(recorded) == {r[0] for r in rows} and len(recorded) == len(rows)
