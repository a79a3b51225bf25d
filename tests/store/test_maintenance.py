"""Merging out of the save (issue 15): a save adds a segment and merges nothing; after an idle
spell a worker thread, not the saving one, merges the index and checkpoints the WAL; answers
and the index's integrity are the same after; closing waits for the worker. Plus the settings
every connection runs with.

The segment count is read from the FTS5 structure record as fts5_index.c documents its
layout (a 4-byte cookie, the 4-byte marker FF 00 00 01 of the version-2 structure that
contentless_delete uses, then varints: levels, segments), not through the code under test.
"""

from __future__ import annotations

import threading
import time

import pytest

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.store import connection, maintenance
from tests.conftest import PASSPHRASE


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint (1 to 9 bytes, big-endian, 7 bits a byte, the ninth all 8)."""
    value = 0
    for i in range(9):
        byte = blob[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def segments(session) -> int:  # type: ignore[no-untyped-def]
    """How many b-tree segments the search index has now (its structure record is row 10)."""
    with session.db.reading() as conn:
        blob = conn.execute("SELECT block FROM search_index_data WHERE id = 10").fetchone()[0]
    at = 8 if blob[4:8] == b"\xff\x00\x00\x01" else 4
    _levels, at = _varint(blob, at)
    count, _ = _varint(blob, at)
    return count


def wait_for(condition, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the idle maintenance did not run"
        time.sleep(0.05)


def test_every_connection_runs_with_the_designed_settings(session) -> None:  # type: ignore[no-untyped-def]
    with session.db.reading() as conn:
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -65536
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 0
        config = dict(conn.execute("SELECT k, v FROM search_index_config"))
    assert (config["automerge"], config["crisismerge"]) == (0, 64)
    info = session.info().cipher
    assert (info["cipher_memory_security"], info["cache_size"], info["cipher_page_size"]) == ("OFF", "64 MiB", "4096")


def test_a_file_without_the_merge_settings_gets_them_on_open(session, case_path) -> None:  # type: ignore[no-untyped-def]
    with session.db.transaction() as conn:
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 4)")
        conn.execute("DELETE FROM search_index_config WHERE k = 'crisismerge'")
    session.close()
    again = unlock(case_path, PASSPHRASE)
    try:
        with again.db.reading() as conn:
            assert maintenance.settings(conn) == {"automerge": 0, "crisismerge": 64}
    finally:
        again.close()


def test_saves_merge_nothing_and_the_idle_worker_merges_on_its_own_thread(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session.maintenance.stop()  # this test's own, with a short idle spell
    worker = maintenance.IdleMaintenance(session.db, idle=0.3)
    session.db.committed[:] = [worker.wrote]
    start = segments(session)
    ids = [session.take_note(Channel.joint(), f"Tariff {i}", f"tariff floor {i} quay wall").created_id for i in range(24)]
    ids += [session.take_note(Channel.party("p1"), f"Escrow {i}", f"escrow account {i}").created_id for i in range(6)]
    grown = segments(session)
    assert grown >= start + 30  # one segment per save: none was merged inside a save
    before = {(q, a): [h.item_id for h in session.search(q, a)] for q in ("tariff", "escrow", "quay wall")
              for a in (Audience.mediator(), Audience.party("p2"))}
    wait_for(lambda: worker.runs >= 1)
    assert worker.last_thread not in (None, threading.get_ident())
    assert worker.last_steps >= 1 and segments(session) < grown // 4
    busy, frames, done = worker.last_checkpoint or (1, 0, -1)
    assert busy == 0 and done == frames
    after = {(q, a): [h.item_id for h in session.search(q, a)] for q, a in before}
    assert after == before
    with session.db.transaction() as conn:  # FTS5's own check of the merged index against itself
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    worker.stop()


def test_a_save_stops_the_run_and_closing_waits_for_it(session, case_path) -> None:  # type: ignore[no-untyped-def]
    session.maintenance.stop()
    worker = maintenance.IdleMaintenance(session.db, idle=0.2)
    session.db.committed[:] = [worker.wrote]
    ids = [session.take_note(Channel.joint(), f"Note {i}", f"harbour dues {i}").created_id for i in range(40)]
    wait_for(lambda: worker.runs >= 1)
    runs = worker.runs
    session.take_note(Channel.joint(), "Later", "harbour dues later")
    worker.stop()
    session.close()
    assert worker.runs in (runs, runs + 1)
    again = unlock(case_path, PASSPHRASE)
    try:
        assert len(again.search("harbour", limit=100)) == len(ids) + 1
    finally:
        again.close()


@pytest.mark.parametrize("closing", ["close", "stop"])
def test_the_session_stops_its_worker(session, closing: str) -> None:  # type: ignore[no-untyped-def]
    session.take_note(Channel.joint(), "One", "harbour")
    thread = session.maintenance._thread
    assert thread is not None and thread.is_alive()
    session.close() if closing == "close" else session.maintenance.stop()
    assert not thread.is_alive()
    if closing == "stop":
        session.take_note(Channel.joint(), "Two", "harbour")  # saves still work; nothing runs
        assert session.maintenance._thread is thread


def test_a_save_does_not_wait_for_a_merge_step_the_step_gives_way(session) -> None:  # type: ignore[no-untyped-def]
    """A save that arrives while a merge step holds the write lock interrupts it: the step rolls back
    (the index is as it was, FTS5's integrity check passes), the save commits, the run stops."""
    session.maintenance.stop()
    worker = maintenance.IdleMaintenance(session.db, idle=3600)
    session.db.committed[:] = [worker.wrote]
    for i in range(40):
        session.take_note(Channel.joint(), f"Note {i}", f"harbour dues {i} quay wall")
    before_segments = segments(session)
    inside, go_on = threading.Event(), threading.Event()
    outcome: list[object] = []

    def step() -> None:
        with session.db.reading() as conn:
            def hold() -> int:  # the merge is running and holds the write lock: wait for the save to arrive
                if conn.in_transaction and not inside.is_set():
                    inside.set()
                    go_on.wait(30)
                return 0

            conn.set_progress_handler(hold, 100)
            with worker._cond:
                worker._conn = conn
            try:
                outcome.append(maintenance.merge_step(conn, pages=10_000))
            except maintenance.Interrupted as exc:
                outcome.append(exc)
            finally:
                with worker._cond:
                    worker._conn = None

    thread = threading.Thread(target=step)
    thread.start()
    assert inside.wait(30), outcome
    session.db.writing.append(go_on.set)  # after the worker's own hook: the step resumes only once interrupted
    later = session.take_note(Channel.joint(), "Later", "harbour dues later").created_id
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], maintenance.Interrupted)
    assert worker._interrupted()  # the run stops; the next idle spell goes on
    assert segments(session) == before_segments + 1  # the step rolled back; the save added its segment
    assert later in {h.item_id for h in session.search("harbour", limit=100)}
    with session.db.transaction() as conn:
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    worker.stop()


def test_a_burst_of_saves_is_checkpointed_between_saves_on_the_worker(session, case_path) -> None:  # type: ignore[no-untyped-def]
    """No idle spell in sight (an hour): every `CHECKPOINT_EVERY` commits the worker checkpoints the
    WAL on its own thread while saves go on, so no save is the one that meets SQLite's automatic
    checkpoint at its default 1,000 pages; what was saved reads back after reopening from the file
    alone (the WAL removed)."""
    session.maintenance.stop()
    worker = maintenance.IdleMaintenance(session.db, idle=3600)
    session.db.committed[:] = [worker.wrote]
    with session.db.reading() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == connection.AUTOCHECKPOINT_PAGES > 1000
    ids = [session.take_note(Channel.joint(), f"Berth {i}", f"berth allocation {i}").created_id
           for i in range(3 * maintenance.CHECKPOINT_EVERY)]
    wait_for(lambda: worker.checkpoints_between_saves >= 2)
    assert worker.runs == 0  # no idle run: these were the checkpoints between saves
    assert worker.last_thread not in (None, threading.get_ident())
    busy, frames, done = worker.last_checkpoint or (1, 0, -1)
    assert busy == 0 and 0 < done <= frames
    worker.stop()
    session.close()
    for suffix in ("-wal", "-shm"):
        assert not (case_path.parent / f"{case_path.name}{suffix}").exists()
    again = unlock(case_path, PASSPHRASE)
    try:
        assert {h.item_id for h in again.search("berth", limit=100)} == set(ids)
    finally:
        again.close()


def test_check_after_the_worker_merged_finds_nothing_wrong(session) -> None:  # type: ignore[no-untyped-def]
    """The idle worker merges the index on its own connection; `check` afterwards (on the session that saved)
    reports the file sound: FTS5's part of PRAGMA integrity_check used to trust the index structure the
    saving connection had cached before the merge ("fts5: corruption found reading blob ..."), though the
    file was sound and a fresh connection said so."""
    session.maintenance.stop()
    worker = maintenance.IdleMaintenance(session.db, idle=0.1)
    session.db.committed[:] = [worker.wrote]
    for i in range(40):
        session.take_note(Channel.joint(), f"Tariff {i}", f"tariff floor {i} quay wall")
    assert session.search("tariff")  # the saving connection reads (and caches) the index structure
    wait_for(lambda: worker.runs >= 1 and worker.last_steps >= 1)
    report = session.check()
    assert report.ok, report.problems
    worker.stop()
