"""One small hierarchy of errors.

A `UserError` carries a message fit to show as it is (one line, no jargon); the CLI
prints it on stderr and the GUI shows it in a message box. Anything else that
escapes is a bug and goes to the crash dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """The environment's or the user's doing, explained in one line."""

    #: exit code the command line uses: 1 the thing checked is bad, 2 usage or unreadable input
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(UserError):
    def __init__(self, message: str = "Wrong passphrase, or this is not an IOMed Desk case file.") -> None:
        super().__init__(message)


class NotACaseFile(UserError):
    exit_code = 2


class DamagedFile(UserError):
    pass


class DiskFull(UserError):
    def __init__(self, message: str = "The disk is full: the change was not saved. Free some space and try again.") -> None:
        super().__init__(message)


class CaseLocked(UserError):
    def __init__(self, message: str = "This case is open in another window or program. Close it there first.") -> None:
        super().__init__(message)


class FileReplaced(UserError):
    """The path no longer leads to the file that was opened and locked (moved, replaced or deleted).

    Writing on would go to a file nobody will open again, or beside another process's lock.
    """

    def __init__(self, message: str = "The case file was moved or replaced while open; nothing more is saved "
                                      "to it. Save your text elsewhere and reopen the case.") -> None:
        super().__init__(message)


class NewerSchema(UserError):
    pass


class AlteredSchema(DamagedFile):
    """The file's tables, indexes, triggers or views are not exactly those its schema version calls for.

    Refused before any read: an unknown trigger or view is an attack, not data.
    """


class NotAllowed(UserError):
    """A rule of the case forbids the operation (missing consents, a frozen agreement, ...)."""


class InvalidInput(UserError):
    exit_code = 2


class SignatureProblem(UserError):
    pass


class FirewallViolation(AssertionError):
    """Content was about to be shown to an audience that may not see it.

    Deliberately not a UserError: it means a bug in a query or a view, and must
    never be swallowed.
    """
