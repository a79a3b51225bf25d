"""The audit chain: every change leaves an event; any edit to the log is found."""

from __future__ import annotations

from iomed_desk.core.channels import Audience, Channel


def test_every_operation_is_audited_in_order(session) -> None:  # type: ignore[no-untyped-def]
    nid = session.take_note(Channel.party("p1"), "A", "b").created_id
    session.edit_note(nid, body="c")
    session.start_session(Channel.party("p1"))
    session.end_session()
    did = session.disclose(nid, Audience.joint(), ["party:p1"]).created_id
    session.revoke_disclosure(did, "party withdrew consent")
    actions = [e.action for e in reversed(session.audit_events())]
    # the `session` fixture's case has the agreement to mediate on record, as a case has before its sessions
    assert actions == ["case.create", "process.agreement_to_mediate", "note.create", "note.edit", "session.start",
                       "session.end", "disclosure.create", "disclosure.revoke"]
    assert session.check().ok


def test_tampering_with_the_log_breaks_the_chain(session) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        session.take_note(Channel.joint(), f"n{i}", "x")
    with session.db.transaction() as conn:  # someone holding the key, bypassing the app
        conn.execute("DROP TRIGGER audit_is_append_only_u")
        conn.execute("UPDATE audit SET actor = 'mediator:m9' WHERE seq = 3")
    report = session.check()
    assert not report.ok and "audit event 3 was altered" in report.problems[0]


def test_deleting_an_event_breaks_the_chain(session) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):
        session.take_note(Channel.joint(), f"n{i}", "x")
    with session.db.transaction() as conn:
        conn.execute("DROP TRIGGER audit_is_append_only_d")
        conn.execute("DELETE FROM audit WHERE seq = 2")
    assert "audit event 2 is missing" in session.check().problems[0]


def test_appending_is_the_only_way(session) -> None:  # type: ignore[no-untyped-def]
    import pytest
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"), session.db.transaction() as conn:
        conn.execute("DELETE FROM audit")
