"""Issue 6, reliability 3: the disk fills during saves and during the agreement export.

Two ways to fill it, each in a child process: RLIMIT_FSIZE (a write past the
limit fails with EFBIG) and, where the machine allows an unprivileged mount
namespace, a real tmpfs of a few hundred KiB (ENOSPC). Either way: a clear
one-line error, every earlier commit readable by a fresh process, integrity
intact, and no partial export left under its name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iomed_desk.app.demo import write_demo
from iomed_desk.app.opening import create_case, derive_key_for, open_with_key
from iomed_desk.core.channels import Channel
from tests.conftest import PASSPHRASE, new_case_spec
from tests.reliability.helpers import ROOT, child_env, figure


def can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt || "
                               "mount -t tmpfs -o size=64k tmpfs /tmp"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


TMPFS = can_mount_tmpfs()


def run_child(args: list[str], key: bytes, *, tmpfs: Path | None = None, tmpfs_kib: int = 0,
              seed_files: list[Path] = ()) -> dict:  # type: ignore[assignment]
    cmd = [sys.executable, "-m", "tests.reliability.disk_full_child", *args]
    if tmpfs is not None:
        copies = " && ".join(f'cp "{f}" "{tmpfs}/"' for f in seed_files) or "true"
        cmd = ["unshare", "-rm", "sh", "-c",
               f'mount -t tmpfs -o size={tmpfs_kib}k tmpfs "{tmpfs}" && {copies} && exec "$0" "$@"', *cmd]
    out = subprocess.run(cmd, input=key.hex() + "\n", capture_output=True, text=True, timeout=300,
                         env=child_env(), cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def verify_saves(case: Path, key: bytes, acked: list[str]) -> tuple[int, tuple[str, ...]]:
    session = open_with_key(case, key)
    try:
        kept = {n.id for n in session.notes_in(Channel.party("p1"))}
        return len(set(acked) - kept), session.check().problems
    finally:
        session.close()


def one_clear_line(message: str | None) -> bool:
    return bool(message) and "\n" not in message and "Traceback" not in message  # type: ignore[operator]


@pytest.fixture
def fresh_case(tmp_path: Path) -> tuple[Path, bytes]:
    case = tmp_path / "full.iomed"
    session = create_case(case, PASSPHRASE, new_case_spec())
    key = session.db.key
    for i in range(5):
        session.take_note(Channel.joint(), f"Before the disk filled {i}", "agenda " * 50)
    session.close()
    return case, key


@pytest.mark.parametrize("headroom", [200_000, 1_500_000])
def test_saves_on_a_full_disk_rlimit(fresh_case: tuple[Path, bytes], headroom: int) -> None:
    case, key = fresh_case
    result = run_child(["saves", str(case), str(case.stat().st_size + headroom)], key)
    lost, problems = verify_saves(case, key, result["acked"])
    clear = one_clear_line(result["error"]) and result["error_type"] == "DiskFull"
    figure(f"disk_full.saves.rlimit.{headroom}", "disk full (RLIMIT_FSIZE) during saves: acknowledged notes "
           "lost / integrity problems", lost + len(problems), "0, with a clear error",
           clear and not lost and not problems, saves_before_full=len(result["acked"]),
           error=result["error"], error_type=result["error_type"])
    assert clear, result
    assert len(result["acked"]) > 3
    assert lost == 0 and not problems


@pytest.mark.skipif(not TMPFS, reason="no unprivileged mount namespace for a small tmpfs here")
def test_saves_on_a_full_tmpfs(fresh_case: tuple[Path, bytes], tmp_path: Path) -> None:
    case, key = fresh_case
    mount = tmp_path / "small"
    mount.mkdir()
    back = tmp_path / "copied-back.iomed"
    kib = case.stat().st_size // 1024 + 600
    result = run_child(["saves", str(mount / case.name), "0", "--copy-back", str(back)], key,
                       tmpfs=mount, tmpfs_kib=kib, seed_files=[case])
    lost, problems = verify_saves(back, key, result["acked"])
    clear = one_clear_line(result["error"]) and result["error_type"] == "DiskFull"
    figure("disk_full.saves.tmpfs", "disk full (small tmpfs, ENOSPC) during saves: acknowledged notes lost / "
           "integrity problems", lost + len(problems), "0, with a clear error", clear and not lost and not problems,
           tmpfs_kib=kib, saves_before_full=len(result["acked"]), error=result["error"],
           error_type=result["error_type"])
    assert clear, result
    assert lost == 0 and not problems


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    case = tmp_path_factory.mktemp("demo") / "demo.iomed"
    write_demo(case, PASSPHRASE)
    return case, derive_key_for(case, PASSPHRASE)


def _export_outcome(case: Path, key: bytes, result: dict, out_dir: Path | None) -> dict:
    session = open_with_key(case, key)
    try:
        problems = session.check().problems
        head = session.audit_head()
        exported = [e for e in session.audit_events("agreement.export")]
    finally:
        session.close()
    files = result["files"] if out_dir is None else sorted(p.name for p in out_dir.iterdir())
    return {"problems": problems, "head_unchanged": head == result["audit_head_before"],
            "export_recorded": bool(exported), "files_left": files}


def test_export_on_a_full_disk_rlimit(demo: tuple[Path, bytes], tmp_path: Path) -> None:
    template, key = demo
    case = tmp_path / "demo.iomed"
    shutil.copyfile(template, case)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run_child(["export", str(case), "16000", str(out_dir)], key)  # the PDF is about 35 KB
    outcome = _export_outcome(case, key, result, out_dir)
    ok = (one_clear_line(result["error"]) and not outcome["problems"] and outcome["head_unchanged"]
          and not outcome["export_recorded"] and outcome["files_left"] == [])
    figure("disk_full.export.rlimit", "disk full (RLIMIT_FSIZE) during export: problems (no clear error, "
           "partial file, export recorded, integrity)", 0 if ok else 1, "0", ok, error=result["error"],
           error_type=result["error_type"], says_disk_full=result["error_type"] == "DiskFull", **outcome)
    assert ok, (result, outcome)


@pytest.mark.skipif(not TMPFS, reason="no unprivileged mount namespace for a small tmpfs here")
def test_export_on_a_full_tmpfs(demo: tuple[Path, bytes], tmp_path: Path) -> None:
    template, key = demo
    case = tmp_path / "demo.iomed"
    shutil.copyfile(template, case)
    out_dir = tmp_path / "small-out"
    out_dir.mkdir()
    result = run_child(["export", str(case), "0", str(out_dir)], key, tmpfs=out_dir, tmpfs_kib=16)
    outcome = _export_outcome(case, key, result, None)
    clear = one_clear_line(result["error"]) and result["error_type"] == "DiskFull"
    ok = (clear and not outcome["problems"] and outcome["head_unchanged"] and not outcome["export_recorded"]
          and outcome["files_left"] == [])
    figure("disk_full.export.tmpfs", "disk full (small tmpfs, ENOSPC) during export: problems (no clear error, "
           "partial file, export recorded, integrity)", 0 if ok else 1, "0", ok, error=result["error"],
           error_type=result["error_type"], **outcome)
    assert ok, (result, outcome)
