"""Attendance while a session runs (issue 16, item 3; GUI loose ends): Attendance… on the session bar
(Ctrl+Shift+A) records a departure and a late arrival by keys; someone of another party joining a caucus
is asked about first (No records nothing, Yes records them as confirmed); off with no session running and
after the termination."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app import process_record as pr
from iomed_desk.app.process_record import AttendeeSpec
from iomed_desk.core.process import Outcome, Role
from iomed_desk.gui import messages
from iomed_desk.gui.process_room import RoomDialog
from iomed_desk.store import audit
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _room(qtbot) -> RoomDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RoomDialog))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()  # as the window system does for a new dialog (offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _names(dialog: RoomDialog) -> list[tuple[str, bool]]:
    """(name, has left) per row, as shown."""
    return [(dialog.list.topLevelItem(i).text(0), bool(dialog.list.topLevelItem(i).text(4)))
            for i in range(dialog.list.topLevelItemCount())]


def test_departure_and_late_arrivals_in_a_caucus(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    a, b = session.case.parties[:2]
    ws = workspace_factory(session)
    assert not ws.menu_actions()["session.attendance"].isEnabled()  # no session running
    ws.apply_change(pr.start_session(session, a.channel, [AttendeeSpec("Dr Lin Wai-man", Role.MEDIATOR),
                                                          AttendeeSpec("Counsel 1", Role.REPRESENTATIVE, a.id)]))
    open_channel(qtbot, ws, a.channel)
    assert ws.menu_actions()["session.attendance"].isEnabled()
    running = session.running_session()

    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = _room(qtbot)
    assert sorted(_names(dialog)) == [("Counsel 1", False), ("Dr Lin Wai-man", False)]
    # Counsel 1 leaves: the arrow keys to the row, Alt+D
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    for _ in range([n for n, _gone in _names(dialog)].index("Counsel 1")):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentItem().text(0) == "Counsel 1"
    assert dialog.list.currentItem().text(0) == "Counsel 1"
    qtbot.keyClick(dialog.list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ("Counsel 1", True) in _names(dialog))  # a mnemonic clicks after a short animation
    left = {x.name: x.departed_at for x in pr.attendance(session, running.id)}
    assert left["Counsel 1"] is not None and left["Dr Lin Wai-man"] is None
    assert ("Counsel 1", True) in _names(dialog)
    assert not dialog.depart_button.isEnabled()  # gone already

    # a late arrival for the same party: Alt+N to the name field, type, Enter
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Ms Tavares")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.role, "Counsel")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the add row adds, it does not close
    late = next(x for x in pr.attendance(session, running.id) if x.name == "Ms Tavares")
    assert late.role is Role.COUNSEL and late.party_id == a.id and late.arrived_at is not None

    # someone of the other party: asked first; No records nothing
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Mr Other Side")
    dialog.party.setFocus()
    qtbot.keyClicks(dialog.party, b.name[:8])
    assert dialog.party.currentData() == b.id
    messages.set_next_answer(messages.Button.No)
    qtbot.keyClick(dialog.party, Qt.Key.Key_Return)
    assert b.name in messages.shown[-1][2] and "Mr Other Side" in messages.shown[-1][2]
    assert "Mr Other Side" not in [x.name for x in pr.attendance(session, running.id)]
    messages.set_next_answer(messages.Button.Yes)
    qtbot.keyClick(dialog.party, Qt.Key.Key_Return)
    other = next(x for x in pr.attendance(session, running.id) if x.name == "Mr Other Side")
    assert other.party_id == b.id
    with session.db.reading() as conn:
        events = audit.events(conn, action_prefix="process.attendance")
    assert [e.detail.get("confirmed") for e in events if other.id in e.targets] == [True]

    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(_names_after(session, running.id)) == [("Counsel 1", True), ("Dr Lin Wai-man", False),
                                                         ("Mr Other Side", False), ("Ms Tavares", False)]


def _names_after(session, session_id: str) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    return [(x.name, x.departed_at is not None) for x in pr.attendance(session, session_id)]


def test_off_after_the_termination(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    a = session.case.parties[0]
    pr.start_session(session, a.channel, [AttendeeSpec("Counsel 1", Role.REPRESENTATIVE, a.id)])
    session.end_session()
    pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    ws = workspace_factory(session)
    action = ws.menu_actions()["session.attendance"]
    assert not action.isEnabled() and "read-only" in action.toolTip()
    assert ws.record_attendance() is None
    flush_events()
