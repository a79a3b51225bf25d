"""Destroying a closed case's caucus material, then moving what is left into a fresh file.

Caucus material (DESIGN.md sections 2 and 9) is what a party said to the mediator alone and what the
mediator wrote alone: every note in a caucus channel (`party:<id>`) or in the mediator's notebook
(`mediator`), with every revision of it and the text its disclosures made searchable; every
position (a party's stance and comment on a clause, always in that party's channel); and every offer
or demand of the ledger kept in a caucus channel (private figures included; store/offers.py). Kept:
joint notes and joint offers (with the overlap checks' terms and rounds, which hold no limit), the
parties, the drafts with their versions and tablings (the single text that was shown), the agreement,
the disclosures' records (who consented, when; the disclosed text goes with its note or offer), the
process record and the audit chain.

Destroying a note is what deleting one does (store/notes.py): its text blanked in the note row and
in every revision, its salt set to NULL (so the commitments in its audit events reveal nothing
any more), its search rows removed. A position's row is deleted and its item kept as a deleted
item without salt. A caucus offer's figure and terms are blanked and its item marked destroyed
without salt (`offers.destroy_in_caucus`, the one change schema 7 lets an offer undergo). A caucus
exhibit's chunks are deleted, its revisions' names, hashes and text blanked, its salt dropped
(`exhibits.destroy_in_caucus`, schema 8). Then both
FTS5 indexes are optimised (merged into one new segment, so the deleted entries' tokens leave the
index's pages), all inside the caller's transaction with `secure_delete` on.

Freed pages may still hold old bytes in the WAL or the old file, so `write_fresh_copy` exports
what is left into a new file keyed like the case (`sqlcipher_export`: only live rows are
written), and `replace_case_file` renames it over the case, then overwrites the old file's bytes
with zeros through a descriptor opened before the rename, and removes its -wal/-shm/-journal.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from iomed_desk.core.clock import to_iso
from iomed_desk.store import exhibits, offers, search
from iomed_desk.store.connection import Connection, connect
from iomed_desk.store.database import APPLICATION_ID, CaseDatabase, fsync_dir, temp_sibling
from iomed_desk.store.errors import sort_error
from iomed_desk.store.keys import raw_key_pragma
from iomed_desk.store.lock import CaseLock

#: the files SQLite may keep beside a database
SIDECARS = ("-wal", "-shm", "-journal")
_ZEROS = bytes(1 << 20)


@dataclass
class ChannelCounts:
    notes: int = 0
    revisions: int = 0
    positions: int = 0
    offers: int = 0
    exhibits: int = 0
    exhibit_revisions: int = 0

    def as_dict(self) -> dict[str, int]:
        counts = {"notes": self.notes, "revisions": self.revisions, "positions": self.positions,
                  "offers": self.offers}
        if self.exhibits:  # (schema 8) a channel that held no exhibit records as before
            counts |= {"exhibits": self.exhibits, "exhibit_revisions": self.exhibit_revisions}
        return counts


@dataclass
class Destroyed:
    """What one destruction removed, per channel (counts only), and the notes it destroyed."""

    channels: dict[str, ChannelCounts] = field(default_factory=lambda: defaultdict(ChannelCounts))
    notes: list[tuple[str, str]] = field(default_factory=list)  # (note id, channel)
    offers: list[tuple[str, str]] = field(default_factory=list)  # (offer id, channel)
    exhibits: list[tuple[str, str]] = field(default_factory=list)  # (exhibit id, channel)
    exhibit_chunks: int = 0
    search_rows: int = 0
    disclosed_rows: int = 0

    def counts(self) -> dict[str, dict[str, int]]:
        return {channel: c.as_dict() for channel, c in sorted(self.channels.items())}


def caucus_material(conn: Connection) -> dict[str, dict[str, int]]:
    """What `destroy` would remove now, per channel (for a preview; counts only)."""
    out: dict[str, ChannelCounts] = defaultdict(ChannelCounts)
    for channel, n, revisions in conn.execute(
            "SELECT i.channel, count(DISTINCT i.id), count(r.number) FROM items i"
            " LEFT JOIN revisions r ON r.item_id = i.id"
            f" WHERE i.kind = 'note' AND i.deleted_at IS NULL AND {_in_caucus('i')} GROUP BY i.channel"):
        out[channel].notes, out[channel].revisions = n, revisions
    for channel, n in conn.execute(
            "SELECT i.channel, count(*) FROM positions p JOIN items i ON i.id = p.item_id GROUP BY i.channel"):
        out[channel].positions = n
    for _, channel in offers.in_caucus(conn):
        out[channel].offers += 1
    for channel, n, revisions in conn.execute(
            "SELECT i.channel, count(DISTINCT i.id), count(f.number) FROM items i"
            " LEFT JOIN exhibit_files f ON f.item_id = i.id"
            f" WHERE i.kind = 'exhibit' AND i.deleted_at IS NULL AND {_in_caucus('i')} GROUP BY i.channel"):
        out[channel].exhibits, out[channel].exhibit_revisions = n, revisions
    return {channel: c.as_dict() for channel, c in sorted(out.items())}


def _in_caucus(alias: str) -> str:
    return f"({alias}.channel = 'mediator' OR {alias}.channel LIKE 'party:%')"


def destroy(conn: Connection, at: datetime) -> Destroyed:
    """Destroy every caucus note (all revisions), every position, every caucus offer and every caucus
    exhibit (the chunks of all its revisions deleted), with their index rows, then optimise both indexes. Call inside a write transaction; the caller audits what is returned."""
    done = Destroyed()
    when = to_iso(at)
    notes = conn.execute(f"SELECT i.rowid, i.id, i.channel FROM items i WHERE i.kind = 'note'"
                         f" AND i.deleted_at IS NULL AND {_in_caucus('i')} ORDER BY i.rowid").fetchall()
    for rowid, item_id, channel in notes:
        revisions = conn.execute("SELECT count(*) FROM revisions WHERE item_id = ?", (item_id,)).fetchone()[0]
        done.search_rows += _remove_search_row(conn, rowid)
        done.disclosed_rows += _forget_disclosed(conn, item_id)
        conn.execute("UPDATE notes SET title = '', body = '', tags = '', speaker = '' WHERE item_id = ?", (item_id,))
        conn.execute("UPDATE items SET deleted_at = ?, updated_at = ?, salt = NULL WHERE id = ?",
                     (when, when, item_id))
        conn.execute("UPDATE revisions SET title = '', body = '', tags = '', speaker = '' WHERE item_id = ?",
                      (item_id,))
        counts = done.channels[channel]
        counts.notes += 1
        counts.revisions += int(revisions)
        done.notes.append((item_id, channel))
    positions = conn.execute("SELECT i.rowid, i.id, i.channel FROM positions p JOIN items i ON i.id = p.item_id"
                             " ORDER BY i.rowid").fetchall()
    for rowid, item_id, channel in positions:
        done.search_rows += _remove_search_row(conn, rowid)
        conn.execute("DELETE FROM positions WHERE item_id = ?", (item_id,))
        conn.execute("UPDATE items SET deleted_at = ?, updated_at = ?, salt = NULL WHERE id = ?",
                     (when, when, item_id))
        done.channels[channel].positions += 1
    done.offers = offers.in_caucus(conn)
    wiped = offers.destroy_in_caucus(conn, at)
    for channel, n in wiped.items():
        done.channels[channel].offers += n
    done.exhibits = exhibits.in_caucus(conn)
    for channel, (n, revisions, chunks) in exhibits.destroy_in_caucus(conn, at).items():
        done.channels[channel].exhibits += n
        done.channels[channel].exhibit_revisions += revisions
        done.exhibit_chunks += chunks
    optimise_indexes(conn)
    return done


def _remove_search_row(conn: Connection, rowid: int) -> int:
    found = conn.execute("SELECT count(*) FROM search_index WHERE rowid = ?", (rowid,)).fetchone()[0]
    search.remove(conn, rowid)
    return int(found)


def _forget_disclosed(conn: Connection, item_id: str) -> int:
    rows = [r[0] for r in conn.execute("SELECT rowid FROM disclosures WHERE item_id = ?", (item_id,))]
    found = 0
    for rowid in rows:
        found += conn.execute("SELECT count(*) FROM disclosed_index WHERE rowid = ?", (rowid,)).fetchone()[0]
        search.unindex_disclosed(conn, rowid)
    return found


def optimise_indexes(conn: Connection) -> None:
    """FTS5's 'optimize' on both indexes: every segment merged into one new one, without the deleted entries.

    (Both are contentless, which FTS5's 'rebuild' does not serve: there is no content to rebuild from.)
    """
    for table in ("search_index", "disclosed_index"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


# -- the fresh file ------------------------------------------------------------------------------
def write_fresh_copy(db: CaseDatabase) -> Path:
    """Export the case's live rows into a new file beside it, keyed with the case's key and salt (so
    the passphrase still opens it), fsynced; returns its path. Nothing of the freed pages is copied."""
    target = temp_sibling(db.path, "closing")
    for p in (target, *(Path(f"{target}{s}") for s in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    key, salt = db.key, db.salt
    pragma = raw_key_pragma(key, salt)
    if len(key) != 32 or not pragma.startswith("\"x'"):
        raise ValueError("the fresh file must be keyed with a raw 32-byte key")
    try:
        with db.reading() as conn:
            conn.execute(f"ATTACH DATABASE ? AS fresh KEY {pragma}", (str(target),))
            try:
                conn.execute("PRAGMA fresh.secure_delete = ON")
                conn.execute("SELECT sqlcipher_export('fresh')").fetchall()
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                conn.execute(f"PRAGMA fresh.user_version = {version}")
                conn.execute(f"PRAGMA fresh.application_id = {APPLICATION_ID}")
            finally:
                conn.execute("DETACH DATABASE fresh")
        with open(target, "rb+") as f:
            os.fsync(f.fileno())
        connect(target, key).close()  # it opens with the case's key, or nothing is replaced
    except BaseException as exc:
        remove_with_sidecars(target)
        err = sort_error(exc)
        if err is exc:
            raise
        raise err from None
    return target


def replace_case_file(path: Path, fresh: Path, close_case: Callable[[], None]) -> None:
    """Rename `fresh` over the case at `path` and destroy the old file's bytes.

    The fresh file is locked before the case is closed (`close_case`), so no other process opens
    either in between; the old file is opened before the rename and, once unlinked by it, overwritten
    with zeros, fsynced and truncated through that descriptor. Its -wal/-shm/-journal (if closing
    left any) are overwritten and removed before the rename, while they still name the old file.
    """
    path, fresh = Path(path), Path(fresh)
    lock = CaseLock(fresh).acquire()
    try:
        old = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            close_case()
            for suffix in SIDECARS:
                _overwrite_and_remove(Path(f"{path}{suffix}"))
            os.replace(fresh, path)
            fsync_dir(path.parent)
            _overwrite(old)
        finally:
            os.close(old)
    finally:
        lock.release()


def _overwrite(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    left = size
    while left > 0:
        left -= os.write(fd, _ZEROS[:min(left, len(_ZEROS))])
    os.fsync(fd)
    os.ftruncate(fd, 0)
    os.fsync(fd)


def _overwrite_and_remove(p: Path) -> None:
    try:
        fd = os.open(p, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        _overwrite(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        p.unlink()


def remove_with_sidecars(p: Path) -> None:
    """Overwrite and remove a (temporary) database file and whatever SQLite left beside it."""
    for candidate in (p, *(Path(f"{p}{s}") for s in SIDECARS)):
        _overwrite_and_remove(candidate)
