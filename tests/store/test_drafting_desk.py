"""The drafting desk through the app layer, on a real case file: versions, tabling, positions, agreement."""

from __future__ import annotations

import pytest

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import CaseStatus
from iomed_desk.core.tabling import Stance
from tests.filled_text import filled


def accept_all(desk, draft_id: str, number: int, party_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    for clause in desk.version(draft_id, number).clauses:
        for party in party_ids:
            desk.record_position(draft_id, number, party, clause.id, Stance.ACCEPT, "fine")


def test_full_cycle_from_draft_to_agreement(session) -> None:  # type: ignore[no-untyped-def]
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id
    clauses = filled(desk.working_clauses(draft_id))
    desk.save_working(draft_id, clauses)
    assert len(clauses) >= 8
    assert desk.save_version(draft_id, "First text").created_id == "1"
    desk.save_working(draft_id, [clauses[1], clauses[0], *clauses[2:]])
    assert desk.has_unsaved_changes(draft_id)
    desk.save_version(draft_id, "Recitals first")
    red = desk.redline(draft_id, 1, 2)
    assert red.summary["moved"] >= 1 or any(c.moved for c in red.changes)
    parties = [p.id for p in session.case.parties]
    with pytest.raises(NotAllowed, match="has not been tabled"):
        desk.record_position(draft_id, 2, "p1", clauses[0].id, Stance.ACCEPT)
    desk.table(draft_id, 2, Audience.party("p1"))
    desk.record_position(draft_id, 2, "p1", clauses[0].id, Stance.RESERVE, "needs board approval")
    # the position is p1's confidence
    assert [p.comment for p in desk.positions(draft_id, Audience.party("p1"))] == ["needs board approval"]
    assert desk.positions(draft_id, Audience.party("p2")) == []
    assert desk.positions(draft_id, Audience.joint()) == []
    assert session.search("board approval", Audience.party("p2")) == []
    assert [h.kind for h in session.search("board approval")] == ["position"]
    # a tabling to p1 only is invisible to p2 and joint
    assert len(desk.tablings(Audience.party("p1"))) == 1
    assert desk.tablings(Audience.party("p2")) == [] and desk.tablings(Audience.joint()) == []
    check = desk.conclusion_check(draft_id, 2)
    assert not check.allowed and "not been tabled to all parties" in check.message
    desk.table(draft_id, 2, Audience.joint())
    accept_all(desk, draft_id, 2, parties)
    assert desk.conclusion_check(draft_id, 2).allowed
    agreement_id = desk.conclude(draft_id, 2).created_id
    assert session.case.status is CaseStatus.SETTLED
    concluded = desk.concluded()
    assert concluded is not None and concluded.agreement.id == agreement_id
    assert concluded.audit_head == session.audit_events("agreement.conclude")[0].hash
    desk.reopen(agreement_id, "The bank's board asked for one more day")
    assert session.case.status is CaseStatus.OPEN and desk.concluded() is None
    assert session.check().ok


def test_new_version_clears_acceptance(session) -> None:  # type: ignore[no-untyped-def]
    desk = session.drafting
    draft_id = desk.new_draft("Heads of terms").created_id
    desk.save_version(draft_id)
    desk.table(draft_id, 1, Audience.joint())
    accept_all(desk, draft_id, 1, [p.id for p in session.case.parties])
    clauses = desk.working_clauses(draft_id)
    desk.save_working(draft_id, clauses[:-1])
    desk.save_version(draft_id, "dropped the last clause")
    assert not desk.conclusion_check(draft_id, 1).allowed  # superseded
    desk.table(draft_id, 2, Audience.joint())
    assert not desk.conclusion_check(draft_id, 2).allowed  # nobody has accepted version 2 yet
    with pytest.raises(NotAllowed):
        desk.conclude(draft_id, 2)


def test_versions_are_immutable_and_unchanged_text_is_refused(session) -> None:  # type: ignore[no-untyped-def]
    desk = session.drafting
    draft_id = desk.new_draft("Text").created_id
    desk.save_version(draft_id)
    with pytest.raises(InvalidInput, match="Nothing changed"):
        desk.save_version(draft_id)
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"), session.db.transaction() as conn:
        conn.execute("UPDATE draft_versions SET canonical_text = 'forged'")


def test_tabled_text_reaches_only_its_audience_in_search(session) -> None:  # type: ignore[no-untyped-def]
    desk = session.drafting
    draft_id = desk.new_draft("Settlement").created_id
    clause = desk.working_clauses(draft_id)[0]
    desk.save_working(draft_id, [clause.with_text("en", body="The Consortium shall pay ZEBRAFEE in full.")])
    desk.save_version(draft_id)
    assert session.search("ZEBRAFEE", Audience.party("p1")) == []
    desk.table(draft_id, 1, Audience.party("p1"))
    assert [h.kind for h in session.search("ZEBRAFEE", Audience.party("p1"))] == ["tabling"]
    assert session.search("ZEBRAFEE", Audience.party("p2")) == []
    assert session.search("ZEBRAFEE", Audience.joint()) == []
    assert {h.kind for h in session.search("ZEBRAFEE")} == {"version", "tabling"}
    assert Channel.party("p1") in {h.channel for h in session.search("ZEBRAFEE")}
