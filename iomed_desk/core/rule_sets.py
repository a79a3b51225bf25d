"""The three disclosure rule sets as tables, each row citing the provision it comes from.

A row says, for an item of one origin (a party's caucus, the mediator's notebook), under which
condition whose consent must be on record before its substance reaches another audience.
`core.disclosure` turns the roles into the people of a case; nothing else decides who must
consent. The sources, as they read:

- ICSID Mediation Rules (2022), Rule 17(4): "Information received by the mediator from one
  party shall not be disclosed to the other party without authorization from the disclosing
  party." (`consent`)
- UNCITRAL Model Law on International Commercial Mediation and International Settlement
  Agreements Resulting from Mediation (2018), the article on disclosure of information: the
  mediator may disclose the substance of information received from a party to any other
  party, unless the party gave it on the condition that it be kept confidential. (`model-law`)
- Mediation Ordinance (Cap. 620, Hong Kong), s.8(2)(a): disclosure with the consent of each of
  the parties, of the mediator (each of them where there are several) and, where the mediation
  communication was made by a person other than a party or the mediator, of that person;
  s.8(2)(b)-(g) allow disclosure without consent on the grounds they list. (`hong-kong`)

A notebook item is the mediator's record, usually of what a party said: it needs what the rule
set asks of the most protected source it may contain. The mediator names that source when
disclosing (one party, or several, which counts as every party); mediators' consent alone is
never enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from iomed_desk.core.model import RuleSetName


class Origin(StrEnum):
    CAUCUS = "caucus"        # an item in a party's caucus channel
    NOTEBOOK = "notebook"    # an item in the mediator's notebook, with the source the mediator names


class Role(StrEnum):
    """Who must consent, as a role; `core.disclosure` names the people."""

    SOURCE = "source"              # the party the information came from (for a notebook item: as named)
    EVERY_PARTY = "every-party"
    EVERY_MEDIATOR = "every-mediator"
    MAKER = "maker"                # who made the communication, where neither a party nor a mediator


class Condition(StrEnum):
    ALWAYS = "always"
    GIVEN_IN_CONFIDENCE = "given-in-confidence"


@dataclass(frozen=True)
class ConsentRow:
    origin: Origin
    condition: Condition
    needs: frozenset[Role]
    provision: str


@dataclass(frozen=True)
class RuleSet:
    name: RuleSetName
    rows: tuple[ConsentRow, ...]
    #: whether the statutory grounds of Cap. 620 s.8(2)(b)-(g) may stand in for consent
    statutory_exceptions: bool
    #: who must consent before "given in confidence" is cleared from an item
    clearing_confidence: frozenset[Role]
    clearing_provision: str

    def needs(self, origin: Origin, given_in_confidence: bool) -> frozenset[Role]:
        """The roles whose consent must be on record for an item of `origin`."""
        found: frozenset[Role] = frozenset()
        for row in self.rows:
            if row.origin is origin and (row.condition is Condition.ALWAYS or given_in_confidence):
                found |= row.needs
        return found


_ICSID = "ICSID Mediation Rules (2022), Rule 17(4)"
_MODEL_LAW = ("UNCITRAL Model Law on International Commercial Mediation (2018), disclosure of "
              "information")
_CAP_620 = "Mediation Ordinance (Cap. 620), s.8(2)(a)"

#: how a rule set is named to people (refusals, records); the enum value is an internal key, never shown
RULE_SET_TITLES: dict[RuleSetName, str] = {
    RuleSetName.CONSENT: "Party consent (ICSID Mediation Rules style)",
    RuleSetName.MODEL_LAW: "UNCITRAL Model Law on International Commercial Mediation (2018)",
    RuleSetName.HONG_KONG: "Hong Kong Mediation Ordinance (Cap. 620), s.8",
}

RULE_SETS: dict[RuleSetName, RuleSet] = {
    RuleSetName.CONSENT: RuleSet(
        RuleSetName.CONSENT,
        rows=(
            ConsentRow(Origin.CAUCUS, Condition.ALWAYS, frozenset({Role.SOURCE}),
                       f"{_ICSID}: authorization from the disclosing party"),
            ConsentRow(Origin.NOTEBOOK, Condition.ALWAYS, frozenset({Role.SOURCE}),
                       f"{_ICSID}: the information came from a party; its authorization"),
        ),
        statutory_exceptions=False,
        clearing_confidence=frozenset({Role.SOURCE}),
        clearing_provision=f"{_ICSID}: only the disclosing party can authorise",
    ),
    RuleSetName.MODEL_LAW: RuleSet(
        RuleSetName.MODEL_LAW,
        rows=(
            ConsentRow(Origin.CAUCUS, Condition.GIVEN_IN_CONFIDENCE, frozenset({Role.SOURCE}),
                       f"{_MODEL_LAW}: not disclosed when given on condition of confidentiality"),
            ConsentRow(Origin.NOTEBOOK, Condition.GIVEN_IN_CONFIDENCE, frozenset({Role.SOURCE}),
                       f"{_MODEL_LAW}: the same for the mediator's record of it"),
        ),
        statutory_exceptions=False,
        clearing_confidence=frozenset({Role.SOURCE}),
        clearing_provision=f"{_MODEL_LAW}: the condition is the party's to lift",
    ),
    RuleSetName.HONG_KONG: RuleSet(
        RuleSetName.HONG_KONG,
        rows=(
            ConsentRow(Origin.CAUCUS, Condition.ALWAYS,
                       frozenset({Role.EVERY_PARTY, Role.EVERY_MEDIATOR, Role.MAKER}),
                       f"{_CAP_620}: each party, each mediator, and the maker"),
            ConsentRow(Origin.NOTEBOOK, Condition.ALWAYS,
                       frozenset({Role.EVERY_PARTY, Role.EVERY_MEDIATOR, Role.MAKER}),
                       f"{_CAP_620}: a mediation communication, whoever recorded it"),
        ),
        statutory_exceptions=True,
        clearing_confidence=frozenset({Role.SOURCE}),
        clearing_provision="the party that gave it in confidence (s.8(2)(a) still applies to disclosure)",
    ),
}
