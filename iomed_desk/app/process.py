"""Process hygiene for every entry point: a crash writes no core file, and no other process can read our memory.

A case's decrypted pages and key live in this process's memory while it is open, so the
command line hardens itself exactly as the window does (DESIGN.md section 4), first thing
in `main`, before any passphrase is read:

- `RLIMIT_CORE` 0 (soft and hard, so nothing in the process can raise it again), where
  the platform has it (not Windows, whose crash dumps are a system policy);
- Linux: `prctl(PR_SET_DUMPABLE, 0)`, so the kernel writes no core even if the limit is
  raised from outside, and other processes of the same user cannot ptrace it or read
  `/proc/<pid>/mem`.

The window adds capture exclusion on top (gui/hygiene.py).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from dataclasses import dataclass

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class ProcessHygiene:
    """What was actually done, so the About dialog and the tests can say so rather than assume."""

    core_dumps_disabled: bool
    not_dumpable: bool
    notes: tuple[str, ...] = ()


def harden() -> ProcessHygiene:
    """Core dumps off and (Linux) not dumpable; safe to call more than once."""
    notes: list[str] = []
    core_off = _disable_core_dumps(notes)
    not_dumpable = _set_not_dumpable(notes)
    return ProcessHygiene(core_off, not_dumpable, tuple(notes))


def _disable_core_dumps(notes: list[str]) -> bool:
    try:
        import resource
    except ImportError:  # Windows
        notes.append("no core-dump limit on this platform")
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:
        notes.append(f"RLIMIT_CORE: {exc}")
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """libc, looked up once. On Linux the process's own symbols (libc is linked in) serve, so start-up
    runs no `ldconfig -p` subprocess as `ctypes.util.find_library` would (milliseconds per call)."""
    if sys.platform.startswith("linux"):
        try:
            return ctypes.CDLL(None, use_errno=True)
        except OSError:
            pass
    from ctypes import util

    name = util.find_library("c") or "libc.so.6"
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _set_not_dumpable(notes: list[str]) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        notes.append("libc not found: process stays dumpable")
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        notes.append(f"prctl(PR_SET_DUMPABLE) failed: errno {ctypes.get_errno()}")
    return is_dumpable() is False


def is_dumpable() -> bool | None:
    """Linux only: the kernel's answer to PR_GET_DUMPABLE; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


# The process record of a case (issue 16) lives in app/process_record.py; its two reads the closing step
# needs are reachable here too, imported only when asked for, so that the entry points' hardening
# above still imports nothing of the case layer.
_RECORD_NAMES = frozenset({"termination", "retention_days", "summary", "agreement_to_mediate"})


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name in _RECORD_NAMES:
        from iomed_desk.app import process_record

        return getattr(process_record, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
