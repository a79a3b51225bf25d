"""Export the concluded agreement: preview, reason (a re-export), identities, the ceremony, save, report.

The wizard collects everything first (each signatory, on a handover screen
that hides the case, unlocks their key or is issued one, on a worker), then
one `export_with_record` call on a worker renders, signs, verifies, writes the
file atomically and records the export with its ceremony. Keys live in this
wizard only until the export or until it closes. The preview is rendered in
memory and shown from a QBuffer: nothing unsigned touches the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from cryptography import x509
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.export import (
    AgreementSigner,
    AnnexSource,
    Checks,
    ExportResult,
    annex_sources,
    canonical_agreement,
    document_for,
    export_entries,
    preview_pdf,
    signature_field_labels,
    token_signer,
)
from iomed_desk.app.signing import MIN_PIN, MediatorIdentity, issued_party_signer, party_file_signer
from iomed_desk.core.channels import Audience
from iomed_desk.core.errors import UserError
from iomed_desk.core.exhibits import Exhibit
from iomed_desk.gui import messages
from iomed_desk.gui.exhibits_import import size_text, type_text
from iomed_desk.gui.export_ceremony import Method, SignatoriesPage, SignatoryPlan
from iomed_desk.gui.export_pages import MediatorPage, ReasonPage, StepPage, secondary
from iomed_desk.gui.export_result import ReportPage, SavePage
from iomed_desk.gui.export_signers import CreateIdentityDialog, SignerPage
from iomed_desk.gui.handover import (
    HandoverScreen,
    HandoverSubject,
    SecretRequest,
    case_passphrase_check,
)
from iomed_desk.gui.worker import run_in_background

PREVIEW, REASON, MEDIATOR, METHODS, SIGNER, SAVE, REPORT = 0, 1, 2, 3, 10, 900, 901


@runtime_checkable
class Lockable(Protocol):
    """The main window: what locks the case (its `lock` follows STYLE.md's order)."""

    def lock(self) -> bool: ...


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
        self.annex_list = QListWidget(self)
        self.annex_list.setAccessibleName(self.tr("Annexes"))
        self.annex_list.setMaximumHeight(110)
        self.annex_list.setToolTip(self.tr("Exhibits visible to all parties; a ticked one is annexed: listed in the "
                                           "agreement with its SHA-256 and embedded in the signed PDF"))
        self.annex_label = secondary(self.tr("Annexes (exhibits visible to all parties; tick to annex):"), self)
        self.annex_list.itemChanged.connect(lambda _item: self._annexes_changed())
        self.sources: tuple[AnnexSource, ...] = ()
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.annex_label)
        layout.addWidget(self.annex_list)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def list_annexes(self, exhibits: list[Exhibit]) -> None:
        """The exhibits the mediator may annex (the app refuses any other), none ticked."""
        self.annex_list.blockSignals(True)
        for x in exhibits:
            item = QListWidgetItem(f"{x.label} — {x.name} ({type_text(x.media_type)}, {size_text(x.size)})",
                                   self.annex_list)
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            item.setToolTip("SHA-256 " + x.sha256)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.annex_list.blockSignals(False)
        self.annex_list.setVisible(bool(exhibits))
        self.annex_label.setVisible(bool(exhibits))

    def annexes(self) -> list[str]:
        """The ticked exhibits' ids, in the list's order (the order they are annexed in)."""
        items = (self.annex_list.item(i) for i in range(self.annex_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _annexes_changed(self) -> None:
        self.loaded = False
        self.completeChanged.emit()
        self.rendering = False
        self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.loaded or self.rendering:
            return
        wizard = self.owner
        session, when, ids = wizard.session, wizard.when, self.annexes()
        self.rendering = True
        self._generation += 1
        generation = self._generation
        self.progress.setVisible(True)
        self.info.setText(self.tr("Preparing the preview…"))

        def job() -> tuple[bytes, tuple[AnnexSource, ...]]:
            sources = annex_sources(session, ids)
            return preview_pdf(document_for(canonical_agreement(session, when=when, annexes=sources)), when), sources

        def shown(result: tuple[bytes, tuple[AnnexSource, ...]]) -> None:
            if generation == self._generation:
                self.sources = result[1]
                wizard._fingerprint()
                self._show(result[0])

        run_in_background(job, shown, lambda message: generation == self._generation and self._failed(message))

    def _show(self, pdf: bytes) -> None:
        self.rendering = False
        self.progress.setVisible(False)
        self.document.close()  # a preview again with other annexes: the old bytes go first
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.loaded = self.document.status() == QPdfDocument.Status.Ready
        self.info.setText(self.tr("{pages} pages · agreement fingerprint {fp}")
                          .format(pages=self.document.pageCount(), fp=self.owner.fingerprint)
                          + (" · " + self.tr("%n annex(es)", "", len(self.sources)) if self.sources else ""))
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


class ExportWizard(QWizard):
    """Emits `exported` with the app's `Change` once the signed file is written.

    Without a concluded agreement it refuses to start: showing it only shows
    the reason in a message box. A handover cancelled (or interrupted by a
    lock) closes the wizard, forgets every key and locks the case before the
    main window shows again.
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
        self.setMinimumSize(840, 640)
        self.session = session
        self.refusal = refusal_reason(session)
        self.when: datetime = session.clock()
        self.mediator: MediatorIdentity | None = None
        self.certificate: x509.Certificate | None = None
        self.identity_path: Path | None = None
        self.trust_file: Path | None = None
        self.signers: dict[tuple[str, int], AgreementSigner] = {}
        self.plans: list[SignatoryPlan] = []
        self.result: ExportResult | None = None
        self.out_path: Path | None = None
        self.handover: HandoverScreen | None = None
        self.title = self.fingerprint = self.full_fingerprint = ""
        self.earlier = []
        if self.refusal is not None:
            return
        concluded = session.drafting.concluded()
        assert concluded is not None
        self.title = concluded.draft.name
        try:
            self.earlier = [e for e in export_entries(session) if e.agreement_id == concluded.agreement.id]
            self._fingerprint()
        except UserError as exc:
            self.refusal = exc.message
            return
        self.preview_page = PreviewPage(self)
        self.preview_page.list_annexes(exhibits_desk(session).visible(Audience.joint()))
        self.reason_page = ReasonPage(self)
        self.reason_page.show_earlier(self.earlier)
        self.mediator_page = MediatorPage(self)
        self.methods_page = SignatoriesPage(session.case.parties, self)
        self.signer_pages = [SignerPage(i, self) for i in range(len(self.methods_page.rows))]
        self.save_page = SavePage(self)
        self.report_page = ReportPage(self)
        for page_id, page in ((PREVIEW, self.preview_page), (REASON, self.reason_page),
                              (MEDIATOR, self.mediator_page), (METHODS, self.methods_page),
                              *((SIGNER + i, p) for i, p in enumerate(self.signer_pages)),
                              (SAVE, self.save_page), (REPORT, self.report_page)):
            self.setPage(page_id, page)
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
        signers = [SIGNER + i for i, plan in enumerate(self.plans) if not plan.on_paper]
        reason = [REASON] if self.earlier else []
        return [PREVIEW, *reason, MEDIATOR, METHODS, *signers, SAVE, REPORT]

    def nextId(self) -> int:  # noqa: N802 - Qt override
        order, current = self.page_order(), self.currentId()
        if current not in order or current == order[-1]:
            return -1
        return order[order.index(current) + 1]

    # -- what the pages hand over ------------------------------------------------------------
    def set_mediator(self, identity: MediatorIdentity, trust_file: Path | None) -> None:
        self.mediator, self.certificate = identity, identity.certificate
        self.identity_path = Path(self.mediator_page.path.text().strip()).expanduser()
        self.trust_file = trust_file
        self.signers.clear()

    def can_issue(self) -> bool:
        return self.mediator is not None and self.mediator.issuing is not None

    def set_plans(self, plans: list[SignatoryPlan]) -> None:
        self.plans = plans
        self.signers.clear()
        self._fingerprint()

    def _fingerprint(self) -> None:
        """The fingerprint the PDF will print, for these plans (who signs on paper) and this export's date:
        what a signer is shown on the handover screen and takes home."""
        paper = frozenset(p.party.id for p in self.plans if p.on_paper)
        annexes = self.preview_page.sources if hasattr(self, "preview_page") else ()
        self.full_fingerprint = canonical_agreement(self.session, paper=paper, when=self.when,
                                                    annexes=annexes).fingerprint
        self.fingerprint = self.full_fingerprint[:16] + "…"

    def annexes(self) -> list[str]:
        """The exhibits annexed (ids), as previewed; the app reads them again as all parties see them."""
        return [a.exhibit_id for a in self.preview_page.sources]

    def reason(self) -> str:
        return self.reason_page.text() if self.earlier else ""

    def create_identity(self) -> tuple[Path, MediatorIdentity, Path] | None:
        """Ask for a new mediator identity: (its file, the identity, its certificate file), or None."""
        dialog = CreateIdentityDialog(self.session, self)
        dialog.exec()
        return dialog.created

    def set_signer(self, key: tuple[str, int], signer: AgreementSigner) -> None:
        self.signers[key] = signer

    def party_signers(self) -> dict[str, tuple[AgreementSigner, ...]]:
        """Each party signing digitally: its signers, one per signatory in order (paper parties left out)."""
        out: dict[str, list[AgreementSigner]] = {}
        for plan in self.plans:
            if not plan.on_paper:
                out.setdefault(plan.party.id, []).append(self.signers[plan.key])
        return {party: tuple(signers) for party, signers in out.items()}

    def checks(self) -> dict[tuple[str, int], Checks]:
        return {plan.key: plan.checks for plan in self.plans}

    def finish_export(self, path: Path, result: ExportResult) -> None:
        self.out_path, self.result = path, result
        self.signers.clear()
        self.mediator = None
        self.exported.emit(result.change)

    def field_labels(self) -> dict[str, str]:
        return signature_field_labels(self.session, self.tr("Mediator's attestation"))

    # -- the handover -----------------------------------------------------------------------
    def hand_over(self, plan: SignatoryPlan, done: Callable[[AgreementSigner | None], None]) -> HandoverScreen:
        """Fill the screen for `plan`'s signatory; `done` gets their signer once the mediator took the
        computer back (None when the handover was cancelled: the wizard is closed then)."""
        who = plan.name or plan.party.name
        subject = HandoverSubject(plan.party.name, who, plan.capacity, self.title, self.full_fingerprint)
        request, sign = self._request(plan, who)
        screen = HandoverScreen(subject, request, sign, lambda passphrase: case_passphrase_check(self.session,
                                                                                                 passphrase))
        self.handover = screen
        screen.completed.connect(lambda signer: self._handed_back(done, signer))
        screen.cancelled.connect(lambda hidden: self._handover_cancelled(done, hidden))
        screen.start()
        return screen

    def _request(self, plan: SignatoryPlan, who: str) -> tuple[SecretRequest, Callable[[str], Callable[[], AgreementSigner]]]:
        if plan.method is Method.ISSUED:
            mediator, organisation = self.mediator, plan.party.name
            request = SecretRequest(self.tr(
                "{who}: choose a PIN of at least {n} characters and type it twice. A certificate is issued in "
                "your name for this one signature, marked “issued in the room”; its key is destroyed after it "
                "signs.").format(who=who, n=MIN_PIN), self.tr("Choose a &PIN:"), repeat=True, minimum=MIN_PIN,
                busy_text=self.tr("Issuing the certificate…"))
            return request, lambda pin: lambda: issued_party_signer(mediator, who, pin, organisation=organisation)
        if plan.method is Method.TOKEN:
            token = plan.token
            assert token is not None
            request = SecretRequest(self.tr("{who}: type the PIN of your token {token}. Your key never leaves it.")
                                    .format(who=who, token=token.token_label), self.tr("Token &PIN:"),
                                    busy_text=self.tr("Opening the token…"))

            def open_token(pin: str) -> Callable[[], AgreementSigner]:
                def job() -> AgreementSigner:
                    signer = token_signer(token.module, token.token_label, token.key_label, token.certificate, pin)
                    with signer.open():  # a wrong PIN is refused here, on the handover screen
                        pass
                    return signer
                return job

            return request, open_token
        path = plan.identity_file
        request = SecretRequest(self.tr("{who}: type the passphrase of your identity file {file}. It unlocks "
                                        "your key for this signature only and is not kept.")
                                .format(who=who, file=path.name if path else ""), self.tr("&Passphrase:"),
                                busy_text=self.tr("Opening the identity file…"))
        return request, lambda passphrase: lambda: party_file_signer(path, passphrase)

    def _handed_back(self, done: Callable[[AgreementSigner | None], None], signer: AgreementSigner) -> None:
        self.handover = None
        self.activateWindow()
        done(signer)

    def _handover_cancelled(self, done: Callable[[AgreementSigner | None], None], hidden: list[QWidget]) -> None:
        """Forget every key and close; lock the case, then show the main window again (on its lock screen)."""
        self.handover = None
        done(None)
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        self.done(int(QDialog.DialogCode.Rejected))

        def lock_then_show() -> None:
            if isinstance(window, Lockable) and isValid(window):
                window.lock()
                shown = [window]
            else:
                shown = [w for w in hidden if w is not self]
            for w in shown:
                if isValid(w):
                    w.show()

        QTimer.singleShot(0, lock_then_show)

    # -- after the export -------------------------------------------------------------------------
    def open_verify(self) -> QDialog:
        from iomed_desk.gui.verify_dialog import VerifyDialog

        trust = [self.trust_file] if self.trust_file is not None else []
        dialog = VerifyDialog.for_export(self, self.out_path, trust, self.field_labels())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_attest(self) -> QDialog:
        from iomed_desk.gui.attest_dialog import AttestDialog

        dialog = AttestDialog(self.session, self, pdf_path=self.out_path, identity_path=self.identity_path,
                              trust_file=self.trust_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attested.connect(self.exported)
        dialog.open()
        return dialog

    def reject(self) -> None:
        if self.handover is not None:
            self.handover.reject()  # cancelling a handover locks the case
            return
        if not any(isinstance(page, StepPage) and page.busy for page in map(self.page, self.pageIds())):
            super().reject()

    def done(self, result: int) -> None:
        """Closing forgets every key this wizard held."""
        self.signers.clear()
        self.mediator = None
        super().done(result)
