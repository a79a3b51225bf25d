"""The export wizard's last two pages: where the signed PDF goes, and what was written.

The save page proposes a folder that exists (~/Documents when there is one,
else the home folder) and refuses an unwritable folder before any signing
starts. The report page says what the file holds as a verifier sees it, lists
the signing records written (one for each party to take home), and, when a
party signs on paper, what to do next: print, sign, then attest.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from iomed_desk.app.export import export_with_record
from iomed_desk.app.signing import common_name, mediator_signer, write_certificate
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.export_ceremony import Method
from iomed_desk.gui.export_pages import StepPage, add_row, file_row, secondary, slug
from iomed_desk.gui.verify_dialog import show_report


def default_folder() -> Path:
    """~/Documents if it exists, else the home folder: never a folder that is not there."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def unwritable(folder: Path) -> str | None:
    """Why a file cannot be written in `folder`, or None when it can."""
    if not folder.is_dir():
        return QCoreApplication.translate("SavePage", "The folder {folder} does not exist; choose another.").format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return QCoreApplication.translate("SavePage", "The folder {folder} cannot be written to; choose another.").format(folder=folder)
    return None


class SavePage(StepPage):
    """Where the signed PDF goes; its button signs everything, checks it and writes it atomically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sign and save"))
        self.setSubTitle(self.tr("Every signature is applied and checked before the file is written. "
                                 "Nothing is saved if any check fails."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Sign and save"))
        self.card = QFrame(self)
        self.card.setObjectName("card")
        self.summary = QFormLayout(self.card)
        self.summary.setContentsMargins(16, 12, 16, 12)
        self.summary.setVerticalSpacing(8)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Save the signed agreement as"))
        self.path.textChanged.connect(self.completeChanged)
        row = file_row(self.path, self.tr("&Choose…"), self.tr("Save the signed agreement as"),
                       self.tr("PDF documents (*.pdf)"), save=True)
        self.choose = row[1]
        form = QFormLayout()
        add_row(form, self.tr("Save &as:"), self.path, row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.card)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def inputs(self) -> list[QWidget]:
        return [self.path, self.choose]

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        if not self.path.text():
            self.path.setText(str(default_folder() / f"{slug(wizard.session.case.reference)}-agreement.pdf"))
        while self.summary.rowCount():
            self.summary.removeRow(0)
        how = {Method.FILE: self.tr("with their own identity file"), Method.TOKEN: self.tr("with their token"),
               Method.ISSUED: self.tr("with a certificate issued in the room"),
               Method.PAPER: self.tr("on paper, after printing; the mediator attests afterwards")}
        for plan in wizard.plans:
            who = plan.name or plan.party.name
            label = QLabel(f"<b>{html.escape(plan.party.name)}</b>", self.card)
            label.setWordWrap(True)
            text = QLabel(html.escape(f"{who}, {how[plan.method]}"), self.card)
            text.setWordWrap(True)
            self.summary.addRow(label, text)
        last = self.tr("{who}: certifies first; attests last, which locks the document")
        if any(plan.on_paper for plan in wizard.plans):
            last = self.tr("{who}: certifies now; attests after the paper signatures, which locks the document")
        mediator = self.tr("Mediator")
        self.summary.addRow(QLabel(f"<b>{html.escape(mediator)}</b>", self.card),
                            QLabel(html.escape(last.format(who=wizard.mediator.name)), self.card))

    def ready(self) -> bool:
        return bool(self.path.text().strip())

    def begin(self) -> bool:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        problem = unwritable(path.parent)
        if problem:
            self.show_error(problem)
            return False
        if path.exists() and messages.ask(
                self, self.tr("{file} already exists. Replace it with the signed agreement?")
                .format(file=path.name)) != messages.Button.Yes:
            return False
        wizard = self.owner
        session, mediator, when = wizard.session, mediator_signer(wizard.mediator), wizard.when
        signers, checks, reason, annexes = wizard.party_signers(), wizard.checks(), wizard.reason(), wizard.annexes()
        self.run_step(lambda: export_with_record(session, path, mediator, signers, when, checks=checks,
                                                 reason=reason, annexes=annexes),
                      lambda result: wizard.finish_export(path, result),
                      self.tr("Signing and checking the agreement…"))
        return False


class ReportPage(StepPage):
    """What the file holds now, as a verifier would see it; the records; what is left to do on paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The signed agreement"))
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paper = QLabel(self)
        self.paper.setObjectName("card")
        self.paper.setWordWrap(True)
        self.paper.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records = secondary("", self)
        self.records.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head = QLabel(self)  # the case's audit head after the export, for the parties to hold
        self.head.setObjectName("auditHead")
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.results)
        scroll.setAccessibleName(self.tr("Verification report"))
        self.attest = QPushButton(self.tr("&Attest after paper signatures…"), self)
        self.attest.setAccessibleName(self.tr("Record the paper signatures and attest"))
        self.attest.clicked.connect(lambda: self.owner.open_attest())
        self.verify = QPushButton(self.tr("&Verify…"), self)
        self.verify.setAccessibleName(self.tr("Verify the signed PDF"))
        self.verify.clicked.connect(lambda: self.owner.open_verify())
        self.certificate = QPushButton(self.tr("Save the mediator's &certificate…"), self)
        self.certificate.setAccessibleName(self.tr("Save the mediator's certificate for verifiers"))
        self.certificate.clicked.connect(self._save_certificate)
        self.message.setObjectName("secondary")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.attest)
        row.addWidget(self.verify)
        row.addWidget(self.certificate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.saved)
        layout.addWidget(self.paper)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.records)
        layout.addWidget(self.head)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        result = wizard.result
        self.setSubTitle(messages.change_text(result.change) + ".")
        self.saved.setText(self.tr("Saved as {path}.").format(path=wizard.out_path))
        waiting = result.awaiting_paper
        self.paper.setVisible(bool(waiting))
        self.attest.setVisible(bool(waiting))
        if waiting:
            self.paper.setText(self.tr(
                "This PDF awaits the paper signatures of {parties}. Print it, have it signed by hand, and keep "
                "the signed paper with the file; then choose Attest after paper signatures… (here or in the Case "
                "menu) to record who witnessed each paper signature and apply the mediator's attestation, which "
                "locks the document. Until then a verifier sees it as incomplete.\nFile: {file}")
                .format(parties=", ".join(waiting), file=wizard.out_path))
            self.records.setText(self.tr("The signing records are written when the agreement is attested."))
        else:
            names = "\n".join(f"  {p.name}" for p in result.records)
            self.records.setText(self.tr("Signing records written beside the PDF (one for each party to take "
                                         "home, one for the mediator, and the JSON):\n{files}").format(files=names))
        try:
            head = str(wizard.session.head())
        except UserError as exc:
            head = exc.message
        self.head.setText(self.tr(
            "The case's audit record now ends at {head}. Give it to the parties or the institution to hold: "
            "iomed-desk check --expect-head shows later whether a case file still contains it.").format(head=head))
        show_report(result.report, self.results, wizard.field_labels())

    def _save_certificate(self) -> None:
        wizard = self.owner
        default = wizard.out_path.with_name(f"{slug(common_name(wizard.certificate))}.pem")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mediator's certificate"),
                                                str(default), self.tr("Certificates (*.pem)"))
        if not chosen:
            return
        try:
            write_certificate(chosen, wizard.certificate)
        except UserError as exc:
            self.message.setText(exc.message)
        else:
            wizard.trust_file = Path(chosen)
            self.message.setText(self.tr("Certificate saved as {file}.").format(file=Path(chosen).name))
