"""The case-file subcommands: new, demo, info, check, backup, passwd (and export, attest: cli/export_command.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app.opening import NewCase, NewParty
from iomed_desk.cli.export_command import register_export_commands
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.audit import AuditHead
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import system_clock
from iomed_desk.core.errors import DamagedFile, InvalidInput
from iomed_desk.core.model import CaseKind, RuleSetName


def register_case_commands(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="create a new encrypted case file")
    p.add_argument("case", type=Path)
    p.add_argument("--reference", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in CaseKind])
    p.add_argument("--mediator", action="append", required=True, metavar="NAME")
    p.add_argument("--party", action="append", required=True, metavar="NAME")
    p.add_argument("--rules", default=RuleSetName.CONSENT.value, choices=[r.value for r in RuleSetName],
                   help="disclosure rule set (default: consent)")
    p.add_argument("--language", action="append", choices=["en", "zh-Hans", "zh-Hant"],
                   help="case language, once or twice (default: en)")
    p.add_argument("--place", default="Hong Kong")
    p.add_argument("--time-zone", default="", metavar="ZONE",
                   help="IANA time zone of the place, which dates the agreement "
                        "(default: the zone known for the place, e.g. Asia/Hong_Kong)")
    passphrase_option(p)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="write a realistic demo case")
    p.add_argument("case", type=Path)
    p.add_argument("--closed", action="store_true",
                   help="the second demo case: the story terminated and closed, its caucus material destroyed, "
                        "with the destruction certificate and the demo mediator identity that signed it beside it")
    passphrase_option(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="reference, parties, counts, schema and cipher settings")
    p.add_argument("case", type=Path)
    passphrase_option(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="integrity: page HMACs, database structure, audit chain, and every "
                                     "commitment and row against its audit event")
    p.add_argument("case", type=Path)
    p.add_argument("--expect-head", metavar="SEQ:HASH",
                   help="an audit head held outside the file (from an export, a backup or an earlier check): "
                        "exit 1 if the file's chain does not contain it (rolled back, truncated or replaced)")
    passphrase_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="write a consistent encrypted copy")
    p.add_argument("case", type=Path)
    p.add_argument("dest", type=Path)
    passphrase_option(p)
    p.set_defaults(func=cmd_backup)

    register_export_commands(sub, passphrase_option)

    p = sub.add_parser("passwd", help="change the passphrase (stdin: current, then new)")
    p.add_argument("case", type=Path)
    passphrase_option(p)
    p.set_defaults(func=cmd_passwd)


def _passphrases(args: argparse.Namespace) -> Passphrases:
    return Passphrases(args.passphrase_stdin)


def cmd_new(args: argparse.Namespace) -> int:
    spec = NewCase(reference=args.reference, title=args.title, kind=CaseKind(args.kind),
                   mediators=tuple(args.mediator), parties=tuple(NewParty(n) for n in args.party),
                   rule_set=RuleSetName(args.rules), languages=tuple(args.language or ["en"]), place=args.place,
                   time_zone=args.time_zone)
    opening.build_case(spec, system_clock)  # validate before asking for a passphrase
    passphrase = _passphrases(args).ask(0, "new passphrase", confirm=True)
    session = opening.create_case(args.case, passphrase, spec)
    session.close()
    print(f"Created {args.case} ({spec.reference}, {len(spec.parties)} parties).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo

    passphrase = _passphrases(args).ask(0, "passphrase for the demo case") if args.passphrase_stdin else DEMO_PASSPHRASE
    if args.closed:
        from iomed_desk.app.demo import write_closed_demo

        done = write_closed_demo(args.case, passphrase)
        print(f"Closed demo case written to {args.case}" + ("" if args.passphrase_stdin else
                                                              f"; its passphrase is: {DEMO_PASSPHRASE}"))
        print(done.change.text)
        print(f"Destruction certificate: {done.certificate} (verify it with: iomed-desk verify {done.certificate} "
              f"--trust {done.pem})")
        print(f"Demo mediator identity: {done.identity}; its published passphrase is: {done.identity_passphrase}")
        return 0
    write_demo(args.case, passphrase)
    if not args.passphrase_stdin:
        print(f"Demo case written to {args.case}; its passphrase is: {DEMO_PASSPHRASE}")
    else:
        print(f"Demo case written to {args.case}.")
    return 0


def _unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return opening.unlock(args.case, _passphrases(args).ask(0, "passphrase"))


def cmd_info(args: argparse.Namespace) -> int:
    from iomed_desk.app.export import export_entries
    from iomed_desk.cli import process_commands

    session = _unlock(args)
    try:
        info = session.info()
        exports = export_entries(session)
        process = process_commands.info_lines(session)
    finally:
        session.close()
    case = info.case
    kdf = info.kdf
    lines = [
        f"Reference:   {case.reference}",
        f"Title:       {case.title}",
        f"Kind:        {case.kind.value}",
        f"Rules:       {case.rule_set.value}",
        f"Status:      {case.status.value}",
        f"Languages:   {', '.join(case.languages)}",
        f"Place:       {case.place}",
        "Mediators:   " + "; ".join(m.name for m in case.mediators),
        "Parties:",
    ]
    for p in case.parties:
        reps = f" — represented by {', '.join(p.representatives)}" if p.representatives else ""
        lines.append(f"  {p.id}  {p.name} ({p.kind.value}){reps}")
    lines.append("Notes:")
    for channel in ["joint", *[f"party:{p.id}" for p in case.parties], "mediator"]:
        label = case.channel_label(Channel.parse(channel))
        lines.append(f"  {label:<44} {info.notes_by_channel.get(channel, 0)}")
    lines += [
        f"Sessions:    {info.sessions}",
        f"Disclosures: {info.disclosures}",
        f"Audit:       {info.audit_events} events, head {info.audit_head}",
        f"Schema:      {info.schema_version} (file format {info.format_version})",
        f"Key:         Argon2id m={kdf.memory_kib} KiB, t={kdf.iterations}, p={kdf.lanes}, raw key to SQLCipher",
        "Cipher:      " + ", ".join(f"{k}={v}" for k, v in info.cipher.items()),
        f"Exports:     {len(exports)}" if exports else "Exports:     none",
    ]
    for e in exports:
        lines += [f"  {e.number}. {e.exported_at.isoformat(timespec='seconds')}  {e.file_name}",
                  f"    PDF SHA-256:           {e.pdf_sha256 or 'not recorded'}",
                  f"    agreement fingerprint: {e.fingerprint or 'not recorded'}"]
        if e.awaiting_paper:
            lines.append("    status:                awaiting paper signatures, then the mediator's attestation")
        if e.reason:
            lines.append(f"    reason:                {e.reason} (replaces export {e.previous_number}, "
                         f"PDF SHA-256 {e.previous_pdf_sha256 or 'not recorded'})")
    lines += process
    print("\n".join(lines))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Each problem on a line of its own on stdout; the verdict, one line, on stderr (exit 1)."""
    expected = None
    if args.expect_head is not None:
        try:
            expected = AuditHead.parse(args.expect_head)
        except ValueError:
            raise InvalidInput(f"--expect-head takes SEQ:HASH (a number, a colon, 64 hex digits), "
                               f"not {args.expect_head!r}.") from None
    try:
        session = _unlock(args)
    except DamagedFile as exc:
        raise DamagedFile(f"{args.case.name}: damaged: {exc.message}") from None
    try:
        report = session.check()
        held = expected is None or session.contains_head(expected.seq, expected.hash)
        head = session.head()
    finally:
        session.close()
    problems = list(report.problems)
    if not held:
        problems.append(f"the audit chain does not contain the expected head {expected} (the file was rolled "
                        f"back, truncated or replaced by an older copy; its head is {head})")
    if problems:
        for line in problems:
            print(line)
        more = f" (and {len(problems) - 1} more, listed above)" if len(problems) > 1 else ""
        raise DamagedFile(f"{args.case.name}: damaged: {problems[0]}{more}")
    print(f"{args.case.name}: ok (page HMACs, database structure, audit chain of {report.audit_events} events, "
          f"every commitment and row against its event{', expected head contained' if expected else ''}); "
          f"head {head}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.dest.exists():
        raise InvalidInput(f"{args.dest} already exists; choose a new file name for the backup.")
    session = _unlock(args)
    try:
        change = session.backup(args.dest)
    finally:
        session.close()
    print(change.text)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    asker = _passphrases(args)
    current = asker.ask(0, "current passphrase")
    new = asker.ask(1, "new passphrase", confirm=True)
    session = opening.unlock(args.case, current)
    try:
        change = session.change_passphrase(current, new)
    finally:
        session.close()
    print(change.text)
    return 0
