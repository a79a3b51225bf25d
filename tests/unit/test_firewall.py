"""The confidentiality firewall and the three disclosure rule sets, without a database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import (
    Consent,
    Disclosure,
    HongKongException,
    ItemFacts,
    check_disclosure,
    disclosed_audiences,
    required_consents,
)
from iomed_desk.core.errors import FirewallViolation, InvalidInput, NotAllowed
from iomed_desk.core.firewall import assert_visible, is_visible
from iomed_desk.core.model import Case, CaseKind, Mediator, Party, RuleSetName

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def make_case(n_parties: int, rule_set: RuleSetName, n_mediators: int = 1) -> Case:
    return Case(id="c", reference="R", title="T", kind=CaseKind.COMMERCIAL, rule_set=rule_set,
                parties=tuple(Party(f"p{i}", f"Party {i}") for i in range(1, n_parties + 1)),
                mediators=tuple(Mediator(f"m{i}", f"Mediator {i}") for i in range(1, n_mediators + 1)))


def test_visibility_table() -> None:
    p1, p2 = Channel.party("p1"), Channel.party("p2")
    assert is_visible(p1, Audience.mediator())
    assert is_visible(p1, Audience.party("p1"))
    assert not is_visible(p1, Audience.party("p2"))
    assert not is_visible(p1, Audience.joint())
    assert is_visible(Channel.joint(), Audience.party("p2"))
    assert not is_visible(Channel.mediator(), Audience.joint())
    assert not is_visible(Channel.mediator(), Audience.party("p1"))
    assert is_visible(p1, Audience.party("p2"), [Audience.party("p2")])
    assert is_visible(p1, Audience.party("p3"), [Audience.joint()])
    assert not is_visible(p2, Audience.party("p3"), [Audience.party("p1")])
    with pytest.raises(FirewallViolation):
        assert_visible(p1, Audience.joint())


def test_channel_text_round_trip_and_bad_text() -> None:
    for text in ("joint", "mediator", "party:p7"):
        assert str(Channel.parse(text)) == text
        assert str(Audience.parse(text)) == text
    for bad in ("", "party:", "parties:p1", "Joint"):
        with pytest.raises(InvalidInput):
            Channel.parse(bad)


def test_consent_rule_needs_the_source_party() -> None:
    case = make_case(3, RuleSetName.CONSENT)
    item = ItemFacts(Channel.party("p2"))
    assert required_consents(case, item) == ("party:p2",)
    with pytest.raises(NotAllowed, match="Party 2"):
        check_disclosure(case, item, Audience.joint(), (), None)
    check_disclosure(case, item, Audience.joint(), (Consent("party:p2"),), None)


def test_model_law_needs_consent_only_for_confidential_items() -> None:
    case = make_case(2, RuleSetName.MODEL_LAW)
    assert required_consents(case, ItemFacts(Channel.party("p1"))) == ()
    check_disclosure(case, ItemFacts(Channel.party("p1")), Audience.party("p2"), (), None)
    conf = ItemFacts(Channel.party("p1"), confidential=True)
    with pytest.raises(NotAllowed, match="Party 1"):
        check_disclosure(case, conf, Audience.party("p2"), (), None)


def test_hong_kong_needs_everyone_or_a_statutory_exception() -> None:
    case = make_case(3, RuleSetName.HONG_KONG, n_mediators=2)
    item = ItemFacts(Channel.party("p1"), speaker="Expert witness Dr Chan")
    need = required_consents(case, item)
    assert set(need) == {"party:p1", "party:p2", "party:p3", "mediator:m1", "mediator:m2", "speaker"}
    partial = tuple(Consent(w) for w in need if w != "mediator:m2")
    with pytest.raises(NotAllowed, match="Mediator 2"):
        check_disclosure(case, item, Audience.joint(), partial, None)
    check_disclosure(case, item, Audience.joint(), (), HongKongException.LEGAL_ADVICE)
    with pytest.raises(NotAllowed, match="Hong Kong"):
        check_disclosure(make_case(2, RuleSetName.CONSENT), ItemFacts(Channel.party("p1")), Audience.joint(),
                         (), HongKongException.PUBLIC)


def test_nonsense_disclosures_are_refused() -> None:
    case = make_case(2, RuleSetName.CONSENT)
    with pytest.raises(NotAllowed):
        check_disclosure(case, ItemFacts(Channel.joint()), Audience.party("p1"), (), None)
    with pytest.raises(NotAllowed):
        check_disclosure(case, ItemFacts(Channel.party("p1")), Audience.party("p1"), (Consent("party:p1"),), None)
    with pytest.raises(NotAllowed):
        check_disclosure(case, ItemFacts(Channel.party("p1")), Audience.mediator(), (Consent("party:p1"),), None)
    with pytest.raises(InvalidInput):
        check_disclosure(case, ItemFacts(Channel.party("p1")), Audience.party("p9"), (Consent("party:p1"),), None)
    with pytest.raises(InvalidInput):
        check_disclosure(case, ItemFacts(Channel.party("p1")), Audience.joint(), (Consent("party:p9"),), None)


# -- the oracle: the rule sets as their sources state them, not as core/disclosure.py does ---------
#
# consent (ICSID Mediation Rules style): nothing leaves a caucus without the authorisation of the
#   party that gave it.
# model-law (UNCITRAL Model Law on International Commercial Mediation, 2018, "Disclosure of
#   information"): the mediator may disclose the substance of a party's information to another
#   party, unless the party gave it on the condition that it be kept confidential.
# hong-kong (Mediation Ordinance, Cap. 620, s.8(2)(a)): the consent of each of the parties, of
#   the mediator (each of them, if more than one) and, where the communication was made by a
#   person other than a party or the mediator, of that person; s.8(2)(b)-(g) allow disclosure
#   without consent and are only grounds under that Ordinance.
# A notebook item (channel `mediator`) records what a party said: it needs what the rules ask of
#   the party the mediator names as its source ("several": every party), never mediators alone.

def lawful_by_the_sources(case: Case, item: ItemFacts, consents: set[str],
                          exception: HongKongException | None, source: str | None = None) -> bool:
    if item.channel.kind == "party":
        sources = {f"party:{item.channel.party_id}"}
    else:
        assert item.channel.kind == "mediator" and source
        sources = {f"party:{p.id}" for p in case.parties if source in (p.id, "several")}
    if case.rule_set is RuleSetName.CONSENT:
        return exception is None and sources <= consents
    if case.rule_set is RuleSetName.MODEL_LAW:
        return exception is None and (not item.confidential or sources <= consents)
    if exception is not None:
        return True
    parties = all(f"party:{p.id}" in consents for p in case.parties)
    mediators = all(f"mediator:{m.id}" in consents for m in case.mediators)
    maker = not item.speaker.strip() or "speaker" in consents
    return parties and mediators and maker


@st.composite
def disclosure_requests(draw: st.DrawFn) -> tuple:
    case = make_case(draw(st.integers(2, 4)), draw(st.sampled_from(list(RuleSetName))), draw(st.integers(1, 3)))
    notebook = draw(st.booleans())
    party = draw(st.sampled_from(case.parties)).id
    source = draw(st.sampled_from([party, "several"])) if notebook else None
    item = ItemFacts(Channel.mediator() if notebook else Channel.party(party), confidential=draw(st.booleans()),
                     speaker=draw(st.sampled_from(["", "Expert witness Dr Chan"])))
    target = draw(st.sampled_from([Audience.joint(), *(Audience.party(p.id) for p in case.parties
                                                      if notebook or p.id != party)]))
    everyone = [f"party:{p.id}" for p in case.parties] + [f"mediator:{m.id}" for m in case.mediators] + ["speaker"]
    consents = set(draw(st.lists(st.sampled_from(everyone), unique=True)))
    exception = draw(st.one_of(st.none(), st.none(), st.sampled_from(list(HongKongException))))
    return case, item, target, consents, exception, source


@settings(max_examples=600, deadline=None)
@given(disclosure_requests())
def test_a_disclosure_is_allowed_exactly_when_the_rule_sets_source_allows_it(request) -> None:  # type: ignore[no-untyped-def]
    case, item, target, consents, exception, source = request
    lawful = lawful_by_the_sources(case, item, consents, exception, source)
    try:
        check_disclosure(case, item, target, tuple(Consent(w) for w in sorted(consents)), exception, source=source)
    except NotAllowed:
        assert not lawful, f"refused though {case.rule_set.value} allows it with {sorted(consents)}"
    else:
        assert lawful, f"allowed though {case.rule_set.value} forbids it with {sorted(consents)}"


# -- property: no caucus content reaches another audience without a lawful disclosure --------

@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Case, list[tuple]]:
    n = draw(st.integers(2, 5))
    case = make_case(n, draw(st.sampled_from(list(RuleSetName))), draw(st.integers(1, 2)))
    parties = [p.id for p in case.parties]
    everyone = [f"party:{p}" for p in parties] + [f"mediator:{m.id}" for m in case.mediators] + ["speaker"]
    audiences = ["joint", *[f"party:{p}" for p in parties]]
    op = st.one_of(
        st.tuples(st.just("create"), st.sampled_from(["joint", "mediator", *[f"party:{p}" for p in parties]]),
                  st.booleans(), st.sampled_from(["", "Dr Chan"])),
        st.tuples(st.just("disclose"), st.integers(0, 30), st.sampled_from(audiences),
                  st.lists(st.sampled_from(everyone), max_size=len(everyone), unique=True),
                  st.one_of(st.none(), st.sampled_from(list(HongKongException))),
                  st.sampled_from(["", "several", *parties])),
        st.tuples(st.just("revoke"), st.integers(0, 30)),
    )
    return case, draw(st.lists(op, min_size=1, max_size=40))


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_no_caucus_item_reaches_another_audience_without_required_consents(scenario) -> None:  # type: ignore[no-untyped-def]
    case, ops = scenario
    items: list[ItemFacts] = []
    disclosures: list[list[Disclosure]] = []
    log: list[Disclosure] = []
    for op in ops:
        if op[0] == "create":
            items.append(ItemFacts(Channel.parse(op[1]), confidential=op[2], speaker=op[3]))
            disclosures.append([])
        elif op[0] == "disclose" and items:
            i = op[1] % len(items)
            consents = tuple(Consent(w) for w in op[3])
            try:
                check_disclosure(case, items[i], Audience.parse(op[2]), consents, op[4], tuple(disclosures[i]),
                                 source=op[5] or None)
            except (NotAllowed, InvalidInput):
                continue
            d = Disclosure(f"d{len(log)}", f"i{i}", items[i].channel, Audience.parse(op[2]), consents, T0,
                           op[4], source=op[5])
            disclosures[i].append(d)
            log.append(d)
        elif op[0] == "revoke" and log:
            d = log[op[1] % len(log)]
            i = int(d.item_id[1:])
            disclosures[i] = [x if x.id != d.id else Disclosure(**{**x.__dict__, "revoked_at": T0})
                              for x in disclosures[i]]
        # the invariant, after every step
        for i, item in enumerate(items):
            shown = disclosed_audiences(disclosures[i])
            for aud in [Audience.joint(), *[Audience.party(p.id) for p in case.parties]]:
                natural = item.channel.kind == "joint" or (
                    item.channel.kind == "party" and aud == Audience.party(item.channel.party_id or ""))
                if is_visible(item.channel, aud, shown) and not natural:
                    lawful = [d for d in disclosures[i] if d.in_force and d.target in (aud, Audience.joint())
                              and lawful_by_the_sources(case, item, {c.who for c in d.consents}, d.exception,
                                                        d.source or None)]
                    assert lawful, f"{item.channel} reached {aud} without a lawful disclosure"
