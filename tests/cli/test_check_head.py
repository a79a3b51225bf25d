"""The audit head held outside the file (issue 12, "Anchored heads"), on the command line.

`check` prints the head as SEQ:HASH; `backup` and `export` print the head their copy or the case
now contains; `check --expect-head` exits 1 with one line when the file's chain does not contain a
head someone holds (the file rolled back to an older backup, truncated), and lists every problem
the record check finds on a line of its own.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Channel
from tests.attacker import restore_audit_triggers, tampering
from tests.cli.test_cli import PASS, case, cli  # noqa: F401 - the fixture

HEAD = re.compile(r"\b(\d+):([0-9a-f]{64})\b")


def check(path: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli("check", str(path), *extra, "--passphrase-stdin", stdin=PASS + "\n")


def head_in(text: str) -> str:
    found = HEAD.findall(text)
    assert found, text
    return ":".join(found[-1])


def add_note(path: Path, title: str) -> None:
    s = unlock(path, PASS)
    try:
        s.take_note(Channel.party("p1"), title, "body")
    finally:
        s.close()


def test_check_prints_the_whole_head_and_finds_it_later(case: Path) -> None:  # noqa: F811
    out = check(case)
    assert out.returncode == 0 and "every commitment and row against its event" in out.stdout
    held = head_in(out.stdout)
    add_note(case, "Later")
    later = check(case, "--expect-head", held)
    assert later.returncode == 0, later.stderr
    assert "expected head contained" in later.stdout and head_in(later.stdout) != held


def test_a_file_rolled_back_to_an_older_backup_is_flagged(case: Path, tmp_path: Path) -> None:  # noqa: F811
    backup = tmp_path / "older.iomed"
    out = cli("backup", str(case), str(backup), "--passphrase-stdin", stdin=PASS + "\n")
    assert out.returncode == 0 and "its audit record contains head" in out.stdout
    assert check(backup, "--expect-head", head_in(out.stdout)).returncode == 0
    add_note(case, "After the backup")
    held = head_in(check(case).stdout)
    shutil.copy(backup, case)  # the swap: the case is its older backup again
    swapped = check(case, "--expect-head", held)
    assert swapped.returncode == 1
    (line,) = swapped.stderr.strip().splitlines()
    assert line.startswith(f"iomed-desk: {case.name}: damaged: the audit chain does not contain the expected head {held}")
    assert "rolled back, truncated or replaced by an older copy" in line


def test_a_truncated_chain_is_flagged_by_the_head_and_by_the_record(case: Path) -> None:  # noqa: F811
    add_note(case, "Soon gone from the record")
    held = head_in(check(case).stdout)
    with tampering(case, PASS) as conn:
        conn.execute("DROP TRIGGER audit_is_append_only_d")
        conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
        restore_audit_triggers(conn)
    out = check(case, "--expect-head", held)
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert any(line.endswith("has no audit event (note.create)") for line in lines)
    assert any(line.startswith("the audit chain does not contain the expected head") for line in lines)
    assert "more, listed above" in out.stderr


def test_a_malformed_head_is_a_usage_error(case: Path) -> None:  # noqa: F811
    for bad in ("12", "x:" + "0" * 64, "3:abc", "3:" + "g" * 64):
        out = check(case, "--expect-head", bad)
        assert out.returncode == 2 and "--expect-head takes SEQ:HASH" in out.stderr
