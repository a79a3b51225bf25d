"""The base of the process record's dialogs (issue 16): one thing recorded, an error line, OK/Cancel.

Its own module so that the dialogs (gui/process_dialogs.py, process_closing.py) and the signing dialogs
(gui/process_signing.py), which open one another, share it without importing each other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from iomed_desk.app.changes import Change
from iomed_desk.core.errors import UserError


class ProcessDialog(QDialog):
    """A dialog that records one thing: an error line, OK/Cancel, and `saved(Change)` on success."""

    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.error = QLabel(self)
        self.error.setObjectName("processError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a61b1b;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()
        self.ok.setEnabled(True)

    def run(self, operation) -> Change | None:  # type: ignore[no-untyped-def]
        """Call `operation` (a quick write); its UserError shows in the dialog, which stays open."""
        try:
            change = operation()
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.saved.emit(change)
        return change

    def submit(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError
