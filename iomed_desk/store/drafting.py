"""Drafts, their immutable versions, tablings, positions and agreements.

Versions, tablings and positions are items with a channel like every other
piece of content, so the firewall's SQL filter applies to them unchanged.
"""

from __future__ import annotations

import json
from datetime import datetime

from iomed_desk.core.agreement import Agreement
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.drafting import Clause, Draft, DraftVersion, parse_canonical_text
from iomed_desk.core.tabling import Position, Stance, Tabling
from iomed_desk.store import search
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, visible_to


# -- drafts and the working copy ---------------------------------------------------------
def insert_draft(conn: Connection, draft: Draft, now: datetime) -> None:
    conn.execute("INSERT INTO drafts (id, name, languages, created_at) VALUES (?,?,?,?)",
                 (draft.id, draft.name, json.dumps(list(draft.languages)), to_iso(now)))


def drafts(conn: Connection) -> list[Draft]:
    return [Draft(r[0], r[1], tuple(json.loads(r[2])))
            for r in conn.execute("SELECT id, name, languages FROM drafts ORDER BY created_at")]


def clauses_to_json(clauses: list[Clause] | tuple[Clause, ...]) -> str:
    return json.dumps([{"id": c.id, "heading": list(c.heading), "body": list(c.body)} for c in clauses],
                      ensure_ascii=False)


def clauses_from_json(text: str) -> list[Clause]:
    return [Clause(c["id"], tuple(map(tuple, c["heading"])), tuple(map(tuple, c["body"])))
            for c in json.loads(text)] if text else []


def working(conn: Connection, draft_id: str) -> list[Clause] | None:
    """The unsaved working copy, or None when the mediator has not changed anything since the last version."""
    row = conn.execute("SELECT working FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    return clauses_from_json(row[0]) if row and row[0] else None


def set_working(conn: Connection, draft_id: str, clauses: list[Clause] | None) -> None:
    conn.execute("UPDATE drafts SET working = ? WHERE id = ?",
                 (clauses_to_json(clauses) if clauses is not None else "", draft_id))


# -- versions ------------------------------------------------------------------------------
def insert_version(conn: Connection, version: DraftVersion, item_id: str, draft_name: str) -> None:
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at)"
                 " VALUES (?, 'version', 'mediator', ?, ?, ?)",
                 (item_id, version.author, to_iso(version.created_at), to_iso(version.created_at)))
    conn.execute("INSERT INTO draft_versions (item_id, draft_id, number, author, change_note, canonical_text,"
                 " fingerprint) VALUES (?,?,?,?,?,?,?)",
                 (item_id, version.draft_id, version.number, version.author, version.change_note,
                  version.canonical_text, version.fingerprint))
    _index_text(conn, item_id, f"{draft_name}, version {version.number}", version)


def _index_text(conn: Connection, item_id: str, title: str, version: DraftVersion) -> None:
    body = "\n".join(f"{c.heading_in(lg)}\n{c.body_in(lg)}" for c in version.clauses for lg in version.languages)
    rowid = conn.execute("SELECT rowid FROM items WHERE id = ?", (item_id,)).fetchone()[0]
    search.upsert(conn, rowid, title, body)


def _version(r: tuple) -> DraftVersion:
    languages, clauses = parse_canonical_text(r[5])
    return DraftVersion(r[0], r[1], languages, clauses, r[2], from_iso(r[3]), r[4])


_VERSION_COLUMNS = "v.draft_id, v.number, v.author, i.created_at, v.change_note, v.canonical_text, v.fingerprint"


def versions(conn: Connection, draft_id: str) -> list[DraftVersion]:
    """Every saved version, oldest first; each checked against its stored fingerprint."""
    rows = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM draft_versions v JOIN items i ON i.id = v.item_id"
                        " WHERE v.draft_id = ? ORDER BY v.number", (draft_id,)).fetchall()
    out = []
    for r in rows:
        v = _version(r)
        if v.fingerprint != r[6]:
            from iomed_desk.core.errors import DamagedFile

            raise DamagedFile(f"Version {v.number} no longer matches its fingerprint.")
        out.append(v)
    return out


# -- tablings --------------------------------------------------------------------------------
def insert_tabling(conn: Connection, t: Tabling, version: DraftVersion, draft_name: str) -> None:
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at)"
                 " VALUES (?, 'tabling', ?, ?, ?, ?)",
                 (t.id, str(t.channel), t.tabled_by, to_iso(t.created_at), to_iso(t.created_at)))
    conn.execute("INSERT INTO tablings (item_id, draft_id, version_number, fingerprint, audience) VALUES (?,?,?,?,?)",
                 (t.id, t.draft_id, t.version_number, t.fingerprint, str(t.audience)))
    _index_text(conn, t.id, f"{draft_name}, version {version.number} (tabled)", version)


def tablings(conn: Connection, audience: Audience, draft_id: str | None = None) -> list[Tabling]:
    """The tablings `audience` may see, oldest first."""
    rows = conn.execute(
        "SELECT i.id, t.draft_id, t.version_number, t.fingerprint, t.audience, i.channel, i.created_at, i.author"
        f" FROM tablings t JOIN items i ON i.id = t.item_id WHERE i.deleted_at IS NULL AND {visible_to('i')}"
        " AND (:draft IS NULL OR t.draft_id = :draft) ORDER BY i.created_at, i.rowid",
        {"draft": draft_id, **bind(audience)})
    return [Tabling(r[0], r[1], r[2], r[3], Audience.parse(r[4]), Channel.parse(r[5]), from_iso(r[6]), r[7])
            for r in rows]


# -- positions -------------------------------------------------------------------------------
def insert_position(conn: Connection, p: Position) -> None:
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at)"
                 " VALUES (?, 'position', ?, ?, ?, ?)",
                 (p.id, str(p.channel), p.recorded_by, to_iso(p.recorded_at), to_iso(p.recorded_at)))
    conn.execute("INSERT INTO positions (item_id, draft_id, version_number, clause_id, party_id, stance, comment,"
                 " tabling_id) VALUES (?,?,?,?,?,?,?,?)",
                 (p.id, p.draft_id, p.version_number, p.clause_id, p.party_id, p.stance.value, p.comment,
                  p.tabling_id))
    if p.comment:
        rowid = conn.execute("SELECT rowid FROM items WHERE id = ?", (p.id,)).fetchone()[0]
        search.upsert(conn, rowid, f"Position on a clause ({p.stance.value})", p.comment)


def positions(conn: Connection, audience: Audience, draft_id: str | None = None) -> list[Position]:
    """The positions `audience` may see, in the order they were recorded."""
    rows = conn.execute(
        "SELECT i.id, p.draft_id, p.version_number, p.clause_id, p.party_id, p.stance, i.created_at, p.comment,"
        " p.tabling_id, i.author FROM positions p JOIN items i ON i.id = p.item_id"
        f" WHERE i.deleted_at IS NULL AND {visible_to('i')} AND (:draft IS NULL OR p.draft_id = :draft)"
        " ORDER BY i.created_at, i.rowid", {"draft": draft_id, **bind(audience)})
    return [Position(r[0], r[1], r[2], r[3], r[4], Stance(r[5]), from_iso(r[6]), r[7], r[8], r[9]) for r in rows]


# -- agreements ----------------------------------------------------------------------------
def insert_agreement(conn: Connection, a: Agreement, audit_head: str) -> None:
    conn.execute("INSERT INTO agreements (id, draft_id, version_number, fingerprint, concluded_at, concluded_by,"
                 " audit_head) VALUES (?,?,?,?,?,?,?)",
                 (a.id, a.draft_id, a.version_number, a.fingerprint, to_iso(a.concluded_at), a.concluded_by,
                  audit_head))


def record_export(conn: Connection, a: Agreement) -> None:
    """Mark the agreement exported; only `exported_at` is named, so the termination freeze's
    `frozen_reopening` trigger (which fires on any update naming `reopened_at`) stays out of it."""
    conn.execute("UPDATE agreements SET exported_at = ? WHERE id = ?",
                 (to_iso(a.exported_at) if a.exported_at else None, a.id))


def record_reopening(conn: Connection, a: Agreement) -> None:
    """Record the reopening (when, by whom, why): after the termination the file refuses it."""
    conn.execute("UPDATE agreements SET reopened_at = ?, reopened_by = ?, reopen_reason = ? WHERE id = ?",
                 (to_iso(a.reopened_at) if a.reopened_at else None, a.reopened_by, a.reopen_reason, a.id))


def agreements(conn: Connection) -> list[tuple[Agreement, str]]:
    """Every agreement with the audit-chain head recorded at its conclusion, oldest first."""
    rows = conn.execute("SELECT id, draft_id, version_number, fingerprint, concluded_at, concluded_by, exported_at,"
                        " reopened_at, reopened_by, reopen_reason, audit_head FROM agreements ORDER BY concluded_at")
    return [(Agreement(r[0], r[1], r[2], r[3], from_iso(r[4]), r[5], from_iso(r[6]) if r[6] else None,
                       from_iso(r[7]) if r[7] else None, r[8], r[9]), r[10]) for r in rows]
