"""Release a note from confidence: clearing "given in confidence" is the party's act, so its consent is recorded.

The dialog names whose consent the case's rules ask for (`release_consents`), who gave it, how and
before whom, and leaves the decision to the case: `release_confidence` refuses, naming what is
missing, and the dialog shows that refusal in one line and stays open. Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.errors import UserError
from iomed_desk.gui.banner import channel_title, scale_font
from iomed_desk.gui.consent_fields import ConsentRows, MannerAndWitness

ERROR_STYLE = "color: #d9480f; font-weight: 600;"


class ReleaseDialog(QDialog):
    released = Signal(object)  # the Change of the release

    def __init__(self, session: CaseSession, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._note = session.note(note_id)
        case = session.case
        self.setWindowTitle(self.tr("Release from confidence"))
        self.setMinimumWidth(600)
        heading = QLabel(self.tr("Release “%1” from confidence").replace("%1", self._note.title), self)
        font = heading.font()
        scale_font(font, 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)

        required = session.release_consents(note_id)
        names = ", ".join(label for _who, label in required)
        self.explanation = QLabel(self.tr(
            "From: %1. This was given in confidence; only %2 can lift that. Once released, the case's rules "
            "decide what a disclosure of it needs.").replace("%1", channel_title(case, self._note.channel))
            .replace("%2", names), self)
        self.explanation.setWordWrap(True)

        consents_box = QGroupBox(self.tr("Consent on record"), self)
        self.consent_rows = ConsentRows(case, consents_box)
        self.consent_rows.set_consents(required)
        self.consent_rows.changed.connect(self._clear_error)
        self.manner_witness = MannerAndWitness(case, consents_box)
        box_layout = QVBoxLayout(consents_box)
        box_layout.addWidget(self.consent_rows)
        box_layout.addWidget(self.manner_witness)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Why the release was refused"))

        self.buttons = QDialogButtonBox(self)
        self.release_button = self.buttons.addButton(self.tr("Release"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.release_button.setAccessibleName(self.tr("Record the release from confidence"))
        self.release_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_release)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (heading, self.explanation, consents_box, self.error_label, self.buttons):
            layout.addWidget(widget)
        first = next(iter(self.consent_rows.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def try_release(self) -> bool:
        """Ask the case to record the release; on refusal say why and stay open."""
        try:
            change = self._session.release_confidence(
                self._note.id, self.consent_rows.ticked(), given_by=self.consent_rows.given_by_names(),
                manner=self.manner_witness.manner(), witness=self.manner_witness.witness())
        except UserError as exc:
            self.error_label.setText(exc.message)
            return False
        self.released.emit(change)
        self.accept()
        return True

    def _clear_error(self) -> None:
        self.error_label.clear()

    def wipe(self) -> None:
        """For lock: drop what the dialog shows before it closes."""
        self.setWindowTitle("")
        for label in self.findChildren(QLabel):
            label.clear()
        for combo in (*self.consent_rows.given_by.values(), self.manner_witness.witness_combo):
            combo.clearEditText()
