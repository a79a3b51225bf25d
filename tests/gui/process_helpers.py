"""Answering the attendance list a session start asks for (gui/process_attendance.py), for tests that
start sessions through the workspace's actions: the list as filled, Start pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.gui.process_attendance import AttendanceDialog


def accept_attendance(qtbot) -> AttendanceDialog:  # type: ignore[no-untyped-def]
    """Wait for the attendance dialog and press its Start button (the list as the dialog filled it)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AttendanceDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog
