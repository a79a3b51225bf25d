"""Issue 12, hole 5: every command-line command runs with core dumps off and the process not dumpable.

Each command is started as the user starts it (`python -m iomed_desk ...`), with the core-file
limit it inherits raised as far as this process may, and with its input file (the case, the
identity, the PDF) a FIFO: the command blocks opening it, well past start-up, and this test
knows it is there when a writer can open the FIFO. Then, from outside:

- `/proc/<pid>/limits`: the core-file limit must be 0 (soft and hard);
- not dumpable: when this test runs as another user than root, `/proc/<pid>` belongs to root
  once the process is not dumpable; as root with CAP_SYS_RESOURCE, the limit is raised
  again from outside (`prlimit`) and the crash below must still write no core, which only
  the not-dumpable flag can then prevent. As root without it (some containers), the flag
  cannot be seen from outside: tests/cli/test_process_hygiene.py asks the kernel from
  inside each command's process;
- the command is killed with SIGSEGV or SIGABRT, and no core file may appear where the
  system's `core_pattern` would put it.

No system setting is changed.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.reliability.helpers import child_env, figure

PASSPHRASE = "correct horse battery"
DEADLINE_S = 60


@dataclass
class Outcome:
    command: str
    reached: bool
    core_limit: tuple[int, int] | None = None
    limit_raised_from_outside: bool = False
    proc_owner_is_root: bool | None = None
    signal: str = ""
    returncode: int | None = None
    cores: tuple[str, ...] = ()


def commands(folder: Path) -> dict[str, tuple[list[str], str, Path]]:
    """name -> (arguments, stdin, the FIFO the command blocks on)."""
    case, p12, pdf = folder / "case.iomed", folder / "mediator.p12", folder / "agreement.pdf"
    line = PASSPHRASE + "\n"
    return {
        "info": (["info", str(case), "--passphrase-stdin"], line, case),
        "check": (["check", str(case), "--passphrase-stdin"], line, case),
        "backup": (["backup", str(case), str(folder / "backup.iomed"), "--passphrase-stdin"], line, case),
        "passwd": (["passwd", str(case), "--passphrase-stdin"], line + "another long passphrase\n", case),
        "export": (["export", str(case), str(folder / "out.pdf"), "--identity", str(p12), "--passphrase-stdin"],
                   line + line, case),
        "identity cert": (["identity", "cert", str(p12), str(folder / "cert.pem"), "--passphrase-stdin"], line, p12),
        "verify": (["verify", str(pdf)], "", pdf),
    }


def core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


def core_folder(cwd: Path) -> Path | None:
    """Where a core file of a process in `cwd` would go, if the pattern names a file at all."""
    pattern = core_pattern()
    if not pattern or pattern.startswith("|"):
        return None
    return Path(pattern).parent if pattern.startswith("/") else cwd / Path(pattern).parent


def allow_core_dumps() -> None:
    """In the child before exec: the soft core-file limit up to the hard one, so the command starts with
    core dumps allowed (as many systems have them) and must turn them off itself."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def core_limit(pid: int) -> tuple[int, int]:
    for row in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if row.startswith("Max core file size"):
            soft, hard = row.split()[4:6]
            return (-1 if soft == "unlimited" else int(soft), -1 if hard == "unlimited" else int(hard))
    raise AssertionError("no core-file limit in /proc/<pid>/limits")


def wait_for_reader(fifo: Path, proc: subprocess.Popen[str]) -> int | None:
    """A write end of `fifo` once the command has it open for reading; None if the command ended first."""
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end and proc.poll() is None:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
        time.sleep(0.02)
    return None


def run_and_crash(name: str, args: list[str], stdin: str, fifo: Path, cwd: Path, sig: signal.Signals) -> Outcome:
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "iomed_desk", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd,
                            env=child_env(), preexec_fn=allow_core_dumps)
    outcome = Outcome(name, reached=False)
    writer = None
    try:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        writer = wait_for_reader(fifo, proc)
        if writer is None:
            return outcome
        outcome.reached = True
        outcome.core_limit = core_limit(proc.pid)
        if os.getuid() != 0:
            outcome.proc_owner_is_root = os.stat(f"/proc/{proc.pid}").st_uid == 0
        else:
            try:
                resource.prlimit(proc.pid, resource.RLIMIT_CORE,
                                 (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
                outcome.limit_raised_from_outside = True
            except OSError:
                pass
        outcome.signal = sig.name
        proc.send_signal(sig)
        outcome.returncode = proc.wait(DEADLINE_S)
        return outcome
    finally:
        if writer is not None:
            os.close(writer)
        if proc.poll() is None:
            proc.kill()
            proc.wait(DEADLINE_S)
        if proc.stderr is not None:
            proc.stderr.close()


def test_no_command_line_command_can_dump_core(tmp_path: Path) -> None:
    folder = core_folder(tmp_path)
    before = set(folder.iterdir()) if folder is not None and folder.is_dir() else set()
    outcomes = []
    for i, (name, (args, stdin, fifo)) in enumerate(commands(tmp_path).items()):
        sig = (signal.SIGSEGV, signal.SIGABRT)[i % 2]
        outcome = run_and_crash(name, args, stdin, fifo, tmp_path, sig)
        fifo.unlink()
        if folder is not None and folder.is_dir():
            new = [p for p in set(folder.iterdir()) - before if p.name.startswith("core")]
            outcome.cores = tuple(sorted(p.name for p in new))
            for core in new:  # a core file is not overwritten: the next command's would not appear
                core.unlink()
        outcomes.append(outcome)

    cores = [c for o in outcomes for c in o.cores]
    limits_off = all(o.core_limit == (0, 0) for o in outcomes)
    dumpable = [o.command for o in outcomes if o.proc_owner_is_root is False]
    reached = all(o.reached for o in outcomes)
    ok = reached and limits_off and not dumpable and not cores
    figure("cli_core_dumps", "CLI core dumps: core files written by commands killed with SIGSEGV/SIGABRT",
           "none written" if not cores else f"{len(cores)} written", "none written; core limit 0, not dumpable",
           ok, core_pattern=core_pattern(), scanned=str(folder) if folder else "not a file (piped to a handler)",
           per_command={o.command: {"core limit": o.core_limit, "signal": o.signal, "exit": o.returncode,
                                    "limit raised from outside": o.limit_raised_from_outside,
                                    "/proc owner root": o.proc_owner_is_root, "cores": list(o.cores)}
                        for o in outcomes})
    assert reached, [o.command for o in outcomes if not o.reached]
    assert limits_off, {o.command: o.core_limit for o in outcomes}
    assert not dumpable, dumpable
    assert not cores, cores
