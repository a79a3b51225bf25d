"""Opening one SQLCipher connection the way every connection must be opened (DESIGN.md section 4).

Key first; then the security and durability PRAGMAs, each asserted; SQLCipher's
own logging silenced so nothing about the file reaches stderr.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from iomed_desk.core.errors import WrongPassphrase
from iomed_desk.store.errors import sort_error
from iomed_desk.store.keys import raw_key_pragma

Connection = sqlcipher3.Connection
BUSY_TIMEOUT_MS = 3000
_silenced = threading.Lock()
_is_silenced = False


def silence_sqlcipher_logging() -> None:
    """SQLCipher logs HMAC failures and the like to stderr by default; turn that off once per process."""
    global _is_silenced
    with _silenced:
        if _is_silenced:
            return
        c = sqlcipher3.connect(":memory:")
        try:
            c.execute("PRAGMA cipher_log_level = NONE").fetchall()
            c.execute("PRAGMA cipher_log = off").fetchall()
        finally:
            c.close()
        _is_silenced = True


def _uri(path: Path, create: bool) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={'rwc' if create else 'rw'}"


def connect(path: Path, key: bytes, *, salt: bytes | None = None, create: bool = False) -> Connection:
    """A keyed, verified, configured connection; `WrongPassphrase` if the key does not open the file.

    With `create`, `salt` fixes the new file's salt (the one the key was derived with).
    """
    silence_sqlcipher_logging()
    try:
        conn = sqlcipher3.connect(_uri(path, create), uri=True, isolation_level=None,
                                  timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    except sqlcipher3.Error as exc:
        raise sort_error(exc, opening=True) from None
    try:
        conn.execute(f"PRAGMA key = {raw_key_pragma(key, salt if create else None)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            err = sort_error(exc, opening=True)
            raise (err if err is not exc else WrongPassphrase()) from None
        configure(conn)
        return conn
    except BaseException:
        conn.close()
        raise


#: SQLite's page cache per connection, in KiB when negative: 64 MiB holds the hot part of a
#: 100,000-note case's index and tables (measured in docs/benchmarks.md)
CACHE_KIB = 65536
#: SQLite's own checkpoint inside a commit, in WAL pages (4,000 pages, 16 MiB): only a safety net.
#: The idle-maintenance worker checkpoints every few commits on its own thread (store/maintenance.py);
#: at SQLite's default of 1,000 the save that crosses it copies the pages and syncs the file, which
#: was the whole p99 of a save at 100,000 notes (docs/benchmarks.md)
AUTOCHECKPOINT_PAGES = 4000


def configure(conn: Connection) -> None:
    """The PRAGMAs of DESIGN.md section 4, each checked, because a silent no-op here leaks plaintext.

    `cipher_memory_security` is left OFF, SQLCipher's own default since 4.5: it mlock()s and wipes
    every allocation SQLite makes, which cost 2-3x on every query, while the decrypted pages sit in
    the page cache for as long as the case is open anyway (docs/security.md says what guards them).
    """
    expect = {
        "cipher_memory_security": ("OFF", "0"),
        "temp_store": ("MEMORY", 2),
        "secure_delete": ("ON", 1),
        "foreign_keys": ("ON", 1),
        "journal_mode": ("WAL", "wal"),
        "synchronous": ("FULL", 2),
        "cache_size": (str(-CACHE_KIB), -CACHE_KIB),
        "wal_autocheckpoint": (str(AUTOCHECKPOINT_PAGES), AUTOCHECKPOINT_PAGES),
    }
    for name, (value, wanted) in expect.items():
        got = conn.execute(f"PRAGMA {name} = {value}").fetchall()
        actual = got[0][0] if got else conn.execute(f"PRAGMA {name}").fetchone()[0]
        if actual != wanted:
            raise RuntimeError(f"PRAGMA {name} is {actual!r}, expected {wanted!r}")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def assert_secure(conn: Connection) -> None:
    """Re-read the settings that keep plaintext off the disk; used after open and by tests."""
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2, "temp_store must be MEMORY"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
