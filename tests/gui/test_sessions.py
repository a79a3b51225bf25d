"""Sessions: a caucus runs with a visible timer, new notes go to its channel, ending it records the duration."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iomed_desk.core.channels import Channel
from tests.gui.process_helpers import accept_attendance
from tests.gui.workspace_fixtures import open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_a_caucus_runs_with_a_timer_and_takes_the_new_notes(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    clock = case_factory.clock(session)
    ws = workspace_factory(session)
    party = session.case.parties[1]
    actions = ws.menu_actions()
    assert not actions["session.end"].isEnabled()
    assert ws.session_bar.state_label.text() == "No session running" and not ws.session_bar.timer_label.isVisible()
    party_actions = actions["session.caucus"].menu().actions()
    assert [a.text() for a in party_actions] == [f"Start caucus with {p.name}" for p in session.case.parties]

    with qtbot.waitSignal(ws.status_message) as said:
        party_actions[1].trigger()
        accept_attendance(qtbot)
    assert said.args == [f"Caucus with {party.name} started"]
    assert ws.page == str(party.channel)
    assert ws.banner.text() == f"Confidential — caucus with {party.name}"
    assert ws.session_bar.state_label.text() == f"Caucus with {party.name}"
    assert ws.session_bar.timer_label.isVisible() and ws.session_bar.timer_text() == "0:00:00"
    assert actions["session.end"].isEnabled()

    clock.advance(minutes=12, seconds=5)
    qtbot.waitUntil(lambda: ws.session_bar.timer_text() == "0:12:05", timeout=2500)  # the bar ticks by itself

    open_channel(qtbot, ws, Channel.mediator())
    actions["note.new"].trigger()  # while the caucus runs, a new note goes to its channel
    assert ws.page == str(party.channel)
    created = ws.notes.editor.note_id
    assert [n.id for n in session.notes_in(party.channel)] == [created]
    assert session.notes_in(Channel.mediator()) == []
    assert session.note(created).session_id == session.running_session().id

    qtbot.mouseClick(ws.notes.new_button, Qt.MouseButton.LeftButton)  # the page's own button: its channel
    assert len(session.notes_in(party.channel)) == 2

    clock.advance(minutes=30)
    with qtbot.waitSignal(ws.status_message) as said:
        actions["session.end"].trigger()
    assert said.args == ["Session ended after 42 min"]
    assert session.running_session() is None
    assert ws.session_bar.state_label.text() == "No session running" and not ws.session_bar.timer_label.isVisible()
    assert not actions["session.end"].isEnabled()
    (history,) = session.session_history()
    assert history.duration_seconds(clock()) == 42 * 60 + 5

    ws.navigate("overview")
    row = ws.overview.history.topLevelItem(0)
    assert row.text(0) == f"Caucus — {party.name}" and row.text(3) == "0:42:05"


def test_starting_a_joint_session_ends_the_caucus_and_new_notes_go_to_joint(qtbot, case_factory,
                                                                             workspace_factory) -> None:
    session = case_factory()
    clock = case_factory.clock(session)
    ws = workspace_factory(session)
    actions = ws.menu_actions()
    actions["session.caucus"].menu().actions()[0].trigger()
    accept_attendance(qtbot)
    clock.advance(minutes=20)
    button = next(b for b in ws.session_bar.buttons if b.defaultAction() is actions["session.joint"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    accept_attendance(qtbot)
    assert ws.page == "joint" and ws.session_bar.state_label.text() == "Joint session"
    history = session.session_history()
    assert len(history) == 2 and sum(1 for s in history if s.is_running) == 1
    assert any(s.channel == Channel.joint() and s.is_running for s in history)
    assert any(s.channel == session.case.parties[0].channel and s.duration_seconds(clock()) == 1200 for s in history)

    open_channel(qtbot, ws, session.case.parties[2].channel)
    ws.new_note()
    assert ws.page == "joint" and len(session.notes_in(Channel.joint())) == 1
    ws.navigate("overview")
    assert ws.overview.history.topLevelItemCount() == 2
