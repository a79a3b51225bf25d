"""The settings dialog writes the typed settings table and the window applies it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from iomed_desk.gui.settings import (
    ALL,
    CLIPBOARD_SECONDS,
    IDLE_LOCK_SECONDS,
    JOINT_SCREEN_DISPLAY,
    RECENT_CASES,
    REMEMBERED_CASES,
    SECURE_ROOM,
    Settings,
)
from iomed_desk.gui.settings_dialog import SettingsDialog


def _dialog() -> SettingsDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_defaults_are_shown(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle.value() == 300 and dialog.clipboard.value() == 30
    assert not dialog.secure_room.isChecked()
    screens = [s.name() for s in QGuiApplication.screens()]
    assert [dialog.display.itemData(i) for i in range(dialog.display.count())] == ["", *screens]
    for widget in (dialog.idle, dialog.clipboard, dialog.secure_room, dialog.display):
        assert widget.accessibleName()


def test_edits_are_saved_and_applied(qtbot, window, settings: Settings) -> None:
    window.menus.actions["file.settings"].trigger()
    dialog = _dialog()
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "90")
    dialog.clipboard.setValue(45)
    dialog.display.setCurrentIndex(1)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.get(IDLE_LOCK_SECONDS) == 90 and window.idle.seconds == 90
    assert settings.get(CLIPBOARD_SECONDS) == 45
    assert settings.get(JOINT_SCREEN_DISPLAY) == QGuiApplication.screens()[0].name()
    assert window.statusBar().currentMessage() == "Settings saved"


def test_cancel_changes_nothing(qtbot, window, settings: Settings) -> None:
    window.show_settings()
    dialog = _dialog()
    dialog.idle.setValue(12)
    dialog.reject()
    assert settings.get(IDLE_LOCK_SECONDS) == 300


def test_turning_on_secure_room_forgets_recent_cases_and_remembered_keys(qtbot, window, settings: Settings) -> None:
    settings.set(RECENT_CASES, ["/cases/a.iomed"])
    settings.set(REMEMBERED_CASES, ["case-1=/cases/a.iomed"])
    window.start_page.refresh()
    window.show_settings()
    dialog = _dialog()
    qtbot.mouseClick(dialog.secure_room, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.secure_room.height() // 2))
    dialog.accept()
    assert settings.get(SECURE_ROOM) is True
    assert settings.get(RECENT_CASES) == [] and settings.get(REMEMBERED_CASES) == []
    assert window.start_page.secure_note.isVisible()


def test_a_display_that_is_not_connected_stays_chosen(qtbot, settings: Settings) -> None:
    settings.set(JOINT_SCREEN_DISPLAY, "HDMI-9")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.display.currentData() == "HDMI-9" and "not connected" in dialog.display.currentText()


def test_every_setting_has_a_description_and_a_unique_key() -> None:
    keys = [s.key for s in ALL]
    assert len(keys) == len(set(keys))
    assert all(s.description and isinstance(s.default, s.kind) for s in ALL)
