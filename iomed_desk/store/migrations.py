"""The bodies of the numbered schema migrations: the SQL of each version and the steps that carry data over.

store/schema.py runs them (one transaction per step, the version in `PRAGMA user_version`) and pins
what each builds (`PINNED`). Never edit a released migration: add the next one; the pin tests
(tests/store/test_schema_pin.py) rebuild every version from these texts.
"""

from __future__ import annotations

from collections.abc import Callable

from iomed_desk.store import migrations_v8, migrations_v9
from iomed_desk.store.connection import Connection

_V1 = """
CREATE TABLE case_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    case_id TEXT NOT NULL,
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    rule_set TEXT NOT NULL,
    languages TEXT NOT NULL,
    status TEXT NOT NULL,
    place TEXT NOT NULL,
    created_at TEXT NOT NULL,
    format_version INTEGER NOT NULL
);
CREATE TABLE parties (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    representatives TEXT NOT NULL,
    colour TEXT NOT NULL
);
CREATE TABLE mediators (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
-- Every piece of content is an item with exactly one channel, fixed at creation.
CREATE TABLE items (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('joint', 'mediator') OR channel LIKE 'party:_%'),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX items_by_channel ON items (channel, kind, updated_at);
CREATE TRIGGER items_channel_is_fixed BEFORE UPDATE OF channel ON items
    WHEN NEW.channel IS NOT OLD.channel
BEGIN
    SELECT RAISE(ABORT, 'an item''s channel is fixed at creation');
END;
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE notes (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL,
    confidential INTEGER NOT NULL,
    on_joint_screen INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    session_id TEXT REFERENCES sessions (id)
);
CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items (id),
    target TEXT NOT NULL,
    exception TEXT,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosures_by_item ON disclosures (item_id, target) WHERE revoked_at IS NULL;
CREATE TABLE consents (
    disclosure_id TEXT NOT NULL REFERENCES disclosures (id),
    who TEXT NOT NULL,
    given_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (disclosure_id, who)
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    targets TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_is_append_only_u BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_is_append_only_d BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- Where the mediator left off (last channel, last note): inside the encrypted file, not in settings.
CREATE TABLE workspace (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Full-text index over items (rowid = items.rowid); contentless, so text is stored once.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for statement in _split(sql):
            conn.execute(statement)
    return run


def _split(sql: str) -> list[str]:
    """Split a script on `;` at the end of a line, keeping trigger bodies whole."""
    out, buf, depth = [], [], 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper == "BEGIN":
            depth += 1
        if upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            out.append("\n".join(buf))
            buf = []
    if buf:
        out.append("\n".join(buf))
    return out


# Version 2: the single negotiating text. Versions are `mediator` items, tablings live in the
# channel of their audience, positions in the channel of the party that took them.
_V2 = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    languages TEXT NOT NULL,
    created_at TEXT NOT NULL,
    working TEXT NOT NULL DEFAULT ''
);
CREATE TABLE draft_versions (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    number INTEGER NOT NULL,
    author TEXT NOT NULL,
    change_note TEXT NOT NULL,
    canonical_text TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    UNIQUE (draft_id, number)
);
CREATE TRIGGER draft_versions_are_immutable BEFORE UPDATE ON draft_versions
BEGIN
    SELECT RAISE(ABORT, 'a saved version is immutable');
END;
CREATE TABLE tablings (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    version_number INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    audience TEXT NOT NULL
);
CREATE INDEX tablings_by_version ON tablings (draft_id, version_number);
CREATE TABLE positions (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    version_number INTEGER NOT NULL,
    clause_id TEXT NOT NULL,
    party_id TEXT NOT NULL REFERENCES parties (id),
    stance TEXT NOT NULL CHECK (stance IN ('accept', 'reject', 'reserve')),
    comment TEXT NOT NULL,
    tabling_id TEXT REFERENCES tablings (item_id)
);
CREATE INDEX positions_by_version ON positions (draft_id, version_number);
CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    version_number INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    concluded_at TEXT NOT NULL,
    concluded_by TEXT NOT NULL,
    audit_head TEXT NOT NULL,
    exported_at TEXT,
    reopened_at TEXT,
    reopened_by TEXT NOT NULL DEFAULT '',
    reopen_reason TEXT NOT NULL DEFAULT ''
);
"""

# Version 3: revisions. A note's content is kept as immutable numbered revisions (the `notes` row
# holds the current one); a disclosure names the revision consented to; consents say how they were
# given and who witnessed them; a notebook disclosure names the party it came from. Each item has
# a random salt for the content commitments in its audit events, wiped when the item is destroyed.
_V3 = """
CREATE TABLE revisions (
    item_id TEXT NOT NULL REFERENCES items (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL,
    speaker TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    commitment TEXT NOT NULL,
    PRIMARY KEY (item_id, number)
);
-- Immutable, except that destroying the item wipes its text (and nothing else).
CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
    WHEN NOT (NEW.item_id = OLD.item_id AND NEW.number = OLD.number AND NEW.commitment = OLD.commitment
              AND NEW.author = OLD.author AND NEW.created_at = OLD.created_at
              AND NEW.title = '' AND NEW.body = '' AND NEW.tags = '' AND NEW.speaker = ''
              AND (SELECT deleted_at FROM items WHERE id = OLD.item_id) IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a revision is immutable');
END;
CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'a revision is never deleted');
END;
ALTER TABLE items ADD COLUMN salt BLOB;
ALTER TABLE notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disclosures ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disclosures ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN manner TEXT NOT NULL DEFAULT 'said-in-caucus';
ALTER TABLE consents ADD COLUMN witness TEXT NOT NULL DEFAULT '';
-- The text of each disclosed revision, for the searches of the audiences it was disclosed to
-- (rowid = disclosures.rowid); contentless like search_index.
CREATE VIRTUAL TABLE disclosed_index USING fts5 (
    title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _v3(conn: Connection) -> None:
    """The tables, then revision 1 of every note from its current text, with a salt per item and the
    commitment; a file's older disclosures name that revision (the only one there is). The audit
    event of the step records a digest over every (item, commitment), so `check` can re-derive it."""
    import hashlib
    import os

    from iomed_desk.core.audit import commitment

    _script(_V3)(conn)
    for (item_id,) in conn.execute("SELECT id FROM items").fetchall():
        conn.execute("UPDATE items SET salt = ? WHERE id = ?", (os.urandom(16), item_id))
    digest = hashlib.sha256()
    rows = conn.execute(
        "SELECT i.id, i.salt, i.author, i.updated_at, n.title, n.body, n.tags, n.speaker FROM items i"
        " JOIN notes n ON n.item_id = i.id WHERE i.deleted_at IS NULL ORDER BY i.id").fetchall()
    for item_id, salt, author, at, title, body, tags, speaker in rows:
        c = commitment(salt, note_content(title, body, tags, speaker))
        conn.execute("INSERT INTO revisions (item_id, number, title, body, tags, speaker, author, created_at,"
                     " commitment) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
                     (item_id, title, body, tags, speaker, author, at, c))
        digest.update(f"{item_id}:{c}\n".encode())
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.store import audit

        audit.append(conn, datetime.now(UTC), "IOMed Desk", "case.migrate", [],
                     {"schema": 3, "revisions": len(rows), "commitments": digest.hexdigest()})


def note_content(title: str, body: str, tags: str, speaker: str) -> dict[str, str]:
    """The fields of a note revision that its commitment covers, as stored."""
    return {"title": title, "body": body, "tags": tags, "speaker": speaker}


# Version 4: the case's time zone setting (core/seat.py): the IANA zone of its place, which dates
# the agreement. Empty in files from before, and for them the zone known for the place applies.
_V4 = """
ALTER TABLE case_info ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
"""

# Version 5: the signing ceremony (core/ceremony.py). One row per export of an agreement (numbered,
# with its reason when it is not the first) and one per signature of it: how the key was held, the
# identity document checked (type and at most its last 4 characters), the authority seen, the
# certificate's serial and SHA-256, the time; for paper, the witness. An export's signatures are
# never deleted; a paper signature is recorded once (its witness), when the mediator attests.
_V5 = """
CREATE TABLE exports (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    file_name TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('awaiting-paper', 'complete')),
    exported_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    previous_number INTEGER REFERENCES exports (number),
    previous_pdf_sha256 TEXT NOT NULL DEFAULT '',
    attested_at TEXT
);
CREATE TRIGGER exports_are_kept BEFORE DELETE ON exports
BEGIN
    SELECT RAISE(ABORT, 'an export is never deleted');
END;
CREATE TRIGGER exports_complete_once BEFORE UPDATE ON exports
    WHEN NOT (OLD.status = 'awaiting-paper' AND NEW.status = 'complete' AND NEW.number = OLD.number
              AND NEW.agreement_id = OLD.agreement_id AND NEW.fingerprint = OLD.fingerprint
              AND NEW.exported_at = OLD.exported_at AND NEW.reason = OLD.reason)
BEGIN
    SELECT RAISE(ABORT, 'an export is only ever completed by its attestation');
END;
CREATE TABLE signings (
    export_number INTEGER NOT NULL REFERENCES exports (number),
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    party_id TEXT NOT NULL,
    party TEXT NOT NULL,
    signatory TEXT NOT NULL,
    capacity TEXT NOT NULL,
    holding TEXT NOT NULL CHECK (holding IN ('pkcs12', 'token', 'room', 'paper')),
    id_document TEXT NOT NULL CHECK (id_document IN ('', 'passport', 'national-id', 'other')),
    id_last4 TEXT NOT NULL CHECK (length(id_last4) <= 4),
    authority TEXT NOT NULL,
    authority_detail TEXT NOT NULL,
    cert_serial TEXT NOT NULL,
    cert_sha256 TEXT NOT NULL,
    signed_at TEXT,
    witness TEXT NOT NULL DEFAULT '',
    witnessed_at TEXT,
    PRIMARY KEY (export_number, position)
);
CREATE TRIGGER signings_are_kept BEFORE DELETE ON signings
BEGIN
    SELECT RAISE(ABORT, 'a recorded signature is never deleted');
END;
CREATE TRIGGER signings_witnessed_once BEFORE UPDATE ON signings
    WHEN NOT (OLD.holding = 'paper' AND OLD.witness = '' AND NEW.witness != ''
              AND NEW.export_number = OLD.export_number AND NEW.position = OLD.position
              AND NEW.field = OLD.field AND NEW.party_id = OLD.party_id AND NEW.holding = OLD.holding
              AND NEW.id_last4 = OLD.id_last4 AND NEW.cert_sha256 = OLD.cert_sha256)
BEGIN
    SELECT RAISE(ABORT, 'a recorded signature is immutable');
END;
"""


def _v5(conn: Connection) -> None:
    """The tables, then one `exports` row (with no signer lines) per export recorded before, from its
    `agreement.export` event, so that a re-export of an agreement exported under schema 4 needs a reason."""
    import json

    _script(_V5)(conn)
    rows = conn.execute("SELECT at, targets, detail FROM audit WHERE action = 'agreement.export' ORDER BY seq"
                        ).fetchall()
    for number, (at, targets, detail) in enumerate(rows, start=1):
        agreement_id, d = json.loads(targets)[0], json.loads(detail)
        conn.execute("INSERT INTO exports (number, agreement_id, file_name, fingerprint, pdf_sha256, status,"
                     " exported_at) VALUES (?, ?, ?, ?, ?, 'complete', ?)",
                     (number, agreement_id, str(d.get("file", "")), str(d.get("fingerprint", "")),
                      str(d.get("pdf_sha256", "")), at))
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.store import audit

        audit.append(conn, datetime.now(UTC), "IOMed Desk", "case.migrate", [], {"schema": 5, "exports": len(rows)})


# Version 6: the process record (issue 16, core/process.py). The agreement to mediate (one row), the
# mediators' declarations (joint items) and each party's answer (an item in that party's channel, so
# the firewall covers an objection), attendance per session, authorities to settle, the termination
# (one row, never changed) and the closing columns (retention, closure, the destruction summary).
# Once the termination is recorded the case is frozen: the triggers refuse new content with a
# one-line reason (store/errors.py turns "refused: ..." into NotAllowed), whoever writes.
_V6 = """
CREATE TABLE agreement_to_mediate (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    manner TEXT NOT NULL CHECK (manner IN ('paper', 'digital', 'without')),
    rules TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    fees TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE TRIGGER agreement_to_mediate_is_kept BEFORE DELETE ON agreement_to_mediate
BEGIN
    SELECT RAISE(ABORT, 'refused: the agreement to mediate stays on record');
END;
CREATE TABLE declarations (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    mediator_id TEXT NOT NULL REFERENCES mediators (id),
    occasion TEXT NOT NULL CHECK (occasion IN ('appointment', 'change')),
    text TEXT NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TABLE declaration_answers (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    declaration_id TEXT NOT NULL REFERENCES declarations (item_id),
    party_id TEXT NOT NULL REFERENCES parties (id),
    answer TEXT NOT NULL CHECK (answer IN ('acknowledged', 'objected')),
    grounds TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TRIGGER declarations_are_immutable BEFORE UPDATE ON declarations
BEGIN
    SELECT RAISE(ABORT, 'refused: a declaration is never changed; record a new one');
END;
CREATE TRIGGER declaration_answers_are_immutable BEFORE UPDATE ON declaration_answers
BEGIN
    SELECT RAISE(ABORT, 'refused: an answer to a declaration is never changed; record a new one');
END;
CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('mediator', 'representative', 'counsel', 'interpreter', 'expert', 'observer')),
    party_id TEXT NOT NULL,
    language TEXT NOT NULL,
    arrived_at TEXT,
    departed_at TEXT,
    undertaking INTEGER CHECK (undertaking IN (0, 1)),
    undertaking_at TEXT,
    confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attendance_by_session ON attendance (session_id);
CREATE TABLE authorities (
    id TEXT PRIMARY KEY,
    party_id TEXT NOT NULL REFERENCES parties (id),
    representative TEXT NOT NULL,
    instrument TEXT NOT NULL CHECK (instrument IN ('full-powers', 'board-resolution', 'power-of-attorney', 'other')),
    dated TEXT NOT NULL,
    limits TEXT NOT NULL,
    detail TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE termination (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    outcome TEXT NOT NULL CHECK (outcome IN ('settled', 'partially-settled', 'not-settled', 'withdrawn',
                                             'terminated-by-mediator')),
    ended_on TEXT NOT NULL,
    grounds TEXT NOT NULL,
    withdrawn_party TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    export_number INTEGER,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    audit_head TEXT NOT NULL
);
CREATE TRIGGER termination_is_final_u BEFORE UPDATE ON termination
BEGIN
    SELECT RAISE(ABORT, 'refused: the termination of the mediation is never changed');
END;
CREATE TRIGGER termination_is_final_d BEFORE DELETE ON termination
BEGIN
    SELECT RAISE(ABORT, 'refused: the termination of the mediation is never removed');
END;
ALTER TABLE case_info ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 0 CHECK (retention_days >= 0);
ALTER TABLE case_info ADD COLUMN closed_at TEXT;
ALTER TABLE case_info ADD COLUMN destruction TEXT NOT NULL DEFAULT '';
CREATE TRIGGER frozen_notes BEFORE INSERT ON items
    WHEN NEW.kind = 'note' AND EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: notes can no longer be taken, the mediation has ended');
END;
CREATE TRIGGER frozen_items BEFORE INSERT ON items
    WHEN NEW.kind != 'note' AND EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: nothing can be added to the case, the mediation has ended');
END;
CREATE TRIGGER frozen_note_edits BEFORE UPDATE ON notes
    WHEN (NEW.title != '' OR NEW.body != '') AND EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: notes can no longer be edited, the mediation has ended');
END;
CREATE TRIGGER frozen_sessions BEFORE INSERT ON sessions
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: sessions can no longer be started, the mediation has ended');
END;
CREATE TRIGGER frozen_disclosures BEFORE INSERT ON disclosures
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: nothing can be disclosed any more, the mediation has ended');
END;
CREATE TRIGGER frozen_revocations BEFORE UPDATE ON disclosures
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: disclosures can no longer be changed, the mediation has ended');
END;
CREATE TRIGGER frozen_drafts BEFORE INSERT ON drafts
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: drafts can no longer be started, the mediation has ended');
END;
CREATE TRIGGER frozen_draft_edits BEFORE UPDATE ON drafts
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: drafts can no longer be changed, the mediation has ended');
END;
CREATE TRIGGER frozen_agreements BEFORE INSERT ON agreements
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: no agreement can be concluded any more, the mediation has ended');
END;
CREATE TRIGGER frozen_reopening BEFORE UPDATE OF reopened_at ON agreements
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: the agreement can no longer be reopened, the mediation has ended');
END;
CREATE TRIGGER frozen_attendance BEFORE INSERT ON attendance
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: attendance can no longer be recorded, the mediation has ended');
END;
CREATE TRIGGER frozen_attendance_edits BEFORE UPDATE ON attendance
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: attendance can no longer be changed, the mediation has ended');
END;
CREATE TRIGGER frozen_authorities BEFORE INSERT ON authorities
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: authorities can no longer be recorded, the mediation has ended');
END;
CREATE TRIGGER frozen_agreement_to_mediate BEFORE INSERT ON agreement_to_mediate
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: the agreement to mediate can no longer be recorded, the mediation has ended');
END;
"""


def _v6(conn: Connection) -> None:
    """The tables; a file with sessions from before (schema 5 or older) had no place to record an
    agreement to mediate, so it gets one recorded as "without", for that reason, and the step is audited."""
    _script(_V6)(conn)
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.core.clock import to_iso
        from iomed_desk.store import audit

        now = datetime.now(UTC)
        started = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        if started:
            conn.execute("INSERT INTO agreement_to_mediate (id, manner, rules, confidentiality, fees, pdf_sha256,"
                         " reason, recorded_at, recorded_by) VALUES (1, 'without', ?, '', '', '', ?, ?, ?)",
                         ("as agreed before schema 6", "Sessions were held before IOMed Desk recorded the "
                          "agreement to mediate (case file of schema 5 or older).", to_iso(now), "IOMed Desk"))
        audit.append(conn, now, "IOMed Desk", "case.migrate", [], {"schema": 6, "sessions_before": started})


# Version 7: the offers ledger and the overlap check's record (issue 17, core/offers.py). Issues with a
# unit; each offer or demand is an item (its maker's channel, or joint), never changed: a new figure is
# a new offer. A check's terms are a joint item; each round keeps only what the room was told (the
# outcome, the figure by the agreed rule, the gap's band): the limits are never written. The file
# itself refuses a round beyond the agreed number or after an overlap, and, after the termination,
# new issues and rounds.
_V7 = """
CREATE TABLE offer_issues (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL CHECK (unit IN ('amount', 'percent', 'years', 'date')),
    currency TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE offers (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    issue_id TEXT NOT NULL REFERENCES offer_issues (id),
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'demand')),
    party_id TEXT NOT NULL REFERENCES parties (id),
    to_party TEXT NOT NULL,
    session_id TEXT REFERENCES sessions (id),
    figure TEXT NOT NULL,
    terms TEXT NOT NULL,
    private INTEGER NOT NULL CHECK (private IN (0, 1)),
    made_at TEXT NOT NULL
);
CREATE INDEX offers_by_issue ON offers (issue_id, made_at);
CREATE TRIGGER offers_are_immutable BEFORE UPDATE ON offers
    WHEN NOT (NEW.item_id = OLD.item_id AND NEW.issue_id = OLD.issue_id AND NEW.kind = OLD.kind
              AND NEW.party_id = OLD.party_id AND NEW.to_party = OLD.to_party AND NEW.private = OLD.private
              AND NEW.made_at = OLD.made_at AND NEW.figure = '' AND NEW.terms = ''
              AND (SELECT deleted_at FROM items WHERE id = OLD.item_id) IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'refused: an offer is never changed; record a new one');
END;
CREATE TABLE offer_checks (
    item_id TEXT PRIMARY KEY REFERENCES items (id),
    issue_id TEXT NOT NULL REFERENCES offer_issues (id),
    ceiling_party TEXT NOT NULL REFERENCES parties (id),
    floor_party TEXT NOT NULL REFERENCES parties (id),
    rule TEXT NOT NULL CHECK (rule IN ('outcome', 'split', 'overlap-midpoint')),
    rounds INTEGER NOT NULL CHECK (rounds BETWEEN 1 AND 10),
    started_at TEXT NOT NULL,
    CHECK (ceiling_party != floor_party)
);
CREATE TRIGGER offer_checks_are_immutable BEFORE UPDATE ON offer_checks
BEGIN
    SELECT RAISE(ABORT, 'refused: the terms of an overlap check are never changed');
END;
CREATE TABLE offer_check_rounds (
    check_id TEXT NOT NULL REFERENCES offer_checks (item_id),
    number INTEGER NOT NULL CHECK (number >= 1),
    outcome TEXT NOT NULL CHECK (outcome IN ('overlap', 'gap')),
    figure TEXT NOT NULL,
    band TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (check_id, number)
);
CREATE TRIGGER offer_check_rounds_in_order BEFORE INSERT ON offer_check_rounds
    WHEN NEW.number > (SELECT rounds FROM offer_checks WHERE item_id = NEW.check_id)
      OR NEW.number != 1 + (SELECT count(*) FROM offer_check_rounds WHERE check_id = NEW.check_id)
      OR EXISTS (SELECT 1 FROM offer_check_rounds WHERE check_id = NEW.check_id AND outcome = 'overlap')
BEGIN
    SELECT RAISE(ABORT, 'refused: no more rounds of this check (the agreed number is used up, or it found an overlap)');
END;
CREATE TRIGGER offer_check_rounds_are_kept_u BEFORE UPDATE ON offer_check_rounds
BEGIN
    SELECT RAISE(ABORT, 'refused: a round of an overlap check is never changed');
END;
CREATE TRIGGER offer_check_rounds_are_kept_d BEFORE DELETE ON offer_check_rounds
BEGIN
    SELECT RAISE(ABORT, 'refused: a round of an overlap check is never removed');
END;
CREATE TRIGGER frozen_offer_issues BEFORE INSERT ON offer_issues
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: issues can no longer be added, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_check_rounds BEFORE INSERT ON offer_check_rounds
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: no overlap check can run any more, the mediation has ended');
END;
"""


def _v7(conn: Connection) -> None:
    """The tables; nothing to carry over (no file before held offers). Audited like the earlier steps."""
    _script(_V7)(conn)
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.store import audit

        audit.append(conn, datetime.now(UTC), "IOMed Desk", "case.migrate", [], {"schema": 7})


# Version 8: exhibits (issue 18); its SQL lives in store/migrations_v8.py.
_V8 = migrations_v8.V8


def _v8(conn: Connection) -> None:
    migrations_v8.v8(conn, _script)


# Version 9: the termination freeze covers offers and exhibits (store/migrations_v9.py).
_V9 = migrations_v9.V9


def _v9(conn: Connection) -> None:
    migrations_v9.v9(conn, _script)


MIGRATIONS: list[Callable[[Connection], None]] = [_script(_V1), _script(_V2), _v3, _script(_V4), _v5, _v6, _v7,
                                                  _v8, _v9]
