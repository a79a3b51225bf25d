"""Settings: idle lock, clipboard clearing, secure-room mode and the joint-screen display.

Edits the typed settings table only; the main window re-reads it on `applied`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app import remembered_keys
from iomed_desk.gui import messages
from iomed_desk.gui.i18n import available_languages
from iomed_desk.gui.settings import (
    CLIPBOARD_SECONDS,
    IDLE_KEEPS_JOINT_SCREEN,
    IDLE_LOCK_SECONDS,
    JOINT_SCREEN_DISPLAY,
    LANGUAGE,
    RECENT_CASES,
    REMEMBERED_CASES,
    SECURE_ROOM,
    Settings,
)
from iomed_desk.gui.worker import run_in_background


class SettingsDialog(QDialog):
    applied = Signal()
    #: the language changed and the mediator chose "Restart now" (the main window closes the case first)
    restart_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")

        self.idle = QSpinBox(self)
        self.idle.setRange(1, 24 * 60 * 60)
        self.idle.setSingleStep(30)
        self.idle.setSuffix(self.tr(" s"))
        self.idle.setAccessibleName(self.tr("Lock after this many seconds without input"))
        self.idle.setValue(settings.get(IDLE_LOCK_SECONDS))
        self.keep_joint_screen = QCheckBox(self.tr("During a joint session, leave the joint screen up when "
                                                   "the case locks for inactivity"), self)
        self.keep_joint_screen.setAccessibleName(self.tr("Idle lock keeps the joint screen"))
        self.keep_joint_screen.setToolTip(self.tr("The joint screen shows joint material only; the panic lock "
                                                  "(Ctrl+Shift+L) always blanks it."))
        self.keep_joint_screen.setChecked(settings.get(IDLE_KEEPS_JOINT_SCREEN))
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(5, 600)
        self.clipboard.setSingleStep(5)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setAccessibleName(self.tr("Clear copied text after this many seconds"))
        self.clipboard.setValue(settings.get(CLIPBOARD_SECONDS))
        self.secure_room = QCheckBox(self.tr("Secure-room mode"), self)
        self.secure_room.setAccessibleName(self.tr("Secure-room mode"))
        self.secure_room.setChecked(settings.get(SECURE_ROOM))
        secure_help = QLabel(self.tr("No key is remembered in the system keyring and no list of recent "
                                     "cases is kept. Turning it on forgets the list kept so far."), self)
        secure_help.setObjectName("secondary")
        secure_help.setWordWrap(True)
        self.display = QComboBox(self)
        self.display.setAccessibleName(self.tr("Display for the joint screen"))
        self.display.addItem(self.tr("Automatic (a second display when there is one)"), "")
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.display.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        chosen = settings.get(JOINT_SCREEN_DISPLAY)
        index = self.display.findData(chosen)
        if chosen and index < 0:  # a display that is not connected now: keep the choice visible
            self.display.addItem(self.tr("{name} (not connected)").format(name=chosen), chosen)
            index = self.display.count() - 1
        self.display.setCurrentIndex(max(index, 0))

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language; applied when IOMed Desk restarts"))
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(LANGUAGE)), 0))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Lock after:"), self.idle)
        form.addRow("", self.keep_joint_screen)
        form.addRow(self.tr("&Clear clipboard after:"), self.clipboard)
        form.addRow(self.tr("&Joint screen on:"), self.display)
        form.addRow("", self.secure_room)
        form.addRow("", secure_help)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        s = self._settings
        s.set(IDLE_LOCK_SECONDS, self.idle.value())
        s.set(IDLE_KEEPS_JOINT_SCREEN, self.keep_joint_screen.isChecked())
        s.set(CLIPBOARD_SECONDS, self.clipboard.value())
        s.set(JOINT_SCREEN_DISPLAY, str(self.display.currentData() or ""))
        language = str(self.language.currentData() or "")
        restart = False
        if language != s.get(LANGUAGE):
            s.set(LANGUAGE, language)
            restart = messages.ask(self, self.tr(
                "The language takes effect when IOMed Desk restarts. Restart now? An open case is closed first "
                "(your edits are saved); you unlock it again after the restart.")) == messages.Button.Yes
        secure = self.secure_room.isChecked()
        s.set(SECURE_ROOM, secure)
        if secure:
            forget = [e.partition("=")[0] for e in s.get(REMEMBERED_CASES)]
            s.set(RECENT_CASES, [])
            s.set(REMEMBERED_CASES, [])
            if forget:  # the keyring may be slow (D-Bus): off the GUI thread
                run_in_background(lambda: [remembered_keys.forget(case_id) for case_id in forget],
                                  lambda _r: None, lambda _m: None)
        super().accept()
        self.applied.emit()
        if restart:
            self.restart_requested.emit()
