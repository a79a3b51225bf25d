"""Who signs: a new mediator identity, and each signatory's turn at the keyboard.

A signatory's turn is a handover (handover.py): keys are unlocked (or, for an
in-room certificate, issued) on a worker; the passphrase or PIN leaves its
field as soon as it is taken, and the key itself stays with the wizard only
until the export.
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
)
from iomed_desk.gui.export_ceremony import Method, SignatoryPlan
from iomed_desk.gui.export_pages import (
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
    """One signatory's turn: the mediator reads who is next, then hands over (handover.py).

    Next ("Hand over") fills the screen with the handover screen and hides every
    window of the case; the page is left once the mediator has taken the computer back.
    """

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.plan: SignatoryPlan | None = None
        self.setTitle(" ")
        self.setSubTitle(" ")
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.what = secondary("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addWidget(self.what)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Hand over"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        plan = self.plan = wizard.plans[self.index]
        person, party = plan.name or plan.party.name, plan.party.name
        turn = [p.key for p in wizard.plans if not p.on_paper]
        self.setTitle(self.tr("Signature of {party}").format(party=party))
        self.setSubTitle(self.tr("Signature {n} of {total}; the mediator attests last.")
                         .format(n=turn.index(plan.key) + 1, total=len(turn)))
        self.heading.setText(self.tr("Next: {person} of {party}").format(person=person, party=party))
        how = {
            Method.ISSUED: self.tr("{person} chooses a PIN of at least {n} characters. The mediator's issuing "
                                   "key certifies a new key in {person}'s name, marked “issued in the room”; it "
                                   "signs this agreement once and is then destroyed.").format(person=person, n=MIN_PIN),
            Method.FILE: self.tr("{person} types the passphrase of their identity file {file}; it unlocks their "
                                 "key for this signature only.").format(
                person=person, file=plan.identity_file.name if plan.identity_file else ""),
            Method.TOKEN: self.tr("{person} types the PIN of their token {token}; the key never leaves it.")
            .format(person=person, token=plan.token.token_label if plan.token else ""),
        }[plan.method]
        self.explanation.setText(how + " " + self.tr(
            "When you click Hand over, every window of the case is hidden: the screen shows only what "
            "{person} signs. You take the computer back with the case passphrase.").format(person=person))
        self.what.setText(self.tr("“{title}” · agreement fingerprint {fp}")
                          .format(title=wizard.title, fp=wizard.fingerprint))
        self.message.setText("")

    def begin(self) -> bool:
        plan = self.plan
        assert plan is not None
        self.set_busy(True, self.tr("Handed over to {person}…").format(person=plan.name or plan.party.name))
        self.owner.hand_over(plan, self._handed_back)
        return False

    def _handed_back(self, signer: AgreementSigner | None) -> None:
        self.set_busy(False)
        if signer is None:
            return
        assert self.plan is not None
        self.owner.set_signer(self.plan.key, signer)
        self._step_done = True
        self.owner.next()
