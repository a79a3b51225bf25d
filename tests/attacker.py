"""An attacker who holds the passphrase: opens a case file with sqlcipher3 alone and edits it.

This is what a backup holder or a co-mediator could do with any SQLCipher 4 client (the recipe is
in docs/case-file.md); the tests use it to check that such edits are refused at open or reported
by `check`, not trusted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from iomed_desk.store.keys import derive_key, read_salt

# The append-only triggers of the audit table, as IOMed Desk creates them (schema 1).
AUDIT_TRIGGERS = """
CREATE TRIGGER audit_is_append_only_u BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_is_append_only_d BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
"""


@contextlib.contextmanager
def tampering(path: Path, passphrase: str) -> Iterator[sqlcipher3.Connection]:
    """A plain connection to the case file under its key, in autocommit mode; checkpointed on exit so
    the change is in the file itself, as a copied file would carry it."""
    key = derive_key(passphrase, read_salt(path))
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def restore_audit_triggers(conn: sqlcipher3.Connection) -> None:
    """Put back the two triggers exactly as IOMed Desk wrote them (the schema then matches again)."""
    for statement in AUDIT_TRIGGERS.strip().split("END;"):
        if statement.strip():
            conn.execute(statement + "END;")
