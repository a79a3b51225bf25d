"""Issue 6, reliability 1: kill -9 at random moments while a child saves notes through the app layer.

The child acknowledges each save on a pipe only after the app call returned
(committed, with its audit event). After every kill the case is reopened and
checked: every acknowledged note is there with the acknowledged text (or the
text of a later write that was in flight), and SQLCipher's page HMACs,
SQLite's structure and the audit chain are intact.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from iomed_desk.app.opening import open_with_key
from iomed_desk.store.integrity import check
from tests.conftest import PASSPHRASE, new_case_spec
from tests.ready_case import create_ready_case
from tests.reliability.crash_child import digest
from tests.reliability.helpers import ROOT, child_env, figure

_VERSION = re.compile(r"^CRASH (\S+) v(\d+)\n")


@dataclass
class Expected:
    """What the file must hold for one note: the acknowledged version, and any later one in flight."""

    token: str
    acked: int = 0
    digests: dict[int, str] = field(default_factory=dict)
    in_flight: int = 0


@dataclass
class Ledger:
    notes: dict[str, Expected] = field(default_factory=dict)
    pending_new: dict[str, str] = field(default_factory=dict)  # token -> digest, created but not acknowledged
    acked_new: int = 0
    acked_edits: int = 0

    def read(self, lines: list[str]) -> None:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or parts[0] not in ("intent", "ack"):
                continue
            kind, what = parts[0], parts[1]
            if what == "new" and kind == "intent":
                self.pending_new[parts[2]] = parts[3]
            elif what == "new":
                token, nid, dig = parts[2], parts[3], parts[4]
                self.pending_new.pop(token, None)
                self.notes[nid] = Expected(token, 1, {1: dig})
                self.acked_new += 1
            elif what == "edit":
                nid, version, dig = parts[2], int(parts[3]), parts[4]
                exp = self.notes[nid]
                exp.digests[version] = dig
                if kind == "intent":
                    exp.in_flight = version
                else:
                    exp.acked, exp.in_flight = version, 0
                    self.acked_edits += 1


def verify(case: Path, key: bytes, ledger: Ledger) -> tuple[list[str], list[str], int]:
    """(lost or wrong acknowledged notes, integrity problems, unacknowledged writes found committed).

    Settles the ledger: a write in flight at the kill is now either in the file or not, and from
    here on the file must keep whatever it holds.
    """
    session = open_with_key(case, key)
    lost: list[str] = []
    committed = 0
    try:
        with session.db.reading() as conn:
            report = check(conn)
            stored = dict(conn.execute("SELECT item_id, body FROM notes WHERE body LIKE 'CRASH %'").fetchall())
    finally:
        session.close()
    for nid, exp in ledger.notes.items():
        body = stored.get(nid)
        match = _VERSION.match(body or "")
        if body is None or match is None or match.group(1) != exp.token:
            lost.append(f"{nid}: missing or unreadable")
            continue
        version = int(match.group(2))
        allowed = {exp.acked} | ({exp.in_flight} if exp.in_flight else set())
        if version not in allowed or digest(body) != exp.digests.get(version):
            lost.append(f"{nid}: holds v{version}, acknowledged v{exp.acked}")
            continue
        if exp.in_flight:
            committed += version == exp.in_flight
            exp.acked, exp.in_flight = version, 0
    by_token = {m.group(1): (nid, body) for nid, body in stored.items() if (m := _VERSION.match(body))}
    for token, dig in list(ledger.pending_new.items()):
        if token in by_token:
            nid, body = by_token[token]
            if digest(body) != dig:
                lost.append(f"{nid}: an unacknowledged new note holds the wrong text")
            ledger.notes[nid] = Expected(token, 1, {1: dig})
            committed += 1
        del ledger.pending_new[token]
    return lost, list(report.problems), committed


def kill_at_random(case: Path, key: bytes, seed: int, rng: random.Random) -> list[str]:
    """Start a writer, kill -9 it at a random moment (sometimes while it is still opening), return its lines."""
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_child", "notes", str(case), str(seed)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=child_env(), cwd=ROOT, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(key.hex() + "\n")
    child.stdin.flush()
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.25))  # during start-up or the open itself
    else:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.35))
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"the writer stopped by itself: {err[-2000:]}"
    return out.splitlines()


@pytest.mark.parametrize("kills", [
    pytest.param(12, id="fast"),
    pytest.param(150, id="full", marks=pytest.mark.slow),
])
def test_acknowledged_saves_survive_kill_9(tmp_path: Path, kills: int) -> None:
    case = tmp_path / "crash.iomed"
    session = create_ready_case(case, PASSPHRASE, new_case_spec())
    key = session.db.key
    session.close()
    rng = random.Random(20260306 + kills)
    ledger = Ledger()
    lost: list[str] = []
    integrity: list[str] = []
    in_flight_committed = 0
    started = time.perf_counter()
    for seed in range(kills):
        ledger.read(kill_at_random(case, key, seed, rng))
        gone, problems, extra = verify(case, key, ledger)
        lost += [f"kill {seed}: {g}" for g in gone]
        integrity += [f"kill {seed}: {p}" for p in problems]
        in_flight_committed += extra
    seconds = time.perf_counter() - started
    scale = "full" if kills >= 150 else "fast"
    common = {"scale": scale, "kills": kills, "seconds": round(seconds, 1)}
    figure(f"crash.{scale}.lost", "kill -9 while saving: acknowledged saves lost", len(lost), "0", not lost,
           acknowledged_new=ledger.acked_new, acknowledged_edits=ledger.acked_edits,
           in_flight_writes_found_committed=in_flight_committed, **common)
    figure(f"crash.{scale}.integrity", "kill -9 while saving: integrity failures (cipher_integrity_check, "
           "integrity_check, audit chain)", len(integrity), "0", not integrity, **common)
    assert ledger.acked_new > kills  # the kills landed while saves were happening
    assert not lost, lost[:10]
    assert not integrity, integrity[:10]
