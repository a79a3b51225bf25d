"""Issue 14, item 9's smaller faults, each driven as a person would and checked on what they see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import flush_events, open_case

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
