"""During a caucus the session bar says in words whose caucus runs and, when another party's caucus
notes are on screen, whose notes those are: "Caucus with Lantau — showing Meridia's notes"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iomed_desk.core.channels import Channel
from tests.gui.process_helpers import accept_attendance
from tests.gui.workspace_fixtures import open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)


def start_caucus(qtbot, ws, party_id: str) -> None:  # type: ignore[no-untyped-def]
    """Session ▸ Start caucus ▸ the party (the menu entry, as a click on it triggers it)."""
    ws.session_actions.party_actions[party_id].trigger()
    accept_attendance(qtbot)
    qtbot.wait(10)


def test_the_bar_names_the_caucus_and_whose_notes_are_on_screen(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    harbour, meridian, bank = session.case.parties
    start_caucus(qtbot, ws, meridian.id)
    assert ws.current_channel() == meridian.channel
    bar = ws.session_bar
    assert bar.state_label.text() == f"Caucus with {meridian.name}"
    assert not bar.mismatch

    open_channel(qtbot, ws, harbour.channel)  # the mediator looks at another party's caucus notes
    said = bar.state_label.text()
    assert said == f"Caucus with {meridian.name} — showing {harbour.name}'s notes"
    assert bar.mismatch and bar.state_label.accessibleDescription() == said

    open_channel(qtbot, ws, Channel.joint())
    assert bar.state_label.text() == f"Caucus with {meridian.name} — showing the joint channel"
    open_channel(qtbot, ws, Channel.mediator())
    assert bar.state_label.text() == f"Caucus with {meridian.name} — showing your own notebook"

    open_channel(qtbot, ws, meridian.channel)
    assert bar.state_label.text() == f"Caucus with {meridian.name}" and not bar.mismatch

    item = ws.sidebar.item_for("overview")  # the mediator's own pages hold no party's notes
    qtbot.mouseClick(ws.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=ws.sidebar.visualItemRect(item).center())
    assert bar.state_label.text() == f"Caucus with {meridian.name}"
    open_channel(qtbot, ws, bank.channel)
    ws.session_actions.end.trigger()
    assert bar.state_label.text() == "No session running" and not bar.mismatch
