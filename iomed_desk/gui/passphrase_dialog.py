"""Asking for the current and a new passphrase; the re-key itself is run by the main window on a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from iomed_desk.gui.passphrase_field import PassphraseField, StrengthMeter


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        explanation = QLabel(self.tr("The case file is re-encrypted under the new passphrase. If this is "
                                     "interrupted, the file keeps the old one; nothing is lost."), self)
        explanation.setWordWrap(True)
        explanation.setObjectName("secondary")
        self.current = PassphraseField(self, accessible_name=self.tr("Current passphrase"))
        self.new = PassphraseField(self, accessible_name=self.tr("New passphrase"))
        self.repeat = PassphraseField(self, accessible_name=self.tr("Repeat the new passphrase"))
        self.meter = StrengthMeter(self.new, self)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(480)
        self.values: tuple[str, str] | None = None

    def _check(self) -> None:
        mismatch = bool(self.repeat.text()) and self.repeat.text() != self.new.text()
        self.message.setText(self.tr("The two new passphrases differ.") if mismatch else "")
        ok = bool(self.current.text()) and bool(self.new.text()) and self.new.text() == self.repeat.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        """Keep the two passphrases just long enough for the caller to start the worker."""
        self.values = (self.current.text(), self.new.text())
        super().accept()

    def take_values(self) -> tuple[str, str] | None:
        values, self.values = self.values, None
        return values
