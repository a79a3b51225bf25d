"""`iomed-desk impartiality CASE [--pdf OUT] [--json]`: the impartiality record (counts and times per party).

Prints the figures per party (or the record as JSON), and with `--pdf` writes the one-page PDF
the mediator can show every party (audited). No content is ever printed: the record holds none.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app.impartiality import ImpartialityRecord, export_pdf, impartiality_record
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.impartiality import when


def register(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("impartiality", help="the impartiality record: caucus time, disclosures, tablings and "
                                            "positions per party (counts and times only)")
    p.add_argument("case", type=Path)
    p.add_argument("--pdf", type=Path, metavar="OUT", help="also write the one-page PDF to OUT")
    p.add_argument("--json", action="store_true", help="print the record as JSON")
    passphrase_option(p)
    p.set_defaults(func=cmd_impartiality)


def cmd_impartiality(args: argparse.Namespace) -> int:
    session = opening.unlock(args.case, Passphrases(args.passphrase_stdin).ask(0, "passphrase"))
    try:
        record = impartiality_record(session)
        if args.pdf is not None:
            export_pdf(session, args.pdf)
    finally:
        session.close()
    print(json.dumps(record.to_dict(), ensure_ascii=False, indent=2) if args.json else "\n".join(lines(record)))
    if args.pdf is not None and not args.json:
        print(f"PDF written to {args.pdf}.")
    return 0


def lines(record: ImpartialityRecord) -> list[str]:
    zone = record.zone or "UTC"
    out = [f"Impartiality record of {record.reference}, as of {when(record.as_of, record.zone)} ({zone})",
           "Counts and times only; no content.", ""]
    for p in record.parties:
        last = when(p.last_caucus_at, record.zone) or "none"
        seen = ", ".join(when(t.at, record.zone) + (" (caucus)" if t.in_caucus else "") for t in p.tablings_seen)
        out += [p.name,
                f"  caucuses:      {p.caucuses}, {p.caucus_minutes} min" + (" (one running)" if p.caucus_running
                                                                            else "") + f"; last {last}",
                f"  disclosures:   {p.disclosures_from} from it ({p.disclosures_from_to_all} to all parties), "
                f"{p.disclosures_to} to it",
                f"  tablings seen: {len(p.tablings_seen)}" + (f": {seen}" if seen else ""),
                f"  positions:     {p.positions}" + (f"; last {when(p.last_position_at, record.zone)}"
                                                     if p.last_position_at else "")]
    out += ["", f"Joint sessions: {record.joint_sessions}, {record.joint_minutes} min; tabled to all parties: "
                f"{record.tablings_to_all}; disclosed to all parties: {record.disclosures_to_all}; "
                f"revoked disclosures (counted above): {record.revoked}"]
    return out
