"""Notes: an `items` row (channel, author, times) and a `notes` row (the text), kept in the search index."""

from __future__ import annotations

import functools
from datetime import datetime

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Note, Tag, parse_tags
from iomed_desk.store import search
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, visible_to

_COLUMNS = ("i.id, i.channel, n.title, n.body, n.tags, n.confidential, n.on_joint_screen, n.speaker,"
            " i.author, i.created_at, i.updated_at, n.session_id")


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
                created_at=from_iso(r[9]), updated_at=from_iso(r[10]), session_id=r[11])


def insert(conn: Connection, note: Note) -> None:
    assert note.created_at is not None and note.updated_at is not None
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at) VALUES (?, 'note', ?, ?, ?, ?)",
                 (note.id, str(note.channel), note.author, to_iso(note.created_at), to_iso(note.updated_at)))
    conn.execute(
        "INSERT INTO notes (item_id, title, body, tags, confidential, on_joint_screen, speaker, session_id)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (note.id, note.title, note.body, " ".join(sorted(t.value for t in note.tags)), int(note.confidential),
         int(note.on_joint_screen), note.speaker, note.session_id))
    _index(conn, note)


def update(conn: Connection, note: Note) -> None:
    """Rewrite a note's text and flags; its channel cannot change (a trigger refuses it too)."""
    assert note.updated_at is not None
    cur = conn.execute("UPDATE items SET updated_at = ? WHERE id = ? AND kind = 'note' AND deleted_at IS NULL"
                       " AND channel = ?", (to_iso(note.updated_at), note.id, str(note.channel)))
    if cur.rowcount != 1:
        raise InvalidInput("That note no longer exists (or its channel was changed).")
    conn.execute("UPDATE notes SET title = ?, body = ?, tags = ?, confidential = ?, on_joint_screen = ?, speaker = ?"
                 " WHERE item_id = ?",
                 (note.title, note.body, " ".join(sorted(t.value for t in note.tags)), int(note.confidential),
                  int(note.on_joint_screen), note.speaker, note.id))
    _index(conn, note)


def delete(conn: Connection, note_id: str, at: datetime) -> Channel:
    """Remove the text for good (secure_delete overwrites it); keep the item row for the audit trail."""
    row = conn.execute("SELECT rowid, channel FROM items WHERE id = ? AND kind = 'note' AND deleted_at IS NULL",
                       (note_id,)).fetchone()
    if row is None:
        raise InvalidInput("That note no longer exists.")
    search.remove(conn, row[0])
    conn.execute("UPDATE notes SET title = '', body = '', tags = '', speaker = '' WHERE item_id = ?", (note_id,))
    conn.execute("UPDATE items SET deleted_at = ?, updated_at = ? WHERE id = ?", (to_iso(at), to_iso(at), note_id))
    return Channel.parse(row[1])


def _index(conn: Connection, note: Note) -> None:
    rowid = conn.execute("SELECT rowid FROM items WHERE id = ?", (note.id,)).fetchone()[0]
    search.upsert(conn, rowid, note.title, note.body)


def get(conn: Connection, note_id: str, audience: Audience) -> Note | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM items i JOIN notes n ON n.item_id = i.id"
                     f" WHERE i.id = :id AND i.deleted_at IS NULL AND {visible_to('i')}",
                     {"id": note_id, **bind(audience)}).fetchone()
    return _note(r) if r else None


def in_channel(conn: Connection, channel: Channel, audience: Audience, limit: int | None = None) -> list[Note]:
    """The notes of one channel that the audience may see, newest first; the `limit` most recent if given
    (through the (channel, kind, updated_at) index, so a long channel costs only what is shown)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM items i JOIN notes n ON n.item_id = i.id"
                        f" WHERE i.channel = :channel AND i.kind = 'note' AND i.deleted_at IS NULL"
                        f" AND {visible_to('i')} ORDER BY i.updated_at DESC LIMIT :limit",
                        {"channel": str(channel), "limit": -1 if limit is None else limit, **bind(audience)})
    return [_note(r) for r in rows]


def visible(conn: Connection, audience: Audience) -> list[Note]:
    """Every note the audience may see, in any channel (the joint screen's feed)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM items i JOIN notes n ON n.item_id = i.id"
                        f" WHERE i.kind = 'note' AND i.deleted_at IS NULL AND {visible_to('i')}"
                        " ORDER BY i.created_at", bind(audience))
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
