"""Write a file so that readers see the old bytes or the new ones, never half of each.

Exports and identity files are written as a temp file in the target folder,
fsynced, then renamed over the target: a crash or full disk leaves at most a
stray temp file, never a truncated agreement or key.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from iomed_desk.core.errors import DiskFull, InvalidInput


def write_atomically(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o644,
                     overwrite: bool = True) -> None:
    """Replace `path` with `data` atomically; with overwrite=False refuse an existing file."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not overwrite and target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _as_user_error(exc, target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite and target.exists():
            raise InvalidInput(f"{target} already exists; choose another name.")
        os.replace(tmp, target)
        _fsync_folder(folder)
    except OSError as exc:
        _discard(tmp)
        raise _as_user_error(exc, target) from None
    except BaseException:
        _discard(tmp)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _as_user_error(exc: OSError, target: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"The disk is full: {target} was not written. Free some space and try again.")
    return InvalidInput(f"Cannot write {target}: {exc.strerror or exc}.")
