"""Issue 12, hole 4: the case file is replaced (cp + mv) while it is open, and another process opens it.

This process holds the case open and saves; a second, real process copies the file,
renames the copy over the path, opens it and saves too. From then on this process's
saves must fail with one clear line, its closing must not disturb the other process's
file, and every save either process acknowledged must be in the file left at the path.
The second process either closes the case or is killed with SIGKILL before it can.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from iomed_desk.app.opening import create_case, open_with_key
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import UserError
from tests.conftest import PASSPHRASE, new_case_spec
from tests.reliability.helpers import ROOT, child_env, figure

REPLACED = ("The case file was moved or replaced while open; nothing more is saved to it. "
            "Save your text elsewhere and reopen the case.")


class SecondProcess:
    def __init__(self, case: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.replace_child", str(case)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=child_env(), cwd=ROOT)

    def ask(self, **command: str) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read() if self.proc.stderr else "the second process ended"
        return json.loads(line)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def finish(self) -> None:
        self.ask(op="exit")
        assert self.proc.wait(30) == 0, self.proc.stderr.read() if self.proc.stderr else ""

    def release(self) -> None:
        """Killed if still running; its pipes closed either way."""
        if self.proc.poll() is None:
            self.kill()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def final_state(case: Path, key: bytes) -> tuple[set[str], tuple[str, ...]]:
    """The joint notes in the file left at the path, and its integrity problems (or why it did not open)."""
    try:
        final = open_with_key(case, key)
    except UserError as exc:
        return set(), (f"does not open: {exc.message}",)
    try:
        return {n.id for n in final.notes_in(Channel.joint())}, tuple(final.check().problems)
    finally:
        final.close()


@pytest.mark.parametrize("second_ends", ["closes", "killed"])
def test_a_replaced_file_refuses_later_saves_and_loses_nothing(tmp_path: Path, second_ends: str) -> None:
    case = tmp_path / "case.iomed"
    first = create_case(case, PASSPHRASE, new_case_spec())
    key = first.db.key
    acked: list[str] = []
    for i in range(5):
        acked.append(first.take_note(Channel.joint(), f"first process, before {i}", "agenda").created_id or "")

    late_acked: list[str] = []
    errors: list[str] = []
    second_failures: list[str] = []
    second = SecondProcess(case)
    try:
        assert "error" not in second.ask(op="replace")
        opened = second.ask(op="open", key=key.hex())
        assert "error" not in opened, opened

        def second_saves(numbers: range) -> None:
            for i in numbers:
                reply = second.ask(op="save", title=f"second process {i}")
                if "error" in reply:
                    second_failures.append(reply["error"])
                else:
                    acked.append(reply["acked"])

        second_saves(range(3))
        for i in range(3):
            try:
                late_acked.append(first.take_note(Channel.joint(), f"first process, after {i}", "late").created_id
                                  or "")
            except UserError as exc:
                errors.append(exc.message)
        first.close()  # while the second process still has the file open
        second_saves(range(3, 6))
        if second_ends == "killed":
            second.kill()
        else:
            assert "error" not in second.ask(op="close")
            second.finish()
    finally:
        second.release()

    kept, problems = final_state(case, key)
    lost = [a for a in [*acked, *late_acked] if a not in kept]
    clear = len(errors) == 3 and all(e == REPLACED for e in errors)
    ok = not lost and not late_acked and clear and not second_failures and not problems
    figure(f"replaced_file.{second_ends}", "replaced file (cp + mv, a second process opens it and saves, then "
           f"{'closes' if second_ends == 'closes' else 'is killed'}): acknowledged saves lost",
           len(lost), "0; saves after the replacement refused with a clear error", ok,
           acknowledged=len(acked) + len(late_acked), acknowledged_after_replacement=len(late_acked),
           errors=sorted(set(errors)), second_process_failures=second_failures[:3],
           integrity_problems=list(problems))
    assert not late_acked, "a save after the replacement was acknowledged"
    assert clear, errors
    assert not second_failures, second_failures
    assert not lost, lost
    assert not problems, problems
