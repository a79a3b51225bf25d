"""Version 8: exhibits (issue 18, core/exhibits.py), kept apart from store/migrations.py for its size.

An exhibit is an item (kind 'exhibit', in one channel like a note) with an `exhibits` row (label, who
produced it, the session, the current revision) and immutable numbered `exhibit_files` revisions
(name, media type, size, SHA-256, the text extracted for search, the commitment its audit event
carries). The bytes are `exhibit_chunks` of 256 KiB inside the encrypted file. Destroying an exhibit
deletes its chunks and blanks its revisions' name, hash and text (the only change a revision may
undergo); the case's per-file cap is a column of `case_info`. After the termination no exhibit file
or chunk can be added.
"""

from __future__ import annotations

from iomed_desk.store.connection import Connection

V8 = """
ALTER TABLE case_info ADD COLUMN exhibit_cap INTEGER NOT NULL DEFAULT 500000000 CHECK (exhibit_cap > 0);
CREATE TABLE exhibits (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    label TEXT NOT NULL,
    produced_by TEXT NOT NULL,
    session_id TEXT REFERENCES sessions (id),
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
);
CREATE TABLE exhibit_files (
    item_id TEXT NOT NULL REFERENCES items (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    commitment TEXT NOT NULL,
    PRIMARY KEY (item_id, number)
);
CREATE TRIGGER exhibit_files_are_immutable BEFORE UPDATE ON exhibit_files
    WHEN NOT (NEW.item_id = OLD.item_id AND NEW.number = OLD.number AND NEW.commitment = OLD.commitment
              AND NEW.author = OLD.author AND NEW.created_at = OLD.created_at AND NEW.media_type = OLD.media_type
              AND NEW.name = '' AND NEW.sha256 = '' AND NEW.text = '' AND NEW.size = 0
              AND (SELECT deleted_at FROM items WHERE id = OLD.item_id) IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'an exhibit''s file is immutable: add a revision');
END;
CREATE TRIGGER exhibit_files_are_kept BEFORE DELETE ON exhibit_files
BEGIN
    SELECT RAISE(ABORT, 'an exhibit''s file revision is never deleted');
END;
CREATE TABLE exhibit_chunks (
    item_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    data BLOB NOT NULL,
    FOREIGN KEY (item_id, number) REFERENCES exhibit_files (item_id, number) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX exhibit_chunks_in_order ON exhibit_chunks (item_id, number, seq);
CREATE TRIGGER exhibit_chunks_are_immutable BEFORE UPDATE ON exhibit_chunks
BEGIN
    SELECT RAISE(ABORT, 'an exhibit''s bytes are never changed');
END;
CREATE TRIGGER exhibit_chunks_go_with_their_item BEFORE DELETE ON exhibit_chunks
    WHEN (SELECT deleted_at FROM items WHERE id = OLD.item_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'an exhibit''s bytes are removed only with the exhibit');
END;
CREATE TRIGGER frozen_exhibit_files BEFORE INSERT ON exhibit_files
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: exhibits can no longer be added, the mediation has ended');
END;
CREATE TRIGGER frozen_exhibit_chunks BEFORE INSERT ON exhibit_chunks
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: exhibits can no longer be added, the mediation has ended');
END;
"""


def v8(conn: Connection, script) -> None:  # type: ignore[no-untyped-def]
    """The tables; nothing to carry over (no file before held exhibits). Audited like the earlier steps."""
    script(V8)(conn)
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.store import audit

        audit.append(conn, datetime.now(UTC), "IOMed Desk", "case.migrate", [], {"schema": 8})
