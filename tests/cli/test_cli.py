"""The command line, run as a user runs it: a subprocess, passphrases on stdin, exit codes and one-line errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "a long enough passphrase"


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    out = subprocess.run([sys.executable, "-m", "iomed_desk", *args], input=stdin, capture_output=True,
                         text=True, timeout=120, env=env)
    assert "Traceback" not in out.stderr, out.stderr
    if out.returncode != 0:  # an error is one line; a failed verification is its report on stdout
        assert len(out.stderr.strip().splitlines()) <= 1, out.stderr
        assert out.stderr.strip() or out.stdout.strip()
    return out


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "cli.iomed"
    out = cli("new", str(path), "--reference", "IOMed/2026/031", "--title", "Fishing rights", "--kind",
              "interstate", "--mediator", "Amb. Ren", "--party", "Republic of Asteria", "--party",
              "Kingdom of Boreal", "--passphrase-stdin", stdin=PASS + "\n")
    assert out.returncode == 0, out.stderr
    return path


def test_version() -> None:
    out = cli("--version")
    assert out.returncode == 0 and out.stdout.startswith("iomed-desk ")


def test_new_info_check(case: Path) -> None:
    out = cli("info", str(case), "--passphrase-stdin", stdin=PASS + "\n")
    assert out.returncode == 0
    for text in ("IOMed/2026/031", "Republic of Asteria", "Kingdom of Boreal", "Amb. Ren", "interstate",
                 "Schema:", "Argon2id m=65536"):
        assert text in out.stdout
    assert cli("check", str(case), "--passphrase-stdin", stdin=PASS + "\n").returncode == 0


def test_wrong_passphrase_exits_1_and_changes_nothing(case: Path) -> None:
    before = hashlib.sha256(case.read_bytes()).hexdigest()
    for command in ("info", "check"):
        out = cli(command, str(case), "--passphrase-stdin", stdin="wrong passphrase\n")
        assert out.returncode == 1 and "Wrong passphrase" in out.stderr
    assert hashlib.sha256(case.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in case.parent.iterdir()) == [case.name]


def test_unreadable_inputs_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.iomed"
    empty.write_bytes(b"")
    assert cli("check", str(empty), "--passphrase-stdin", stdin="x\n").returncode == 2
    assert cli("check", str(tmp_path / "missing.iomed"), "--passphrase-stdin", stdin="x\n").returncode == 2
    assert cli("check").returncode == 2
    assert cli("new", str(tmp_path / "n.iomed"), "--reference", "R", "--title", "T", "--kind", "commercial",
               "--mediator", "M", "--party", "Only one", "--passphrase-stdin", stdin=PASS + "\n").returncode == 2
    random_file = tmp_path / "random.iomed"
    random_file.write_bytes(os.urandom(8192))
    assert cli("check", str(random_file), "--passphrase-stdin", stdin="x\n").returncode == 1


def test_no_terminal_and_no_stdin_flag_is_a_usage_error(case: Path) -> None:
    out = cli("info", str(case))
    assert out.returncode == 2 and "--passphrase-stdin" in out.stderr


def test_flipped_byte_makes_check_exit_1_with_one_line(case: Path) -> None:
    data = bytearray(case.read_bytes())
    data[len(data) - 2000] ^= 0x01
    case.write_bytes(data)
    out = cli("check", str(case), "--passphrase-stdin", stdin=PASS + "\n")
    assert out.returncode == 1 and "damaged" in out.stderr


def test_backup_and_passwd(case: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.iomed"
    assert cli("backup", str(case), str(dest), "--passphrase-stdin", stdin=PASS + "\n").returncode == 0
    assert cli("backup", str(case), str(dest), "--passphrase-stdin", stdin=PASS + "\n").returncode == 2
    assert cli("check", str(dest), "--passphrase-stdin", stdin=PASS + "\n").returncode == 0
    out = cli("passwd", str(case), "--passphrase-stdin", stdin=f"{PASS}\nthe new passphrase\n")
    assert out.returncode == 0, out.stderr
    assert cli("check", str(case), "--passphrase-stdin", stdin=PASS + "\n").returncode == 1
    assert cli("check", str(case), "--passphrase-stdin", stdin="the new passphrase\n").returncode == 0
    assert cli("passwd", str(case), "--passphrase-stdin", stdin="the new passphrase\nshort\n").returncode == 2


def test_case_open_elsewhere_is_refused(case: Path) -> None:
    from iomed_desk.app.opening import unlock

    holder = unlock(case, PASS)
    try:
        out = cli("info", str(case), "--passphrase-stdin", stdin=PASS + "\n")
        assert out.returncode == 1 and "open in another window or program" in out.stderr
    finally:
        holder.close()


def test_demo_then_check_and_info(tmp_path: Path) -> None:
    path = tmp_path / "demo.iomed"
    out = cli("demo", str(path))
    assert out.returncode == 0, out.stderr
    from iomed_desk.app.demo import DEMO_PASSPHRASE

    assert cli("check", str(path), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n").returncode == 0
    info = cli("info", str(path), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert info.returncode == 0 and "Parties:" in info.stdout


def test_gui_smoke_starts_paints_and_exits() -> None:
    out = cli("gui", "--smoke")
    assert out.returncode == 0, out.stderr


def test_new_takes_the_time_zone_of_a_place_it_does_not_know(tmp_path: Path) -> None:
    base = ["new", str(tmp_path / "z.iomed"), "--reference", "R", "--title", "T", "--kind", "commercial",
            "--mediator", "M", "--party", "A", "--party", "B", "--place", "Room 4", "--passphrase-stdin"]
    out = cli(*base, stdin="a long enough passphrase\na long enough passphrase\n")
    assert out.returncode == 2 and "time zone of Room 4 is not known" in out.stderr
    out = cli(*base, "--time-zone", "Asia/Macau", stdin="a long enough passphrase\na long enough passphrase\n")
    assert out.returncode == 0, out.stderr
