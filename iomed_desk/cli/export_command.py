"""`iomed-desk export` and `iomed-desk attest`: the signing ceremony on the command line.

Each signatory's key source and the checks made for them are named per signatory
(`PARTY[#N]`, N counting the party's signatories from 1):

    --signer "PARTY[#N]=p12:FILE.p12"                          their own PKCS#12 file
    --signer "PARTY[#N]=token:MODULE.so:TOKEN:KEY:CERT.pem"     a PKCS#11 token (certificate, then its chain, in CERT.pem)
    --signer "PARTY[#N]=room"                                   a certificate issued now by the mediator
    --signer "PARTY=paper"                                      signs on paper (also: a party given no key)
    --id-check "PARTY[#N]=passport:1234"                        identity document seen, last 4 characters only
    --authority "PARTY[#N]=power-of-attorney:dated 2026-11-30"   authority instrument seen

Secrets never come from argv: they are asked on the terminal or read, one per line, from stdin
with --passphrase-stdin, in this order: the case's passphrase, the mediator identity's, then each
--party-identity's passphrase, each --issue-party PIN, then one per --signer that needs one (p12:
its passphrase; token: its PIN; room: the PIN the signatory chooses), in the order given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.ceremony import AuthorityCheck, Checks, IdentityCheck
from iomed_desk.core.errors import InvalidInput

_SIGNER_HELP = ("a signatory's key: PARTY[#N]=p12:FILE.p12, PARTY[#N]=token:MODULE.so:TOKEN_LABEL:KEY_LABEL:CERT.pem, "
                "PARTY[#N]=room (a certificate issued now from the mediator's identity) or PARTY=paper; "
                "a party given no key signs on paper")


def register_export_commands(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export the concluded agreement as a signed PDF, with its signing records")
    p.add_argument("case", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--identity", type=Path, required=True, metavar="MEDIATOR.p12",
                   help="the mediator's signing identity (PKCS#12)")
    p.add_argument("--party-identity", action="append", default=[], metavar="NAME=FILE.p12",
                   help="a party's (first signatory's) own identity file")
    p.add_argument("--issue-party", action="append", default=[], metavar="NAME[=REPRESENTATIVE]",
                   help="issue that party's representative a certificate from the mediator's identity, in the room")
    p.add_argument("--signer", action="append", default=[], metavar="PARTY[#N]=SOURCE", help=_SIGNER_HELP)
    p.add_argument("--id-check", action="append", default=[], metavar="PARTY[#N]=TYPE:LAST4",
                   help="the identity document checked (passport, national-id, other) and the last 4 "
                        "characters of its number (never more)")
    p.add_argument("--authority", action="append", default=[], metavar="PARTY[#N]=INSTRUMENT[:DETAIL]",
                   help="the authority instrument seen (full-powers, board-resolution, power-of-attorney, other) "
                        "with its date or description")
    p.add_argument("--reason", default="", metavar="TEXT",
                   help="why the agreement is exported again (required for a second export; recorded)")
    p.add_argument("--annex", action="append", default=[], metavar="EXHIBIT",
                   help="annex an exhibit (its id or label; visible to all parties) to the agreement: listed with "
                        "its SHA-256 and embedded in the signed PDF; repeat in the agreement's order")
    p.add_argument("--json", action="store_true", help="print the verification report as JSON")
    passphrase_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("attest", help="record the paper signatures, then sign the mediator's attestation")
    p.add_argument("case", type=Path)
    p.add_argument("pdf", type=Path, metavar="PDF", help="the PDF `export` wrote, awaiting paper signatures")
    p.add_argument("--identity", type=Path, required=True, metavar="MEDIATOR.p12")
    p.add_argument("--paper", action="append", default=[], metavar="PARTY=witnessed by NAME",
                   help="a party's paper signature and who witnessed it (one per party signing on paper)")
    p.add_argument("--out", type=Path, metavar="FINAL.pdf", help="the final PDF (default: PDF's name + -final.pdf)")
    p.add_argument("--note", default="", help="the attestation's reason line (default: who signed on paper, witnessed by whom)")
    p.add_argument("--json", action="store_true", help="print the verification report as JSON")
    passphrase_option(p)
    p.set_defaults(func=cmd_attest)


def _target(item: str, option: str) -> tuple[str, int, str]:
    """`PARTY[#N]=VALUE` -> (party as typed, 0-based signatory index, value)."""
    who, sep, value = item.partition("=")
    name, hash_, number = who.rpartition("#")
    if hash_ and number.strip().isdigit():
        who, index = name, int(number) - 1
    else:
        index = 0
    if not sep or not who.strip() or not value.strip() or index < 0:
        raise InvalidInput(f"{option} takes PARTY[#N]=VALUE, not {item!r}.")
    return who.strip(), index, value.strip()


def _checks(session, args: argparse.Namespace) -> dict[tuple[str, int], Checks]:  # type: ignore[no-untyped-def]
    from iomed_desk.app.export import party_by_name

    found: dict[tuple[str, int], dict[str, object]] = {}
    for item in args.id_check:
        who, index, value = _target(item, "--id-check")
        kind, sep, last = value.partition(":")
        if not sep:
            raise InvalidInput(f"--id-check takes PARTY[#N]=TYPE:LAST4, not {item!r}.")
        found.setdefault((party_by_name(session, who), index), {})["identity"] = IdentityCheck(kind, last)  # type: ignore[arg-type]
    for item in args.authority:
        who, index, value = _target(item, "--authority")
        kind, _, detail = value.partition(":")
        found.setdefault((party_by_name(session, who), index), {})["authority"] = AuthorityCheck(kind, detail)  # type: ignore[arg-type]
    return {key: Checks(**parts) for key, parts in found.items()}  # type: ignore[arg-type]


def _signer_from(source: str, session, party, index: int, ask: Callable[[str, bool], str],  # type: ignore[no-untyped-def]
                 mediator_identity):  # type: ignore[no-untyped-def]
    from iomed_desk.app.export import signatories
    from iomed_desk.app.signing import issued_party_signer, party_file_signer

    kind, _, rest = source.partition(":")
    blocks = signatories(party)
    who = blocks[index].name if index < len(blocks) and blocks[index].name else (
        party.representatives[0] if party.representatives else party.name)
    if kind == "p12" and rest:
        return party_file_signer(Path(rest), ask(f"passphrase of {Path(rest).name}", False))
    if kind == "room" and not rest:
        return issued_party_signer(mediator_identity, who, ask(f"PIN chosen by {who}", True), organisation=party.name)
    if kind == "token":
        return _token_signer(rest, ask)
    raise InvalidInput(f"A signer's key is p12:FILE, token:MODULE:TOKEN:KEY:CERT.pem, room or paper, not {source!r}.")


def _token_signer(spec: str, ask: Callable[[str, bool], str]):  # type: ignore[no-untyped-def]
    from iomed_desk.app.export import token_signer

    parts = spec.split(":")
    if len(parts) != 4 or not all(parts):
        raise InvalidInput(f"A token signer is token:MODULE.so:TOKEN_LABEL:KEY_LABEL:CERT.pem, not token:{spec!r} "
                           "(the certificate file holds the signer's certificate, then its issuers).")
    module, token, key, cert_file = parts
    return token_signer(module, token, key, Path(cert_file), ask(f"PIN of the token {token}", False))


def cmd_export(args: argparse.Namespace) -> int:
    """The export; see the module's docstring for the order of secrets on stdin."""
    from iomed_desk.app.export import (
        annex_id,
        export_with_record,
        party_by_name,
        record_paths,
        signatories,
    )
    from iomed_desk.app.signing import (
        issued_party_signer,
        load_identity,
        mediator_signer,
        party_file_signer,
    )

    if args.out.exists():
        raise InvalidInput(f"{args.out} already exists; choose a new file name.")
    pairs = []
    for item in args.party_identity:
        name, sep, file = item.rpartition("=")
        if not sep or not name or not file:
            raise InvalidInput(f"--party-identity takes NAME=FILE.p12, not {item!r}.")
        pairs.append((name, Path(file)))
    sources = [_target(item, "--signer") for item in args.signer]
    asker = Passphrases(args.passphrase_stdin)
    session = opening.unlock(args.case, asker.ask(0, "case passphrase"))
    try:
        checks = _checks(session, args)
        annexes = [annex_id(session, typed) for typed in args.annex]
        mediator_identity = load_identity(args.identity, asker.ask(1, f"passphrase of {args.identity.name}"))
        mediator = mediator_signer(mediator_identity)
        line = [2]

        def ask(what: str, confirm: bool) -> str:
            line[0] += 1
            return asker.ask(line[0] - 1, what, confirm=confirm)

        keys: dict[str, dict[int, object]] = {}
        for name, file in pairs:
            keys.setdefault(party_by_name(session, name), {})[0] = party_file_signer(file, ask(f"passphrase of {file.name}", False))
        for item in args.issue_party:
            name, _, representative = item.partition("=")
            party = session.case.party(party_by_name(session, name))
            who = representative.strip() or (party.representatives[0] if party.representatives else party.name)
            keys.setdefault(party.id, {})[0] = issued_party_signer(mediator_identity, who, ask(f"PIN chosen by {who}", True),
                                                                   organisation=party.name)
        paper = set()
        for who, index, source in sources:
            party = session.case.party(party_by_name(session, who))
            if source == "paper":
                paper.add(party.id)
                continue
            if index in keys.get(party.id, {}):
                raise InvalidInput(f"Signatory {index + 1} of {party.name} was given two keys.")
            keys.setdefault(party.id, {})[index] = _signer_from(source, session, party, index, ask, mediator_identity)
        signers: dict[str, object] = {}
        for party in session.case.parties:
            given = keys.get(party.id, {})
            if party.id in paper and given:
                raise InvalidInput(f"{party.name} signs on paper; do not give it a key.")
            if not given:
                continue
            count = max(len(signatories(party)), 1)
            missing = [n + 1 for n in range(count) if n not in given]
            if missing or max(given) >= count:
                raise InvalidInput(f"{party.name} has {count} signator{'y' if count == 1 else 'ies'}: give a key "
                                   f"for each (PARTY#1 to PARTY#{count}){'' if not missing else f'; #{missing[0]} has none'}.")
            signers[party.id] = given[0] if count == 1 else tuple(given[n] for n in range(count))
        result = export_with_record(session, args.out, mediator, signers, checks=checks, reason=args.reason,  # type: ignore[arg-type]
                                    annexes=annexes)
        head = session.head()
        names = record_paths(args.out, session)
        waiting = [s for s in result.entry.awaiting_paper]
    finally:
        session.close()
    print(result.report.to_json() if args.json else result.report.to_text())
    print(result.change.text)
    print(f"Export {result.entry.number}; PDF SHA-256 {result.entry.pdf_sha256}")
    if waiting:
        print("Awaiting paper signatures: " + "; ".join(f"{s.signatory or s.party} for {s.party}" for s in waiting))
        print(f"Print {args.out.name} for them to sign on paper, in the presence of a witness; then record those "
              "signatures and apply the mediator's attestation (which locks the document):")
        papers = " ".join(f'--paper "{party}=witnessed by NAME"' for party in dict.fromkeys(s.party for s in waiting))
        print(f"  iomed-desk attest {args.case} {args.out} --identity {args.identity} {papers}")
    else:
        print("Signing records: " + ", ".join(str(p) for p in result.records or names.values()))
    print(f"Audit head: {head} (the case's record after this export; keep it to check the case file later)")
    return 0


def cmd_attest(args: argparse.Namespace) -> int:
    """stdin lines: the case passphrase, then the mediator identity's."""
    from iomed_desk.app.export import attest_export
    from iomed_desk.app.signing import load_identity, mediator_signer

    out = args.out or args.pdf.with_name(args.pdf.stem + "-final.pdf")
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose a new file name with --out.")
    witnessed = {}
    for item in args.paper:
        who, sep, value = item.partition("=")
        value = value.strip()
        if value.casefold().startswith("witnessed by "):
            value = value[len("witnessed by "):].strip()
        if not sep or not who.strip() or not value:
            raise InvalidInput(f'--paper takes "PARTY=witnessed by NAME", not {item!r}.')
        witnessed[who.strip()] = value
    asker = Passphrases(args.passphrase_stdin)
    session = opening.unlock(args.case, asker.ask(0, "case passphrase"))
    try:
        identity = load_identity(args.identity, asker.ask(1, f"passphrase of {args.identity.name}"))
        result = attest_export(session, args.pdf, out, mediator_signer(identity), witnessed, note=args.note)
        head = session.head()
    finally:
        session.close()
    print(result.report.to_json() if args.json else result.report.to_text())
    print(result.change.text)
    print(f"Export {result.entry.number}; final PDF SHA-256 {result.entry.pdf_sha256}")
    print("Signing records: " + ", ".join(str(p) for p in result.records))
    print(f"Audit head: {head} (the case's record after this attestation; keep it to check the case file later)")
    return 0
