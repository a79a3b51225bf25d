"""Issue 12, hole 3: a case file is no longer trusted as it stands.

An attacker who holds the passphrase (a backup holder, a co-mediator) edits a real case file with
sqlcipher3 alone, as docs/case-file.md tells anyone how to. Each attack must be refused at open
(an object IOMed Desk did not create: the schema is pinned) or reported by `check` (a row without
its event, an event without its row, a commitment that no longer matches).

Then the rollbacks, which the file cannot reveal by itself: the case swapped for its older backup;
the newest events cut off together with the rows they made; and a whole rewrite, the chain
recomputed from the edited event on. Each must be flagged by the head held outside the file, by
the window (the head remembered in the settings) and by `check --expect-head`.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from iomed_desk.app.opening import check_case, unlock
from iomed_desk.core.audit import commitment, event_hash
from iomed_desk.core.errors import AlteredSchema
from iomed_desk.gui import anchors, messages
from iomed_desk.gui.settings import Settings
from iomed_desk.store import schema
from iomed_desk.store.schema import note_content
from tests.attacker import busy_case, restore_audit_triggers, tampering
from tests.conftest import PASSPHRASE
from tests.reliability.helpers import figure, python

Conn = sqlcipher3.Connection
Ids = dict[str, str]
NOW = "2026-01-01T00:00:00.000000+00:00"


def _trigger(name: str) -> str:
    """The SQL of one of IOMed Desk's own triggers, as its migration wrote it."""
    text = schema._V1 + schema._V2 + schema._V3
    body = text.split(f"CREATE TRIGGER {name}", 1)[1].split("END;", 1)[0]
    return f"CREATE TRIGGER {name}{body}END;"


def _drop_delete_restore_audit(conn: Conn, after: int, restore: bool) -> None:
    conn.execute("DROP TRIGGER audit_is_append_only_d")
    conn.execute("DROP TRIGGER audit_is_append_only_u")
    conn.execute("DELETE FROM audit WHERE seq > ?", (after,))
    if restore:
        restore_audit_triggers(conn)


def _seq_of(conn: Conn, action: str, target: str) -> int:
    return conn.execute("SELECT seq FROM audit WHERE action = ? AND targets LIKE ?",
                        (action, f'["{target}"%')).fetchone()[0]


def _rewrite_revision(conn: Conn, ids: Ids) -> None:
    (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
    conn.execute("DROP TRIGGER revisions_are_immutable")
    conn.execute("UPDATE revisions SET body = '1. Nothing', commitment = ? WHERE item_id = ?",
                 (commitment(salt, note_content("Agenda", "1. Nothing", "", "")), ids["joint"]))
    conn.execute("UPDATE notes SET body = '1. Nothing' WHERE item_id = ?", (ids["joint"],))
    conn.execute(_trigger("revisions_are_immutable"))


def _add_revision(conn: Conn, ids: Ids) -> None:
    (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
    c = commitment(salt, note_content("Agenda", "2. Forged", "", ""))
    conn.execute("INSERT INTO revisions VALUES (?, 2, 'Agenda', '2. Forged', '', '', 'x', ?, ?)",
                 (ids["joint"], NOW, c))
    conn.execute("UPDATE notes SET body = '2. Forged', revision = 2 WHERE item_id = ?", (ids["joint"],))


def _add_note(conn: Conn, ids: Ids) -> None:
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES ('n-forged', 'note', 'joint', 'mediator:m1', ?, ?, x'00')", (NOW, NOW))
    conn.execute("INSERT INTO notes (item_id, title, body, tags, confidential, on_joint_screen, speaker)"
                 " VALUES ('n-forged', 'Forged', 'B accepts', '', 0, 0, '')")
    conn.execute("INSERT INTO revisions VALUES ('n-forged', 1, 'Forged', 'B accepts', '', '', 'mediator:m1', ?, ?)",
                 (NOW, commitment(b"\0", note_content("Forged", "B accepts", "", ""))))


def _forged_disclosure(conn: Conn, ids: Ids) -> None:
    conn.execute("INSERT INTO disclosures (id, item_id, target, note, created_at, revision) VALUES"
                 " ('d-forged', ?, ?, '', ?, 2)", (ids["offer"], f"party:{ids['b']}", NOW))
    conn.execute("INSERT INTO consents (disclosure_id, who, given_by, recorded_at) VALUES ('d-forged', ?, '', ?)",
                 (f"party:{ids['a']}", NOW))


ATTACKS: list[tuple[str, Callable[[Conn, Ids], None]]] = [
    ("trigger: copy every new caucus note to joint as a disclosure", lambda c, i: c.execute(
        "CREATE TRIGGER leak AFTER INSERT ON notes BEGIN INSERT INTO disclosures (id, item_id, target, note,"
        " created_at, revision) VALUES ('d-' || NEW.item_id, NEW.item_id, 'joint', '', datetime('now'), 1); END")),
    ("trigger: copy every new revision into a side table", lambda c, i: (
        c.execute("CREATE TABLE loot (body TEXT)"),
        c.execute("CREATE TRIGGER copy AFTER INSERT ON revisions BEGIN INSERT INTO loot VALUES (NEW.body); END"))),
    ("trigger: blank each new audit event's detail", lambda c, i: c.execute(
        "CREATE TRIGGER quiet AFTER INSERT ON audit BEGIN SELECT 1; END")),
    ("view over every caucus note", lambda c, i: c.execute(
        "CREATE VIEW everything AS SELECT i.channel, n.title, n.body FROM notes n JOIN items i ON i.id = n.item_id")),
    ("index added to the notes", lambda c, i: c.execute("CREATE INDEX notes_by_body ON notes (body)")),
    ("append-only trigger dropped", lambda c, i: c.execute("DROP TRIGGER audit_is_append_only_d")),
    ("append-only trigger rewritten to allow deletes", lambda c, i: (
        c.execute("DROP TRIGGER audit_is_append_only_d"),
        c.execute("CREATE TRIGGER audit_is_append_only_d BEFORE DELETE ON audit BEGIN SELECT 1; END"))),
    ("newest audit events deleted, append-only triggers left dropped",
     lambda c, i: _drop_delete_restore_audit(c, _seq_of(c, "disclosure.create", i["second"]), restore=False)),
    ("a note's body changed", lambda c, i: c.execute(
        "UPDATE notes SET body = 'A can accept 1M' WHERE item_id = ?", (i["offer"],))),
    ("a note's title changed", lambda c, i: c.execute(
        "UPDATE notes SET title = 'Nothing here' WHERE item_id = ?", (i["joint"],))),
    ("a revision rewritten, its commitment recomputed from the salt", _rewrite_revision),
    ("a revision added directly", _add_revision),
    ("a note added directly", _add_note),
    ("a disclosure row added with no audit event", _forged_disclosure),
    ("a disclosure pointed at a later revision", lambda c, i: c.execute(
        "UPDATE disclosures SET revision = 2 WHERE id = ?", (i["second"],))),
    ("a disclosure's target changed", lambda c, i: c.execute(
        "UPDATE disclosures SET target = ? WHERE id = ?", (f"party:{i['b']}", i["second"]))),
    ("a consent added", lambda c, i: c.execute(
        "INSERT INTO consents (disclosure_id, who, given_by, recorded_at) VALUES (?, ?, '', ?)",
        (i["second"], f"party:{i['b']}", NOW))),
    ("a consent's witness and manner changed", lambda c, i: c.execute(
        "UPDATE consents SET witness = 'nobody', manner = 'signed-on-screen' WHERE disclosure_id = ?", (i["first"],))),
    ("a revocation undone", lambda c, i: c.execute(
        "UPDATE disclosures SET revoked_at = NULL WHERE id = ?", (i["first"],))),
    ("a disclosure row removed", lambda c, i: (
        c.execute("DELETE FROM consents WHERE disclosure_id = ?", (i["second"],)),
        c.execute("DELETE FROM disclosures WHERE id = ?", (i["second"],)))),
    ("a deleted note brought back", lambda c, i: c.execute(
        "UPDATE items SET deleted_at = NULL WHERE id = ?", (i["gone"],))),
    ("newest audit events deleted, append-only triggers restored exactly",
     lambda c, i: _drop_delete_restore_audit(c, _seq_of(c, "disclosure.create", i["second"]), restore=True)),
]


def _outcome(path: Path) -> str:
    try:
        session = unlock(path, PASSPHRASE)
    except AlteredSchema:
        return "refused at open"
    session.close()
    return "reported by check" if check_case(path, PASSPHRASE).problems else "undetected"


def test_injected_objects_and_direct_edits_are_refused_or_reported(tmp_path: Path) -> None:
    outcomes: dict[str, str] = {}
    for n, (name, attack) in enumerate(ATTACKS):
        path = tmp_path / f"attack-{n}.iomed"
        ids = busy_case(path, PASSPHRASE)
        assert not check_case(path, PASSPHRASE).problems
        with tampering(path, PASSPHRASE) as conn:
            attack(conn, ids)
        outcomes[name] = _outcome(path)
    detected = [k for k, v in outcomes.items() if v != "undetected"]
    at_open = sum(v == "refused at open" for v in outcomes.values())
    figure("record.attacks", "injected trigger/view/row attacks detected at open or by check",
           f"{len(detected)}/{len(ATTACKS)}", f"{len(ATTACKS)}/{len(ATTACKS)}", len(detected) == len(ATTACKS),
           refused_at_open=at_open, reported_by_check=len(detected) - at_open,
           undetected=[k for k, v in outcomes.items() if v == "undetected"])
    assert len(detected) == len(ATTACKS), outcomes
    assert all(outcomes[name] == "refused at open" for name, _ in ATTACKS[:8]), outcomes


# -- rollbacks ---------------------------------------------------------------------------------------

def _swap_for_older_backup(path: Path, ids: Ids, tmp: Path) -> None:
    shutil.copy(tmp / "backup.iomed", path)


def _cut_newest_events_and_their_rows(path: Path, ids: Ids, tmp: Path) -> None:
    """A consistent older state: the joint note and its two events gone, every trigger as it was."""
    with tampering(path, PASSPHRASE) as conn:
        rowid = conn.execute("SELECT rowid FROM items WHERE id = ?", (ids["joint"],)).fetchone()[0]
        _drop_delete_restore_audit(conn, _seq_of(conn, "note.create", ids["joint"]) - 1, restore=True)
        conn.execute("DROP TRIGGER revisions_are_kept")
        conn.execute("DELETE FROM revisions WHERE item_id = ?", (ids["joint"],))
        conn.execute(_trigger("revisions_are_kept"))
        conn.execute("DELETE FROM notes WHERE item_id = ?", (ids["joint"],))
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        conn.execute("DELETE FROM items WHERE id = ?", (ids["joint"],))


def _rewrite_history_consistently(path: Path, ids: Ids, tmp: Path) -> None:
    """Everything an attacker with the passphrase can recompute: the text, its commitment, the event
    that carries it, and every hash of the chain from there on."""
    with tampering(path, PASSPHRASE) as conn:
        (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
        forged = commitment(salt, note_content("Agenda", "1. B concedes the berth", "", ""))
        conn.execute("DROP TRIGGER revisions_are_immutable")
        conn.execute("UPDATE revisions SET body = '1. B concedes the berth', commitment = ? WHERE item_id = ?",
                     (forged, ids["joint"]))
        conn.execute(_trigger("revisions_are_immutable"))
        conn.execute("UPDATE notes SET body = '1. B concedes the berth' WHERE item_id = ?", (ids["joint"],))
        conn.execute("DROP TRIGGER audit_is_append_only_u")
        start = _seq_of(conn, "note.create", ids["joint"])
        rows = conn.execute("SELECT seq, at, actor, action, targets, detail FROM audit WHERE seq >= ? ORDER BY seq",
                            (start,)).fetchall()
        (prev,) = conn.execute("SELECT hash FROM audit WHERE seq = ?", (start - 1,)).fetchone()
        for seq, at, actor, action, targets, detail in rows:
            d = json.loads(detail)
            if seq == start:
                d["commitment"] = forged
            digest = event_hash(seq, at, actor, action, json.loads(targets), d, prev)
            conn.execute("UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                         (json.dumps(d, ensure_ascii=False, sort_keys=True), prev, digest, seq))
            prev = digest
        restore_audit_triggers(conn)


ROLLBACKS = [
    ("the case swapped for its older backup", _swap_for_older_backup),
    ("the newest events cut off with the rows they made", _cut_newest_events_and_their_rows),
    ("history rewritten and the chain recomputed", _rewrite_history_consistently),
]


def _window_flags(path: Path, settings: Settings) -> bool:
    """What the window does on open: warned (and the mediator keeps it closed)."""
    session = unlock(path, PASSPHRASE)
    shown = len(messages.shown)
    messages.set_next_answer(messages.Button.Close)
    try:
        kept_closed = not anchors.confirm(None, settings, session)
    finally:
        session.close()
        messages._next_answers.clear()
    return kept_closed and len(messages.shown) == shown + 1


def test_rollbacks_are_flagged_by_the_heads_held_outside(tmp_path: Path, qapp: QApplication) -> None:
    results: dict[str, dict[str, bool]] = {}
    for n, (name, rollback) in enumerate(ROLLBACKS):
        folder = tmp_path / f"rollback-{n}"
        folder.mkdir()
        path = folder / "case.iomed"
        ids = busy_case(path, PASSPHRASE)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        s = unlock(path, PASSPHRASE)
        s.backup(folder / "backup.iomed")
        s.backup(folder / "later-backup.iomed")  # an event the first backup lacks (and no rows)
        anchors.remember(settings, s)  # what the window keeps when the session ends
        held = s.head()
        s.close()
        rollback(path, ids, folder)
        cli = python("-m", "iomed_desk", "check", str(path), "--expect-head", str(held), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
        results[name] = {
            "window": _window_flags(path, settings),
            "cli": cli.returncode == 1 and "does not contain the expected head" in cli.stderr,
            "check_alone": bool(check_case(path, PASSPHRASE).problems),
        }
    flagged = [k for k, r in results.items() if r["window"] and r["cli"]]
    figure("rollback.flagged", "rollback to an older backup (or a truncated or rewritten history) flagged by the "
           "head held outside the file: window and check --expect-head", f"{len(flagged)}/{len(ROLLBACKS)}",
           f"{len(ROLLBACKS)}/{len(ROLLBACKS)}", len(flagged) == len(ROLLBACKS),
           caught_by_check_alone=[k for k, r in results.items() if r["check_alone"]])
    assert len(flagged) == len(ROLLBACKS), results
    # what the file cannot prove by itself: a consistent rewrite passes check; only the anchor catches it
    assert not results["history rewritten and the chain recomputed"]["check_alone"]
