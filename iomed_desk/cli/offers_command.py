"""`iomed-desk offers CASE [--issue ID] [--pdf OUT]`: the offers ledger as the mediator sees it.

Prints each issue, its offers and demands (who, to whom, figure, communicated or private) and the
overlap checks' rounds (outcomes only: no limit is ever kept), and with `--pdf` writes the ledger PDF
(audited). The mediator's view: it includes private figures, so it is for the mediator's own screen.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app.offers import offers_desk
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.impartiality import when
from iomed_desk.core.offers import Kind, format_figure
from iomed_desk.core.seat import case_zone


def register(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("offers", help="the offers ledger per issue and the overlap checks' outcomes "
                                      "(the mediator's view)")
    p.add_argument("case", type=Path)
    p.add_argument("--issue", metavar="ID", help="only this issue")
    p.add_argument("--pdf", type=Path, metavar="OUT", help="also write the ledger PDF to OUT")
    passphrase_option(p)
    p.set_defaults(func=cmd_offers)


def cmd_offers(args: argparse.Namespace) -> int:
    session = opening.unlock(args.case, Passphrases(args.passphrase_stdin).ask(0, "passphrase"))
    try:
        desk = offers_desk(session)
        issues = [desk.issue(args.issue)] if args.issue else desk.issues()
        zone = case_zone(session.case)
        names = {p.id: p.name for p in session.case.parties}
        out = [f"Offers ledger of {session.case.reference} (times at the seat, {zone or 'UTC'})"]
        if not issues:
            out.append("No issues recorded.")
        for issue in issues:
            out += ["", f"{issue.label()}  [{issue.id}]"]
            offers = desk.offers(issue.id)
            if not offers:
                out.append("  no offers")
            for o in offers:
                to = names.get(o.to_party, o.to_party) if o.to_party else "every other party"
                kind = "demand" if o.kind is Kind.DEMAND else "offer"
                status = "private figure" if o.private else "communicated"
                terms = f"; {o.terms}" if o.terms else ""
                out.append(f"  {when(o.made_at, zone)}  {names.get(o.party_id, o.party_id)} -> {to}: {kind} "
                           f"{format_figure(o.figure, issue.unit, issue.currency)} ({status}{terms})")
            for check in desk.checks(issue.id):
                t = check.terms
                out.append(f"  overlap check {check.id}: {names[t.ceiling_party]} ceiling, {names[t.floor_party]} "
                           f"floor, rule {t.rule.value}, {len(check.rounds)} of {t.rounds} round(s) run")
                out += [f"    round {r.number}: {desk.describe(r, issue.id)}" for r in check.rounds]
        if args.pdf is not None:
            desk.export_pdf(args.pdf, args.issue)
            out += ["", f"PDF written to {args.pdf}."]
    finally:
        session.close()
    print("\n".join(out))
    return 0
