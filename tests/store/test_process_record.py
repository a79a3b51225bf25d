"""The process record (issue 16) on real SQLCipher files, tested as an attacker would try it.

- no session before the agreement to mediate (or the reason to proceed without it);
- no caucus with someone of another party in the room unless confirmed;
- after the termination every write is refused and the decrypted tables stay byte for byte the same;
- a party's objection to a declaration never reaches another party (the oracle is DESIGN.md's rule 2,
  written out again here: the channel of an answer is its party's);
- `check` passes with all of it on record.
"""

from __future__ import annotations

from datetime import date

import pytest

from iomed_desk.app import process_record as pr
from iomed_desk.app.process_record import AttendeeSpec
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.model import Tag
from iomed_desk.core.process import Answer, Outcome, Role


def _agreed(session) -> None:  # type: ignore[no-untyped-def]
    """The agreement to mediate recorded (again): the `session` fixture's case has it already."""
    pr.record_agreement_to_mediate(session, "paper", institution_rules="IOMed Mediation Rules",
                                   confidentiality="Everything said is confidential.", fees="Shared equally.")


def test_no_session_before_the_agreement_to_mediate(fresh_session) -> None:  # type: ignore[no-untyped-def]
    session = fresh_session  # straight from create_case: nothing recorded yet
    before = session.audit_head()
    with pytest.raises(NotAllowed, match="agreement to mediate"):
        session.start_session(Channel.joint())
    with pytest.raises(NotAllowed, match="agreement to mediate"):
        pr.start_session(session, Channel.party("p1"), [AttendeeSpec("Representative 1", Role.REPRESENTATIVE, "p1")])
    assert session.session_history() == [] and session.audit_head() == before
    pr.record_agreement_to_mediate(session, "without", reason="Parties sign at the first joint session.")
    session.start_session(Channel.joint())
    assert len(session.session_history()) == 1


def test_digital_agreement_keeps_the_signed_pdfs_hash(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    pdf = tmp_path / "atm.pdf"
    pdf.write_bytes(b"%PDF-1.7 signed agreement to mediate")
    pr.record_agreement_to_mediate(session, "digital", signed_pdf=pdf)
    a = pr.agreement_to_mediate(session)
    assert a is not None and a.pdf_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert "Party consent" in a.rules


def test_caucus_with_another_partys_attendee_needs_confirmation(session) -> None:  # type: ignore[no-untyped-def]
    room = [AttendeeSpec("Representative 1", Role.REPRESENTATIVE, "p1"),
            AttendeeSpec("Counsel for Meridian", Role.COUNSEL, "p2", undertaking=True)]
    with pytest.raises(NotAllowed, match="Counsel for Meridian attends for Meridian"):
        pr.start_session(session, Channel.party("p1"), room)
    assert session.session_history() == [] and pr.attendance(session) == []
    # a joint session with both is fine, and so is the caucus once confirmed
    pr.start_session(session, Channel.joint(), room)
    change = pr.start_session(session, Channel.party("p1"), room, confirm=True)
    people = pr.attendance(session, change.created_id)
    assert {(a.name, a.party_id) for a in people} == {("Representative 1", "p1"), ("Counsel for Meridian", "p2")}
    # someone joining a running caucus for another party needs the same confirmation
    with pytest.raises(NotAllowed):
        pr.record_attendee(session, change.created_id, AttendeeSpec("Representative 3", Role.REPRESENTATIVE, "p3"))
    pr.record_attendee(session, change.created_id,
                       AttendeeSpec("Ms Chan", Role.INTERPRETER, language="Cantonese", undertaking=True))
    interpreter = next(a for a in pr.attendance(session, change.created_id) if a.role is Role.INTERPRETER)
    assert interpreter.language == "Cantonese" and interpreter.undertaking is True
    pr.record_departure(session, interpreter.id)
    assert next(a for a in pr.attendance(session) if a.id == interpreter.id).departed_at is not None
    assert session.check().ok


def _decrypted_tables(session) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    with session.db.reading() as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%index%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names
                if n not in ("workspace",)}


def test_termination_freezes_the_case(session, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.app.exhibits import exhibits_desk

    note = session.take_note(Channel.party("p1"), "Floor", "USD 3m", frozenset({Tag.POSITION})).created_id
    (tmp_path / "survey.txt").write_text("quay wall survey", encoding="utf-8")
    exhibit = exhibits_desk(session).import_file(tmp_path / "survey.txt", Channel.party("p1"), label="C-1").created_id
    session.start_session(Channel.party("p2"))
    pr.terminate(session, Outcome.WITHDRAWN, "Meridian left the process.", withdrawn_party="p2")
    t = pr.termination(session)
    assert t is not None and t.outcome is Outcome.WITHDRAWN and t.withdrawn_party == "p2"
    assert session.running_session() is None  # the caucus was ended by the termination
    frozen, head = _decrypted_tables(session), session.audit_head()
    desk = session.drafting
    attempts = [
        ("notes can no longer be taken", lambda: session.take_note(Channel.joint(), "After")),
        ("notes can no longer be edited", lambda: session.edit_note(note, body="USD 2m")),
        ("sessions can no longer be started", lambda: session.start_session(Channel.joint())),
        ("nothing can be disclosed", lambda: session.disclose(note, Audience.joint(), ["party:p1"], given_by={"party:p1": "Representative 1"})),
        ("drafts can no longer be started", lambda: desk.new_draft("Late")),
        ("nothing can be added", lambda: pr.record_declaration(session, "m1", "I know nobody here.")),
        ("authorities can no longer be recorded",
         lambda: pr.record_authority(session, "p1", "Representative 1", "full-powers", date(2026, 3, 1))),
        ("already on record", lambda: pr.terminate(session, Outcome.NOT_SETTLED, "again")),
        ("agreement to mediate can no longer", lambda: _agreed(session)),
        ("notes can no longer be deleted", lambda: session.delete_note(note)),
        ("exhibits can no longer be deleted", lambda: exhibits_desk(session).delete(exhibit)),
    ]
    for words, attempt in attempts:
        clock.advance(minutes=1)
        with pytest.raises(NotAllowed, match=f"(?i){words}"):
            attempt()
    assert _decrypted_tables(session) == frozen and session.audit_head() == head
    # the closing step stays open
    pr.set_retention_days(session, 30)
    assert pr.retention_days(session) == 30
    assert session.check().ok


def test_a_settlement_needs_the_exported_agreement(session) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="export it first"):
        pr.terminate(session, Outcome.SETTLED)
    assert pr.termination(session) is None


def test_an_objection_stays_in_its_partys_channel(session) -> None:  # type: ignore[no-untyped-def]
    secret = "CANARY-objection-7f3a: the mediator advised our rival in 2019"
    pr.record_declaration(session, "m1", "I have no ties to any party.")
    (d,) = pr.declarations(session)
    pr.answer_declaration(session, d.id, "p1", Answer.OBJECTED, secret)
    pr.acknowledge_declaration(session, d.id, "p2")
    pr.acknowledge_declaration(session, d.id, "p3")
    parties = [p.id for p in session.case.parties]
    everyone = [Audience.mediator(), Audience.joint()] + [Audience.party(p) for p in parties]
    for audience in everyone:
        shown = pr.declaration_answers(session, audience)
        # the oracle, written from DESIGN.md's rule 2: the mediator sees all; a party its own answer
        expected = set(parties) if audience.is_mediator else (
            {audience.party_id} if audience.kind == "party" else set())
        assert {a.party_id for a in shown} == expected
        leaked = [a for a in shown if secret in a.grounds]
        assert bool(leaked) == (audience.is_mediator or audience == Audience.party("p1"))
    assert not pr.all_acknowledged(session)
    pr.acknowledge_declaration(session, d.id, "p1")  # withdrawn after disclosure of the circumstances
    assert pr.all_acknowledged(session)
    # nothing of the objection's text is in the audit record
    assert all(secret not in str(e.detail) for e in session.audit_events())
    assert session.check().ok


def test_summary_counts_the_record(session) -> None:  # type: ignore[no-untyped-def]
    pr.record_declaration(session, "m1", "No conflicts.")
    pr.start_session(session, Channel.joint(), [AttendeeSpec("Observer", Role.OBSERVER)])
    session.start_session(Channel.party("p1"))
    pr.record_authority(session, "p1", "Representative 1", "power-of-attorney", date(2026, 2, 1), "up to USD 5m")
    lines = pr.summary(session).lines()
    assert lines[0].startswith("agreement to mediate: signed (paper)")
    assert lines[1] == "declarations: 1, awaiting acknowledgement"
    assert lines[2] == "attendance: 1 of 2 sessions recorded, 1 attendees, 1 undertaking(s) missing"
    assert lines[3] == "authorities to settle: 1"
    assert lines[4] == "termination: not recorded (mediation running)"


def test_signature_block_takes_the_recorded_authority_when_its_own_is_blank(session) -> None:  # type: ignore[no-untyped-def]
    """Item 4: the canonical agreement (and so the fingerprint and the rendered block) prints the
    recorded instrument for a signatory whose authority is blank, and keeps one that is set."""
    from iomed_desk.app.case_settings import set_signatories
    from iomed_desk.app.export import canonical_agreement
    from iomed_desk.core.model import Signatory
    from tests.export.test_seat_and_signatories import conclude_template_agreement

    set_signatories(session, "p2", [Signatory("Representative 2", "Director", "by articles of association")])
    pr.record_authority(session, "p1", "Representative 1", "power-of-attorney", date(2026, 2, 27), "up to USD 5m")
    pr.record_authority(session, "p2", "Representative 2", "board-resolution", date(2026, 3, 5))
    conclude_template_agreement(session)
    parties = canonical_agreement(session).parties
    assert parties[0].signatories[0].authority == "by power of attorney dated 2026-02-27 (up to USD 5m)"
    assert parties[1].signatories[0].authority == "by articles of association"
    assert parties[2].signatories[0].authority == ""
