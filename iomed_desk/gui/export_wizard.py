"""Export the concluded agreement: preview, identities, each signature in the room, save, verify.

The wizard collects everything first (each representative unlocks, or is
issued, their key at the keyboard, on a worker), then one `export_agreement`
call on a worker renders, signs, verifies, writes the file atomically and
records the export. Keys live in this wizard only until the export or until it
closes. The preview is rendered in memory and shown from a QBuffer: nothing
unsigned touches the disk.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.export import (
    AgreementSigner,
    VerificationReport,
    agreement_document,
    canonical_agreement,
    export_agreement,
    preview_pdf,
    signature_field_labels,
)
from iomed_desk.app.signing import Identity, common_name, mediator_signer, write_certificate
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.export_pages import (
    MediatorPage,
    Method,
    MethodsPage,
    PartyPlan,
    StepPage,
    add_row,
    file_row,
    representative_of,
    secondary,
    slug,
)
from iomed_desk.gui.export_signers import CreateIdentityDialog, SignerPage
from iomed_desk.gui.verify_dialog import show_report
from iomed_desk.gui.worker import run_in_background

PREVIEW, MEDIATOR, METHODS, SIGNER, SAVE, REPORT = 0, 1, 2, 10, 900, 901


def refusal_reason(session: CaseSession) -> str | None:
    """Why this case's agreement cannot be exported now, or None if it can."""
    try:
        concluded = session.drafting.concluded()
    except UserError as exc:
        return exc.message
    if concluded is None:
        return QCoreApplication.translate(
            "ExportWizard", "There is no concluded agreement to export. Conclude the agreement on the "
            "Drafting page first.")
    return None


class PreviewPage(StepPage):
    """The unsigned PDF as it will be signed, rendered on a worker and shown from memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check the agreement"))
        self.setSubTitle(self.tr("This is the document the parties and the mediator will sign. Nothing is "
                                 "signed or saved yet."))
        self.loaded = self.rendering = False
        self.buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Preview of the agreement"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.info = secondary("", self)
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        for text, name, factor in (("−", self.tr("Zoom out"), 0.8), ("+", self.tr("Zoom in"), 1.25),
                                   (self.tr("Fit width"), self.tr("Fit the page width"), 0.0)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, f=factor: self.zoom(f))
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.loaded or self.rendering:
            return
        wizard = self.owner
        doc = agreement_document(wizard.session, when=wizard.when)
        self.rendering = True
        self.progress.setVisible(True)
        self.info.setText(self.tr("Preparing the preview…"))
        run_in_background(lambda: preview_pdf(doc, wizard.when), self._show, self._failed)

    def _show(self, pdf: bytes) -> None:
        self.rendering = False
        self.progress.setVisible(False)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.loaded = self.document.status() == QPdfDocument.Status.Ready
        self.info.setText(self.tr("{pages} pages · agreement fingerprint {fp}")
                          .format(pages=self.document.pageCount(), fp=self.owner.fingerprint))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.rendering = False
        self.progress.setVisible(False)
        self.info.setText("")
        self.show_error(message)

    def zoom(self, factor: float) -> None:
        """Zoom by `factor`; 0 fits the page width again."""
        if not factor:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            return
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def ready(self) -> bool:
        return self.loaded


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def inputs(self) -> list[QWidget]:
        return [self.path, self.choose]

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        if not self.path.text():
            name = f"{slug(wizard.session.case.reference)}-agreement.pdf"
            self.path.setText(str(wizard.session.path.parent / name))
        while self.summary.rowCount():
            self.summary.removeRow(0)
        rows = [(plan.party.name, {
            Method.FILE: self.tr("{who}, with their own identity file"),
            Method.ISSUED: self.tr("{who}, with a certificate issued now by the mediator"),
            Method.PAPER: self.tr("On paper, by hand, after printing")}[plan.method]
            .format(who=plan.representative)) for plan in wizard.plans]
        rows.append((self.tr("Mediator"), self.tr("{who}, attesting, signs last").format(who=wizard.mediator.name)))
        for name, how in rows:
            label = QLabel(f"<b>{html.escape(name)}</b>", self.card)
            self.summary.addRow(label, QLabel(html.escape(how), self.card))

    def ready(self) -> bool:
        return bool(self.path.text().strip())

    def begin(self) -> bool:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists() and messages.ask(
                self, self.tr("{file} already exists. Replace it with the signed agreement?")
                .format(file=path.name)) != messages.Button.Yes:
            return False
        wizard = self.owner
        session, mediator, when = wizard.session, mediator_signer(wizard.mediator), wizard.when
        signers = {plan.party.id: wizard.signers.get(plan.party.id) for plan in wizard.plans}
        self.run_step(lambda: export_agreement(session, path, mediator, signers, when),
                      lambda result: wizard.finish_export(path, *result),
                      self.tr("Signing and checking the agreement…"))
        return False


class ReportPage(StepPage):
    """What the file holds now, as a verifier would see it, and the mediator's certificate to hand out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The signed agreement"))
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.certificate = QPushButton(self.tr("Save the mediator's &certificate…"), self)
        self.certificate.setAccessibleName(self.tr("Save the mediator's certificate for verifiers"))
        self.certificate.clicked.connect(self._save_certificate)
        self.message.setObjectName("secondary")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.certificate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.saved)
        layout.addWidget(self.head)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.owner
        self.setSubTitle(messages.change_text(wizard.change) + ".")
        self.saved.setText(self.tr(
            "Saved as {path}. This check trusts each signer's own certificates; whoever checks the file "
            "later (File ▸ Verify PDF…) chooses whom to trust, such as the mediator's certificate.")
            .format(path=wizard.out_path))
        try:
            head = str(wizard.session.head())
        except UserError as exc:
            head = exc.message
        self.head.setText(self.tr(
            "The case's audit record now ends at {head}. Give it to the parties or the institution to hold: "
            "iomed-desk check --expect-head shows later whether a case file still contains it.").format(head=head))
        show_report(wizard.report, self.results, wizard.field_labels())

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
            self.message.setText(self.tr("Certificate saved as {file}.").format(file=Path(chosen).name))


class ExportWizard(QWizard):
    """Emits `exported` with the app's `Change` once the signed file is written.

    Without a concluded agreement it refuses to start: showing it only shows
    the reason in a message box.
    """

    exported = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the signed agreement"))
        self.setObjectName("exportWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(840, 700)
        self.session = session
        self.refusal = refusal_reason(session)
        self.when: datetime = session.clock()
        self.mediator: Identity | None = None
        self.certificate: x509.Certificate | None = None
        self.signers: dict[str, AgreementSigner] = {}
        self.report: VerificationReport | None = None
        self.change: Change | None = None
        self.out_path: Path | None = None
        parties = session.case.parties
        self.plans = [PartyPlan(p, Method.ISSUED, representative_of(p)) for p in parties]
        self.title = self.fingerprint = ""
        if self.refusal is not None:
            return
        concluded = session.drafting.concluded()
        assert concluded is not None
        self.title = concluded.draft.name
        try:
            self.fingerprint = self.agreement_fingerprint()
        except UserError as exc:
            self.refusal = exc.message
            return
        self.preview_page = PreviewPage(self)
        self.mediator_page = MediatorPage(self)
        self.methods_page = MethodsPage(parties, self)
        self.signer_pages = [SignerPage(i, self) for i in range(len(parties))]
        self.save_page = SavePage(self)
        self.report_page = ReportPage(self)
        self.setPage(PREVIEW, self.preview_page)
        self.setPage(MEDIATOR, self.mediator_page)
        self.setPage(METHODS, self.methods_page)
        for i, page in enumerate(self.signer_pages):
            self.setPage(SIGNER + i, page)
        self.setPage(SAVE, self.save_page)
        self.setPage(REPORT, self.report_page)
        self.setStartId(PREVIEW)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        if visible and self.refusal is not None:
            self._refuse()
            return
        super().setVisible(visible)

    def exec(self) -> int:
        if self.refusal is not None:
            self._refuse()
            return int(QDialog.DialogCode.Rejected)
        return super().exec()

    def _refuse(self) -> None:
        messages.error(self.parentWidget(), self.refusal or "", self.tr("Export the signed agreement"))
        self.done(int(QDialog.DialogCode.Rejected))

    def page_order(self) -> list[int]:
        signers = [SIGNER + i for i, plan in enumerate(self.plans) if plan.method is not Method.PAPER]
        return [PREVIEW, MEDIATOR, METHODS, *signers, SAVE, REPORT]

    def nextId(self) -> int:  # noqa: N802 - Qt override
        order, current = self.page_order(), self.currentId()
        if current not in order or current == order[-1]:
            return -1
        return order[order.index(current) + 1]

    def set_mediator(self, identity: Identity) -> None:
        self.mediator, self.certificate = identity, identity.certificate
        self.signers.clear()

    def set_plans(self, plans: list[PartyPlan]) -> None:
        self.plans = plans
        self.signers.clear()
        self.fingerprint = self.agreement_fingerprint()

    def agreement_fingerprint(self) -> str:
        """The start of the fingerprint the PDF will print, for these plans (who signs on paper) and
        this export's date: what a signer is shown at the keyboard and takes home."""
        paper = frozenset(plan.party.id for plan in self.plans if plan.method is Method.PAPER)
        return canonical_agreement(self.session, paper=paper, when=self.when).fingerprint[:16] + "…"

    def create_identity(self) -> tuple[Path, Identity, Path] | None:
        """Ask for a new mediator identity: (its file, the identity, its certificate file), or None."""
        dialog = CreateIdentityDialog(self.session, self)
        dialog.exec()
        return dialog.created

    def set_signer(self, party_id: str, signer: AgreementSigner) -> None:
        self.signers[party_id] = signer

    def finish_export(self, path: Path, report: VerificationReport, change: Change) -> None:
        self.out_path, self.report, self.change = path, report, change
        self.signers.clear()
        self.mediator = None
        self.exported.emit(change)

    def field_labels(self) -> dict[str, str]:
        return signature_field_labels(self.session, self.tr("Mediator's attestation"))

    def reject(self) -> None:
        if not any(getattr(self.page(i), "busy", False) for i in self.pageIds()):
            super().reject()

    def done(self, result: int) -> None:
        """Closing forgets every key this wizard held."""
        self.signers.clear()
        self.mediator = None
        super().done(result)
