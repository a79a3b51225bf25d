"""The export wizard's page base and its first pages: the reason for a re-export, the mediator's identity.

The page base they all share: Next runs one slow step (opening a PKCS#12
file, issuing a certificate, signing) on a worker, and the page is left only
when it succeeded; a wrong passphrase is one line on the page, which stays.
While a step runs, Back and Cancel stay disabled (QWizard re-enables Back
whenever a page's completeness changes, so the page disables it again after).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iomed_desk.app.export import ExportEntry
from iomed_desk.app.signing import MediatorIdentity, load_identity
from iomed_desk.core.ceremony import MAX_REASON
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.worker import run_in_background


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text.strip()).strip("-.") or "agreement"


def secondary(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("secondary")
    label.setWordWrap(True)
    return label


def file_row(edit: QLineEdit, button_text: str, title: str, filters: str, *,
             save: bool = False) -> tuple[QHBoxLayout, QPushButton]:
    """A path field with its Browse button, which opens a file dialog (its name says which file)."""
    parent = edit.parentWidget()
    button = QPushButton(button_text, parent)
    button.setAccessibleName(title)

    def browse() -> None:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        chosen, _ = ask(parent, title, edit.text(), filters)
        if chosen:
            edit.setText(chosen)

    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row, button


def add_row(form: QFormLayout, text: str, field: QWidget,
            row: tuple[QHBoxLayout, QPushButton] | None = None) -> QLabel:
    """A form row whose label is the field's buddy, so its mnemonic works even beside a Browse button."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(field)
    form.addRow(label, row[0] if row is not None else field)
    return label


class StepPage(QWizardPage):
    """Next runs `begin` (which may start a worker); the wizard moves on once the step succeeded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._step_done = False
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

    @property
    def owner(self) -> Any:
        """The `ExportWizard` (typed loosely: it imports this module)."""
        return self.wizard()

    def begin(self) -> bool:
        """Start the step; True when there was nothing slow to do and the page may be left now."""
        return True

    def ready(self) -> bool:
        return True

    def inputs(self) -> list[QWidget]:
        return []

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and self.ready()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._step_done:
            self._step_done = False
            return True
        if self.busy:
            return False
        self.message.setText("")
        return self.begin()

    def run_step(self, job: Callable[[], Any], on_result: Callable[[Any], None], busy_text: str) -> None:
        self.set_busy(True, busy_text)

        def succeeded(result: Any) -> None:
            self.set_busy(False)
            on_result(result)
            self._step_done = True
            self.owner.next()

        def failed(message: str) -> None:
            self.set_busy(False)
            self.show_error(message)

        def crashed(details: str) -> None:
            from iomed_desk.gui.crash import show_crash

            self.set_busy(False)
            show_crash(details)

        run_in_background(job, succeeded, failed, crashed)

    def show_error(self, message: str) -> None:
        self.message.setText(message.splitlines()[0] if message else "")

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.message.setText(text)
        for widget in self.inputs():
            widget.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None and not busy:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.completeChanged.emit()  # QWizard recomputes its buttons here, Back enabled again
        if wizard is not None and busy:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).setEnabled(False)


def trust_file_beside(path: Path, identity: MediatorIdentity) -> Path | None:
    """The PEM written beside an identity file when it was created, if it holds the certificate verifiers
    trust (the issuing certificate): what the verify dialog is pre-filled with."""
    from cryptography import x509

    for candidate in (path.with_suffix(".pem"), path.with_name(path.stem + "-certificate.pem")):
        try:
            if candidate.is_file() and identity.certificate in x509.load_pem_x509_certificates(
                    candidate.read_bytes()):
                return candidate
        except (OSError, ValueError):  # unreadable, or not PEM: not the one
            continue
    return None


class ReasonPage(StepPage):
    """Shown only when the agreement was exported before: why it is exported again (required, on record)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export again"))
        self.setSubTitle(self.tr("This agreement has been exported before. Another export is recorded with "
                                 "its reason, and every party's signing record shows both exports."))
        self.earlier = QLabel(self)
        self.earlier.setObjectName("card")
        self.earlier.setWordWrap(True)
        self.earlier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for exporting again"))
        self.reason.setPlaceholderText(self.tr("For example: the first file was lost; a party's token failed"))
        self.reason.setMaximumHeight(110)
        self.reason.textChanged.connect(self.completeChanged)
        form = QFormLayout()
        add_row(form, self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.earlier)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_earlier(self, entries: list[ExportEntry]) -> None:
        lines = [self.tr("Export {n} on {when}: {file}\nPDF SHA-256 {sha}").format(
            n=e.number, when=local_text(e.exported_at), file=e.file_name, sha=e.pdf_sha256) for e in entries]
        self.earlier.setText("\n\n".join(lines))

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def ready(self) -> bool:
        return bool(self.text())

    def begin(self) -> bool:
        if len(self.text()) > MAX_REASON:
            self.show_error(self.tr("The reason is too long (at most {n} characters).").format(n=MAX_REASON))
            return False
        return True


class MediatorPage(StepPage):
    """The mediator's identity file and its passphrase, or a new identity made here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The mediator's identity"))
        self.setSubTitle(self.tr("The mediator certifies the agreement first and attests last. The identity "
                                 "has two keys: one signs, the other issues any certificates made in the room."))
        self.created: tuple[Path, MediatorIdentity, Path] | None = None
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Mediator identity file"))
        self.path.setPlaceholderText(self.tr("A PKCS#12 file (.p12 or .pfx)"))
        self.path.textChanged.connect(self._changed)
        self.passphrase = PassphraseField(self, accessible_name=self.tr("Passphrase of the identity file"))
        self.passphrase.textChanged.connect(self._changed)
        self.create_button = QPushButton(self.tr("&Create a mediator identity…"), self)
        self.create_button.setAccessibleName(self.tr("Create a new mediator identity file"))
        self.create_button.clicked.connect(self._create)
        self.note = secondary(self.tr("No identity yet? Create one: two keys in new files protected by a "
                                      "passphrase, and the certificate to hand to verifiers (the issuing "
                                      "certificate, a .pem file) beside them."), self)
        self.trust_note = secondary(self.tr("Verifiers trust the issuing certificate: hand them the .pem "
                                            "file written when the identity was created, or save it from the "
                                            "last page."), self)
        form = QFormLayout()
        row = file_row(self.path, self.tr("&Browse…"), self.tr("Choose the mediator's identity file"),
                       self.tr("Identity files (*.p12 *.pfx);;All files (*)"))
        self.browse = row[1]
        add_row(form, self.tr("Identity &file:"), self.path, row)
        add_row(form, self.tr("&Passphrase:"), self.passphrase)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        create_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.trust_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addSpacing(18)
        layout.addWidget(self.note)
        layout.addLayout(create_row)
        layout.addStretch(1)

    def inputs(self) -> list[QWidget]:
        return [self.path, self.browse, self.passphrase, self.create_button]

    def _created_here(self) -> tuple[MediatorIdentity, Path] | None:
        if self.created and Path(self.path.text().strip()).expanduser() == self.created[0]:
            return self.created[1], self.created[2]
        return None

    def _changed(self) -> None:
        fresh = self._created_here() is not None
        self.passphrase.setEnabled(not fresh and not self.busy)
        self.passphrase.setPlaceholderText(self.tr("Unlocked: created just now") if fresh else "")
        self.completeChanged.emit()

    def ready(self) -> bool:
        return bool(self.path.text().strip()) and (self._created_here() is not None
                                                    or bool(self.passphrase.text()))

    def _create(self) -> None:
        made = self.owner.create_identity()
        if made is not None:
            path, identity, pem = made
            self.created = (path, identity, pem)
            self.path.setText(str(path))
            self.note.setText(self.tr("Created {file}. The certificate to hand to verifiers is the issuing "
                                      "certificate, {pem}.").format(file=path.name, pem=pem.name))

    def begin(self) -> bool:
        created = self._created_here()
        if created is not None:
            self.owner.set_mediator(*created)
            return True
        path, passphrase = Path(self.path.text().strip()).expanduser(), self.passphrase.take()

        def job() -> tuple[MediatorIdentity, Path | None]:
            identity = load_identity(path, passphrase)
            return identity, trust_file_beside(path, identity)

        self.run_step(job, lambda opened: self.owner.set_mediator(*opened), self.tr("Opening the identity file…"))
        return False
