"""Issue 14, item 9's smaller faults, each driven as a person would and checked on what they see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from iomed_desk.core.channels import Audience
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.conftest import flush_events, open_case
from tests.gui.workspace_fixtures import mark, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def platform_title(title: str) -> str:
    """What the window manager shows: Qt appends " — <display name>" unless the title already ends with it
    (QPlatformWindow::formatWindowTitle, used by the xcb and Windows platforms)."""
    name = QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} \u2014 {name}"


def test_the_projector_window_names_the_application_once(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    open_case(window, case_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    flush_events()
    screen = window.workspace.joint_screen
    assert screen is not None and screen.isVisible()
    shown = platform_title(screen.windowTitle())
    assert shown.count("IOMed Desk") == 1 and "oint screen" in shown, shown
    assert platform_title(window.windowTitle()).count("IOMed Desk") == 1


def test_a_refusal_names_the_rule_set_as_people_know_it(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    """The Disclose button on a Hong Kong case with consents missing: the refusal says which law, not "hong-kong"."""
    session = case_factory(RuleSetName.HONG_KONG)
    ws = workspace_factory(session)
    party = session.case.parties[0]
    type_note(qtbot, ws, party.channel, "Cabinet timetable", mark("hk"))
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = next(d for d in ws.findChildren(DisclosureDialog) if d.isVisible())
    dialog.choose_target(Audience.joint())
    qtbot.mouseClick(dialog.disclose_button, Qt.MouseButton.LeftButton)
    refusal = dialog.error_label.text()
    assert "Consent missing" in refusal and "Mediation Ordinance (Cap. 620)" in refusal
    assert not any(name.value in refusal for name in RuleSetName), refusal
    dialog.reject()
