"""Notes: an `items` row (channel, author, times, salt), a `notes` row (the current text and flags),
and the immutable `revisions` of the text; the current text is kept in the search index.

What an audience reads is the revision it may see (`visibility.shown_revision`): the current one
for the mediator and the note's own channel, the one consented to for an audience that sees the
note through a disclosure. A later edit therefore never reaches that audience by itself.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from datetime import datetime

from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Note, Tag, parse_tags
from iomed_desk.store import search
from iomed_desk.store.connection import Connection
from iomed_desk.store.schema import note_content
from iomed_desk.store.visibility import bind, shown_revision, visible_to

_COLUMNS = ("i.id, i.channel, r.title, r.body, r.tags, n.confidential, n.on_joint_screen, r.speaker,"
            " i.author, i.created_at, CASE WHEN r.number = n.revision THEN i.updated_at ELSE r.created_at END,"
            " n.session_id, r.number")
#: notes with the revision the bound audience may see (none: the join drops the note)
_FROM = f"items i JOIN notes n ON n.item_id = i.id JOIN revisions r ON r.item_id = i.id AND r.number = {shown_revision('i', 'n')}"


@dataclass(frozen=True)
class Revision:
    """One saved revision of an item's content: its number and the commitment its audit event carries."""

    number: int
    commitment: str


@functools.lru_cache(maxsize=64)
def _channel(text: str) -> Channel:
    """Channels and tag sets are immutable values: parse each distinct one once, not once per row."""
    return Channel.parse(text)


@functools.lru_cache(maxsize=512)
def _tags(text: str) -> frozenset[Tag]:
    return parse_tags(text)


def _note(r: tuple) -> Note:
    return Note(id=r[0], channel=_channel(r[1]), title=r[2], body=r[3], tags=_tags(r[4]),
                confidential=bool(r[5]), on_joint_screen=bool(r[6]), speaker=r[7], author=r[8],
                created_at=from_iso(r[9]), updated_at=from_iso(r[10]), session_id=r[11], revision=r[12])


def _tags_text(note: Note) -> str:
    return " ".join(sorted(t.value for t in note.tags))


def _add_revision(conn: Connection, note: Note, number: int, salt: bytes) -> Revision:
    assert note.updated_at is not None
    tags = _tags_text(note)
    c = commitment(salt, note_content(note.title, note.body, tags, note.speaker))
    conn.execute("INSERT INTO revisions (item_id, number, title, body, tags, speaker, author, created_at, commitment)"
                 " VALUES (?,?,?,?,?,?,?,?,?)",
                 (note.id, number, note.title, note.body, tags, note.speaker, note.author,
                  to_iso(note.updated_at), c))
    return Revision(number, c)


def insert(conn: Connection, note: Note) -> Revision:
    """A new note and its revision 1, under a fresh random salt."""
    assert note.created_at is not None and note.updated_at is not None
    salt = os.urandom(16)
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES (?, 'note', ?, ?, ?, ?, ?)",
                 (note.id, str(note.channel), note.author, to_iso(note.created_at), to_iso(note.updated_at), salt))
    conn.execute(
        "INSERT INTO notes (item_id, title, body, tags, confidential, on_joint_screen, speaker, session_id, revision)"
        " VALUES (?,?,?,?,?,?,?,?,1)",
        (note.id, note.title, note.body, _tags_text(note), int(note.confidential),
         int(note.on_joint_screen), note.speaker, note.session_id))
    _index(conn, note)
    return _add_revision(conn, note, 1, salt)


def update(conn: Connection, note: Note) -> Revision | None:
    """Save a note's text and flags: changed text becomes the next revision (returned); flags alone
    make none. Its channel cannot change (a trigger refuses it too)."""
    assert note.updated_at is not None
    row = conn.execute("SELECT i.salt, n.revision, n.title, n.body, n.tags, n.speaker FROM items i"
                       " JOIN notes n ON n.item_id = i.id WHERE i.id = ? AND i.kind = 'note'"
                       " AND i.deleted_at IS NULL AND i.channel = ?", (note.id, str(note.channel))).fetchone()
    if row is None:
        raise InvalidInput("That note no longer exists (or its channel was changed).")
    salt, current = row[0], row[1]
    revision = None
    if tuple(row[2:]) != (note.title, note.body, _tags_text(note), note.speaker):
        revision = _add_revision(conn, note, current + 1, salt)
        current += 1
    conn.execute("UPDATE items SET updated_at = ? WHERE id = ?", (to_iso(note.updated_at), note.id))
    conn.execute("UPDATE notes SET title = ?, body = ?, tags = ?, confidential = ?, on_joint_screen = ?, speaker = ?,"
                 " revision = ? WHERE item_id = ?",
                 (note.title, note.body, _tags_text(note), int(note.confidential), int(note.on_joint_screen),
                  note.speaker, current, note.id))
    if revision is not None:
        _index(conn, note)
    return revision


def set_confidential(conn: Connection, note_id: str, confidential: bool, at: datetime) -> None:
    cur = conn.execute("UPDATE notes SET confidential = ? WHERE item_id = ? AND item_id IN"
                       " (SELECT id FROM items WHERE deleted_at IS NULL)", (int(confidential), note_id))
    if cur.rowcount != 1:
        raise InvalidInput("That note no longer exists.")
    conn.execute("UPDATE items SET updated_at = ? WHERE id = ?", (to_iso(at), note_id))


def delete(conn: Connection, note_id: str, at: datetime) -> Channel:
    """Remove the text for good, every revision of it and its salt (secure_delete overwrites them);
    keep the item row, the revision numbers and commitments for the audit trail."""
    row = conn.execute("SELECT rowid, channel FROM items WHERE id = ? AND kind = 'note' AND deleted_at IS NULL",
                       (note_id,)).fetchone()
    if row is None:
        raise InvalidInput("That note no longer exists.")
    search.remove(conn, row[0])
    search.forget_disclosed(conn, note_id)
    conn.execute("UPDATE notes SET title = '', body = '', tags = '', speaker = '' WHERE item_id = ?", (note_id,))
    conn.execute("UPDATE items SET deleted_at = ?, updated_at = ?, salt = NULL WHERE id = ?",
                 (to_iso(at), to_iso(at), note_id))
    conn.execute("UPDATE revisions SET title = '', body = '', tags = '', speaker = '' WHERE item_id = ?", (note_id,))
    return Channel.parse(row[1])


def revision(conn: Connection, note_id: str, number: int) -> tuple[str, str] | None:
    """Title and body of one revision of a live note (for indexing what was disclosed)."""
    r = conn.execute("SELECT r.title, r.body FROM revisions r JOIN items i ON i.id = r.item_id"
                     " WHERE r.item_id = ? AND r.number = ? AND i.deleted_at IS NULL", (note_id, number)).fetchone()
    return (r[0], r[1]) if r else None


def current_revision(conn: Connection, note_id: str) -> int | None:
    r = conn.execute("SELECT revision FROM notes WHERE item_id = ?", (note_id,)).fetchone()
    return int(r[0]) if r else None


def _index(conn: Connection, note: Note) -> None:
    rowid = conn.execute("SELECT rowid FROM items WHERE id = ?", (note.id,)).fetchone()[0]
    search.upsert(conn, rowid, note.title, note.body)


def get(conn: Connection, note_id: str, audience: Audience) -> Note | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM}"
                     f" WHERE i.id = :id AND i.deleted_at IS NULL AND {visible_to('i')}",
                     {"id": note_id, **bind(audience)}).fetchone()
    return _note(r) if r else None


def in_channel(conn: Connection, channel: Channel, audience: Audience, limit: int | None = None) -> list[Note]:
    """The notes of one channel that the audience may see, newest first; the `limit` most recent if given
    (through the (channel, kind, updated_at) index, so a long channel costs only what is shown)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM}"
                        f" WHERE i.channel = :channel AND i.kind = 'note' AND i.deleted_at IS NULL"
                        f" AND {visible_to('i')} ORDER BY i.updated_at DESC LIMIT :limit",
                        {"channel": str(channel), "limit": -1 if limit is None else limit, **bind(audience)})
    return [_note(r) for r in rows]


def visible(conn: Connection, audience: Audience) -> list[Note]:
    """Every note the audience may see, in any channel (the joint screen's feed)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM}"
                        f" WHERE i.kind = 'note' AND i.deleted_at IS NULL AND {visible_to('i')}"
                        " ORDER BY i.created_at", bind(audience))
    return [_note(r) for r in rows]


def disclosed_into(conn: Connection, channel: Channel, audience: Audience) -> list[Note]:
    """The notes of other channels that a disclosure in force to `audience` (or to every party) lets it
    see, in the revision it sees, in the order of their first such disclosure: what a channel's list
    shows below its own notes. One query, starting from the disclosures (few), not from the items."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM {_FROM}"
        " JOIN (SELECT item_id, min(created_at) AS first FROM disclosures"
        "       WHERE revoked_at IS NULL AND target IN (:audience, 'joint') GROUP BY item_id) x ON x.item_id = i.id"
        f" WHERE i.kind = 'note' AND i.deleted_at IS NULL AND i.channel != :here AND {visible_to('i')}"
        " ORDER BY x.first, i.id", {"here": str(channel), **bind(audience)})
    return [_note(r) for r in rows]


def counts_by_channel(conn: Connection) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute(
        "SELECT channel, count(*) FROM items WHERE kind = 'note' AND deleted_at IS NULL GROUP BY channel")}


def item_facts(conn: Connection, item_id: str) -> tuple[Channel, bool, str] | None:
    """Channel, confidential mark and speaker of a live item, for the disclosure rules."""
    r = conn.execute("SELECT i.channel, coalesce(n.confidential, 0), coalesce(n.speaker, '') FROM items i"
                     " LEFT JOIN notes n ON n.item_id = i.id WHERE i.id = ? AND i.deleted_at IS NULL",
                     (item_id,)).fetchone()
    return (Channel.parse(r[0]), bool(r[1]), r[2]) if r else None
