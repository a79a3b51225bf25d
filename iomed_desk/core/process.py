"""The process record around the text (issue 16; DESIGN.md section 9): the agreement to mediate, the
mediators' declarations and each party's answer, who was in the room, each representative's authority
to settle, and the termination that ends the mediation and freezes the case.

Plain values and their rules, no IO: the store keeps them, the app composes them with the audit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import Case

TEXT_LIMIT = 4000


def _text(value: str, what: str, *, required: bool = True, limit: int = TEXT_LIMIT) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} must not be empty.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is too long (at most {limit} characters).")
    return value


# -- 1. the agreement to mediate ---------------------------------------------------------------
class AgreementManner(StrEnum):
    """How the agreement to mediate is on record. The signing machinery signs only a concluded
    settlement (its canonical agreement), so the agreement to mediate is recorded as signed on paper or
    digitally outside the app, with the SHA-256 of the signed PDF, or as not signed, with the reason."""

    PAPER = "paper"
    DIGITAL = "digital"
    WITHOUT = "without"  # proceeding without one, for the recorded reason


@dataclass(frozen=True)
class AgreementToMediate:
    manner: AgreementManner
    rules: str  # the rule set of the case and the institution's rules, by name
    confidentiality: str = ""
    fees: str = ""
    pdf_sha256: str = ""  # the signed document's SHA-256 (required when signed digitally)
    reason: str = ""  # why the mediation proceeds without one (required for WITHOUT)
    recorded_at: datetime | None = None
    recorded_by: str = ""

    def __post_init__(self) -> None:
        _text(self.rules, "The rules")
        _text(self.confidentiality, "The confidentiality terms", required=False)
        _text(self.fees, "The fees", required=False)
        sha = self.pdf_sha256.lower()
        if sha and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
            raise InvalidInput("The signed document's SHA-256 must be 64 hexadecimal digits.")
        if self.manner is AgreementManner.DIGITAL and not sha:
            raise InvalidInput("A digitally signed agreement to mediate needs the SHA-256 of the signed PDF.")
        if self.manner is AgreementManner.WITHOUT:
            _text(self.reason, "The reason for proceeding without an agreement to mediate")


def rules_line(case: Case, institution_rules: str = "") -> str:
    """The rules the agreement to mediate names: the case's disclosure rule set, then the institution's."""
    from iomed_desk.core.rule_sets import RULE_SET_TITLES

    own = RULE_SET_TITLES[case.rule_set]
    return f"{own}; {institution_rules.strip()}" if institution_rules.strip() else own


def check_may_start_sessions(agreement: AgreementToMediate | None) -> None:
    """Sessions start only once the agreement to mediate, or the reason to proceed without it, is on record."""
    if agreement is None:
        raise NotAllowed("No session can start before the agreement to mediate is recorded: record it, or the "
                         "reason for proceeding without it, first.")


# -- 2. declarations ---------------------------------------------------------------------------
class DeclarationOccasion(StrEnum):
    APPOINTMENT = "appointment"
    CHANGE = "change"  # circumstances changed


class Answer(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    OBJECTED = "objected"


@dataclass(frozen=True)
class Declaration:
    """A mediator's independence and impartiality declaration: joint (every party sees it)."""

    id: str
    mediator_id: str
    occasion: DeclarationOccasion
    text: str
    made_at: datetime

    def __post_init__(self) -> None:
        _text(self.text, "The declaration")

    @property
    def channel(self) -> Channel:
        return Channel.joint()


@dataclass(frozen=True)
class DeclarationAnswer:
    """A party's acknowledgement of or objection to a declaration: that party's caucus material
    (channel `party:<id>`), until disclosed like any caucus item."""

    id: str
    declaration_id: str
    party_id: str
    answer: Answer
    grounds: str
    at: datetime

    def __post_init__(self) -> None:
        _text(self.grounds, "The grounds of the objection", required=self.answer is Answer.OBJECTED)

    @property
    def channel(self) -> Channel:
        return Channel.party(self.party_id)


def acknowledged_by_all(case: Case, declarations: Sequence[Declaration],
                        answers: Iterable[DeclarationAnswer]) -> bool:
    """Every declaration answered by every party, each party's latest answer an acknowledgement."""
    latest: dict[tuple[str, str], DeclarationAnswer] = {}
    for a in sorted(answers, key=lambda a: a.at):
        latest[(a.declaration_id, a.party_id)] = a
    return bool(declarations) and all(
        (d.id, p.id) in latest and latest[(d.id, p.id)].answer is Answer.ACKNOWLEDGED
        for d in declarations for p in case.parties)


def declarations_line(declarations: Sequence[Declaration], all_acknowledged: bool, fmt_date) -> str:  # type: ignore[no-untyped-def]
    """The attestation page's line (DESIGN.md section 9): when the declarations were made and whether
    every party acknowledged them. Empty when there are none."""
    if not declarations:
        return ""
    dates = ", ".join(dict.fromkeys(fmt_date(d.made_at) for d in sorted(declarations, key=lambda d: d.made_at)))
    answered = "acknowledged by all parties" if all_acknowledged else "not acknowledged by every party"
    return f"Declarations of independence and impartiality made on {dates}, {answered}."


# -- 3. attendance -----------------------------------------------------------------------------
class Role(StrEnum):
    MEDIATOR = "mediator"
    REPRESENTATIVE = "representative"
    COUNSEL = "counsel"
    INTERPRETER = "interpreter"
    EXPERT = "expert"
    OBSERVER = "observer"


#: roles that belong to a party (a party's side of the room)
PARTY_ROLES = frozenset({Role.REPRESENTATIVE, Role.COUNSEL})


@dataclass(frozen=True)
class Attendee:
    id: str
    session_id: str
    name: str
    role: Role
    party_id: str = ""  # whose side: required for representatives and counsel, optional for others
    language: str = ""  # an interpreter's language
    arrived_at: datetime | None = None
    departed_at: datetime | None = None
    undertaking: bool | None = None  # a non-party attendee's confidentiality undertaking; None: not asked
    undertaking_at: datetime | None = None

    def __post_init__(self) -> None:
        _text(self.name, "The attendee's name", limit=200)
        if self.role in PARTY_ROLES and not self.party_id:
            raise InvalidInput(f"A {self.role.value} attends for a party: name the party.")
        if self.role is Role.MEDIATOR and self.party_id:
            raise InvalidInput("A mediator attends for no party.")
        if self.role is Role.INTERPRETER:
            _text(self.language, "The interpreter's language", limit=100)
        if self.arrived_at and self.departed_at and self.departed_at < self.arrived_at:
            raise InvalidInput("An attendee cannot leave before arriving.")
        if self.undertaking is not None and self.role not in NON_PARTY_ROLES:
            raise InvalidInput("Only a non-party attendee gives a confidentiality undertaking.")

    @property
    def needs_undertaking(self) -> bool:
        return self.role in NON_PARTY_ROLES


#: attendees who are not a party or its representative, and so give a confidentiality undertaking
NON_PARTY_ROLES = frozenset({Role.COUNSEL, Role.INTERPRETER, Role.EXPERT, Role.OBSERVER})


def caucus_conflicts(channel: Channel, attendees: Iterable[Attendee]) -> list[Attendee]:
    """Attendees of a caucus with one party who come for another party (none for a joint session)."""
    if channel.kind != "party":
        return []
    return [a for a in attendees if a.party_id and a.party_id != channel.party_id]


def check_caucus_attendance(case: Case, channel: Channel, attendees: Iterable[Attendee], confirm: bool) -> None:
    """Refuse (unless confirmed) a caucus with someone of another party in the room."""
    found = caucus_conflicts(channel, attendees)
    if found and not confirm:
        a = found[0]
        raise NotAllowed(f"{a.name} attends for {case.party(a.party_id).name}, not for "
                         f"{case.party(channel.party_id or '').name}: confirm to have them in this caucus.")


# -- 4. authority to settle --------------------------------------------------------------------
class Instrument(StrEnum):
    FULL_POWERS = "full-powers"
    BOARD_RESOLUTION = "board-resolution"
    POWER_OF_ATTORNEY = "power-of-attorney"
    OTHER = "other"


INSTRUMENT_WORDS = {Instrument.FULL_POWERS: "full powers", Instrument.BOARD_RESOLUTION: "board resolution",
                    Instrument.POWER_OF_ATTORNEY: "power of attorney", Instrument.OTHER: "instrument"}


@dataclass(frozen=True)
class Authority:
    """The instrument seen for a representative's authority to settle."""

    id: str
    party_id: str
    representative: str
    instrument: Instrument
    dated: date
    limits: str = ""
    detail: str = ""  # what the instrument is, for OTHER (and any reference)
    recorded_at: datetime | None = None

    def __post_init__(self) -> None:
        _text(self.representative, "The representative", limit=200)
        _text(self.limits, "The limits", required=False, limit=1000)
        _text(self.detail, "The instrument", required=self.instrument is Instrument.OTHER, limit=500)

    def line(self) -> str:
        """The signature block's authority line: "by power of attorney dated 2026-03-01 (up to USD 5m)"."""
        what = self.detail if self.instrument is Instrument.OTHER else INSTRUMENT_WORDS[self.instrument]
        text = f"by {what} dated {self.dated.isoformat()}"
        return f"{text} ({self.limits})" if self.limits else text


def authority_for(authorities: Iterable[Authority], party_id: str, representative: str) -> Authority | None:
    """The latest authority recorded for that representative of that party."""
    found = [a for a in authorities if a.party_id == party_id and a.representative == representative]
    return max(found, key=lambda a: (a.recorded_at or datetime.min, a.dated), default=None)


# -- 6. termination ----------------------------------------------------------------------------
class Outcome(StrEnum):
    SETTLED = "settled"
    PARTIALLY_SETTLED = "partially-settled"
    NOT_SETTLED = "not-settled"
    WITHDRAWN = "withdrawn"  # by a party (which: `withdrawn_party`)
    TERMINATED_BY_MEDIATOR = "terminated-by-mediator"


@dataclass(frozen=True)
class Termination:
    """How and when the mediation ended, recorded by the mediator; it freezes the case.

    The mediator's mark on it is the audit head at recording (`audit_head`, the chain up to and
    including everything before it), not a PDF signature: pyHanko signing is for the agreement.
    """

    outcome: Outcome
    ended_on: date
    grounds: str
    recorded_by: str  # the mediator's id
    recorded_at: datetime | None = None
    withdrawn_party: str = ""
    agreement_id: str = ""  # the concluded, exported agreement (settled; optional for partially settled)
    export_number: int | None = None
    audit_head: str = ""

    def __post_init__(self) -> None:
        _text(self.grounds, "The grounds", required=self.outcome is not Outcome.SETTLED)
        if self.outcome is Outcome.WITHDRAWN and not self.withdrawn_party:
            raise InvalidInput("Name the party that withdrew.")
        if self.outcome is not Outcome.WITHDRAWN and self.withdrawn_party:
            raise InvalidInput("Only a withdrawal names a party that withdrew.")
        if self.outcome is Outcome.SETTLED and not self.agreement_id:
            raise InvalidInput("A settlement links the exported agreement: export it first.")
        if self.outcome in (Outcome.NOT_SETTLED, Outcome.WITHDRAWN, Outcome.TERMINATED_BY_MEDIATOR) \
                and self.agreement_id:
            raise InvalidInput("Only a settlement, full or partial, links an agreement.")


def check_termination(case: Case, termination: Termination, existing: Termination | None) -> None:
    if existing is not None:
        raise NotAllowed("The termination of this mediation is already on record; it cannot be changed.")
    if termination.withdrawn_party:
        case.party(termination.withdrawn_party)
    if termination.recorded_by not in {m.id for m in case.mediators}:
        raise InvalidInput("The termination is recorded by one of the case's mediators.")


def check_not_terminated(termination: Termination | None, what: str) -> None:
    """Refuse a write once the mediation has ended (`what`: "Notes can no longer be taken")."""
    if termination is not None:
        raise NotAllowed(f"{what}: the mediation ended ({termination.outcome.value}) on "
                         f"{termination.ended_on.isoformat()}.")
