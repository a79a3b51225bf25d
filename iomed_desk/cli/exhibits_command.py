"""`iomed-desk exhibits CASE list | add FILE --channel CH --label L [--produced-by WHO] | export ID OUT`.

The mediator's view of the case's exhibits (issue 18): `list` prints each live exhibit's id, label,
channel, file name, type, size and SHA-256; `add` streams a file into the case file (progress on
stderr); `export` writes one exhibit's bytes to OUT, checks their SHA-256 and audits it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.exhibits import format_size


def register(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("exhibits", help="the case's exhibits: list, add a file, export one (the mediator's view)")
    p.add_argument("case", type=Path)
    actions = p.add_subparsers(dest="action", required=True, metavar="list|add|export")
    listing = actions.add_parser("list", help="every exhibit with its SHA-256")
    add = actions.add_parser("add", help="add FILE as an exhibit")
    add.add_argument("file", type=Path)
    add.add_argument("--channel", required=True, help="joint, mediator or party:<id>")
    add.add_argument("--label", required=True, help='the exhibit\'s label, e.g. "C-12"')
    add.add_argument("--produced-by", default="", help="who produced it")
    export = actions.add_parser("export", help="write exhibit ID's file to OUT (audited)")
    export.add_argument("id")
    export.add_argument("out", type=Path)
    for action in (listing, add, export):
        passphrase_option(action)
    p.set_defaults(func=cmd_exhibits)


def _channel(text: str) -> Channel:
    try:
        return Channel.parse(text)
    except ValueError:
        raise InvalidInput(f"Unknown channel {text!r}: use joint, mediator or party:<id>.") from None


def cmd_exhibits(args: argparse.Namespace) -> int:
    channel = _channel(args.channel) if args.action == "add" else None
    session = opening.unlock(args.case, Passphrases(args.passphrase_stdin).ask(0, "passphrase"))
    try:
        desk = exhibits_desk(session)
        if args.action == "list":
            found = desk.visible(Audience.mediator())
            out = [f"Exhibits of {session.case.reference}"]
            if not found:
                out.append("No exhibits.")
            for x in found:
                out.append(f"{x.id}  {x.label}  {x.channel}  {x.name}  {x.media_type.short}  {format_size(x.size)}"
                           f"  revision {x.revision}  sha256 {x.sha256}")
        elif args.action == "add":
            assert channel is not None
            change = desk.import_file(args.file, channel, label=args.label, produced_by=args.produced_by,
                                      progress=_progress if sys.stderr.isatty() else None)
            x = desk.exhibit(change.created_id or "")
            out = [f"{change.text}: {x.id} ({x.name}, {x.media_type.short}, {format_size(x.size)}, sha256 {x.sha256})."]
        else:
            change = desk.export(args.id, args.out)
            out = [f"{change.text}; written to {args.out}."]
    finally:
        session.close()
    print("\n".join(out))
    return 0


def _progress(done: int, size: int) -> None:
    print(f"\r{done * 100 // max(size, 1)} %", end="", file=sys.stderr, flush=True)
