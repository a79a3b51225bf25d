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

from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import ConsentManner
from iomed_desk.store.keys import derive_key, read_salt
from tests.conftest import new_case_spec

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
    """Put back whichever of the two triggers is missing, exactly as IOMed Desk wrote it (the schema
    then matches again)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for statement in AUDIT_TRIGGERS.strip().split("END;"):
        name = statement.split()[2] if statement.strip() else ""
        if name and name not in present:
            conn.execute(statement + "END;")


def busy_case(path: Path, passphrase: str) -> dict[str, str]:
    """A closed case with every kind of note and disclosure event: created, edited, disclosed,
    re-disclosed, revoked, deleted, flags changed; returns the ids the attacks aim at."""
    s = create_case(path, passphrase, new_case_spec())
    try:
        a, b, c = s.case.parties
        offer = s.take_note(a.channel, "Offer", "A can accept 5M").created_id or ""
        first = s.disclose(offer, Audience.party(b.id), [f"party:{a.id}"], given_by={f"party:{a.id}": "Ann"},
                           manner=ConsentManner.IN_WRITING, witness="Co-mediator").created_id or ""
        s.edit_note(offer, body="A can accept 5M. Bottom line 3M.")
        s.edit_note(offer, body="A can accept 4M.")
        second = s.disclose(offer, Audience.joint(), [f"party:{a.id}"]).created_id or ""
        s.revoke_disclosure(first, "withdrawn")
        gone = s.take_note(c.channel, "Gone", "to be destroyed").created_id or ""
        s.edit_note(gone, body="destroyed soon")
        s.delete_note(gone)
        joint = s.take_note(Channel.joint(), "Agenda", "1. Berth works").created_id or ""
        s.edit_note(joint, on_joint_screen=True)  # flags only: no revision
        return {"offer": offer, "first": first, "second": second, "gone": gone, "joint": joint,
                "a": a.id, "b": b.id}
    finally:
        s.close()
