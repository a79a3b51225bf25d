"""Passphrases for the command line: from the terminal, or one per line of stdin; never from argv."""

from __future__ import annotations

import argparse
import getpass
import sys

from iomed_desk.core.errors import InvalidInput


def passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="read the passphrase(s) from standard input, one per line, instead of the terminal")


class Passphrases:
    """Reads passphrases once, from stdin lines or the terminal, in the order a command asks."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._lines: list[str] | None = None

    def _stdin_line(self, index: int, what: str) -> str:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines()
        if index >= len(self._lines) or not self._lines[index]:
            raise InvalidInput(f"Expected the {what[0].lower()}{what[1:]} on line {index + 1} of standard input.")
        return self._lines[index]

    def ask(self, index: int, what: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            return self._stdin_line(index, what)
        if not sys.stdin.isatty():
            raise InvalidInput("No terminal to ask for the passphrase: use --passphrase-stdin.")
        first = getpass.getpass(f"{what[0].upper()}{what[1:]}: ")
        if confirm and getpass.getpass(f"Repeat the {what}: ") != first:
            raise InvalidInput("The two passphrases differ; nothing was changed.")
        return first
