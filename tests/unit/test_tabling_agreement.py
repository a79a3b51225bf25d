"""Tablings and positions under the firewall, and the agreement state machine."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from iomed_desk.core import tabling as tb
from iomed_desk.core.agreement import (
    Agreement,
    AgreementStatus,
    acceptance,
    agreement_matches,
    can_conclude,
    conclude,
    latest_positions,
    mark_exported,
    reopen,
)
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.drafting import Clause, Draft, DraftVersion, make_version
from iomed_desk.core.errors import FirewallViolation, InvalidInput, NotAllowed
from iomed_desk.core.tabling import Position, Stance, Tabling, record_position, table_version

PARTIES = ("a", "b")
NAMES = {"a": "Republic of Aurelia", "b": "Borealis Energy Ltd"}
DRAFT = Draft("d1", "Settlement Agreement", ("en", "zh-Hans"))
JOINT, MEDIATOR = Audience.joint(), Audience.mediator()


def clause(cid: str, heading: str, body: str) -> Clause:
    return Clause(cid, (("en", heading), ("zh-Hans", heading)), (("en", body), ("zh-Hans", body)))


def first_version(clock: FakeClock) -> DraftVersion:
    return make_version(DRAFT, [clause("pay", "Payment", "Pay."), clause("rel", "Release", "Go.")],
                        author="M", now=clock())


class Room:
    """What the store would hold for one case, with helpers that speak like the app does."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.versions = [first_version(self.clock)]
        self.tablings: list[Tabling] = []
        self.positions: list[Position] = []
        self.agreements: list[Agreement] = []

    def table(self, version: DraftVersion, audience: Audience) -> Tabling:
        t = table_version(version, audience, party_ids=PARTIES, now=self.clock.advance(minutes=1))
        self.tablings.append(t)
        return t

    def say(self, tabling: Tabling, party: str, clause_id: str, stance: Stance) -> Position:
        version = next(v for v in self.versions if tabling.is_of(v))
        p = record_position(version, tabling, party, clause_id, stance, party_ids=PARTIES,
                            now=self.clock.advance(minutes=1))
        self.positions.append(p)
        return p

    def kwargs(self) -> dict:
        return {"party_ids": PARTIES, "versions": self.versions, "tablings": self.tablings,
                "positions": self.positions, "agreements": self.agreements,
                "party_names": NAMES}


# --- tablings and positions ---------------------------------------------------------------------


def test_a_tabling_lives_in_its_audiences_channel() -> None:
    room = Room()
    v = room.versions[0]
    assert room.table(v, JOINT).channel == Channel.joint()
    caucus = room.table(v, Audience.party("a"))
    assert caucus.channel == Channel.party("a") and caucus.fingerprint == v.fingerprint
    with pytest.raises(InvalidInput, match="not to the mediator"):
        room.table(v, MEDIATOR)
    with pytest.raises(InvalidInput, match="No party"):
        room.table(v, Audience.party("z"))
    with pytest.raises(InvalidInput, match="channel of its audience"):
        replace(caucus, channel=Channel.joint())


def test_a_party_can_take_a_position_only_on_what_was_tabled_to_it() -> None:
    room = Room()
    v = room.versions[0]
    to_a = room.table(v, Audience.party("a"))
    p = room.say(to_a, "a", "pay", Stance.RESERVE)
    assert p.channel == Channel.party("a") and p.tabling_id == to_a.id
    assert (p.draft_id, p.version_number) == ("d1", 1)
    with pytest.raises(NotAllowed, match="not tabled to this party"):
        room.say(to_a, "b", "pay", Stance.ACCEPT)
    with pytest.raises(InvalidInput, match="no clause"):
        room.say(to_a, "a", "nope", Stance.ACCEPT)
    with pytest.raises(InvalidInput, match="No party"):
        room.say(to_a, "z", "pay", Stance.ACCEPT)
    with pytest.raises(InvalidInput, match="stance"):
        room.say(to_a, "a", "pay", "maybe")  # type: ignore[arg-type]
    v2 = make_version(DRAFT, [clause("pay", "Payment", "Pay now.")], author="M",
                      now=room.clock(), previous=v)
    with pytest.raises(InvalidInput, match="another version"):
        record_position(v2, to_a, "a", "pay", Stance.ACCEPT, party_ids=PARTIES, now=room.clock())
    assert Position("x", "d1", 1, "pay", "a", "accept", room.clock()).stance is Stance.ACCEPT  # type: ignore[arg-type]


def test_a_tabling_to_one_party_is_that_partys_confidence() -> None:
    room = Room()
    v = room.versions[0]
    to_a, joint = room.table(v, Audience.party("a")), room.table(v, JOINT)
    assert tb.tabling_visible(to_a, Audience.party("a")) and tb.tabling_visible(to_a, MEDIATOR)
    assert not tb.tabling_visible(to_a, Audience.party("b")) and not tb.tabling_visible(to_a, JOINT)
    assert tb.visible_tablings([to_a, joint], Audience.party("b")) == (joint,)
    with pytest.raises(FirewallViolation):
        tb.assert_tabling_visible(to_a, Audience.party("b"))
    assert tb.tabling_visible(to_a, Audience.party("b"), {to_a.id: [JOINT]})
    assert tb.versions_seen_by([to_a], Audience.party("b")) == frozenset()
    assert tb.versions_seen_by([to_a], Audience.party("a")) == {("d1", 1, v.fingerprint)}


def test_a_position_is_the_confidence_of_the_party_that_took_it() -> None:
    room = Room()
    joint = room.table(room.versions[0], JOINT)
    p = room.say(joint, "a", "pay", Stance.REJECT)
    assert tb.position_visible(p, Audience.party("a")) and tb.position_visible(p, MEDIATOR)
    assert not tb.position_visible(p, Audience.party("b")) and not tb.position_visible(p, JOINT)
    assert tb.visible_positions([p], JOINT) == ()
    with pytest.raises(FirewallViolation):
        tb.assert_position_visible(p, JOINT)
    assert tb.position_visible(p, Audience.party("b"), {p.id: [Audience.party("b")]})
    assert not tb.position_visible(p, JOINT, {p.id: [Audience.party("b")]})


_party = st.sampled_from(["a", "b", "c"])
_audience = st.one_of(st.just(JOINT), st.just(MEDIATOR), _party.map(Audience.party))


@given(st.lists(st.tuples(st.one_of(st.just(JOINT), _party.map(Audience.party)), _party,
                          st.lists(_audience, max_size=2)), min_size=1, max_size=8), _audience)
def test_visibility_of_tablings_and_positions_respects_the_firewall(
        items: list[tuple[Audience, str, list[Audience]]], viewer: Audience) -> None:
    clock = FakeClock()
    v = first_version(clock)
    disclosed = {}
    for n, (audience, party, to) in enumerate(items):
        t = table_version(v, audience, party_ids=("a", "b", "c"), now=clock(), tabling_id=f"t{n}")
        p = Position(f"p{n}", "d1", 1, "pay", party, Stance.ACCEPT, clock(), tabling_id=t.id)
        disclosed[t.id] = disclosed[p.id] = to
        opened = viewer in to or JOINT in to
        assert tb.tabling_visible(t, viewer, disclosed) == (
            viewer.is_mediator or audience in (JOINT, viewer) or opened)
        assert tb.position_visible(p, viewer, disclosed) == (
            viewer.is_mediator or viewer == Audience.party(party) or opened)


# --- agreement ------------------------------------------------------------------------------


def test_conclusion_needs_a_joint_tabling_and_every_acceptance() -> None:
    room = Room()
    v = room.versions[0]
    check = can_conclude(v, **room.kwargs())
    assert not check.allowed
    assert check.reasons[0] == "Version 1 has not been tabled to all parties."
    assert check.message == "Version 1 has not been tabled to all parties (and 2 more reasons)."
    assert "Republic of Aurelia has not accepted Clause 1 (Payment) (no position), " \
           "Clause 2 (Release) (no position)." in check.reasons
    to_a = room.table(v, Audience.party("a"))
    room.say(to_a, "a", "pay", Stance.ACCEPT)
    room.say(to_a, "a", "rel", Stance.ACCEPT)
    joint = room.table(v, JOINT)
    room.say(joint, "b", "pay", Stance.ACCEPT)
    room.say(joint, "b", "rel", Stance.RESERVE)
    check = can_conclude(v, **room.kwargs())
    assert check.reasons == ("Borealis Energy Ltd has not accepted Clause 2 (Release) (reserved).",)
    with pytest.raises(NotAllowed, match="Borealis Energy Ltd has not accepted"):
        conclude(v, by="Mediator", now=room.clock(), **room.kwargs())
    room.say(joint, "b", "rel", Stance.ACCEPT)
    assert can_conclude(v, **room.kwargs()).allowed
    agreement = conclude(v, by="Mediator", now=room.clock(), **room.kwargs())
    assert agreement.status is AgreementStatus.CONCLUDED and agreement_matches(agreement, v)
    assert (agreement.draft_id, agreement.version_number, agreement.fingerprint) == (
        "d1", 1, v.fingerprint)


def test_the_latest_position_wins_and_ties_go_to_the_later_record() -> None:
    room = Room()
    joint = room.table(room.versions[0], JOINT)
    for party in PARTIES:
        room.say(joint, party, "pay", Stance.ACCEPT)
        room.say(joint, party, "rel", Stance.ACCEPT)
    room.say(joint, "a", "rel", Stance.REJECT)
    assert acceptance(room.versions[0], PARTIES, room.positions)[("a", "rel")] is Stance.REJECT
    assert not can_conclude(room.versions[0], **room.kwargs()).allowed
    late = replace(room.positions[-1], id="late", stance=Stance.ACCEPT)
    assert latest_positions([room.positions[-1], late])[("a", "rel", "d1", 1)].id == "late"
    early = replace(late, recorded_at=room.positions[0].recorded_at)
    assert latest_positions([room.positions[-1], early])[("a", "rel", "d1", 1)].stance \
        is Stance.REJECT


def test_a_new_version_clears_acceptance_and_supersedes_the_old_one() -> None:
    room = Room()
    v1 = room.versions[0]
    joint = room.table(v1, JOINT)
    for party in PARTIES:
        for cid in ("pay", "rel"):
            room.say(joint, party, cid, Stance.ACCEPT)
    v2 = make_version(DRAFT, [clause("pay", "Payment", "Pay now."), v1.clause("rel")],
                      author="M", now=room.clock(), previous=v1)
    room.versions.append(v2)
    room.table(v2, JOINT)
    old = can_conclude(v1, **room.kwargs())
    assert not old.allowed and "Version 1 has been superseded by version 2." in old.reasons
    new = can_conclude(v2, **room.kwargs())
    assert not new.allowed and len(new.shortfalls) == 4
    assert all(s.stance is None for s in new.shortfalls)


def test_a_tabling_of_the_same_number_with_another_text_does_not_count() -> None:
    room = Room()
    v = room.versions[0]
    room.tablings.append(replace(room.table(v, Audience.party("a")), id="forged",
                                 audience=JOINT, channel=Channel.joint(), fingerprint="0" * 64))
    assert "Version 1 has not been tabled to all parties." in can_conclude(v, **room.kwargs()).reasons
    stranger = make_version(Draft("d1", "Other", ("en",)), [Clause.make({}, {"en": "x"}, "x")],
                            author="M", now=room.clock())
    with pytest.raises(InvalidInput, match="not a saved version"):
        can_conclude(stranger, **room.kwargs())


def concluded_room() -> tuple[Room, Agreement]:
    room = Room()
    joint = room.table(room.versions[0], JOINT)
    for party in PARTIES:
        for cid in ("pay", "rel"):
            room.say(joint, party, cid, Stance.ACCEPT)
    agreement = conclude(room.versions[0], by="Mediator", now=room.clock(), **room.kwargs())
    room.agreements.append(agreement)
    return room, agreement


def test_reopen_before_export_then_conclude_again() -> None:
    room, agreement = concluded_room()
    again = can_conclude(room.versions[0], **room.kwargs())
    assert again.reasons == ("Version 1 is already concluded; reopen it first.",)
    with pytest.raises(InvalidInput, match="reason"):
        reopen(agreement, reason="  ", by="Mediator", now=room.clock())
    reopened = reopen(agreement, reason="Party B found a typo in clause 2.", by="Mediator",
                      now=room.clock())
    assert reopened.status is AgreementStatus.REOPENED and not reopened.in_force
    assert reopened.reopen_reason == "Party B found a typo in clause 2."
    with pytest.raises(NotAllowed, match="already been reopened"):
        reopen(reopened, reason="again", by="M", now=room.clock())
    with pytest.raises(NotAllowed, match="cannot be exported"):
        mark_exported(reopened, now=room.clock())
    room.agreements = [reopened]
    assert can_conclude(room.versions[0], **room.kwargs()).allowed


def test_an_exported_agreement_cannot_be_reopened() -> None:
    room, agreement = concluded_room()
    exported = mark_exported(agreement, now=room.clock())
    assert exported.status is AgreementStatus.EXPORTED and exported.in_force
    assert mark_exported(exported, now=room.clock()) == exported
    with pytest.raises(NotAllowed, match="cannot be reopened"):
        reopen(exported, reason="second thoughts", by="Mediator", now=room.clock())
    room.agreements = [exported]
    assert "already been concluded and exported" in can_conclude(
        room.versions[0], **room.kwargs()).message
    with pytest.raises(InvalidInput, match="which mediator"):
        conclude(room.versions[0], by=" ", now=room.clock(), **room.kwargs())


# --- the state machine under random operations ------------------------------------------------

_stance = st.sampled_from([Stance.ACCEPT] * 5 + [Stance.REJECT, Stance.RESERVE])


class AgreementMachine(RuleBasedStateMachine):
    """Random sequences of drafting, tabling, positions and conclusion attempts.

    An independent oracle (a plain loop over the record, written here) decides
    whether conclusion is allowed; `conclude` must agree with it both ways.
    """

    def __init__(self) -> None:
        super().__init__()
        self.room = Room()
        self.parties: tuple[str, ...] = PARTIES
        self.edits = 0

    @initialize(parties=st.sampled_from([("a", "b"), ("a", "b", "c")]))
    def start(self, parties: tuple[str, ...]) -> None:
        self.parties = parties

    def kwargs(self) -> dict:
        return {**self.room.kwargs(), "party_ids": self.parties}

    def oracle(self, v: DraftVersion) -> bool:
        if v.number != max(x.number for x in self.room.versions):
            return False
        if any(a.reopened_at is None for a in self.room.agreements):
            return False
        if not any(t.audience == JOINT and t.version_number == v.number
                   and t.fingerprint == v.fingerprint for t in self.room.tablings):
            return False
        for party in self.parties:
            for c in v.clauses:
                last = None
                for p in self.room.positions:
                    if (p.party_id, p.clause_id, p.version_number) == (party, c.id, v.number):
                        last = p.stance
                if last is not Stance.ACCEPT:
                    return False
        return True

    @rule(kind=st.sampled_from(["edit", "add", "drop"]))
    def new_version(self, kind: str) -> None:
        latest = self.room.versions[-1]
        clauses = list(latest.clauses)
        self.edits += 1
        if kind == "add" or (kind == "drop" and len(clauses) == 1):
            clauses.append(clause(f"n{self.edits}", f"New {self.edits}", "Text."))
        elif kind == "drop":
            clauses.pop(0)
        else:
            clauses[-1] = clauses[-1].with_text("en", body=f"Edit {self.edits}.")
        v = make_version(DRAFT, clauses, author="M", now=self.room.clock.advance(minutes=1),
                         previous=latest)
        self.room.versions.append(v)
        check = can_conclude(v, **self.kwargs())
        assert not check.allowed
        assert len(check.shortfalls) == len(self.parties) * len(v.clauses)
        for old in self.room.versions[:-1]:
            assert not can_conclude(old, **self.kwargs()).allowed

    @rule(data=st.data(), to=st.sampled_from(["joint", "joint", "a", "b", "c"]))
    def table(self, data: st.DataObject, to: str) -> None:
        v = self.pick_version(data)
        if to != "joint" and to not in self.parties:
            return
        audience = JOINT if to == "joint" else Audience.party(to)
        t = table_version(v, audience, party_ids=self.parties, now=self.room.clock.advance(seconds=1))
        self.room.tablings.append(t)

    @precondition(lambda self: self.room.tablings)
    @rule(data=st.data(), stance=_stance)
    def take_position(self, data: st.DataObject, stance: Stance) -> None:
        t = data.draw(st.sampled_from(self.room.tablings))
        party = data.draw(st.sampled_from(self.parties))
        v = next(x for x in self.room.versions if t.is_of(x))
        cid = data.draw(st.sampled_from(v.clause_ids))
        now = self.room.clock.advance(seconds=1)
        if not t.shown_to(party):
            with pytest.raises(NotAllowed):
                record_position(v, t, party, cid, stance, party_ids=self.parties, now=now)
            return
        self.room.positions.append(
            record_position(v, t, party, cid, stance, party_ids=self.parties, now=now))

    @rule(skip=st.integers(0, 30))
    def table_to_all_and_accept(self, skip: int) -> None:
        """Drive the machine towards conclusion: all accept the latest version (one may not)."""
        v = self.room.versions[-1]
        joint = [t for t in self.room.tablings if t.is_of(v) and t.audience == JOINT]
        if not joint:
            joint.append(self.room.table(v, JOINT))
        pairs = [(p, c.id) for p in self.parties for c in v.clauses]
        for n, (party, cid) in enumerate(pairs):
            if n != skip:
                self.room.positions.append(record_position(
                    v, joint[0], party, cid, Stance.ACCEPT, party_ids=self.parties,
                    now=self.room.clock.advance(seconds=1)))

    def pick_version(self, data: st.DataObject) -> DraftVersion:
        """Mostly the latest version, sometimes an older one."""
        back = data.draw(st.sampled_from([1, 1, 1, 2, 3]))
        return self.room.versions[-min(back, len(self.room.versions))]

    @rule(data=st.data())
    def try_to_conclude(self, data: st.DataObject) -> None:
        v = self.pick_version(data)
        expected = self.oracle(v)
        assert can_conclude(v, **self.kwargs()).allowed == expected
        if not expected:
            with pytest.raises(NotAllowed):
                conclude(v, by="M", now=self.room.clock(), **self.kwargs())
            return
        agreement = conclude(v, by="M", now=self.room.clock.advance(seconds=1), **self.kwargs())
        assert agreement.fingerprint == v.fingerprint
        event("concluded")
        self.room.agreements.append(agreement)

    @precondition(lambda self: self.room.agreements)
    @rule(export=st.booleans())
    def reopen_or_export(self, export: bool) -> None:
        current = self.room.agreements[-1]
        now = self.room.clock.advance(seconds=1)
        if export and current.status is AgreementStatus.CONCLUDED:
            self.room.agreements[-1] = mark_exported(current, now=now)
        elif current.status is AgreementStatus.CONCLUDED:
            self.room.agreements[-1] = reopen(current, reason="typo", by="M", now=now)
        elif current.status is AgreementStatus.EXPORTED:
            with pytest.raises(NotAllowed):
                reopen(current, reason="typo", by="M", now=now)

    @invariant()
    def at_most_one_agreement_in_force(self) -> None:
        assert sum(a.in_force for a in self.room.agreements) <= 1


AgreementMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=30,
                                              deadline=None)
TestAgreementMachine = AgreementMachine.TestCase
