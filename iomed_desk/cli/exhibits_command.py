"""`iomed-desk exhibits CASE list | add FILE ... | export EXHIBIT OUT | revise EXHIBIT FILE | delete EXHIBIT`.

The mediator's view of the case's exhibits (issue 18): `list` prints each live exhibit's id, label,
channel, file name, type, size, revision and SHA-256; `add` streams a file into the case file
(progress on stderr); `export` writes one exhibit's bytes to OUT, checks their SHA-256 and audits it;
`revise` streams a file in as the exhibit's next revision (a disclosure keeps the revision it names);
`delete` destroys every revision's bytes, the audit keeping that the exhibit existed. It asks first
on a terminal; elsewhere it needs `--yes`. An exhibit is named by its id or its label, as
`export --annex` takes it. Once the mediation has ended the case is read-only: `revise` and `delete`
are refused before anything is read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app.annexes import annex_id
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.exhibits import ExhibitsDesk, exhibits_desk
from iomed_desk.app.process_record import termination
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed, UserError
from iomed_desk.core.exhibits import format_size

EXHIBIT_HELP = 'the exhibit: its id or its label, e.g. "C-12"'
NO_TERMINAL = "No terminal to confirm the deletion on: add --yes to delete the exhibit."


def register(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("exhibits", help="the case's exhibits: list, add, export, revise or delete one "
                                        "(the mediator's view)")
    p.add_argument("case", type=Path)
    actions = p.add_subparsers(dest="action", required=True, metavar="list|add|export|revise|delete")
    listing = actions.add_parser("list", help="every exhibit with its SHA-256")
    add = actions.add_parser("add", help="add FILE as an exhibit")
    add.add_argument("file", type=Path)
    add.add_argument("--channel", required=True, help="joint, mediator or party:<id>")
    add.add_argument("--label", required=True, help='the exhibit\'s label, e.g. "C-12"')
    add.add_argument("--produced-by", default="", help="who produced it")
    export = actions.add_parser("export", help="write EXHIBIT's file to OUT (audited)")
    export.add_argument("exhibit", help=EXHIBIT_HELP)
    export.add_argument("out", type=Path)
    revise = actions.add_parser("revise", help="read FILE into EXHIBIT as its next revision (the earlier "
                                               "revisions stay; a disclosure keeps the revision consented to)")
    revise.add_argument("exhibit", help=EXHIBIT_HELP)
    revise.add_argument("file", type=Path)
    revise.add_argument("--name", help="the name the revision is listed under (default: FILE's name)")
    delete = actions.add_parser("delete", help="remove every revision's file of EXHIBIT for good (the audit "
                                               "keeps that it existed)")
    delete.add_argument("exhibit", help=EXHIBIT_HELP)
    delete.add_argument("--yes", action="store_true", help="delete without asking (needed without a terminal)")
    for action in (listing, add, export, revise, delete):
        passphrase_option(action)
    p.set_defaults(func=cmd_exhibits)


def _channel(text: str) -> Channel:
    try:
        return Channel.parse(text)
    except ValueError:
        raise InvalidInput(f"Unknown channel {text!r}: use joint, mediator or party:<id>.") from None


def cmd_exhibits(args: argparse.Namespace) -> int:
    channel = _channel(args.channel) if args.action == "add" else None
    if args.action == "delete" and not args.yes and not sys.stdin.isatty():
        raise InvalidInput(NO_TERMINAL)
    session = opening.unlock(args.case, Passphrases(args.passphrase_stdin).ask(0, "passphrase"))
    try:
        desk = exhibits_desk(session)
        if args.action in ("revise", "delete"):
            _check_not_ended(session)
        if args.action == "list":
            out = _list(desk)
        elif args.action == "add":
            assert channel is not None
            change = desk.import_file(args.file, channel, label=args.label, produced_by=args.produced_by,
                                      progress=_progress if sys.stderr.isatty() else None)
            x = desk.exhibit(change.created_id or "")
            out = [f"{change.text}: {x.id} ({x.name}, {x.media_type.short}, {format_size(x.size)}, sha256 {x.sha256})."]
        elif args.action == "export":
            change = desk.export(_exhibit_id(session, args.exhibit), args.out)
            out = [f"{change.text}; written to {args.out}."]
        elif args.action == "revise":
            out = [_revise(desk, _exhibit_id(session, args.exhibit), args.file, args.name)]
        else:
            out = [_delete(desk, _exhibit_id(session, args.exhibit), confirmed=args.yes)]
    finally:
        session.close()
    print("\n".join(out))
    return 0


def _list(desk: ExhibitsDesk) -> list[str]:
    found = desk.visible(Audience.mediator())
    out = [f"Exhibits of {desk.session.case.reference}"]
    if not found:
        out.append("No exhibits.")
    for x in found:
        out.append(f"{x.id}  {x.label}  {x.channel}  {x.name}  {x.media_type.short}  {format_size(x.size)}"
                   f"  revision {x.revision}  sha256 {x.sha256}")
    return out


def _revise(desk: ExhibitsDesk, exhibit_id: str, file: Path, name: str | None) -> str:
    change = desk.revise(exhibit_id, file, name=name, progress=_progress if sys.stderr.isatty() else None)
    x = desk.exhibit(exhibit_id)
    return (f"{change.text}: {x.label} revision {x.revision} ({x.name}, {x.media_type.short}, "
            f"{format_size(x.size)}, sha256 {x.sha256}).")


def _delete(desk: ExhibitsDesk, exhibit_id: str, *, confirmed: bool) -> str:
    x = desk.exhibit(exhibit_id)
    count = len(desk.revisions(exhibit_id))
    revisions = f"{count} revision{'' if count == 1 else 's'}"
    if not confirmed and not _confirm(f"Delete exhibit {x.label} ({x.name}, {revisions}) for good? The file of "
                                      "every revision is removed from the case. [y/N] "):
        raise UserError(f"Nothing was deleted; {x.label} stays.")
    desk.delete(exhibit_id)
    return f"Deleted {x.label} ({revisions}); the audit keeps that it existed."


def _confirm(question: str) -> bool:
    """Asks on the terminal (the question on stderr, so stdout keeps only the result)."""
    print(question, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().casefold() in ("y", "yes")


def _exhibit_id(session: CaseSession, typed: str) -> str:
    """The id of the exhibit typed as its id or its label ("c-12" finds C-12), as `export --annex` takes it."""
    return annex_id(session, typed)


def _check_not_ended(session: CaseSession) -> None:
    ended = termination(session)
    if ended is not None:
        raise NotAllowed(f"The mediation ended ({ended.outcome.value}) on {ended.ended_on.isoformat()}: the case "
                         "is read-only; nothing was changed.")


def _progress(done: int, size: int) -> None:
    print(f"\r{done * 100 // max(size, 1)} %", end="", file=sys.stderr, flush=True)
