"""Disclosure: moving the substance of an item to another audience, and the consents it needs.

The case's rule set decides which consents must be on record before a
disclosure is allowed (DESIGN.md section 2, rule 4):

- `consent` (ICSID Mediation Rules style): the party the item came from.
- `model-law` (UNCITRAL Model Law on International Commercial Mediation, 2018):
  none, unless the party marked the item confidential; then that party.
- `hong-kong` (Mediation Ordinance, Cap. 620, s.8(2)(a)): every party, every
  mediator, and the person who made the communication when that is someone
  else; or instead one of the exceptions of s.8(2)(b)-(g), recorded as the reason.

A mediator's notebook item needs the consent of every mediator under every rule set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.firewall import natural_audience
from iomed_desk.core.model import Case, RuleSetName


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


@dataclass(frozen=True)
class Consent:
    """One consent on record: `who` is `party:<id>`, `mediator:<id>` or `speaker`."""

    who: str
    given_by: str = ""
    recorded_at: datetime | None = None


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

    @property
    def in_force(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know of the item being disclosed."""

    channel: Channel
    confidential: bool = False
    speaker: str = ""


def required_consents(case: Case, item: ItemFacts) -> tuple[str, ...]:
    """The consents, as `who` keys, that must be on record; in a stable order for display."""
    mediators = tuple(f"mediator:{m.id}" for m in case.mediators)
    if item.channel.kind == "mediator":
        return mediators
    source = f"party:{item.channel.party_id}"
    if case.rule_set is RuleSetName.CONSENT:
        return (source,)
    if case.rule_set is RuleSetName.MODEL_LAW:
        return (source,) if item.confidential else ()
    needed = tuple(f"party:{p.id}" for p in case.parties) + mediators
    if item.speaker.strip():
        needed += (SPEAKER,)
    return needed


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
                     exception: HongKongException | None = None) -> tuple[str, ...]:
    if exception is not None and item.channel.kind != "mediator":
        return ()
    given = {c.who for c in consents}
    return tuple(who for who in required_consents(case, item) if who not in given)


def check_disclosure(case: Case, item: ItemFacts, target: Audience, consents: tuple[Consent, ...],
                     exception: HongKongException | None, existing: tuple[Disclosure, ...] = ()) -> None:
    """Raise `NotAllowed` (naming what is missing) unless this disclosure may be recorded."""
    if item.channel.kind == "joint":
        raise NotAllowed("A joint item is already visible to every party; there is nothing to disclose.")
    if target.is_mediator:
        raise NotAllowed("The mediator already sees every item.")
    if target == natural_audience(item.channel):
        raise NotAllowed("That audience already sees this item.")
    if target.kind == "party" and target.party_id not in {p.id for p in case.parties}:
        raise InvalidInput("No such party in this case.")
    if exception is not None and case.rule_set is not RuleSetName.HONG_KONG:
        raise NotAllowed("Statutory exceptions apply only to cases under the Hong Kong Mediation Ordinance.")
    valid = set(required_consents(case, item)) | {f"party:{p.id}" for p in case.parties} | {
        f"mediator:{m.id}" for m in case.mediators} | {SPEAKER}
    for c in consents:
        if c.who not in valid:
            raise InvalidInput(f"Unknown consent {c.who!r}.")
    missing = missing_consents(case, item, consents, exception)
    if missing:
        names = ", ".join(consent_label(case, who, item) for who in missing)
        raise NotAllowed(f"Consent missing under the case's rules ({case.rule_set.value}): {names}.")
    for d in existing:
        if d.in_force and d.target in (target, Audience.joint()):
            raise NotAllowed("This item is already disclosed to that audience.")


def disclosed_audiences(disclosures: tuple[Disclosure, ...] | list[Disclosure]) -> tuple[Audience, ...]:
    return tuple(d.target for d in disclosures if d.in_force)
