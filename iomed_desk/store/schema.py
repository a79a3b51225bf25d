"""Numbered schema migrations; the version lives in `PRAGMA user_version`.

Each migration runs in one transaction at open. A file from a newer version
is refused, never touched. Never edit a released migration: add the next one.
The schema each version builds is pinned by a fingerprint (`PINNED`, store/schema_pin.py):
a file whose objects differ from its version's is refused before it is read or migrated.
"""

from __future__ import annotations

from iomed_desk.core.errors import NewerSchema
from iomed_desk.store import schema_pin
from iomed_desk.store.connection import Connection
from iomed_desk.store.migrations import (  # noqa: F401 (the migration texts, read by tests)
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _V6,
    _V7,
    _V8,
    _V9,
    MIGRATIONS,
    note_content,
)

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Connection) -> int:
    version = current_version(conn)
    if version > len(MIGRATIONS):
        raise NewerSchema(
            f"This case file was written by a newer version of IOMed Desk (schema {version}; "
            f"this version reads up to {len(MIGRATIONS)}). Update IOMed Desk to open it.")
    return version


#: SHA-256 of the normalised schema of each version (store/schema_pin.py), as the migrations build it.
#: A released version's value never changes: tests/store/test_schema_pin.py rebuilds each one.
PINNED: dict[int, str] = {
    0: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    1: "2d2aa9d8b5bf7630ad117a3b86bb5b38c4b72b38ab2287639028b4bdf3cbc470",
    2: "17fc4e84ec0387c49f17d72720d6040f5df5a0a6b2220f744c698f2d7df658ba",
    3: "e1a8b9d7e6ca0517119efb23d2f50639ccc84c0519696819bd5637def389acab",
    4: "ae9faf8aa26c10de6d483011354602796986cbb46774df1082a31349555cac1a",
    5: "9c2e54c55608d7703bfa7e3328b0ee8589c79ed36efb930e286de97b89068c71",
    6: "cb937c8492c7b41243852da03f9d14af1973d2b7dce8e4a679a68ac463fce934",
    7: "711c790d5125f06bc865ba3b7f0f06b6f7371f4548b52b844dbd41074de711ae",
    8: "8543de7c629e251934a487fa00bc92188e1b181ac5cd6dde04353c46addeb564",
    9: "52966cc2b8784b3e176654150aa608e54a35bc717eb33057c99f143dad991241",
}


def _built(version: int) -> Connection:
    """An empty in-memory database brought to `version` by the migrations (to name what a file lacks)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrate(conn, upto=version, pinned=False)
    return conn


def check_pinned(conn: Connection, version: int) -> None:
    """`AlteredSchema` unless the file's objects are exactly those of `version` (before any read)."""
    schema_pin.check(conn, version, PINNED[version], _built)


def migrate(conn: Connection, *, upto: int | None = None, pinned: bool = True) -> int:
    """Bring the file up to date (or to `upto`), one transaction per step. Returns the version.

    With `pinned`, the file's schema must be exactly that of its version before the first step
    (so a file carrying an injected trigger is refused, not migrated) and of the new version after.
    """
    version = check_not_newer(conn)
    target = len(MIGRATIONS) if upto is None else upto
    if pinned:
        check_pinned(conn, version)
    start = version
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    if pinned and version != start:
        check_pinned(conn, version)
    return version
