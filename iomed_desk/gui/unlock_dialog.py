"""Unlocking a case: the passphrase, Argon2id on a worker, then the fast open on the GUI thread.

`UnlockPanel` is the logic and the fields; `UnlockDialog` puts it in a dialog
for opening a case, and the lock screen embeds the same panel. A key
remembered in the OS keyring is tried first when opening (never after a lock,
never in secure-room mode).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import derive_key_for, open_with_key, recall_key
from iomed_desk.core.errors import UserError
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.settings import REMEMBERED_CASES, SECURE_ROOM, Settings
from iomed_desk.gui.worker import run_in_background


def remembered_case_id(settings: Settings, path: Path) -> str | None:
    """The case id recorded for `path` when its key was remembered (ids and paths only, never keys)."""
    if settings.get(SECURE_ROOM):
        return None
    wanted = str(Path(path).resolve())
    for entry in settings.get(REMEMBERED_CASES):
        case_id, _, where = entry.partition("=")
        if where == wanted:
            return case_id
    return None


def record_remembered(settings: Settings, path: Path, case_id: str) -> None:
    if settings.get(SECURE_ROOM):
        return
    where = str(Path(path).resolve())
    kept = [e for e in settings.get(REMEMBERED_CASES) if e.partition("=")[2] != where]
    settings.set(REMEMBERED_CASES, [f"{case_id}={where}", *kept][:20])


class UnlockPanel(QWidget):
    """Emits `unlocked` with the open `CaseSession`; a wrong passphrase keeps it here for another try."""

    unlocked = Signal(object)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, path: Path, settings: Settings, *, use_remembered: bool = False, hint: str = "",
                 cancel_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._settings = settings
        self._busy = False
        self.setObjectName("unlockPanel")

        self.field = PassphraseField(self, accessible_name=self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setMinimumWidth(320)
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(lambda _text: self.message.setText(""))
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("hint")
        self.hint.setVisible(bool(hint))
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.setVisible(False)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the case"))
        self.unlock_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(cancel_text or self.tr("Cancel"), self)
        self.cancel_button.setObjectName("secondaryButton")
        self.cancel_button.setAccessibleName(cancel_text or self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setFocusProxy(self.field)

        self._remembered_id = remembered_case_id(settings, self.path) if use_remembered else None

    # -- the remembered key ------------------------------------------------------
    def try_remembered(self) -> bool:
        """Start opening with a key from the keyring, if one is recorded; False if there is none to try."""
        case_id = self._remembered_id
        if case_id is None or self._busy:
            return False
        self._set_busy(True, self.tr("Opening with the key remembered on this computer…"))
        run_in_background(lambda: recall_key(case_id), self._on_key_recalled, self._on_recall_failed)
        return True

    def _on_key_recalled(self, key: object) -> None:
        if not isinstance(key, bytes):
            self._on_recall_failed("")
            return
        self._open(key, remembered=True)

    def _on_recall_failed(self, _message: str) -> None:
        self._set_busy(False)
        self.field.setFocus()

    # -- the passphrase ------------------------------------------------------------
    def submit(self) -> None:
        if self._busy:
            return
        passphrase = self.field.take()
        if not passphrase:
            self._show_error(self.tr("Type the case's passphrase."))
            return
        self._set_busy(True, self.tr("Checking the passphrase…"))
        path = self.path
        run_in_background(lambda: derive_key_for(path, passphrase), self._on_key_derived, self._on_failed)

    def _on_key_derived(self, key: object) -> None:
        assert isinstance(key, bytes)
        self._open(key, remembered=False)

    def _open(self, key: bytes, *, remembered: bool) -> None:
        try:
            session = open_with_key(self.path, key)
        except UserError as exc:
            if remembered:  # the passphrase was changed since, or the keyring is stale: just ask
                self._on_recall_failed("")
                return
            self._on_failed(exc.message)
            return
        self._set_busy(False)
        self.unlocked.emit(session)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self._show_error(message)
        self.field.setFocus()

    def _show_error(self, message: str) -> None:
        self.message.setText(message)

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.message.setText(status if busy else "")
        self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self) -> None:
        self.field.wipe()
        self.message.setText("")


class UnlockDialog(QDialog):
    """Window-modal; `opened` carries the session. The dialog closes itself once the case is open."""

    opened = Signal(object)

    def __init__(self, path: Path, settings: Settings, *, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open case"))
        self.setObjectName("unlockDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session: CaseSession | None = None
        heading = QLabel(self.tr("Unlock {name}").format(name=Path(path).name), self)
        heading.setObjectName("dialogHeading")
        explanation = QLabel(self.tr("The case file is encrypted. Enter its passphrase to open it."), self)
        explanation.setWordWrap(True)
        explanation.setObjectName("secondary")
        self.panel = UnlockPanel(path, settings, use_remembered=True, hint=hint, parent=self)
        self.panel.unlocked.connect(self._on_unlocked)
        self.panel.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(4)
        layout.addWidget(self.panel)
        self.setMinimumWidth(440)

    def start(self) -> None:
        """Show the dialog and, where a key is remembered, try it straight away."""
        self.open()
        self.panel.field.setFocus()
        self.panel.try_remembered()

    def _on_unlocked(self, session: CaseSession) -> None:
        self.session = session
        self.accept()
        self.opened.emit(session)

    def reject(self) -> None:
        if self.panel.busy:  # the worker's answer will still arrive; wait for it rather than orphan a session
            return
        super().reject()

    def done(self, result: int) -> None:
        self.panel.reset()
        super().done(result)
