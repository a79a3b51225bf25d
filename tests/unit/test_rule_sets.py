"""Each row of each rule set, against a case written from the provision it cites.

The expectations are the sources' words turned into people (who must say yes), not a copy of
`core/rule_sets.py`: ICSID Rule 17(4) "authorization from the disclosing party"; the Model Law's
"unless ... on the condition that it be kept confidential"; Cap. 620 s.8(2)(a) "each of the
parties ... the mediator (each of them) ... and, if made by a person other than a party or the
mediator, that person".
"""

from __future__ import annotations

import pytest

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import (
    SEVERAL,
    Consent,
    HongKongException,
    ItemFacts,
    check_clearing_confidence,
    check_disclosure,
    required_consents,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import Case, CaseKind, Mediator, Party, RuleSetName
from iomed_desk.core.rule_sets import RULE_SETS, Origin

CONSENT, MODEL_LAW, HONG_KONG = RuleSetName.CONSENT, RuleSetName.MODEL_LAW, RuleSetName.HONG_KONG


def case(rule_set: RuleSetName) -> Case:
    return Case(id="c", reference="R", title="T", kind=CaseKind.INVESTMENT, rule_set=rule_set,
                parties=(Party("p1", "Asteria"), Party("p2", "Borealis"), Party("p3", "Caldera")),
                mediators=(Mediator("m1", "Dr Lau"), Mediator("m2", "Ms Okafor")))


CAUCUS_P1 = ItemFacts(Channel.party("p1"))
CAUCUS_P1_CONFIDENTIAL = ItemFacts(Channel.party("p1"), confidential=True)
CAUCUS_P1_EXPERT = ItemFacts(Channel.party("p1"), speaker="Expert Dr Chan")
NOTEBOOK = ItemFacts(Channel.mediator())
NOTEBOOK_CONFIDENTIAL = ItemFacts(Channel.mediator(), confidential=True)
EVERYONE = {"party:p1", "party:p2", "party:p3", "mediator:m1", "mediator:m2"}


def allowed(rule_set: RuleSetName, item: ItemFacts, consents: set[str], source: str | None = None,
            exception: HongKongException | None = None) -> bool:
    try:
        check_disclosure(case(rule_set), item, Audience.party("p2"), tuple(Consent(w) for w in sorted(consents)),
                         exception, source=source)
    except NotAllowed:
        return False
    return True


def test_every_row_cites_a_provision() -> None:
    for rule_set in RULE_SETS.values():
        assert {row.origin for row in rule_set.rows} == set(Origin)
        for row in rule_set.rows:
            assert any(name in row.provision for name in ("ICSID", "UNCITRAL", "Cap. 620")), row


# -- consent: ICSID Mediation Rules (2022), Rule 17(4) -------------------------------------------

def test_consent_caucus_needs_the_disclosing_party_and_nobody_else() -> None:
    assert not allowed(CONSENT, CAUCUS_P1, set())
    assert not allowed(CONSENT, CAUCUS_P1, EVERYONE - {"party:p1"})
    assert allowed(CONSENT, CAUCUS_P1, {"party:p1"})


def test_consent_notebook_needs_the_party_it_came_from_never_mediators_alone() -> None:
    assert not allowed(CONSENT, NOTEBOOK, {"mediator:m1", "mediator:m2"}, source="p1")
    assert allowed(CONSENT, NOTEBOOK, {"party:p1"}, source="p1")
    assert not allowed(CONSENT, NOTEBOOK, {"party:p1"}, source=SEVERAL)
    assert allowed(CONSENT, NOTEBOOK, {"party:p1", "party:p2", "party:p3"}, source=SEVERAL)


# -- model-law: UNCITRAL Model Law (2018), disclosure of information ------------------------------

def test_model_law_caucus_may_disclose_unless_given_in_confidence() -> None:
    assert allowed(MODEL_LAW, CAUCUS_P1, set())
    assert not allowed(MODEL_LAW, CAUCUS_P1_CONFIDENTIAL, EVERYONE - {"party:p1"})
    assert allowed(MODEL_LAW, CAUCUS_P1_CONFIDENTIAL, {"party:p1"})


def test_model_law_notebook_follows_the_party_it_came_from() -> None:
    assert allowed(MODEL_LAW, NOTEBOOK, set(), source="p3")
    assert not allowed(MODEL_LAW, NOTEBOOK_CONFIDENTIAL, {"mediator:m1", "mediator:m2"}, source="p3")
    assert allowed(MODEL_LAW, NOTEBOOK_CONFIDENTIAL, {"party:p3"}, source="p3")


# -- hong-kong: Mediation Ordinance (Cap. 620), s.8(2) ----------------------------------------------

def test_hong_kong_caucus_needs_each_party_each_mediator_and_the_maker() -> None:
    assert allowed(HONG_KONG, CAUCUS_P1, EVERYONE)
    for missing in EVERYONE:
        assert not allowed(HONG_KONG, CAUCUS_P1, EVERYONE - {missing}), missing
    assert not allowed(HONG_KONG, CAUCUS_P1_EXPERT, EVERYONE)
    assert allowed(HONG_KONG, CAUCUS_P1_EXPERT, EVERYONE | {"speaker"})


def test_hong_kong_notebook_needs_the_same_whoever_recorded_it() -> None:
    """The audit's case: a notebook item about Asteria's bottom line, only the mediators ticked."""
    assert not allowed(HONG_KONG, NOTEBOOK, {"mediator:m1", "mediator:m2"}, source="p1")
    assert allowed(HONG_KONG, NOTEBOOK, EVERYONE, source="p1")


def test_hong_kong_statutory_grounds_stand_in_for_consent_there_only() -> None:
    for ground in HongKongException:
        assert allowed(HONG_KONG, CAUCUS_P1, set(), exception=ground)
        assert allowed(HONG_KONG, NOTEBOOK, set(), source="p1", exception=ground)
        assert not allowed(CONSENT, CAUCUS_P1, {"party:p1"}, exception=ground)
        assert not allowed(MODEL_LAW, CAUCUS_P1, set(), exception=ground)


def test_a_notebook_item_cannot_be_disclosed_without_naming_its_source() -> None:
    for rule_set in RuleSetName:
        with pytest.raises(InvalidInput, match="which party"):
            allowed(rule_set, NOTEBOOK, EVERYONE | {"speaker"})
        with pytest.raises(InvalidInput):
            allowed(rule_set, NOTEBOOK, EVERYONE, source="p9")


def test_required_consents_name_the_people() -> None:
    assert required_consents(case(HONG_KONG), CAUCUS_P1_EXPERT) == (
        "party:p1", "party:p2", "party:p3", "mediator:m1", "mediator:m2", "speaker")
    assert required_consents(case(CONSENT), NOTEBOOK, "p2") == ("party:p2",)


@pytest.mark.parametrize("rule_set", list(RuleSetName))
def test_clearing_given_in_confidence_needs_the_party_that_gave_it(rule_set: RuleSetName) -> None:
    c = case(rule_set)
    with pytest.raises(NotAllowed, match="Asteria"):
        check_clearing_confidence(c, CAUCUS_P1_CONFIDENTIAL, (Consent("mediator:m1"), Consent("party:p2")))
    check_clearing_confidence(c, CAUCUS_P1_CONFIDENTIAL, (Consent("party:p1"),))
    with pytest.raises(NotAllowed, match="Caldera"):
        check_clearing_confidence(c, NOTEBOOK_CONFIDENTIAL, (Consent("party:p1"),), source="p3")
