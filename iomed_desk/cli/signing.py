"""Signing commands of the command line: `identity new`, `identity cert`, `verify`.

`register(subparsers)` adds them to the main parser; each handler returns its
exit code (0 ok, 1 the thing checked is bad) or raises a `UserError`, which the
entry point prints as one line and exits with the error's code. Passphrases come
from the terminal or, with `--passphrase-stdin`, the first line of stdin; never
from argv.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography.hazmat.primitives import hashes

from iomed_desk.cli.passphrases import Passphrases, passphrase_option
from iomed_desk.core.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `identity` (with `new` and `cert`) and `verify` to the main parser."""
    identity = subparsers.add_parser("identity", help="create a signing identity or export its certificate")
    actions = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True,
                                      parser_class=type(identity))
    new = actions.add_parser("new", help="create a mediator identity: a signing key (OUT.p12, end-entity "
                                         "certificate) and an issuing key (OUT.issuing.p12) that certifies "
                                         "it and in-room keys; OUT.pem is the certificate verifiers trust")
    new.add_argument("out", type=Path, metavar="OUT.p12", help="the signing identity file to create")
    new.add_argument("--name", required=True, help="the name in the certificate (e.g. the mediator's)")
    new.add_argument("--organisation", help="organisation in the certificate (optional)")
    passphrase_option(new)
    new.set_defaults(func=identity_new)

    cert = actions.add_parser("cert", help="export the certificate verifiers trust for an identity (the "
                                           "root of its chain: a mediator's issuing certificate) as PEM")
    cert.add_argument("identity", type=Path, metavar="IN.p12")
    cert.add_argument("out", type=Path, metavar="OUT.pem")
    passphrase_option(cert)
    cert.set_defaults(func=identity_cert)

    verify = subparsers.add_parser("verify", help="verify every signature in a PDF and its text, offline")
    verify.add_argument("pdf", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                        help="a certificate to trust (repeatable); nothing else is trusted")
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.add_argument("--expect-fingerprint", metavar="HEX",
                        help="the agreement fingerprint you hold (from your signing record); "
                             "a PDF with any other fails")
    verify.add_argument("--record", type=Path, metavar="RECORD",
                        help="a signing record (.json, or the record PDF): exit 1 unless the PDF is the "
                             "record's agreement, signed in each field by the certificate the record pins")
    verify.add_argument("--extract-text", nargs="?", const="-", metavar="OUT",
                        help="instead of verifying, write the embedded agreement text to OUT (standard "
                             "output when OUT is left out); its SHA-256 is the fingerprint on every page")
    verify.add_argument("--extract-annex", nargs=2, metavar=("LABEL", "OUT"),
                        help="instead of verifying, write the annex LABEL to OUT, only if it is exactly the file "
                             "the signed agreement text lists (its SHA-256 is printed; check it with sha256sum)")
    verify.set_defaults(func=verify_command)


def read_passphrase(from_stdin: bool, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from stdin's first line or the terminal (never echoed, never argv)."""
    return Passphrases(from_stdin).ask(0, prompt, confirm=confirm)


def identity_new(args: argparse.Namespace) -> int:
    from iomed_desk.app.signing import create_mediator_identity, issuing_path

    for target in (args.out, issuing_path(args.out)):
        if target.exists():
            raise InvalidInput(f"{target} already exists; choose another name.")
    passphrase = read_passphrase(args.passphrase_stdin, "Passphrase for the new identity",
                                 confirm=True)
    identity, pem = create_mediator_identity(args.out, args.name, passphrase,
                                             organisation=args.organisation)
    assert identity.issuing is not None
    print(f"Created the identity {identity.name}:")
    print(f"  signing key (signs the attestation):  {args.out}")
    print(f"  issuing key (issues in-room certificates, same passphrase): {issuing_path(args.out)}")
    print(f"Give verifiers {pem}, the issuing certificate: `verify --trust {pem}` trusts the mediator's "
          "signature and every certificate issued in the room.")
    print(f"Signing certificate SHA-256: {_fingerprint(identity.signing.certificate)}")
    print(f"Issuing certificate SHA-256 (trust this one): {_fingerprint(identity.trust_anchor)}")
    return 0


def identity_cert(args: argparse.Namespace) -> int:
    from iomed_desk.app.signing import common_name, load_signing_identity, write_certificate

    if args.out.exists():
        raise InvalidInput(f"{args.out} already exists; choose another name.")
    passphrase = read_passphrase(args.passphrase_stdin, f"Passphrase for {args.identity}")
    identity = load_signing_identity(args.identity, passphrase)
    write_certificate(args.out, identity.root, overwrite=False)
    print(f"Wrote the certificate to trust for {identity.name} ({common_name(identity.root)}, the root of "
          f"its chain) to {args.out}")
    print(f"Certificate SHA-256: {_fingerprint(identity.root)}")
    return 0


def verify_command(args: argparse.Namespace) -> int:
    from iomed_desk.app.verification import verify_document

    if args.extract_text is not None:
        return extract_text(args.pdf, args.extract_text)
    if args.extract_annex is not None:
        from iomed_desk.app.verification import save_annex

        label, out = args.extract_annex
        annex, _ = save_annex(args.pdf, label, out)
        print(f"Wrote annex {annex.label} ({annex.file_name}, {annex.size} bytes) of {args.pdf} to {out}")
        print(f"Its SHA-256 (as the signed agreement lists it): {annex.sha256}")
        return 0
    report = verify_document(args.pdf, args.trust, args.expect_fingerprint)
    record = None
    if args.record is not None:
        from iomed_desk.app.verification import check_record

        record = check_record(args.pdf, args.record)
    if args.json:
        import json

        out = json.loads(report.to_json())
        if record is not None:
            out["record"] = record.as_dict()
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(report.to_text() + ("\n" + record.to_text() if record is not None else ""))
    return 0 if report.ok and (record is None or record.ok) else 1


def extract_text(pdf: Path, out: str) -> int:
    """`verify FILE.pdf --extract-text [OUT]`: the canonical text, byte for byte, to OUT or stdout."""
    import hashlib
    import sys

    from iomed_desk.app.verification import agreement_text, save_agreement_text

    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(agreement_text(pdf))
        sys.stdout.buffer.flush()
        return 0
    data = save_agreement_text(pdf, out)
    print(f"Wrote the agreement text of {pdf} to {out}")
    print(f"Its SHA-256 (the agreement fingerprint): {hashlib.sha256(data).hexdigest()}")
    return 0


def _fingerprint(cert: object) -> str:
    return cert.fingerprint(hashes.SHA256()).hex(":")  # type: ignore[attr-defined]
