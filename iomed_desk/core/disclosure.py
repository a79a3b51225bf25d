"""Disclosure: moving the substance of one revision of an item to another audience, and the consents it needs.

The case's rule set decides which consents must be on record before a disclosure is allowed
(DESIGN.md section 2, rule 4); the rules themselves are the tables of `core.rule_sets`, each row
citing its provision. Here the roles of a row become the people of a case: `party:<id>`,
`mediator:<id>` and `speaker` (who made the communication). Under `hong-kong` one of the
grounds of Cap. 620 s.8(2)(b)-(g) may be recorded instead of consent.

A disclosure names the revision consented to: the other audience sees that text, and a later
edit stays in the item's own channel until a new disclosure of it is consented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.firewall import natural_audience
from iomed_desk.core.model import Case
from iomed_desk.core.rule_sets import RULE_SET_TITLES, RULE_SETS, Origin, Role


class HongKongException(StrEnum):
    """The grounds of the Mediation Ordinance (Cap. 620) s.8(2)(b)-(g) that allow disclosure without consent."""

    PUBLIC = "s8-2-b"
    DISCOVERY = "s8-2-c"
    DANGER = "s8-2-d"
    RESEARCH = "s8-2-e"
    LEGAL_ADVICE = "s8-2-f"
    REQUIRED_BY_LAW = "s8-2-g"

    @property
    def label(self) -> str:
        return _HK_LABELS[self]


_HK_LABELS = {
    HongKongException.PUBLIC: "s.8(2)(b): already available to the public (not by an unlawful disclosure)",
    HongKongException.DISCOVERY: "s.8(2)(c): otherwise subject to discovery in civil proceedings",
    HongKongException.DANGER: "s.8(2)(d): necessary to prevent danger of injury or serious harm to a child",
    HongKongException.RESEARCH: "s.8(2)(e): research, evaluation or education without identifying anyone",
    HongKongException.LEGAL_ADVICE: "s.8(2)(f): for the purpose of seeking legal advice",
    HongKongException.REQUIRED_BY_LAW: "s.8(2)(g): in accordance with a requirement imposed by law",
}

SPEAKER = "speaker"
#: the source a mediator names for a notebook item that holds what more than one party said
SEVERAL = "several"


class ConsentManner(StrEnum):
    """How a consent was given."""

    SAID_IN_CAUCUS = "said-in-caucus"
    IN_WRITING = "in-writing"
    SIGNED_ON_SCREEN = "signed-on-screen"

    @property
    def label(self) -> str:
        return {ConsentManner.SAID_IN_CAUCUS: "said in caucus", ConsentManner.IN_WRITING: "in writing",
                ConsentManner.SIGNED_ON_SCREEN: "signed on screen"}[self]


@dataclass(frozen=True)
class Consent:
    """One consent on record: `who` is `party:<id>`, `mediator:<id>` or `speaker`; `given_by` the
    person who gave it for them, `witness` who else was present."""

    who: str
    given_by: str = ""
    recorded_at: datetime | None = None
    manner: ConsentManner = ConsentManner.SAID_IN_CAUCUS
    witness: str = ""


@dataclass(frozen=True)
class Disclosure:
    id: str
    item_id: str
    item_channel: Channel
    target: Audience
    consents: tuple[Consent, ...]
    created_at: datetime
    exception: HongKongException | None = None
    note: str = ""
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    revision: int = 1
    source: str = ""  # for a notebook item: the party it came from, or SEVERAL

    @property
    def in_force(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know of the item being disclosed."""

    channel: Channel
    confidential: bool = False
    speaker: str = ""


def _origin(item: ItemFacts) -> Origin:
    if item.channel.kind == "party":
        return Origin.CAUCUS
    if item.channel.kind == "mediator":
        return Origin.NOTEBOOK
    raise NotAllowed("A joint item is already visible to every party; there is nothing to disclose.")


def source_parties(case: Case, item: ItemFacts, source: str | None) -> tuple[str, ...]:
    """The party ids an item's information came from: its caucus's party, or as the mediator names it
    for a notebook item (one party, or SEVERAL for every party)."""
    if item.channel.kind == "party":
        return (item.channel.party_id or "",)
    if not source:
        raise InvalidInput("Say which party this came from (or that it came from several) before "
                           "disclosing a notebook item.")
    if source == SEVERAL:
        return tuple(p.id for p in case.parties)
    if source not in {p.id for p in case.parties}:
        raise InvalidInput("No such party in this case.")
    return (source,)


def _people(case: Case, item: ItemFacts, roles: frozenset[Role], source: str | None) -> tuple[str, ...]:
    """Roles to `who` keys, in a stable order for display: parties, mediators, the maker."""
    wanted: set[str] = set()
    if Role.SOURCE in roles:
        wanted |= {f"party:{p}" for p in source_parties(case, item, source)}
    if Role.EVERY_PARTY in roles:
        wanted |= {f"party:{p.id}" for p in case.parties}
    if Role.EVERY_MEDIATOR in roles:
        wanted |= {f"mediator:{m.id}" for m in case.mediators}
    if Role.MAKER in roles and item.speaker.strip():
        wanted.add(SPEAKER)
    order = [f"party:{p.id}" for p in case.parties] + [f"mediator:{m.id}" for m in case.mediators] + [SPEAKER]
    return tuple(who for who in order if who in wanted)


def required_consents(case: Case, item: ItemFacts, source: str | None = None) -> tuple[str, ...]:
    """The consents, as `who` keys, that must be on record to disclose `item`."""
    roles = RULE_SETS[case.rule_set].needs(_origin(item), item.confidential)
    return _people(case, item, roles, source)


def clearing_consents(case: Case, item: ItemFacts, source: str | None = None) -> tuple[str, ...]:
    """The consents that must be on record before "given in confidence" is cleared from `item`."""
    _origin(item)
    return _people(case, item, RULE_SETS[case.rule_set].clearing_confidence, source)


def consent_label(case: Case, who: str, item: ItemFacts | None = None) -> str:
    if who.startswith("party:"):
        return case.party(who[len("party:"):]).name
    if who.startswith("mediator:"):
        mid = who[len("mediator:"):]
        for m in case.mediators:
            if m.id == mid:
                return f"{m.name} (mediator)"
        return "a mediator"
    if who == SPEAKER:
        return f"{item.speaker} (who made the communication)" if item and item.speaker else "the person who made the communication"
    return who


def missing_consents(case: Case, item: ItemFacts, consents: tuple[Consent, ...],
                     exception: HongKongException | None = None, source: str | None = None) -> tuple[str, ...]:
    if exception is not None and RULE_SETS[case.rule_set].statutory_exceptions:
        return ()
    given = {c.who for c in consents}
    return tuple(who for who in required_consents(case, item, source) if who not in given)


def _check_consenters(case: Case, consents: tuple[Consent, ...]) -> None:
    valid = {f"party:{p.id}" for p in case.parties} | {f"mediator:{m.id}" for m in case.mediators} | {SPEAKER}
    for c in consents:
        if c.who not in valid:
            raise InvalidInput(f"Unknown consent {c.who!r}.")


def check_disclosure(case: Case, item: ItemFacts, target: Audience, consents: tuple[Consent, ...],
                     exception: HongKongException | None, existing: tuple[Disclosure, ...] = (), *,
                     revision: int = 1, source: str | None = None) -> None:
    """Raise `NotAllowed` (naming what is missing) unless disclosing `revision` of the item may be recorded.

    A disclosure in force to the target (or to every party) of this revision or a later one makes
    another pointless; of an earlier revision, it is what a new consent replaces.
    """
    if _origin(item) is Origin.NOTEBOOK:
        source_parties(case, item, source)  # named, and a party of the case, whatever the rule set needs
    if target.is_mediator:
        raise NotAllowed("The mediator already sees every item.")
    if target == natural_audience(item.channel):
        raise NotAllowed("That audience already sees this item.")
    if target.kind == "party" and target.party_id not in {p.id for p in case.parties}:
        raise InvalidInput("No such party in this case.")
    if exception is not None and not RULE_SETS[case.rule_set].statutory_exceptions:
        raise NotAllowed("Statutory exceptions apply only to cases under the Hong Kong Mediation Ordinance.")
    _check_consenters(case, consents)
    missing = missing_consents(case, item, consents, exception, source)
    if missing:
        names = ", ".join(consent_label(case, who, item) for who in missing)
        raise NotAllowed(f"Consent missing under the case's rules, {RULE_SET_TITLES[case.rule_set]}: {names}.")
    for d in existing:
        if d.in_force and d.target in (target, Audience.joint()) and d.revision >= revision:
            raise NotAllowed("This item is already disclosed to that audience.")


def check_clearing_confidence(case: Case, item: ItemFacts, consents: tuple[Consent, ...],
                              source: str | None = None) -> None:
    """Raise `NotAllowed` unless the consents to clear "given in confidence" are on record."""
    _check_consenters(case, consents)
    given = {c.who for c in consents}
    missing = [who for who in clearing_consents(case, item, source) if who not in given]
    if missing:
        names = ", ".join(consent_label(case, who, item) for who in missing)
        raise NotAllowed(f"Only the party that gave it in confidence can release it: consent missing ({names}).")


def disclosed_audiences(disclosures: tuple[Disclosure, ...] | list[Disclosure]) -> tuple[Audience, ...]:
    return tuple(d.target for d in disclosures if d.in_force)


def shown_revision(disclosures: tuple[Disclosure, ...] | list[Disclosure], audience: Audience) -> int | None:
    """The revision of an item `audience` sees through disclosures in force (the latest consented), or None."""
    found = [d.revision for d in disclosures if d.in_force and d.target in (audience, Audience.joint())]
    return max(found) if found else None
