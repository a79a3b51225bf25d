"""The export wizard's pages before the signatures: the mediator's identity and how each party signs.

Also the page base they share: Next runs one slow step (opening a PKCS#12
file, issuing a certificate, signing) on a worker, and the page is left only
when it succeeded; a wrong passphrase is one line on the page, which stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography import x509
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iomed_desk.app.signing import Identity, load_identity
from iomed_desk.core.model import Party
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.worker import run_in_background


class Method(StrEnum):
    FILE = "file"
    ISSUED = "issued"
    PAPER = "paper"


@dataclass(frozen=True)
class PartyPlan:
    """How one party signs, and who of them is at the keyboard."""

    party: Party
    method: Method
    representative: str
    identity_file: Path | None = None


def can_issue(identity: Identity | None) -> bool:
    """Only a CA certificate (as the app creates for a mediator) may issue in-room certificates."""
    try:
        return identity is not None and bool(
            identity.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def representative_of(party: Party) -> str:
    return party.representatives[0] if party.representatives else party.name


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
        if self.wizard() is not None:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                self.wizard().button(button).setEnabled(not busy)
        self.completeChanged.emit()


class MediatorPage(StepPage):
    """The mediator's identity file and its passphrase, or a new identity made here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The mediator's identity"))
        self.setSubTitle(self.tr("The mediator signs last, attesting that the agreement resulted from this "
                                 "mediation. The same identity can issue certificates to the parties here."))
        self.created: tuple[Path, Identity] | None = None
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Mediator identity file"))
        self.path.setPlaceholderText(self.tr("A PKCS#12 file (.p12 or .pfx)"))
        self.path.textChanged.connect(self._changed)
        self.passphrase = PassphraseField(self, accessible_name=self.tr("Passphrase of the identity file"))
        self.passphrase.textChanged.connect(self._changed)
        self.create_button = QPushButton(self.tr("&Create a mediator identity…"), self)
        self.create_button.setAccessibleName(self.tr("Create a new mediator identity file"))
        self.create_button.clicked.connect(self._create)
        self.note = secondary(self.tr("No identity yet? Create one: a key and a certificate in a new "
                                      "file protected by a passphrase."), self)
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
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addSpacing(18)
        layout.addWidget(self.note)
        layout.addLayout(create_row)
        layout.addStretch(1)

    def inputs(self) -> list[QWidget]:
        return [self.path, self.browse, self.passphrase, self.create_button]

    def _created_here(self) -> Identity | None:
        if self.created and Path(self.path.text().strip()).expanduser() == self.created[0]:
            return self.created[1]
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
            self.created = (path, identity)
            self.path.setText(str(path))
            self.note.setText(self.tr("Created {file}. Its certificate, for verifiers to trust, is {pem}.")
                              .format(file=path.name, pem=pem.name))

    def begin(self) -> bool:
        created = self._created_here()
        if created is not None:
            self.owner.set_mediator(created)
            return True
        path, passphrase = Path(self.path.text().strip()).expanduser(), self.passphrase.take()
        self.run_step(lambda: load_identity(path, passphrase), self.owner.set_mediator,
                      self.tr("Opening the identity file…"))
        return False


class PartyRow(QGroupBox):
    """One party: how it signs, who represents it at the keyboard, and their file if they bring one."""

    def __init__(self, party: Party, parent: QWidget | None = None) -> None:
        super().__init__(party.name, parent)
        self.party = party
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How {party} signs").format(party=party.name))
        for method, text in ((Method.ISSUED, self.tr("A certificate issued now by the mediator")),
                             (Method.FILE, self.tr("Their own identity file (PKCS#12)")),
                             (Method.PAPER, self.tr("On paper, by hand"))):
            self.method.addItem(text, method.value)
        self.representative = QComboBox(self)
        self.representative.setEditable(True)
        self.representative.addItems(list(party.representatives) or [party.name])
        self.representative.setAccessibleName(self.tr("Representative of {party}").format(party=party.name))
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Identity file of {party}").format(party=party.name))
        self.file.setPlaceholderText(self.tr("A PKCS#12 file (.p12 or .pfx)"))
        self.form = QFormLayout(self)
        add_row(self.form, self.tr("Signs &with:"), self.method)
        add_row(self.form, self.tr("&Representative:"), self.representative)
        add_row(self.form, self.tr("Identity &file:"), self.file, file_row(
            self.file, self.tr("Browse…"),
            self.tr("Choose the identity file of {party}").format(party=party.name),
            self.tr("Identity files (*.p12 *.pfx);;All files (*)")))
        self.form.addRow("", secondary(self.tr("The printed agreement keeps a signature line for this "
                                               "party."), self))
        self.method.currentIndexChanged.connect(self._show_rows)
        self._show_rows()

    def chosen(self) -> Method:
        return Method(self.method.currentData())

    def set_method(self, method: Method) -> None:
        self.method.setCurrentIndex(self.method.findData(method.value))

    def _show_rows(self) -> None:
        method = self.chosen()
        self.form.setRowVisible(1, method is not Method.PAPER)
        self.form.setRowVisible(2, method is Method.FILE)
        self.form.setRowVisible(3, method is Method.PAPER)

    def plan(self) -> PartyPlan:
        file = Path(self.file.text().strip()).expanduser() if self.chosen() is Method.FILE else None
        return PartyPlan(self.party, self.chosen(), self.representative.currentText().strip(), file)


class MethodsPage(StepPage):
    def __init__(self, parties: tuple[Party, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How each party signs"))
        self.setSubTitle(self.tr("Each party's representative signs in turn at this keyboard, with their own "
                                 "identity file or a certificate the mediator issues now; or on paper."))
        self.rows = [PartyRow(party, self) for party in parties]
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 6, 0)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def plans(self) -> list[PartyPlan]:
        return [row.plan() for row in self.rows]

    def begin(self) -> bool:
        for plan in self.plans():
            party = plan.party.name
            if plan.method is Method.PAPER:
                continue
            if not plan.representative or len(plan.representative) > 64:
                self.show_error(self.tr("Name the representative of {party} (at most 64 characters).")
                                .format(party=party))
                return False
            if plan.method is Method.FILE and not (plan.identity_file and plan.identity_file.is_file()):
                self.show_error(self.tr("Choose an existing identity file for {party}.").format(party=party))
                return False
            if plan.method is Method.ISSUED and not can_issue(self.owner.mediator):
                self.show_error(self.tr("The mediator's certificate may not issue certificates; choose "
                                        "another way for {party} to sign.").format(party=party))
                return False
        self.owner.set_plans(self.plans())
        return True
