"""The demo case: written in one go, reopened with its passphrase, and everything the story promises is there."""

from __future__ import annotations

import copy
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from iomed_desk.app import demo
from iomed_desk.app.demo import DEMO_PASSPHRASE, DEMO_START, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import CaseKind, RuleSetName

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def demo_session(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("demo") / "demo.iomed"
    write_demo(path)
    session = unlock(path, DEMO_PASSPHRASE)
    yield session
    session.close()


def channels(session) -> list[Channel]:  # type: ignore[no-untyped-def]
    return [Channel.joint(), Channel.mediator(), *(p.channel for p in session.case.parties)]


def test_the_case_is_the_port_dispute(demo_session) -> None:  # type: ignore[no-untyped-def]
    case = demo_session.case
    assert case.reference == "IOMed/2026/017"
    assert case.kind is CaseKind.INVESTMENT
    assert case.rule_set is RuleSetName.CONSENT
    assert case.languages == ("en",)
    assert len(case.mediators) == 1
    assert [p.name for p in case.parties] == ["Harbour Authority of the Republic of Asteria",
                                               "Calder-Ostrand Terminal Consortium",
                                               "Eastern Littoral Development Bank"]
    assert all(p.representatives for p in case.parties)


def test_thirty_plus_notes_with_tags_in_every_channel(demo_session) -> None:  # type: ignore[no-untyped-def]
    total = 0
    for channel in channels(demo_session):
        notes = demo_session.notes_in(channel)
        assert len(notes) >= 5, channel
        assert all(n.tags for n in notes), channel
        assert len(set().union(*(n.tags for n in notes))) >= 3, channel
        total += len(notes)
    assert total >= 30
    joint = demo_session.notes_in(Channel.joint())
    assert any(n.on_joint_screen and "Agenda" in n.title for n in joint)


def test_some_notes_are_in_chinese(demo_session) -> None:  # type: ignore[no-untyped-def]
    notebook = demo_session.notes_in(Channel.mediator())
    assert any(CJK.search(n.title + n.body) for n in notebook)


def test_sessions_joint_and_each_caucus_are_ended(demo_session) -> None:  # type: ignore[no-untyped-def]
    history = demo_session.session_history()
    assert demo_session.running_session() is None
    assert all(s.ended_at is not None and s.ended_at > s.started_at for s in history)
    count = Counter(str(s.channel) for s in history)
    assert count["joint"] >= 2
    for party in demo_session.case.parties:
        assert count[str(party.channel)] >= 2
    day3 = history[0].started_at.date() + timedelta(days=2)
    assert history[-1].started_at.date() == day3
    # caucus notes of days 1 and 2 are filed under the session they were taken in (day 3 is drafting)
    filed = {n.session_id for c in channels(demo_session) for n in demo_session.notes_in(c)}
    assert {s.id for s in history if s.started_at.date() < day3} <= filed


def test_disclosures_have_consents_and_one_is_revoked(demo_session) -> None:  # type: ignore[no-untyped-def]
    found = demo_session.all_disclosures()
    in_force = [d for d in found if d.in_force]
    revoked = [d for d in found if not d.in_force]
    assert len(in_force) >= 2
    assert len(revoked) == 1 and revoked[0].revoke_reason
    for d in found:
        source = f"party:{d.item_channel.party_id}"
        assert [c.who for c in d.consents] == [source]
        assert d.consents[0].given_by and d.consents[0].recorded_at == d.created_at
    assert any(d.target == Audience.joint() for d in in_force)
    assert any(d.target.kind == "party" for d in in_force)


def test_the_firewall_holds_over_the_demo(demo_session) -> None:  # type: ignore[no-untyped-def]
    """A party sees joint, its own caucus, and only what was disclosed to it and is still in force."""
    shown = {(d.item_id, str(d.target)) for d in demo_session.all_disclosures() if d.in_force}
    for party in demo_session.case.parties:
        seen = demo_session.visible_notes(Audience.party(party.id))
        for n in seen:
            assert n.channel in (Channel.joint(), party.channel) or {
                (n.id, "joint"), (n.id, f"party:{party.id}")} & shown
    revoked = next(d for d in demo_session.all_disclosures() if not d.in_force)
    assert revoked.item_id not in {n.id for n in demo_session.visible_notes(revoked.target)}


def test_the_file_passes_its_integrity_check(demo_session) -> None:  # type: ignore[no-untyped-def]
    report = demo_session.check()
    assert report.ok, report.problems
    actions = Counter(e.action for e in demo_session.audit_events())
    assert actions["disclosure.create"] >= 3 and actions["disclosure.revoke"] == 1


def test_deterministic_given_the_clock(tmp_path: Path) -> None:
    start = datetime(2026, 5, 4, 0, 0, tzinfo=UTC)
    shapes = []
    for name in ("a.iomed", "b.iomed"):
        write_demo(tmp_path / name, clock=FakeClock(start))
        s = unlock(tmp_path / name, DEMO_PASSPHRASE)
        try:
            notes = [n for c in channels(s) for n in s.notes_in(c)]
            shapes.append(sorted((str(n.channel), n.title, n.body, sorted(n.tags), n.created_at) for n in notes))
            sessions = s.session_history()
        finally:
            s.close()
    assert shapes[0] == shapes[1]
    # the timeline is laid out from the clock's first instant: the opening joint session 90 minutes later
    assert sessions[0].started_at == start + timedelta(minutes=90)
    assert DEMO_START.hour == 0  # 08:00 in Hong Kong


def test_an_existing_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "taken.iomed"
    path.write_bytes(b"not yours")
    with pytest.raises(UserError):
        write_demo(path)
    assert path.read_bytes() == b"not yours"


def test_a_broken_script_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = copy.deepcopy(demo.load_script())
    script["phases"][-1]["steps"][-1]["at"] = "00:01"  # back in time
    monkeypatch.setattr(demo, "load_script", lambda: script)
    path = tmp_path / "broken.iomed"
    with pytest.raises(ValueError, match="back in time"):
        write_demo(path)
    assert list(tmp_path.iterdir()) == []


def test_single_text_is_drafted_tabled_accepted_and_concluded(demo_session) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.core.channels import Audience
    from iomed_desk.core.model import CaseStatus

    desk = demo_session.drafting
    (draft,) = desk.drafts()
    versions = desk.versions(draft.id)
    assert len(versions) >= 4
    tablings = desk.tablings(draft_id=draft.id)
    assert {t.audience.kind for t in tablings} == {"joint", "party"}
    assert {t.audience.party_id for t in tablings if t.audience.kind == "party"} == {
        p.id for p in demo_session.case.parties}
    positions = desk.positions(draft.id)
    for party in demo_session.case.parties:
        mine = [p for p in positions if p.party_id == party.id]
        assert mine and any(p.comment for p in mine)
        assert {str(p.channel) for p in mine} == {f"party:{party.id}"}
        assert desk.positions(draft.id, Audience.party(party.id)) == mine
    concluded = desk.concluded()
    assert concluded is not None and concluded.version.number == versions[-1].number
    assert demo_session.case.status is CaseStatus.SETTLED


def test_every_party_has_a_signatory_with_capacity_and_authority_and_the_seat_its_zone(demo_session) -> None:  # type: ignore[no-untyped-def]
    """So the demo's exported agreement prints complete signature blocks, dated at Hong Kong."""
    case = demo_session.case
    assert case.time_zone == "Asia/Hong_Kong"
    for party in case.parties:
        assert party.signatories, party.name
        for signatory in party.signatories:
            assert signatory.name in party.representatives
            assert signatory.capacity and signatory.authority, signatory
    assert len(list(demo_session.audit_events("party.signatories"))) == len(case.parties)
