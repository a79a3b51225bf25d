"""The command line: `iomed-desk` with no arguments starts the GUI.

Passphrases come from the terminal, or with `--passphrase-stdin` from stdin
(one per line), never from argv. Exit codes: 0 success; 1 the thing checked is
bad; 2 usage or unreadable input. Errors are one line on stderr, never a traceback.
Every command runs hardened (core dumps off, not dumpable) from the first line of `main`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from iomed_desk import __version__
from iomed_desk.app.process import harden
from iomed_desk.cli.passphrases import passphrase_option
from iomed_desk.core.errors import UserError
from iomed_desk.warnings_policy import quiet_third_party_deprecations

PROG = "iomed-desk"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {PROG} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from iomed_desk.cli.case_commands import register_case_commands

    parser = _Parser(prog=PROG, description="IOMed Desk: confidential mediation desk.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    g = sub.add_parser("gui", help="start the desktop application (the default)")
    g.add_argument("case", nargs="?", type=Path, help="a case file to unlock at once")
    g.add_argument("--smoke", action="store_true",
                   help="open the start window offscreen, paint it and exit (a packaging check)")
    g.set_defaults(func=lambda args: _gui([*(["--smoke"] if args.smoke else []),
                                           *([str(args.case)] if args.case else [])]))
    register_case_commands(sub, passphrase_option)
    from iomed_desk.cli.close_command import register_close_command

    register_close_command(sub, passphrase_option)
    from iomed_desk.cli import impartiality_command

    impartiality_command.register(sub, passphrase_option)
    from iomed_desk.cli import offers_command

    offers_command.register(sub, passphrase_option)
    from iomed_desk.cli import exhibits_command

    exhibits_command.register(sub, passphrase_option)
    from iomed_desk.cli import process_commands

    process_commands.register(sub, passphrase_option)
    try:
        from iomed_desk.cli import signing
    except ImportError:  # the signing commands ship with the export package
        pass
    else:
        signing.register(sub)
    return parser


def _gui(argv: list[str]) -> int:
    try:
        from iomed_desk.gui.main import main as gui_main
    except ImportError as exc:
        raise UserError(f"The desktop interface is not available here ({exc.name} is missing).") from None
    return gui_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    harden()  # before any argument, passphrase or case is read: a crash from here on writes no core
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] == "gui":
        # the window's road (the .desktop file runs `iomed-desk gui %f`): straight to gui/main.py, which
        # parses its own arguments and paints the start window before any case layer is imported; the
        # warnings policy runs there, before the case layers (gui/main_window.py, load_case_layers)
        return _run(lambda: _gui(args_list[1:]))
    quiet_third_party_deprecations()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return _run(lambda: args.func(args))


def _run(action: Callable[[], int]) -> int:
    try:
        return int(action() or 0)
    except UserError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a bug: one line, and the details only on request
        if os.environ.get("IOMED_DEBUG"):
            raise
        print(f"{PROG}: internal error ({type(exc).__name__}); this is a bug — run with IOMED_DEBUG=1 for "
              "details", file=sys.stderr)
        return 70
