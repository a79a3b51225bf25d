"""Who signs: a new mediator identity, and each representative's turn at the keyboard.

Keys are unlocked (or, for an in-room certificate, issued) on a worker; the
passphrase or PIN leaves its field as soon as it is taken, and the key itself
stays with the wizard only until the export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import AgreementSigner
from iomed_desk.app.signing import (
    MIN_PIN,
    MediatorIdentity,
    create_mediator_identity,
    issued_party_signer,
    party_file_signer,
)
from iomed_desk.gui.export_pages import (
    Method,
    PartyPlan,
    StepPage,
    add_row,
    file_row,
    secondary,
    slug,
)
from iomed_desk.gui.passphrase_field import PassphraseField, StrengthMeter
from iomed_desk.gui.worker import run_in_background


class CreateIdentityDialog(QDialog):
    """A new mediator identity in new PKCS#12 files: a signing key (the chosen file) and an issuing key
    beside it (….issuing.p12) that issues party certificates. The issuing certificate, the one
    verifiers trust, is written beside them as PEM.
    """

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a mediator identity"))
        self.created: tuple[Path, MediatorIdentity, Path] | None = None
        self.busy = False
        mediator = session.case.mediators[0].name if session.case.mediators else ""
        self.name = QLineEdit(mediator, self)
        self.name.setAccessibleName(self.tr("Name on the certificate"))
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation (optional)"))
        self.path = QLineEdit(str(session.path.parent / f"{slug(mediator or 'mediator')}.p12"), self)
        self.path.setAccessibleName(self.tr("New identity file"))
        self.passphrase = PassphraseField(self, accessible_name=self.tr("Passphrase of the new identity"))
        self.repeat = PassphraseField(self, accessible_name=self.tr("Repeat the passphrase"))
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(secondary(self.tr(
            "Two keys: one signs the attestation; the other, kept in a second file beside it, only "
            "issues certificates to the parties in the room. The passphrase (the same for both) "
            "cannot be recovered: keep it safe."), self))
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("&Organisation:"), self.organisation)
        add_row(form, self.tr("&File:"), self.path, file_row(
            self.path, self.tr("Browse…"), self.tr("Save the new identity as"),
            self.tr("Identity files (*.p12)"), save=True))
        add_row(form, self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", StrengthMeter(self.passphrase, self))
        add_row(form, self.tr("&Repeat:"), self.repeat)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.setMinimumWidth(560)

    def _create(self) -> None:
        if self.busy:
            return
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        path = Path(self.path.text().strip()).expanduser()
        name, organisation, passphrase = self.name.text(), self.organisation.text(), self.passphrase.text()

        def create() -> tuple[Path, MediatorIdentity, Path]:
            identity, pem = create_mediator_identity(path, name, passphrase, organisation=organisation or None)
            return path, identity, pem

        self.busy = True
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Creating the identity…"))
        run_in_background(create, self._created, self._failed)

    def _created(self, result: tuple[Path, MediatorIdentity, Path]) -> None:
        self.busy = False
        self.created = result
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.message.setText(message)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class SignerPage(StepPage):
    """One representative's turn at the keyboard: their passphrase, or the PIN they choose."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.plan: PartyPlan | None = None
        self.setTitle(" ")
        self.setSubTitle(" ")
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.what = secondary("", self)
        self.secret = PassphraseField(self)
        self.repeat = PassphraseField(self)
        for field in (self.secret, self.repeat):
            field.setMaximumWidth(360)
            field.textChanged.connect(self._changed)
        self.form = QFormLayout()
        self.secret_label = add_row(self.form, self.tr("&Passphrase:"), self.secret)
        add_row(self.form, self.tr("&Repeat the PIN:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.what)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Confirm"))

    def inputs(self) -> list[QWidget]:
        return [self.secret, self.repeat]

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        plan = self.plan = wizard.plans[self.index]
        person, party = plan.representative, plan.party.name
        issued = plan.method is Method.ISSUED
        turn = [p.party.id for p in wizard.plans if p.method is not Method.PAPER]
        self.setTitle(self.tr("Signature of {party}").format(party=party))
        self.setSubTitle(self.tr("Signature {n} of {total}; the mediator signs last.")
                         .format(n=turn.index(plan.party.id) + 1, total=len(turn)))
        self.heading.setText(self.tr("Hand the keyboard to {person} of {party}").format(person=person, party=party))
        if issued:
            self.explanation.setText(self.tr(
                "{person}: choose a PIN of at least {n} characters and type it twice. The mediator's "
                "identity ({mediator}) issues you a certificate in your name, marked as issued in the "
                "room, with a new key that signs this agreement once and is then destroyed."
                ).format(person=person, n=MIN_PIN, mediator=wizard.mediator.name))
        else:
            file = plan.identity_file.name if plan.identity_file else ""
            self.explanation.setText(self.tr(
                "{person}: type the passphrase of your identity file {file}. It unlocks your key for "
                "this signature only and is not kept.").format(person=person, file=file))
        self.form.setRowVisible(1, issued)
        self.secret_label.setText(self.tr("Choose a &PIN:") if issued else self.tr("&Passphrase:"))
        self.secret.setAccessibleName(self.tr("PIN chosen by {person}").format(person=person) if issued
                                      else self.tr("Passphrase of {person}").format(person=person))
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        self.what.setText(self.tr("You are signing “{title}” (agreement fingerprint {fp}).")
                          .format(title=wizard.title, fp=wizard.fingerprint))
        self.secret.wipe()
        self.repeat.wipe()
        self.message.setText("")
        self.secret.setFocus()

    def _changed(self) -> None:
        if self.plan is not None and self.plan.method is Method.ISSUED:
            differ = bool(self.repeat.text()) and self.repeat.text() != self.secret.text()
            self.message.setText(self.tr("The two PINs differ.") if differ else "")
        self.completeChanged.emit()

    def ready(self) -> bool:
        if self.plan is None or not self.secret.text():
            return False
        return self.plan.method is not Method.ISSUED or self.secret.text() == self.repeat.text()

    def begin(self) -> bool:
        plan, wizard = self.plan, self.owner
        assert plan is not None
        secret = self.secret.take()
        self.repeat.wipe()
        if plan.method is Method.ISSUED:
            mediator, who, organisation = wizard.mediator, plan.representative, plan.party.name

            def job() -> AgreementSigner:
                return issued_party_signer(mediator, who, secret, organisation=organisation)

            text = self.tr("Issuing the certificate…")
        else:
            path = plan.identity_file

            def job() -> AgreementSigner:
                return party_file_signer(path, secret)

            text = self.tr("Opening the identity file…")
        self.run_step(job, lambda signer: wizard.set_signer(plan.party.id, signer), text)
        return False
