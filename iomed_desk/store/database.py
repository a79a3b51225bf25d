"""A case file held open: its key, its single-writer lock, and one connection per thread.

The thread that opened the case keeps one connection for the case's lifetime.
Any other thread (a search or an export on a worker) gets a short-lived
connection of its own for the duration of one `reading()` or `transaction()`:
sqlcipher3 connections refuse use from another thread, and a short-lived one
leaves nothing to close from the wrong thread later.

The open file is the locked file (DESIGN.md section 4): if its path comes to lead
elsewhere (moved, replaced by a copy, deleted), no further transaction starts or is
acknowledged, and closing writes nothing more, because the WAL and its index are
named after the path and may by then belong to another process's file.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from iomed_desk.core.errors import DamagedFile, FileReplaced, UserError
from iomed_desk.store import schema
from iomed_desk.store.connection import Connection, assert_secure, connect
from iomed_desk.store.errors import sort_error
from iomed_desk.store.keys import raw_key_pragma, read_salt
from iomed_desk.store.lock import CaseLock

APPLICATION_ID = 0x494F4D44  # "IOMD", stored inside the encrypted header


def temp_sibling(path: Path, purpose: str) -> Path:
    """A temporary file in the same folder, so the final rename is atomic."""
    return path.with_name(f".{path.name}.{purpose}.tmp")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class CaseDatabase:
    """An open, locked, migrated case file."""

    def __init__(self, path: Path, key: bytes, lock: CaseLock, conn: Connection) -> None:
        self.path = path
        self._key = bytearray(key)
        self.salt = read_salt(path)
        self._lock = lock
        self._main: Connection | None = conn
        self._owner = threading.get_ident()
        self._replaced = False
        #: called on the committing thread after every transaction this object commits (idle maintenance)
        self.committed: list[Callable[[], None]] = []
        #: called on the writing thread just before a transaction asks for the write lock (idle maintenance yields)
        self.writing: list[Callable[[], None]] = []

    # -- opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: bytes, salt: bytes) -> CaseDatabase:
        """A new, empty, migrated case file at `path`, which must not exist."""
        path = Path(path)
        if path.exists():
            raise UserError(f"{path.name} already exists; choose another name.")
        if not path.parent.is_dir():
            raise UserError(f"The folder {path.parent} does not exist.")
        conn = None
        try:
            conn = connect(path, key, salt=salt, create=True)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            schema.migrate(conn)
            lock = CaseLock(path).acquire()
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            err = sort_error(exc)
            if err is exc:
                raise
            raise err from None
        return cls(path, key, lock, conn)

    @classmethod
    def open(cls, path: Path, key: bytes) -> CaseDatabase:
        path = Path(path)
        read_salt(path)
        lock = CaseLock(path).acquire()
        try:
            _remove_stale_temps(path)
            conn = connect(path, key)
            try:
                if not lock.at_path():
                    raise FileReplaced()
                _check_application(conn)
                schema.migrate(conn)
                assert_secure(conn)
            except BaseException as exc:
                conn.close()
                err = sort_error(exc)
                if err is exc:
                    raise
                raise err from None
        except BaseException:
            lock.release()
            raise
        return cls(path, key, lock, conn)

    # -- connections ---------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._main is not None

    @property
    def key(self) -> bytes:
        if self._main is None:
            raise UserError("The case is closed.")
        return bytes(self._key)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for this thread; errors sorted into `UserError`s."""
        if self._main is None:
            raise UserError("The case is locked or closed.")
        if threading.get_ident() == self._owner:
            with _sorted_errors():
                yield self._main
            return
        with self.own_connection() as conn:
            yield conn

    @contextlib.contextmanager
    def own_connection(self) -> Iterator[Connection]:
        """A new connection, closed after, whatever the thread; errors sorted into `UserError`s."""
        if self._main is None:
            raise UserError("The case is locked or closed.")
        with _sorted_errors():
            conn = connect(self.path, bytes(self._key))
        try:
            with _sorted_errors():
                yield conn
        finally:
            conn.close()

    @property
    def in_place(self) -> bool:
        """Whether the path still leads to the file this process opened and locked; once not, never again."""
        if not self._replaced and self._lock.held and not self._lock.at_path():
            self._replaced = True
        return not self._replaced

    def _ensure_in_place(self) -> None:
        if not self.in_place:
            raise FileReplaced()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """`BEGIN IMMEDIATE` ... `COMMIT`, rolled back on any exception.

        Checked before it starts and again after the commit: a transaction that committed after
        the file left its path raises `FileReplaced` rather than report a save nobody will see.
        """
        self._ensure_in_place()
        for hook in self.writing:
            hook()
        with self.reading() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
        self._ensure_in_place()
        for hook in self.committed:
            hook()

    def close(self) -> None:
        """Close the connection, then release the lock, then forget the key.

        The WAL is checkpointed into the file only while the path still leads to it (SQLite's own
        checkpoint on close makes the same check): otherwise the WAL may be another process's.
        """
        if self._main is not None:
            conn, self._main = self._main, None
            if self.in_place:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        self._lock.release()
        for i in range(len(self._key)):
            self._key[i] = 0

    # -- whole-file operations ----------------------------------------------
    def export_copy(self, dest: Path, key: bytes, salt: bytes) -> None:
        """Write a consistent encrypted copy to `dest` atomically (temp file, fsync, rename)."""
        dest = Path(dest)
        tmp = temp_sibling(dest, "export")
        try:
            self._write_copy(tmp, key, salt)
            os.replace(tmp, dest)
            fsync_dir(dest.parent)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def _write_copy(self, target: Path, key: bytes, salt: bytes) -> None:
        """`sqlcipher_export` into an attached database keyed with a raw key, then fsync.

        Never an empty key: `ATTACH ... KEY ''` would write plaintext.
        """
        for p in (target, Path(f"{target}-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        pragma = raw_key_pragma(key, salt)
        if len(key) != 32 or not pragma.startswith("\"x'"):
            raise ValueError("a copy must be keyed with a raw 32-byte key")
        try:
            with self.reading() as conn:
                conn.execute(f"ATTACH DATABASE ? AS copy KEY {pragma}", (str(target),))
                try:
                    conn.execute("SELECT sqlcipher_export('copy')").fetchall()
                    version = schema.current_version(conn)
                    conn.execute(f"PRAGMA copy.user_version = {version}")
                    conn.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
                finally:
                    conn.execute("DETACH DATABASE copy")
            with open(target, "rb+") as f:
                os.fsync(f.fileno())
        except BaseException as exc:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            err = sort_error(exc)
            if err is exc:
                raise
            raise err from None

    def replace_key(self, new_key: bytes, new_salt: bytes) -> None:
        """Re-key by writing a copy under the new key and renaming it over the file.

        Interrupted at any moment, the path holds either the old file (old
        passphrase) or the complete new one (new passphrase); the lock is taken
        on the new file before the rename, so no other process slips in, and it
        holds the new file's (device, inode) from then on.
        """
        self._ensure_in_place()
        tmp = temp_sibling(self.path, "rekey")
        self._write_copy(tmp, new_key, new_salt)
        new_lock = CaseLock(tmp).acquire()
        try:
            check = connect(tmp, new_key)
            check.close()
            if self._main is not None:
                self._main.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._main.close()
                self._main = None
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)
        except BaseException:
            new_lock.release()
            raise
        self._lock.release()
        new_lock.path = self.path
        self._lock = new_lock
        self._key = bytearray(new_key)
        self.salt = new_salt
        self._main = connect(self.path, new_key)
        self._owner = threading.get_ident()


def _check_application(conn: Connection) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise DamagedFile("This is an encrypted database of another program, not an IOMed Desk case.")
    has_case = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'case_info'").fetchone()[0]
    if schema.current_version(conn) > 0 and not has_case:
        raise DamagedFile("This encrypted database is not an IOMed Desk case file.")


def _remove_stale_temps(path: Path) -> None:
    """A re-key or export interrupted by a crash leaves an encrypted temp file; it is useless, remove it."""
    for purpose in ("rekey", "export"):
        tmp = temp_sibling(path, purpose)
        for p in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


@contextlib.contextmanager
def _sorted_errors() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        err = sort_error(exc)
        if err is exc:
            raise
        raise err from None
