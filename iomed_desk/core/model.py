"""The case and the people in it, as plain frozen values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.plain_text import require_plain_line


class CaseKind(StrEnum):
    INTERSTATE = "interstate"
    COMMERCIAL = "commercial"
    INVESTMENT = "investment"


class CaseStatus(StrEnum):
    OPEN = "open"
    SETTLED = "settled"
    CLOSED = "closed"


class RuleSetName(StrEnum):
    """Which disclosure rules a case runs under (DESIGN.md section 2, rule 4)."""

    CONSENT = "consent"
    MODEL_LAW = "model-law"
    HONG_KONG = "hong-kong"


class PartyKind(StrEnum):
    STATE = "state"
    STATE_ENTITY = "state-entity"
    COMPANY = "company"
    INDIVIDUAL = "individual"
    ORGANISATION = "organisation"


class Tag(StrEnum):
    FACT = "fact"
    INTEREST = "interest"
    POSITION = "position"
    CONCERN = "concern"
    OPTION = "option"
    ALTERNATIVE = "alternative"
    ACTION = "action"


LANGUAGES = {"en": "English", "zh-Hans": "Chinese (Simplified)", "zh-Hant": "Chinese (Traditional)"}

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")

#: distinct, calm colours that stay readable behind white text and on a dark palette
PARTY_COLOURS = ("#1f6f8b", "#b5522b", "#5b7f2e", "#7a4f9a", "#a07d1c", "#2e6f5e", "#9a3f5c", "#44618f")


def require_text(value: str, what: str, limit: int = 500) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(f"{what} must not be empty.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is too long (at most {limit} characters).")
    return value


@dataclass(frozen=True)
class Signatory:
    """A representative who signs the agreement for a party: in what capacity ("Minister of
    Foreign Affairs", "Director") and on what authority ("by full powers dated 2 March 2026",
    "by board resolution"), as the signature block prints them."""

    name: str
    capacity: str = ""
    authority: str = ""

    def __post_init__(self) -> None:
        require_text(self.name, "A signatory's name", 200)
        for value, what in ((self.capacity, "A signatory's capacity"), (self.authority, "A signatory's authority")):
            if len(value) > 300 or "\n" in value:
                raise InvalidInput(f"{what} must be one line of at most 300 characters.")


@dataclass(frozen=True)
class Party:
    """A disputant. `signatories` are those of its `representatives` who sign the agreement."""

    id: str
    name: str
    kind: PartyKind = PartyKind.COMPANY
    representatives: tuple[str, ...] = ()
    colour: str = PARTY_COLOURS[0]
    signatories: tuple[Signatory, ...] = ()

    def __post_init__(self) -> None:
        require_text(self.name, "A party's name")
        if not _COLOUR.match(self.colour):
            raise InvalidInput(f"Not a colour: {self.colour!r} (use #rrggbb).")
        names = [s.name for s in self.signatories]
        if len(set(names)) != len(names):
            raise InvalidInput(f"{self.name} has the same signatory twice.")
        stray = [n for n in names if n not in self.representatives]
        if stray:
            raise InvalidInput(f"{stray[0]} signs for {self.name} but is not one of its representatives.")

    @property
    def channel(self) -> Channel:
        return Channel.party(self.id)


@dataclass(frozen=True)
class Mediator:
    id: str
    name: str

    def __post_init__(self) -> None:
        require_text(self.name, "A mediator's name")


@dataclass(frozen=True)
class Case:
    id: str
    reference: str
    title: str
    kind: CaseKind
    rule_set: RuleSetName = RuleSetName.CONSENT
    languages: tuple[str, ...] = ("en",)
    status: CaseStatus = CaseStatus.OPEN
    place: str = "Hong Kong"
    created_at: datetime | None = None
    parties: tuple[Party, ...] = ()
    mediators: tuple[Mediator, ...] = ()
    #: the IANA zone of the place (seat), e.g. Asia/Hong_Kong; empty: the one core/seat.py knows for it
    time_zone: str = ""

    def __post_init__(self) -> None:
        require_text(self.reference, "The case reference", 100)
        require_text(self.title, "The case title")
        if not 1 <= len(self.languages) <= 2 or any(lang not in LANGUAGES for lang in self.languages):
            raise InvalidInput("A case has one or two languages from: " + ", ".join(LANGUAGES) + ".")
        if self.time_zone and not _ZONE_NAME.match(self.time_zone):
            raise InvalidInput(f"Not a time zone name: {self.time_zone!r} (e.g. Asia/Hong_Kong).")

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise InvalidInput(f"No party {party_id!r} in this case.")

    def channel_label(self, channel: Channel) -> str:
        if channel.kind == "joint":
            return "Joint"
        if channel.kind == "mediator":
            return "Mediator's notebook"
        return f"Caucus with {self.party(channel.party_id or '').name}"


def validate_new_case(case: Case) -> None:
    """What a case must have before it is written: two or more parties, one or more mediators, and
    names that read as they are stored (core/plain_text.py)."""
    require_plain_line(case.reference, "The case reference")
    require_plain_line(case.title, "The case title")
    require_plain_line(case.place, "The place")
    for n, party in enumerate(case.parties, start=1):
        require_plain_line(party.name, f"The name of party {n}")
        for representative in party.representatives:
            require_plain_line(representative, f"The name of a representative of party {n}")
    for n, mediator in enumerate(case.mediators, start=1):
        require_plain_line(mediator.name, f"The name of mediator {n}")
    if len(case.parties) < 2:
        raise InvalidInput("A case needs at least two parties.")
    if not case.mediators:
        raise InvalidInput("A case needs at least one mediator.")
    names = [p.name.casefold() for p in case.parties]
    if len(set(names)) != len(names):
        raise InvalidInput("Two parties have the same name.")


@dataclass(frozen=True)
class Session:
    """A joint session (channel `joint`) or a caucus with one party (that party's channel)."""

    id: str
    channel: Channel
    started_at: datetime
    ended_at: datetime | None = None

    @property
    def is_running(self) -> bool:
        return self.ended_at is None

    def duration_seconds(self, now: datetime) -> float:
        return ((self.ended_at or now) - self.started_at).total_seconds()


@dataclass(frozen=True)
class Note:
    """A note in one channel. `confidential` is the party's "do not disclose" mark."""

    id: str
    channel: Channel
    title: str
    body: str = ""
    tags: frozenset[Tag] = field(default_factory=frozenset)
    confidential: bool = False
    on_joint_screen: bool = False
    speaker: str = ""
    author: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    session_id: str | None = None
    #: which revision of the note this is: the current one for the mediator and the note's own
    #: channel, the one consented to for an audience that sees it through a disclosure
    revision: int = 1

    def __post_init__(self) -> None:
        if len(self.title) > 300:
            raise InvalidInput("A note's title is too long (at most 300 characters).")
        if len(self.body) > 1_000_000:
            raise InvalidInput("A note is too long (at most a million characters).")
        if self.on_joint_screen and self.channel.kind != "joint":
            raise InvalidInput("Only a joint note can be put on the joint screen.")


def parse_tags(values: list[str] | tuple[str, ...] | str) -> frozenset[Tag]:
    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    try:
        return frozenset(Tag(v.strip().lower()) for v in values)
    except ValueError:
        raise InvalidInput("Tags are: " + ", ".join(t.value for t in Tag) + ".") from None
