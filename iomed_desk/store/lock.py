"""One writer per case file, without a lock file beside it.

An advisory `flock` on the case file itself (POSIX) or a lock on a byte far
past the end of any real case file (Windows, where SQLite's own locks live
elsewhere). SQLite's POSIX record locks are independent of `flock`, so SQLite's
connections in this process are not disturbed. The descriptor must stay open
until every SQLite connection on the file is closed: closing any descriptor of
a file drops the process's POSIX record locks on it.
"""

from __future__ import annotations

import os
from pathlib import Path

from iomed_desk.core.errors import CaseLocked, NotACaseFile

_WIN_LOCK_OFFSET = 0x7FFF0000


class CaseLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None

    def acquire(self) -> CaseLock:
        try:
            fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise NotACaseFile(f"No such file: {self.path}") from None
        except IsADirectoryError:
            raise NotACaseFile(f"{self.path} is a folder, not a case file.") from None
        except PermissionError:
            raise NotACaseFile(f"Permission denied (the case file must be writable): {self.path}") from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise CaseLocked() from None
        self._fd = fd
        self._identity = _identity(os.fstat(fd))
        return self

    @property
    def held(self) -> bool:
        return self._fd is not None

    def at_path(self) -> bool:
        """Whether `path` still leads to the locked file (False once it is moved, replaced or deleted)."""
        if self._fd is None:
            return False
        try:
            return _identity(os.stat(self.path)) == self._identity
        except OSError:
            return False

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
