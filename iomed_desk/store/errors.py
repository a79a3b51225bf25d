"""Sort SQLite's errors: the environment's fault becomes a `UserError`; anything else is a bug.

Modelled on qutebrowser's `raise_sqlite_error`.
"""

from __future__ import annotations

import errno

import sqlcipher3

from iomed_desk.core.errors import CaseLocked, DamagedFile, DiskFull, UserError, WrongPassphrase

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def sort_error(exc: BaseException, *, opening: bool = False) -> BaseException:
    """The `UserError` that explains `exc`, or `exc` itself when it is a bug."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return DiskFull()
        return UserError(f"Cannot write the file: {exc.strerror or exc}.")
    if not isinstance(exc, sqlcipher3.Error):
        return exc
    code = _primary_code(exc)
    if str(exc).startswith("refused: "):  # a rule of the schema (e.g. the frozen case, schema 6)
        from iomed_desk.core.errors import NotAllowed

        reason = str(exc).removeprefix("refused: ")
        return NotAllowed(reason[:1].upper() + reason[1:] + ".")
    text = str(exc).lower()
    if code == SQLITE_NOTADB or "not a database" in text:
        if opening:
            return WrongPassphrase()
        return DamagedFile("The case file is damaged: a page failed its integrity check.")
    if code == SQLITE_CORRUPT or "malformed" in text:
        return DamagedFile("The case file is damaged (the database structure is inconsistent).")
    if code == SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return DiskFull("The case file could not be written (the disk is full or failing): the change was not saved.")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return CaseLocked()
    if code == SQLITE_READONLY or "readonly" in text:
        return UserError("The case file is read-only here: changes cannot be saved.")
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return UserError("The case file cannot be opened (check the folder and its permissions).")
    return exc
