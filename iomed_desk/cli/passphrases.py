"""Passphrases for the command line: from the terminal, or one per line of stdin; never from argv.

Stdin is read as bytes and decoded as UTF-8 whatever the locale, so a passphrase typed on one
machine opens the case on another; bytes that are not UTF-8 are a usage error, not a key.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from iomed_desk.core.errors import InvalidInput


def passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="read the passphrase(s) from standard input, one per line, instead of the terminal")


NOT_UTF8_STDIN = "Standard input is not UTF-8 text: give the passphrase as UTF-8."
NOT_TEXT_TERMINAL = "The terminal sent a passphrase that is not valid text in its encoding."


def _stdin_text() -> str:
    raw = getattr(sys.stdin, "buffer", None)
    try:
        text = raw.read().decode("utf-8") if raw is not None else sys.stdin.read()
        text.encode("utf-8")  # a text stream may hold lone surrogates (surrogateescape)
    except UnicodeError:
        raise InvalidInput(NOT_UTF8_STDIN) from None
    return text


class Passphrases:
    """Reads passphrases once, from stdin lines or the terminal, in the order a command asks."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._lines: list[str] | None = None

    def _stdin_line(self, index: int, what: str) -> str:
        if self._lines is None:
            self._lines = _stdin_text().splitlines()
        if index >= len(self._lines) or not self._lines[index]:
            raise InvalidInput(f"Expected the {what[0].lower()}{what[1:]} on line {index + 1} of standard input.")
        return self._lines[index]

    def ask(self, index: int, what: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            return self._stdin_line(index, what)
        if not sys.stdin.isatty():
            raise InvalidInput("No terminal to ask for the passphrase: use --passphrase-stdin.")
        first = _typed(f"{what[0].upper()}{what[1:]}: ")
        if confirm and _typed(f"Repeat the {what}: ") != first:
            raise InvalidInput("The two passphrases differ; nothing was changed.")
        return first


def _typed(prompt: str) -> str:
    try:
        text = getpass.getpass(prompt)
        text.encode("utf-8")
    except UnicodeError:
        raise InvalidInput(NOT_TEXT_TERMINAL) from None
    return text
