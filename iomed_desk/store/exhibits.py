"""Exhibits in the case file (schema 8): an `items` row (kind 'exhibit'), an `exhibits` row, immutable
`exhibit_files` revisions and their bytes as `exhibit_chunks` of `core.exhibits.CHUNK` bytes.

What an audience reads is the revision it may see (`visibility.shown_revision`, as for notes): the
current one by the exhibit's channel, the one consented to through a disclosure. The current
revision's name, label and extracted text are in the search index; a disclosed revision's in the
disclosed index under its disclosure's rowid (`index_disclosed`).

Bytes are read back through `ChunkReader`, a seekable stream holding one chunk at a time (zipfile
and pypdf read from it during import; the preview and the export stream from it).
"""

from __future__ import annotations

import io
import os
from collections import defaultdict
from datetime import datetime

from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.exhibits import CHUNK, Exhibit, ExhibitFile, MediaType
from iomed_desk.store import search
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, shown_revision, visible_to

_COLUMNS = ("i.id, i.channel, e.label, e.produced_by, e.session_id, e.revision,"
            " f.number, f.name, f.media_type, f.size, f.sha256, f.created_at, f.author")
#: exhibits with the file revision the bound audience may see (none: the join drops the exhibit)
_FROM = ("items i JOIN exhibits e ON e.item_id = i.id JOIN exhibit_files f ON f.item_id = i.id"
         f" AND f.number = {shown_revision('i', 'e')}")


def file_content(name: str, media_type: str, size: int, sha256: str) -> dict[str, object]:
    """The fields of an exhibit's file revision its commitment covers, as stored."""
    return {"name": name, "media_type": media_type, "size": size, "sha256": sha256}


def _exhibit(r: tuple) -> Exhibit:
    return Exhibit(id=r[0], channel=Channel.parse(r[1]), label=r[2], produced_by=r[3], session_id=r[4],
                   current_revision=r[5],
                   file=ExhibitFile(number=r[6], name=r[7], media_type=MediaType(r[8]), size=r[9], sha256=r[10],
                                    created_at=from_iso(r[11]), author=r[12]))


# -- the case's cap --------------------------------------------------------------------------------
def cap(conn: Connection) -> int:
    return int(conn.execute("SELECT exhibit_cap FROM case_info").fetchone()[0])


def set_cap(conn: Connection, value: int) -> None:
    conn.execute("UPDATE case_info SET exhibit_cap = ?", (value,))


# -- writing ---------------------------------------------------------------------------------------
def insert_item(conn: Connection, item_id: str, channel: Channel, author: str, at: datetime, *, label: str,
                produced_by: str, session_id: str | None) -> None:
    """The item and its exhibits row, under a fresh random salt; its file follows (`add_file`)."""
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES (?, 'exhibit', ?, ?, ?, ?, ?)",
                 (item_id, str(channel), author, to_iso(at), to_iso(at), os.urandom(16)))
    conn.execute("INSERT INTO exhibits (item_id, label, produced_by, session_id, revision) VALUES (?,?,?,?,1)",
                 (item_id, label, produced_by, session_id))


def live(conn: Connection, item_id: str) -> tuple[Channel, int, str, bytes] | None:
    """Channel, current revision, label and salt of a live exhibit."""
    r = conn.execute("SELECT i.channel, e.revision, e.label, i.salt FROM items i JOIN exhibits e ON e.item_id = i.id"
                     " WHERE i.id = ? AND i.kind = 'exhibit' AND i.deleted_at IS NULL", (item_id,)).fetchone()
    return (Channel.parse(r[0]), int(r[1]), r[2], r[3]) if r else None


def write_chunk(conn: Connection, item_id: str, number: int, seq: int, data: bytes) -> None:
    conn.execute("INSERT INTO exhibit_chunks (item_id, number, seq, data) VALUES (?,?,?,?)",
                 (item_id, number, seq, data))


def add_file(conn: Connection, item_id: str, number: int, *, name: str, media_type: MediaType, size: int,
             sha256: str, text: str, author: str, at: datetime) -> str:
    """Record file revision `number` (its chunks written before, in the same transaction) and make it
    the current one; returns its commitment. The current text goes into the search index."""
    row = conn.execute("SELECT rowid, salt FROM items WHERE id = ? AND deleted_at IS NULL", (item_id,)).fetchone()
    if row is None:
        raise InvalidInput("That exhibit no longer exists.")
    c = commitment(row[1], file_content(name, media_type.value, size, sha256))
    conn.execute("INSERT INTO exhibit_files (item_id, number, name, media_type, size, sha256, text, author,"
                 " created_at, commitment) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (item_id, number, name, media_type.value, size, sha256, text, author, to_iso(at), c))
    conn.execute("UPDATE exhibits SET revision = ? WHERE item_id = ?", (number, item_id))
    conn.execute("UPDATE items SET updated_at = ? WHERE id = ?", (to_iso(at), item_id))
    label = conn.execute("SELECT label FROM exhibits WHERE item_id = ?", (item_id,)).fetchone()[0]
    search.upsert(conn, row[0], f"{label} {name}", text)
    return c


def index_disclosed(conn: Connection, disclosure_id: str) -> None:
    """The revision a disclosure of an exhibit names, searchable by its target (not the current text)."""
    r = conn.execute("SELECT d.rowid, e.label, f.name, f.text FROM disclosures d JOIN exhibits e ON e.item_id = d.item_id"
                     " JOIN exhibit_files f ON f.item_id = d.item_id AND f.number = d.revision"
                     " WHERE d.id = ?", (disclosure_id,)).fetchone()
    if r is not None:
        search.index_disclosed(conn, r[0], f"{r[1]} {r[2]}", r[3])


def delete(conn: Connection, item_id: str, at: datetime) -> tuple[Channel, int]:
    """Destroy an exhibit: every chunk of every revision deleted (secure_delete overwrites the pages),
    the revisions' names, hashes and text blanked, the salt dropped, the index rows removed. Keeps the
    item row, the revision numbers and commitments for the audit trail. Returns (channel, revisions)."""
    row = conn.execute("SELECT rowid, channel FROM items WHERE id = ? AND kind = 'exhibit' AND deleted_at IS NULL",
                       (item_id,)).fetchone()
    if row is None:
        raise InvalidInput("That exhibit no longer exists.")
    search.remove(conn, row[0])
    search.forget_disclosed(conn, item_id)
    conn.execute("UPDATE items SET deleted_at = ?, updated_at = ?, salt = NULL WHERE id = ?",
                 (to_iso(at), to_iso(at), item_id))
    conn.execute("DELETE FROM exhibit_chunks WHERE item_id = ?", (item_id,))
    revisions = conn.execute("UPDATE exhibit_files SET name = '', sha256 = '', text = '', size = 0"
                             " WHERE item_id = ?", (item_id,)).rowcount
    return Channel.parse(row[1]), int(revisions)


def in_caucus(conn: Connection) -> list[tuple[str, str]]:
    """(id, channel) of every live exhibit in a caucus channel or the mediator's notebook."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, channel FROM items WHERE kind = 'exhibit' AND deleted_at IS NULL"
        " AND (channel = 'mediator' OR channel LIKE 'party:%') ORDER BY rowid")]


def destroy_in_caucus(conn: Connection, at: datetime) -> dict[str, tuple[int, int, int]]:
    """Destroy every caucus exhibit (`delete`); per channel: (exhibits, revisions, chunks) removed."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for item_id, channel in in_caucus(conn):
        chunks = conn.execute("SELECT count(*) FROM exhibit_chunks WHERE item_id = ?", (item_id,)).fetchone()[0]
        _, revisions = delete(conn, item_id, at)
        counts = out[channel]
        counts[0] += 1
        counts[1] += revisions
        counts[2] += int(chunks)
    return {channel: (c[0], c[1], c[2]) for channel, c in out.items()}


# -- reading ---------------------------------------------------------------------------------------
def get(conn: Connection, item_id: str, audience: Audience) -> Exhibit | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE i.id = :id AND i.deleted_at IS NULL"
                     f" AND {visible_to('i')}", {"id": item_id, **bind(audience)}).fetchone()
    return _exhibit(r) if r else None


def in_channel(conn: Connection, channel: Channel, audience: Audience) -> list[Exhibit]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE i.channel = :channel AND i.kind = 'exhibit'"
                        f" AND i.deleted_at IS NULL AND {visible_to('i')} ORDER BY e.label, i.created_at",
                        {"channel": str(channel), **bind(audience)})
    return [_exhibit(r) for r in rows]


def visible(conn: Connection, audience: Audience) -> list[Exhibit]:
    """Every exhibit the audience may see, in any channel."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE i.kind = 'exhibit' AND i.deleted_at IS NULL"
                        f" AND {visible_to('i')} ORDER BY i.created_at", bind(audience))
    return [_exhibit(r) for r in rows]


def revisions(conn: Connection, item_id: str) -> list[ExhibitFile]:
    """Every file revision of a live exhibit (the mediator's history), oldest first."""
    rows = conn.execute("SELECT f.number, f.name, f.media_type, f.size, f.sha256, f.created_at, f.author"
                        " FROM exhibit_files f JOIN items i ON i.id = f.item_id"
                        " WHERE f.item_id = ? AND i.deleted_at IS NULL ORDER BY f.number", (item_id,))
    return [ExhibitFile(r[0], r[1], MediaType(r[2]), r[3], r[4], from_iso(r[5]), r[6]) for r in rows]


def text_of(conn: Connection, item_id: str, number: int) -> str:
    r = conn.execute("SELECT text FROM exhibit_files WHERE item_id = ? AND number = ?", (item_id, number)).fetchone()
    return r[0] if r else ""


def counts_by_channel(conn: Connection) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute(
        "SELECT channel, count(*) FROM items WHERE kind = 'exhibit' AND deleted_at IS NULL GROUP BY channel")}


class ChunkReader(io.RawIOBase):
    """A read-only, seekable stream over one file revision's chunks; one chunk in memory at a time."""

    def __init__(self, conn: Connection, item_id: str, number: int, size: int) -> None:
        super().__init__()
        self._conn, self._item, self._number, self._size = conn, item_id, number, size
        self._pos = 0
        self._seq = -1
        self._chunk = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _load(self, seq: int) -> bytes:
        if seq != self._seq:
            r = self._conn.execute("SELECT data FROM exhibit_chunks WHERE item_id = ? AND number = ? AND seq = ?",
                                   (self._item, self._number, seq)).fetchone()
            if r is None:
                raise InvalidInput("This exhibit's bytes are missing from the case file.")
            self._seq, self._chunk = seq, bytes(r[0])
        return self._chunk

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        """Fills `buffer` across chunk edges (a short read only at the end of the file)."""
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            seq, offset = divmod(self._pos, CHUNK)
            chunk = self._load(seq)
            n = min(len(view) - done, len(chunk) - offset, self._size - self._pos)
            if n <= 0:
                raise InvalidInput("This exhibit's bytes are damaged in the case file.")
            view[done:done + n] = chunk[offset:offset + n]
            self._pos += n
            done += n
        return done

    def chunks(self):  # type: ignore[no-untyped-def]
        """The bytes from the current position to the end, a chunk at a time."""
        while self._pos < self._size:
            seq, offset = divmod(self._pos, CHUNK)
            piece = self._load(seq)[offset:]
            piece = piece[:self._size - self._pos]
            if not piece:
                raise InvalidInput("This exhibit's bytes are damaged in the case file.")
            self._pos += len(piece)
            yield piece
