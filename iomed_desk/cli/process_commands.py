"""`iomed-desk process ...`: the process record of a case (issue 16) from the command line.

    process show CASE                      the record: agreement to mediate, declarations, attendance,
                                           authorities, termination, retention (no caucus content)
    process agreement CASE --manner {paper,digital,without} [--institution-rules R] [--confidentiality T]
                           [--fees T] [--signed-pdf FILE] [--reason T]
    process agreement CASE --generate OUT.pdf --identity MEDIATOR.p12 --signer "PARTY[#N]=SOURCE" ...
                           [--institution-rules R] [--confidentiality T] [--fees T]
                                           the agreement to mediate generated, signed by every party's
                                           signatories (SOURCE as `export --signer`: p12:FILE, token:...,
                                           room) and by the mediator, recorded with its SHA-256
    process declare CASE --text T [--mediator ID] [--occasion {appointment,change}]
    process answer CASE DECLARATION --party ID {acknowledged,objected} [--grounds T]
    process attend CASE SESSION --name N --role ROLE [--party ID] [--language L] [--undertaking {yes,no}] [--confirm]
    process authority CASE --party ID --representative N --instrument I --dated YYYY-MM-DD [--limits T] [--detail T]
    process terminate CASE --outcome O [--grounds T] [--withdrawn-party ID] [--ended-on YYYY-MM-DD]
                           [--certificate OUT.pdf --identity MEDIATOR.p12]   the termination record, signed
    process termination-record CASE OUT.pdf --identity MEDIATOR.p12
                                           the termination record, signed, for a termination already recorded
    process retention CASE DAYS

Each write is the app's operation (audited, refused with one line where a rule forbids it). Secrets come
from the terminal or, with --passphrase-stdin, one per line: the case's passphrase, then (when a
document is signed) the mediator identity's, then one per --signer that needs one, in the order given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from iomed_desk.app import opening
from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.cli.passphrases import Passphrases
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.process import (
    AgreementManner,
    Answer,
    DeclarationOccasion,
    Instrument,
    Outcome,
    Role,
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction, passphrase_option: Callable) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("process", help="the process record: agreement to mediate, declarations, attendance, "
                                       "authorities, termination")
    ps = p.add_subparsers(dest="process_command", metavar="STEP", required=True)

    def step(name: str, help_text: str, func: Callable[[argparse.Namespace, CaseSession], str]) -> argparse.ArgumentParser:
        s = ps.add_parser(name, help=help_text)
        s.add_argument("case", type=Path)
        passphrase_option(s)
        s.set_defaults(func=lambda args: _run(args, func))
        return s

    step("show", "print the process record", _show)
    s = step("agreement", "record the agreement to mediate, or the reason to proceed without it", _agreement)
    s.add_argument("--manner", choices=[m.value for m in AgreementManner])
    s.add_argument("--institution-rules", default="")
    s.add_argument("--confidentiality", default="")
    s.add_argument("--fees", default="")
    s.add_argument("--signed-pdf", type=Path, help="the signed agreement to mediate (its SHA-256 is recorded)")
    s.add_argument("--reason", default="")
    s.add_argument("--generate", type=Path, metavar="OUT.pdf",
                   help="generate the agreement to mediate, have it signed now and record it (digital)")
    s.add_argument("--identity", type=Path, metavar="MEDIATOR.p12",
                   help="the mediator's signing identity (PKCS#12), which certifies and signs the document")
    s.add_argument("--signer", action="append", default=[], metavar="PARTY[#N]=SOURCE",
                   help="a party signatory's key, as for `export`: p12:FILE.p12, token:MODULE.so:TOKEN:KEY:CERT.pem "
                        "or room; every signatory of every party needs one")
    s = step("declare", "record a mediator's declaration of independence and impartiality", _declare)
    s.add_argument("--text", required=True)
    s.add_argument("--mediator", default="")
    s.add_argument("--occasion", default="appointment", choices=[o.value for o in DeclarationOccasion])
    s = step("answer", "record a party's acknowledgement of, or objection to, a declaration", _answer)
    s.add_argument("declaration")
    s.add_argument("answer", choices=[a.value for a in Answer])
    s.add_argument("--party", required=True)
    s.add_argument("--grounds", default="")
    s = step("attend", "record someone attending a session", _attend)
    s.add_argument("session")
    s.add_argument("--name", required=True)
    s.add_argument("--role", required=True, choices=[r.value for r in Role])
    s.add_argument("--party", default="")
    s.add_argument("--language", default="")
    s.add_argument("--undertaking", choices=["yes", "no"])
    s.add_argument("--confirm", action="store_true", help="confirm another party's attendee in a caucus")
    s = step("authority", "record a representative's authority to settle", _authority)
    s.add_argument("--party", required=True)
    s.add_argument("--representative", required=True)
    s.add_argument("--instrument", required=True, choices=[i.value for i in Instrument])
    s.add_argument("--dated", required=True, type=_date)
    s.add_argument("--limits", default="")
    s.add_argument("--detail", default="")
    s = step("terminate", "record the end of the mediation (freezes the case)", _terminate)
    s.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    s.add_argument("--grounds", default="")
    s.add_argument("--withdrawn-party", default="")
    s.add_argument("--ended-on", type=_date)
    s.add_argument("--certificate", type=Path, metavar="OUT.pdf",
                   help="write the termination record signed by the mediator (needs --identity)")
    s.add_argument("--identity", type=Path, metavar="MEDIATOR.p12", help="the mediator's signing identity")
    s = step("termination-record", "sign the termination record of a termination already recorded",
             _termination_record)
    s.add_argument("out", type=Path, metavar="OUT.pdf")
    s.add_argument("--identity", type=Path, metavar="MEDIATOR.p12", required=True,
                   help="the mediator's signing identity")
    s = step("retention", "set how many days caucus material is kept after the termination", _retention)
    s.add_argument("days", type=int)


def _run(args: argparse.Namespace, func: Callable[[argparse.Namespace, CaseSession], str]) -> int:
    args.asker = Passphrases(args.passphrase_stdin)
    session = opening.unlock(args.case, args.asker.ask(0, "passphrase"))
    try:
        text = func(args, session)
    finally:
        session.close()
    print(text)
    return 0


def info_lines(session: CaseSession) -> list[str]:
    """`info`'s summary of the process record, indented under its heading."""
    return ["Process:", *(f"  {line}" for line in pr.summary(session).lines())]


def _show(args: argparse.Namespace, session: CaseSession) -> str:
    lines = [*pr.summary(session).lines(), "", "Declarations:"]
    names = {m.id: m.name for m in session.case.mediators} | {p.id: p.name for p in session.case.parties}
    answers = pr.declaration_answers(session)
    for d in pr.declarations(session):
        lines.append(f"  {d.id}  {names.get(d.mediator_id, d.mediator_id)}, {d.occasion.value}, "
                     f"{d.made_at.isoformat(timespec='minutes')}")
        lines += [f"    {names.get(a.party_id, a.party_id)}: {a.answer.value} {a.at.isoformat(timespec='minutes')}"
                  for a in answers if a.declaration_id == d.id]
    lines.append("Authorities to settle:")
    lines += [f"  {names.get(a.party_id, a.party_id)}: {a.representative}, {a.line()}" for a in pr.authorities(session)]
    lines.append("Attendance:")
    people = pr.attendance(session)
    for s in session.session_history():
        here = [a for a in people if a.session_id == s.id]
        lines.append(f"  {s.id}  {session.case.channel_label(s.channel)}, {s.started_at.isoformat(timespec='minutes')}: "
                     + (", ".join(f"{a.name} ({a.role.value}{', ' + a.language if a.language else ''}"
                                  f"{', undertaking ' + ('yes' if a.undertaking else 'no') if a.undertaking is not None else ''})"
                                  for a in here) or "not recorded"))
    return "\n".join(lines)


def _mediator_identity(args: argparse.Namespace, out: Path, option: str):  # type: ignore[no-untyped-def]
    """The mediator's identity, opened (its passphrase is stdin's second line), once `out` is known free."""
    from iomed_desk.app.signing import load_identity

    if args.identity is None:
        raise InvalidInput(f"{option} is signed with the mediator's identity: give --identity MEDIATOR.p12.")
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose a new file name.")
    return load_identity(args.identity, args.asker.ask(1, f"passphrase of {args.identity.name}"))


def _agreement(args: argparse.Namespace, session: CaseSession) -> str:
    if args.generate is not None:
        return _generate_agreement(args, session)
    if args.manner is None:
        raise InvalidInput("Say how the agreement to mediate was made (--manner), or --generate it to sign now.")
    if args.signer or args.identity:
        raise InvalidInput("--signer and --identity sign a generated agreement to mediate: add --generate OUT.pdf.")
    return pr.record_agreement_to_mediate(
        session, args.manner, institution_rules=args.institution_rules, confidentiality=args.confidentiality,
        fees=args.fees, signed_pdf=args.signed_pdf, reason=args.reason).text


def _generate_agreement(args: argparse.Namespace, session: CaseSession) -> str:
    from iomed_desk.app.export import party_by_name
    from iomed_desk.app.signing import mediator_signer
    from iomed_desk.cli.export_command import _signer_from, _target

    if args.manner not in (None, AgreementManner.DIGITAL.value):
        raise InvalidInput("A generated agreement to mediate is signed digitally: leave --manner out.")
    if args.signed_pdf is not None or args.reason:
        raise InvalidInput("--signed-pdf and --reason record an agreement made elsewhere, not a generated one.")
    sources = [_target(item, "--signer") for item in args.signer]
    pr.require_not_terminated(session, "The agreement to mediate can no longer be recorded")
    identity = _mediator_identity(args, args.generate, "The agreement to mediate")
    line = [2]

    def ask(what: str, confirm: bool) -> str:
        line[0] += 1
        return args.asker.ask(line[0] - 1, what, confirm=confirm)

    keys: dict[str, dict[int, object]] = {}
    for who, index, source in sources:
        party = session.case.party(party_by_name(session, who))
        if source == "paper":
            raise InvalidInput(f"{party.name} signs on paper: record the agreement with --manner paper instead.")
        if index in keys.get(party.id, {}):
            raise InvalidInput(f"Signatory {index + 1} of {party.name} was given two keys.")
        keys.setdefault(party.id, {})[index] = _signer_from(source, session, party, index, ask, identity)
    signers = {}
    for party in session.case.parties:
        given = keys.get(party.id, {})
        if sorted(given) != list(range(len(given))):
            raise InvalidInput(f"{party.name}: give a key for each signatory, PARTY#1 onwards.")
        signers[party.id] = tuple(given[n] for n in range(len(given)))
    done = pr.agreement_to_mediate_pdf(session, args.generate, mediator_signer(identity), signers,  # type: ignore[arg-type]
                                       institution_rules=args.institution_rules,
                                       confidentiality=args.confidentiality, fees=args.fees)
    return (f"{done.change.text}\nAgreement to mediate written to {done.path} (SHA-256 {done.sha256}); "
            f"verify it with: iomed-desk verify {done.path} --trust MEDIATOR.pem")


def _declare(args: argparse.Namespace, session: CaseSession) -> str:
    mediator = args.mediator or session.case.mediators[0].id
    change = pr.record_declaration(session, mediator, args.text, args.occasion)
    return f"{change.text}: {change.created_id}"


def _answer(args: argparse.Namespace, session: CaseSession) -> str:
    return pr.answer_declaration(session, args.declaration, args.party, args.answer, args.grounds).text


def _attend(args: argparse.Namespace, session: CaseSession) -> str:
    undertaking = None if args.undertaking is None else args.undertaking == "yes"
    spec = pr.AttendeeSpec(args.name, args.role, args.party, args.language, undertaking)
    return pr.record_attendee(session, args.session, spec, confirm=args.confirm).text


def _authority(args: argparse.Namespace, session: CaseSession) -> str:
    return pr.record_authority(session, args.party, args.representative, args.instrument, args.dated,
                               args.limits, args.detail).text


def _terminate(args: argparse.Namespace, session: CaseSession) -> str:
    signer = None
    if args.certificate is not None:
        from iomed_desk.app.signing import mediator_signer

        if not args.certificate.parent.is_dir():
            raise InvalidInput(f"The folder {args.certificate.parent} does not exist.")
        signer = mediator_signer(_mediator_identity(args, args.certificate, "The termination record"))
    elif args.identity is not None:
        raise InvalidInput("--identity signs the termination record: add --certificate OUT.pdf.")
    text = pr.terminate(session, args.outcome, args.grounds, ended_on=args.ended_on,
                        withdrawn_party=args.withdrawn_party).text
    if signer is None:
        return text
    done = pr.termination_pdf(session, args.certificate, signer)
    return (f"{text}\nTermination record written to {done.path} (SHA-256 {done.sha256}); "
            f"verify it with: iomed-desk verify {done.path} --trust MEDIATOR.pem")


def _termination_record(args: argparse.Namespace, session: CaseSession) -> str:
    """The signed record of a termination recorded earlier (`terminate` without --certificate)."""
    from iomed_desk.app.signing import mediator_signer
    from iomed_desk.core.errors import NotAllowed

    if pr.termination(session) is None:
        raise NotAllowed("The mediation has not ended: record its termination first (process terminate).")
    if not args.out.parent.is_dir():
        raise InvalidInput(f"The folder {args.out.parent} does not exist.")
    signer = mediator_signer(_mediator_identity(args, args.out, "The termination record"))
    done = pr.termination_pdf(session, args.out, signer)
    return (f"{done.change.text}\nTermination record written to {done.path} (SHA-256 {done.sha256}); "
            f"verify it with: iomed-desk verify {done.path} --trust MEDIATOR.pem")


def _retention(args: argparse.Namespace, session: CaseSession) -> str:
    if args.days < 0:
        raise InvalidInput("The retention period is a number of days, 0 or more.")
    return pr.set_retention_days(session, args.days).text
