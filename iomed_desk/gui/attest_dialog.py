"""Attest after paper signatures: record who witnessed each, then the mediator's attestation locks the PDF.

The PDF awaiting paper signatures is pre-filled when known (the export wizard
passes the file it wrote); which export it is and whose paper signatures it
awaits are looked up on a worker from its SHA-256. Opening the mediator's
identity and attesting (`app.export.attest_export`) run on a worker too; the
result names the final file and the signing records written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import (
    ExportResult,
    attest_export,
    export_entries,
    signature_field_labels,
)
from iomed_desk.app.signing import load_identity, mediator_signer
from iomed_desk.core.ceremony import ExportEntry, ExportStatus
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.gui.export_pages import add_row, file_row, secondary
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.worker import run_in_background


def awaiting_export(session: CaseSession, pdf: Path) -> ExportEntry:
    """The export awaiting paper signatures that `pdf` is (by its SHA-256), or why it is none."""
    try:
        sha = hashlib.sha256(Path(pdf).read_bytes()).hexdigest()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {pdf}: {exc.strerror or exc}.") from None
    for entry in export_entries(session):
        if entry.pdf_sha256 == sha:
            if entry.status is not ExportStatus.AWAITING_PAPER:
                raise NotAllowed(f"Export {entry.number} has already been attested.")
            return entry
    raise NotAllowed("This PDF is not an export of this case awaiting paper signatures.")


def attested_name(pdf: Path) -> Path:
    return pdf.with_name(f"{pdf.stem}-attested.pdf")


class AttestDialog(QDialog):
    """Emits `attested` with the app's `Change` once the final PDF and its records are written."""

    attested = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, pdf_path: Path | None = None,
                 identity_path: Path | None = None, trust_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attest after paper signatures"))
        self.setObjectName("attestDialog")
        self.session = session
        self.trust_file = trust_file
        self.entry: ExportEntry | None = None
        self.result: ExportResult | None = None
        self.busy = False
        self._looked_up = ""
        self.closed = False
        intro = secondary(self.tr(
            "Once every paper signature is on the printed agreement, record who witnessed each, then the "
            "mediator attests: the attestation signs last and locks the PDF."), self)
        self.pdf = QLineEdit(self)
        self.pdf.setAccessibleName(self.tr("PDF awaiting paper signatures"))
        self.pdf.editingFinished.connect(self.look_up)
        pdf_row = file_row(self.pdf, self.tr("&Choose…"), self.tr("Choose the PDF awaiting paper signatures"),
                           self.tr("PDF documents (*.pdf)"))
        pdf_row[1].clicked.connect(lambda: self.look_up(again=True))
        self.found = secondary("", self)
        self.witness_form = QFormLayout()
        self.witnesses: dict[str, QLineEdit] = {}
        self.out = QLineEdit(self)
        self.out.setAccessibleName(self.tr("Save the attested agreement as"))
        self.identity = QLineEdit(str(identity_path) if identity_path else "", self)
        self.identity.setAccessibleName(self.tr("Mediator identity file"))
        self.passphrase = PassphraseField(self, accessible_name=self.tr("Passphrase of the identity file"))
        self.passphrase.textChanged.connect(self._update)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.attest_button = QPushButton(self.tr("&Attest"), self)
        self.attest_button.setAccessibleName(self.tr("Record the paper signatures and attest"))
        self.attest_button.setDefault(True)
        self.attest_button.clicked.connect(self.attest)
        self.buttons.addButton(self.attest_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button = QPushButton(self.tr("&Verify…"), self)
        self.verify_button.setVisible(False)
        self.verify_button.clicked.connect(self.open_verify)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        add_row(form, self.tr("&PDF:"), self.pdf, pdf_row)
        form.addRow("", self.found)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(self.witness_form)
        rest = QFormLayout()
        add_row(rest, self.tr("Save &as:"), self.out, file_row(
            self.out, self.tr("Choose…"), self.tr("Save the attested agreement as"), self.tr("PDF documents (*.pdf)"),
            save=True))
        add_row(rest, self.tr("Mediator &identity:"), self.identity, file_row(
            self.identity, self.tr("Browse…"), self.tr("Choose the mediator's identity file"),
            self.tr("Identity files (*.p12 *.pfx);;All files (*)")))
        add_row(rest, self.tr("Pass&phrase:"), self.passphrase)
        layout.addLayout(rest)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        if pdf_path is not None:
            self.pdf.setText(str(pdf_path))
            self.look_up()
        else:
            waiting = [e for e in export_entries(session) if e.status is ExportStatus.AWAITING_PAPER]
            self.found.setText(self.tr("Awaiting paper signatures: {exports}.").format(
                exports="; ".join(self.tr("export {n}, {file}").format(n=e.number, file=e.file_name)
                                  for e in waiting)) if waiting
                               else self.tr("No export of this case awaits paper signatures."))
        self._update()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.message.setText(text)
        self._update()

    def _update(self) -> None:
        ready = (self.entry is not None and self.result is None and bool(self.passphrase.text())
                 and all(w.text().strip() for w in self.witnesses.values()))
        self.attest_button.setEnabled(ready and not self.busy)

    def look_up(self, *, again: bool = False) -> None:
        """Which export the chosen PDF is, and whose paper signatures it awaits (on a worker)."""
        text = self.pdf.text().strip()
        if not text or self.busy or self.closed or (text == self._looked_up and not again):
            return
        self._looked_up = text
        path, session = Path(text).expanduser(), self.session
        self.entry = None
        self._set_busy(True, self.tr("Looking up the PDF…"))
        run_in_background(lambda: awaiting_export(session, path), self._alive(lambda e: self._found(path, e)),
                          self._alive(self._failed), self._alive(self._crashed))

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """`callback`, run only while this dialog still exists (a worker may finish after it closed)."""
        def call(value: Any) -> None:
            if isValid(self) and not self.closed:
                callback(value)
        return call

    def _found(self, path: Path, entry: ExportEntry) -> None:
        self._set_busy(False)
        self.entry = entry
        parties = list(dict.fromkeys((s.party_id, s.party) for s in entry.awaiting_paper))
        self.found.setText(self.tr("Export {n}, awaiting the paper signatures of {parties}.")
                           .format(n=entry.number, parties=", ".join(name for _, name in parties)))
        while self.witness_form.rowCount():
            self.witness_form.removeRow(0)
        self.witnesses = {}
        for party_id, name in parties:
            edit = QLineEdit(self)
            edit.setMaxLength(200)
            edit.setAccessibleName(self.tr("Who witnessed the paper signature of {party}").format(party=name))
            edit.textChanged.connect(self._update)
            add_row(self.witness_form, self.tr("Witness for {party}:").format(party=name), edit)
            self.witnesses[party_id] = edit
        if not self.out.text():
            self.out.setText(str(attested_name(path)))
        self._update()

    def attest(self) -> None:
        if self.busy or self.entry is None:
            return
        pdf, out = Path(self.pdf.text().strip()).expanduser(), Path(self.out.text().strip()).expanduser()
        identity, passphrase = Path(self.identity.text().strip()).expanduser(), self.passphrase.take()
        witnessed = {pid: edit.text() for pid, edit in self.witnesses.items()}
        session = self.session

        def job() -> ExportResult:
            mediator = mediator_signer(load_identity(identity, passphrase))
            return attest_export(session, pdf, out, mediator, witnessed)

        self._set_busy(True, self.tr("Attesting and checking the agreement…"))
        run_in_background(job, self._alive(self._attested), self._alive(self._failed), self._alive(self._crashed))

    def _attested(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.result = result
        self.out_path = Path(self.out.text().strip()).expanduser()
        from iomed_desk.gui import messages

        files = "\n".join(f"  {p.name}" for p in result.records)
        self.message.setObjectName("secondary")
        self.message.setText(self.tr("{what}.\nThe final agreement: {file}\nSigning records written beside it:\n"
                                     "{files}").format(what=messages.change_text(result.change),
                                                       file=self.out_path, files=files))
        self.verify_button.setVisible(True)
        self._update()
        self.attested.emit(result.change)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.message.setText(message.splitlines()[0] if message else "")

    def _crashed(self, details: str) -> None:
        from iomed_desk.gui.crash import show_crash

        self._set_busy(False)
        show_crash(details)

    def open_verify(self) -> QDialog:
        from iomed_desk.gui.verify_dialog import VerifyDialog

        labels = signature_field_labels(self.session, self.tr("Mediator's attestation"))
        trust = [self.trust_file] if self.trust_file is not None else []
        dialog = VerifyDialog.for_export(self, self.out_path, trust, labels)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reject(self) -> None:
        if not self.busy or self.entry is None:  # a look-up may be left to finish on its own; attesting may not
            self.closed = True
            self.passphrase.wipe()
            super().reject()
