"""`check` and exhibits (issue 18): every live file revision's commitment against its event, every
revision's bytes against its SHA-256, every destroyed exhibit against `exhibit.delete`, both ways.

Each attack is made as someone holding the passphrase would, with sqlcipher3 alone
(tests/attacker.py), leaving the schema exactly as IOMed Desk wrote it (a trigger dropped for the
edit is put back word for word), so the file opens and its pages, structure and chain are intact.
The oracle for "the bytes" is hashlib over the file the mediator imported, not the code's view.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from iomed_desk.app import process_record
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.opening import check_case, create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.exhibits import CHUNK
from iomed_desk.store import schema
from tests.attacker import tampering
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE, new_case_spec

BYTES = "its bytes do not match its SHA-256 (changed outside IOMed Desk)"
COMMITTED = "its name, size or SHA-256 differs from its audit event's commitment (changed outside IOMed Desk)"


def _trigger(name: str) -> str:
    """The trigger as schema 8 wrote it, to put back after the edit."""
    return f"CREATE TRIGGER {name}" + schema._V8.split(f"CREATE TRIGGER {name}", 1)[1].split("END;", 1)[0] + "END;"


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, bytes]]:
    """A caucus exhibit of three chunks revised once, a joint one exported, a notebook one deleted."""
    path = tmp_path / "case.iomed"
    src = tmp_path / "src"
    src.mkdir()
    files = {"c1": b"Concession map, first draft. " * 20_000, "c2": b"Concession map, second draft. " * 22_000,
             "j1": b"Joint chronology of events.\n" * 50, "m1": b"My own reading list.\n" * 30}
    for name, data in files.items():
        (src / f"{name}.txt").write_bytes(data)
    assert len(files["c2"]) > 2 * CHUNK
    s = create_case(path, PASSPHRASE, new_case_spec(parties=2), clock=FakeClock(datetime(2026, 5, 4, 1, tzinfo=UTC)))
    try:
        process_record.record_agreement_to_mediate(s, "paper")
        a = s.case.parties[0].id
        desk = exhibits_desk(s)
        caucus = desk.import_file(src / "c1.txt", Channel.party(a), label="C-1").created_id or ""
        desk.revise(caucus, src / "c2.txt")
        joint = desk.import_file(src / "j1.txt", Channel.joint(), label="J-1").created_id or ""
        desk.export(joint, tmp_path / "out.txt", Audience.joint())
        gone = desk.import_file(src / "m1.txt", Channel.mediator(), label="M-1").created_id or ""
        desk.delete(gone)
        assert s.check().ok
    finally:
        s.close()
    return path, {"caucus": caucus, "joint": joint, "gone": gone}, files


def problems(path: Path) -> list[str]:
    return list(check_case(path, PASSPHRASE).problems)


def test_an_untouched_case_checks_ok_and_the_rows_hold_the_imported_hashes(case) -> None:  # type: ignore[no-untyped-def]
    path, ids, files = case
    assert problems(path) == []
    with tampering(path, PASSPHRASE) as conn:
        held = dict(((r[0], r[1]), r[2]) for r in conn.execute("SELECT item_id, number, sha256 FROM exhibit_files"))
    assert held[(ids["caucus"], 1)] == hashlib.sha256(files["c1"]).hexdigest()
    assert held[(ids["caucus"], 2)] == hashlib.sha256(files["c2"]).hexdigest()
    assert held[(ids["joint"], 1)] == hashlib.sha256(files["j1"]).hexdigest()


def test_a_chunk_changed_under_a_dropped_trigger_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    """One byte of the middle chunk of the current revision: the row, its commitment and the chain are
    untouched, only the bytes differ; `iomed-desk check` exits 1 naming the exhibit."""
    path, ids, files = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER exhibit_chunks_are_immutable")
        (data,) = conn.execute("SELECT data FROM exhibit_chunks WHERE item_id = ? AND number = 2 AND seq = 1",
                               (ids["caucus"],)).fetchone()
        assert bytes(data) == files["c2"][CHUNK:2 * CHUNK]  # the oracle: the imported file's second chunk
        changed = bytes(data).replace(b"second", b"SECOND", 1)
        conn.execute("UPDATE exhibit_chunks SET data = ? WHERE item_id = ? AND number = 2 AND seq = 1",
                     (changed, ids["caucus"]))
        conn.execute(_trigger("exhibit_chunks_are_immutable"))
    assert problems(path) == [f"exhibit C-1 ({ids['caucus']}) revision 2: {BYTES}"]
    res = cli("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert res.returncode == 1 and ids["caucus"] in res.stdout + res.stderr


def test_a_chunk_of_an_older_revision_removed_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    path, ids, _ = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER exhibit_chunks_go_with_their_item")
        conn.execute("DELETE FROM exhibit_chunks WHERE item_id = ? AND number = 1 AND seq = 0", (ids["caucus"],))
        conn.execute(_trigger("exhibit_chunks_go_with_their_item"))
    assert problems(path) == [f"exhibit C-1 ({ids['caucus']}) revision 1: its chunks are not numbered 0 to n "
                              "(changed outside IOMed Desk)"]


def test_a_revision_s_sha256_changed_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    path, ids, _ = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER exhibit_files_are_immutable")
        conn.execute("UPDATE exhibit_files SET sha256 = ? WHERE item_id = ? AND number = 1",
                     (hashlib.sha256(b"another file").hexdigest(), ids["joint"]))
        conn.execute(_trigger("exhibit_files_are_immutable"))
    assert problems(path) == [f"exhibit J-1 ({ids['joint']}) revision 1: {COMMITTED}",
                              f"exhibit J-1 ({ids['joint']}) revision 1: {BYTES}",
                              f"exhibit J-1 ({ids['joint']}): audit event 0 exported revision 1 with another SHA-256"
                              .replace("audit event 0", f"audit event {_export_seq(path)}")]


def _export_seq(path: Path) -> int:
    with tampering(path, PASSPHRASE) as conn:
        return int(conn.execute("SELECT seq FROM audit WHERE action = 'exhibit.export'").fetchone()[0])


def test_a_whole_file_swapped_with_its_hash_and_size_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    """The attacker replaces the joint exhibit's bytes and sets the row's size and SHA-256 to match them:
    the bytes agree with the row, but not with the commitment in the chained `exhibit.create` event."""
    path, ids, _ = case
    other = b"A different chronology.\n" * 40
    with tampering(path, PASSPHRASE) as conn:
        for name in ("exhibit_files_are_immutable", "exhibit_chunks_are_immutable"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE exhibit_chunks SET data = ? WHERE item_id = ? AND number = 1 AND seq = 0",
                     (other, ids["joint"]))
        conn.execute("UPDATE exhibit_files SET sha256 = ?, size = ? WHERE item_id = ? AND number = 1",
                     (hashlib.sha256(other).hexdigest(), len(other), ids["joint"]))
        for name in ("exhibit_files_are_immutable", "exhibit_chunks_are_immutable"):
            conn.execute(_trigger(name))
    found = problems(path)
    assert f"exhibit J-1 ({ids['joint']}) revision 1: {COMMITTED}" in found
    assert not any(BYTES in p for p in found)


def test_an_exhibit_removed_without_its_event_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    """Every row of the caucus exhibit removed (its chunks, revisions, row and item): its events remain."""
    path, ids, _ = case
    with tampering(path, PASSPHRASE) as conn:
        (seq,) = conn.execute("SELECT min(seq) FROM audit WHERE action = 'exhibit.create' AND targets = ?",
                              (f'["{ids["caucus"]}"]',)).fetchone()
        for name in ("exhibit_files_are_kept", "exhibit_chunks_go_with_their_item"):
            conn.execute(f"DROP TRIGGER {name}")
        (rowid,) = conn.execute("SELECT rowid FROM items WHERE id = ?", (ids["caucus"],)).fetchone()
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        for table in ("exhibit_chunks", "exhibit_files", "exhibits"):
            conn.execute(f"DELETE FROM {table} WHERE item_id = ?", (ids["caucus"],))
        conn.execute("DELETE FROM items WHERE id = ?", (ids["caucus"],))
        for name in ("exhibit_files_are_kept", "exhibit_chunks_go_with_their_item"):
            conn.execute(_trigger(name))
    assert problems(path) == [f"audit event {seq} records exhibit {ids['caucus']}, which is not in the file"]


def test_an_exhibit_destroyed_without_its_event_is_reported(case) -> None:  # type: ignore[no-untyped-def]
    """What deleting does (store/exhibits.delete), done outside IOMed Desk: no `exhibit.delete` event."""
    path, ids, _ = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE items SET deleted_at = '2026-05-04T02:00:00.000000+00:00', salt = NULL WHERE id = ?",
                     (ids["caucus"],))
        conn.execute("DELETE FROM exhibit_chunks WHERE item_id = ?", (ids["caucus"],))
        conn.execute("UPDATE exhibit_files SET name = '', sha256 = '', text = '', size = 0 WHERE item_id = ?",
                     (ids["caucus"],))
    assert problems(path) == [f"exhibit C-1 ({ids['caucus']}) is destroyed, but no audit event destroyed it"]


def test_a_destroyed_exhibit_keeps_no_bytes(case) -> None:  # type: ignore[no-untyped-def]
    """A chunk slipped back under a deleted exhibit (its trigger lets deletes through only)."""
    path, ids, files = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO exhibit_chunks (item_id, number, seq, data) VALUES (?, 1, 0, ?)",
                     (ids["gone"], files["m1"]))
    assert problems(path) == [f"exhibit M-1 ({ids['gone']}) is destroyed, but its bytes were kept"]
