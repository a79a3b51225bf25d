"""Issue 6, reliability 2: kill -9 during backups and during passphrase changes.

After every kill the case opens with the old or the new passphrase (key), its
content is identical to what it was, and its integrity checks pass. A backup
under its final name is always complete; a kill leaves at most an encrypted
temp file beside it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iomed_desk.app.demo import write_demo
from iomed_desk.app.opening import derive_key_for, open_with_key
from iomed_desk.core.errors import WrongPassphrase
from iomed_desk.store.integrity import check
from iomed_desk.store.keys import derive_key, new_salt, read_salt
from tests.conftest import PASSPHRASE
from tests.reliability.helpers import ROOT, child_env, content_digest, figure, plain_sqlite_files

SECOND = "a second passphrase for the rekey test"


def run_and_kill(mode: str, case: Path, seed: int, stdin: str, delay: float) -> list[str]:
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_child", mode, str(case), str(seed)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=child_env(), cwd=ROOT, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(stdin)
    child.stdin.flush()
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, f"the child stopped by itself: {err[-2000:]}"
    return out.splitlines()


def state(case: Path, key: bytes) -> tuple[str, tuple[str, ...]]:
    session = open_with_key(case, key)
    try:
        with session.db.reading() as conn:
            return content_digest(conn), check(conn).problems
    finally:
        session.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    case = tmp_path_factory.mktemp("template") / "demo.iomed"
    write_demo(case, PASSPHRASE)
    key = derive_key_for(case, PASSPHRASE)
    return case, key, state(case, key)[0]


@pytest.fixture
def demo(demo_template: tuple[Path, bytes, str], tmp_path: Path) -> tuple[Path, bytes, str]:
    """A fresh copy of the demo case (the key stays valid: the salt is in the file)."""
    template, key, digest = demo_template
    case = tmp_path / "demo.iomed"
    shutil.copyfile(template, case)
    return case, key, digest


@pytest.mark.parametrize("kills", [pytest.param(6, id="fast"), pytest.param(100, id="full", marks=pytest.mark.slow)])
def test_kill_during_backup(demo: tuple[Path, bytes, str], kills: int) -> None:
    case, key, original = demo
    rng = random.Random(61 + kills)
    failures: list[str] = []
    acked = complete_unacked = 0
    for seed in range(kills):
        lines = run_and_kill("backup", case, seed, key.hex() + "\n", rng.uniform(0.0, 0.25))
        digest, problems = state(case, key)
        if digest != original or problems:
            failures.append(f"kill {seed}: case content changed or damaged {problems}")
        names = {line.split()[2] for line in lines if line.startswith("ack backup")}
        acked += len(names)
        for copy in case.parent.glob(f"backup-{seed}-*.iomed"):
            copy_digest, copy_problems = state(copy, key)
            if copy_digest != original or copy_problems:
                failures.append(f"kill {seed}: {copy.name} is not a complete backup")
            elif copy.name not in names:
                complete_unacked += 1
            copy.unlink()
    leftovers = [p for p in case.parent.iterdir() if p.name.endswith(".tmp")]  # encrypted, checked below
    plain = plain_sqlite_files(case.parent)
    scale = "full" if kills >= 100 else "fast"
    figure(f"kill_backup.{scale}", "kill -9 during backup: case or backup not intact", len(failures), "0",
           not failures and not plain, scale=scale, kills=kills, acknowledged_backups=acked,
           complete_unacknowledged_backups=complete_unacked, encrypted_temp_files_left=len(leftovers),
           unencrypted_files=len(plain))
    assert not failures, failures[:5]
    assert not plain


@pytest.mark.parametrize("kills", [pytest.param(6, id="fast"), pytest.param(100, id="full", marks=pytest.mark.slow)])
def test_kill_during_rekey(demo: tuple[Path, bytes, str], kills: int) -> None:
    """`CaseDatabase.replace_key`, the file operation behind a passphrase change, killed at random."""
    case, key, original = demo
    old_salt = read_salt(case)
    salt2 = new_salt()
    key2 = derive_key(SECOND, salt2)
    keys = {old_salt: key, salt2: key2}
    stdin = "\n".join(v.hex() for v in (key, old_salt, key2, salt2)) + "\n"
    rng = random.Random(67 + kills)
    failures: list[str] = []
    switched = 0
    for seed in range(kills):
        before = read_salt(case)
        run_and_kill("rekey", case, seed, stdin, rng.uniform(0.0, 0.2))
        salt = read_salt(case)
        if salt not in keys:
            failures.append(f"kill {seed}: the file's salt is neither the old nor the new one")
            continue
        switched += salt != before
        digest, problems = state(case, keys[salt])
        if digest != original or problems:
            failures.append(f"kill {seed}: content changed or damaged {problems}")
    plain = plain_sqlite_files(case.parent)
    scale = "full" if kills >= 100 else "fast"
    figure(f"kill_rekey.{scale}", "kill -9 during re-key: case not openable with old or new key, or changed",
           len(failures), "0", not failures and not plain, scale=scale, kills=kills,
           kills_after_which_the_new_key_held=switched, unencrypted_files=len(plain))
    assert not failures, failures[:5]
    assert not plain


@pytest.mark.parametrize("kills", [pytest.param(2, id="fast"), pytest.param(20, id="full", marks=pytest.mark.slow)])
def test_kill_during_passphrase_change(demo: tuple[Path, bytes, str], kills: int) -> None:
    """The app operation itself (Argon2id twice, then the re-key), killed at random; checked by passphrase."""
    case, _key, _ = demo
    rng = random.Random(71 + kills)
    failures: list[str] = []
    held = {"old": 0, "new": 0}
    digest_before = None
    for seed in range(kills):
        run_and_kill("passwd", case, seed, f"{PASSPHRASE}\n{SECOND}\n", rng.uniform(0.0, 1.2))
        for name, passphrase in (("old", PASSPHRASE), ("new", SECOND)):
            try:
                key = derive_key_for(case, passphrase)
                digest, problems = state(case, key)
            except WrongPassphrase:
                continue
            held[name] += 1
            # the operation records an audit event first: compare the content tables, not the audit log
            if problems or (digest_before is not None and digest != digest_before):
                failures.append(f"kill {seed}: content changed or damaged {problems}")
            digest_before = digest
            break
        else:
            failures.append(f"kill {seed}: opens with neither passphrase")
    scale = "full" if kills >= 20 else "fast"
    figure(f"kill_passwd.{scale}", "kill -9 during passphrase change: case not openable with old or new "
           "passphrase, or changed", len(failures), "0", not failures, scale=scale, kills=kills,
           opened_with_first=held["old"], opened_with_second=held["new"])
    assert not failures, failures
