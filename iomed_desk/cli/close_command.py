"""`iomed-desk close CASE --identity MEDIATOR.p12 [--certificate OUT.pdf]`: close the case file.

Destroys the caucus material (every note of each caucus and of the mediator's notebook, every
position), writes the case file anew, and signs the destruction certificate with the mediator's
identity (app/closing.py). Secrets come from the terminal or, with --passphrase-stdin, one per line:
the case's passphrase, then the identity's. Both are checked before anything is destroyed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from iomed_desk.core.errors import InvalidInput


def register_close_command(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("close", help="close the case file: destroy the caucus material and sign a destruction "
                                     "certificate (after the termination and the retention period)")
    p.add_argument("case", type=Path)
    p.add_argument("--identity", type=Path, required=True, metavar="MEDIATOR.p12",
                   help="the mediator's signing identity (PKCS#12), which signs the certificate")
    p.add_argument("--certificate", type=Path, metavar="OUT.pdf",
                   help="where to write the destruction certificate (default: beside the case, "
                        "CASE-destruction-certificate.pdf)")
    passphrase_option(p)
    p.set_defaults(func=cmd_close)


def default_certificate(case: Path) -> Path:
    return case.with_name(f"{case.stem}-destruction-certificate.pdf")


def cmd_close(args: argparse.Namespace) -> int:
    from iomed_desk.app import opening
    from iomed_desk.app.closing import check_may_close, close_case
    from iomed_desk.app.signing import load_identity, mediator_signer
    from iomed_desk.cli.passphrases import Passphrases

    out = args.certificate or default_certificate(args.case)
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose another name for the certificate.")
    asker = Passphrases(args.passphrase_stdin)
    session = opening.unlock(args.case, asker.ask(0, "case passphrase"))
    try:
        check_may_close(session)
        signer = mediator_signer(load_identity(args.identity, asker.ask(1, f"passphrase of {args.identity.name}")))
        closed = close_case(session, signer, out)
    finally:
        if session.is_open:
            session.close()
    closed.session.close()
    print(closed.change.text)
    print(f"Destruction certificate written to {out} (SHA-256 {closed.certificate_sha256}); "
          f"audit head after the destruction {closed.record.audit_head}.")
    return 0
