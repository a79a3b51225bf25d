"""The search index's merging and the WAL's checkpoint, moved out of the save onto an idle worker.

FTS5 writes each save's index entries as a new small segment and, by default
(`automerge` 4), merges segments inside the same transaction once enough pile up:
that merge is the slow tail of a save (p99 38 ms at 100,000 notes, p50 2 ms). So
the index is set to `automerge = 0` (no merge inside a save) with `crisismerge =
64` (a save merges only if a level ever reaches 64 segments, a safety net), and
after `IDLE_SECONDS` without a write a worker thread merges in small steps, each
its own short transaction, then runs a passive WAL checkpoint. `synchronous = FULL`
is untouched. A write arriving meanwhile does not wait for the step: the transaction
announces itself before it asks for the write lock (`CaseDatabase.writing`), the
running step is interrupted (`sqlite3_interrupt`: FTS5 rolls the step back, the
index is as it was) and the run stops until the next idle spell. Steps are small
(`MERGE_PAGES`) so that the work an interruption throws away is small too, and so
that a save arriving in the instant between two steps' statements (SQLite clears an
interrupt that finds no statement running) waits for one small step at most.

The checkpoint does not wait for an idle spell: every `CHECKPOINT_EVERY` commits the
worker runs a passive checkpoint at once. SQLite's automatic checkpoint runs inside
the commit that crosses its threshold, copies the pages in the WAL into the file and
syncs it: at the default 1,000 pages that was one save in fifty, the whole p99 of a
save at 100,000 notes. A passive checkpoint takes no write lock, so saves go on while
it runs on the worker's connection; `wal_autocheckpoint` stays on, raised to
`connection.AUTOCHECKPOINT_PAGES`, as the safety net for a burst the worker lags.

The settings live in the file (FTS5's `search_index_config` table), so a file
written by an older version gets them on its first open.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import sqlcipher3

from iomed_desk.core.errors import UserError
from iomed_desk.store.connection import Connection

if TYPE_CHECKING:
    from iomed_desk.store.database import CaseDatabase

#: the pause after a save before merging starts; short, since a merge step gives way to a save
IDLE_SECONDS = 0.5
#: pages written per merge step: about a millisecond's work, so an interrupted step throws little away
MERGE_PAGES = 24
#: at most this many steps per idle run (each its own transaction); the next idle spell goes on
MAX_STEPS = 500
SETTINGS = {"automerge": 0, "crisismerge": 64}
#: a passive checkpoint on the worker every this many commits (a note's save writes ~18 WAL pages)
CHECKPOINT_EVERY = 16


def settings(conn: Connection) -> dict[str, int]:
    """The merge settings in force in this file (FTS5's defaults for those never set)."""
    found = dict(conn.execute("SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'crisismerge')"))
    return {"automerge": int(found.get("automerge", 4)), "crisismerge": int(found.get("crisismerge", 16))}


def needs_settings(conn: Connection) -> bool:
    return settings(conn) != SETTINGS


def apply_settings(conn: Connection) -> None:
    """Inside the caller's write transaction: no merging inside saves, a crisis merge at 64 segments."""
    for name, value in SETTINGS.items():
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES (?, ?)", (name, value))


class Interrupted(Exception):
    """The step gave way to a save (`sqlite3_interrupt`) and was rolled back."""


def merge_step(conn: Connection, pages: int = MERGE_PAGES) -> bool:
    """One small merge in a transaction of its own; False once there was nothing left worth merging.

    FTS5's documented test: a 'merge' that changed fewer than two rows found no work. Raises
    `Interrupted` (the step rolled back, nothing changed) when `conn.interrupt()` stopped it.
    """
    before = conn.total_changes
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('merge', ?)", (pages,))
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
    except sqlcipher3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise Interrupted() from None
        raise
    return conn.total_changes - before >= 2


def _checkpoint_unless_interrupted(conn: Connection) -> tuple[int, int, int]:
    try:
        return checkpoint(conn)
    except sqlcipher3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise Interrupted() from None
        raise


def checkpoint(conn: Connection) -> tuple[int, int, int]:
    """A passive checkpoint: (busy, frames in the WAL, frames checkpointed); it never waits for a reader."""
    row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


class IdleMaintenance:
    """One daemon thread per open case: `IDLE_SECONDS` after the last `wrote()`, merge and checkpoint.

    It works on a connection of its own (the case database gives every other thread one) and never
    on the thread that saves. `stop()` waits for a running step, so a case is closed or locked only
    once the worker has let go of the file.
    """

    def __init__(self, db: CaseDatabase, idle: float = IDLE_SECONDS) -> None:
        self._db = db
        self._idle = idle
        self._cond = threading.Condition()
        self._busy = threading.Lock()  # held for as long as a run uses the file
        self._last_write = 0.0
        self._dirty = False
        self._commits = 0  # since the last checkpoint was asked for
        self._checkpoint_due = False
        self._stopped = False
        self._thread: threading.Thread | None = None
        #: what the last completed run did, for tests and benchmarks: steps merged, checkpoint, thread
        self.runs = 0
        self.last_steps = 0
        self.last_checkpoint: tuple[int, int, int] | None = None
        self.last_thread: int | None = None
        #: over the life of this object: merge steps committed, steps given up for a save, and
        #: checkpoints run between saves (`CHECKPOINT_EVERY`), not after an idle spell
        self.steps_total = 0
        self.yielded = 0
        self.checkpoints_between_saves = 0
        self._conn: Connection | None = None  # the run's connection while a run holds one (under _cond)
        db.writing.append(self.yield_to_save)

    def yield_to_save(self) -> None:
        """A transaction is about to ask for the write lock: interrupt the running step, stop the run.

        Called on the saving thread. The connection is only interrupted under the lock that guards
        its closing, so the interrupt never reaches a closed connection.
        """
        with self._cond:
            if self._stopped or self._conn is None:
                return
            self._dirty, self._last_write = True, time.monotonic()
            self._conn.interrupt()

    def wrote(self) -> None:
        """A transaction committed: restart the idle countdown and stop a running merge at its next step."""
        with self._cond:
            if self._stopped:
                return
            self._last_write = time.monotonic()
            self._dirty = True
            self._commits += 1
            if self._commits >= CHECKPOINT_EVERY:
                self._commits, self._checkpoint_due = 0, True
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="iomed-idle-maintenance", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def stop(self) -> None:
        """No further run; wait for the running step (if any) to end."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """No run while the body replaces the file (re-key); writes after it schedule the next run."""
        with self._busy:
            yield

    def _interrupted(self) -> bool:
        with self._cond:
            return self._stopped or self._dirty

    def _idle_spell(self) -> bool:
        return self._dirty and time.monotonic() - self._last_write >= self._idle

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and not self._checkpoint_due and not self._idle_spell():
                    self._cond.wait(self._idle - (time.monotonic() - self._last_write) if self._dirty else None)
                if self._stopped:
                    return
                between_saves = not self._idle_spell()
                self._checkpoint_due = False
                if not between_saves:
                    self._dirty = False
            with self._busy:
                self._checkpoint_between_saves() if between_saves else self._run()

    def _checkpoint_between_saves(self) -> None:
        """A passive checkpoint while saves go on: it holds no write lock, so nothing interrupts it."""
        if not self._db.is_open or not self._db.in_place:
            return
        try:
            with self._db.reading() as conn:
                done = checkpoint(conn)
        except UserError:
            return
        self.last_checkpoint, self.last_thread = done, threading.get_ident()
        self.checkpoints_between_saves += 1

    def _run(self) -> None:
        if self._interrupted() or not self._db.is_open or not self._db.in_place:
            return
        steps, done = 0, None
        try:
            with self._db.reading() as conn:
                with self._cond:
                    self._conn = conn
                try:
                    while steps < MAX_STEPS and not self._interrupted() and self._db.in_place and merge_step(conn):
                        steps += 1
                    if not self._interrupted() and self._db.in_place:
                        done = _checkpoint_unless_interrupted(conn)
                except Interrupted:
                    self.yielded += 1
                finally:
                    with self._cond:
                        self._conn = None
        except UserError:
            return  # the file went away, the disk is full or the case is closing: the next save says so
        finally:
            self.steps_total += steps
        if steps == MAX_STEPS:
            with self._cond:  # more to merge: go on after another idle spell
                self._dirty, self._last_write = True, time.monotonic()
        self.last_steps, self.last_checkpoint = steps, done
        self.last_thread = threading.get_ident()
        self.runs += 1
