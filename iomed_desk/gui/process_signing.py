"""The process record's two signed documents from the GUI (issue 16): the agreement to mediate generated
and signed in the room, and the termination record signed by the mediator.

Both call one `app.process_record` operation on a worker (several signatures: slow) and, when done, show
the file written and its SHA-256. For the agreement to mediate each party's signatory signs in turn on
the handover screen (gui/handover.py: every other window hidden, the mediator takes the computer back
with the case passphrase) with a certificate issued in the room (a PIN they choose) or their own PKCS#12
file; cancelling a handover forgets every key, closes the dialogs and locks the case, as the export
wizard does. The identity's passphrase leaves its field when taken; keys live only until the signing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import signatories
from iomed_desk.core.model import Party
from iomed_desk.gui.export_pages import add_row, file_row
from iomed_desk.gui.handover import (
    HandoverScreen,
    HandoverSubject,
    SecretRequest,
    case_passphrase_check,
)
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.process_base import ProcessDialog
from iomed_desk.gui.worker import run_in_background

ROOM, OWN_FILE = "room", "file"


def _t(text: str) -> str:
    return QCoreApplication.translate("ProcessSigning", text)


def beside_case(session: CaseSession, what: str) -> Path:
    """The proposed file: beside the case, named after it (CASE-what.pdf)."""
    return session.path.with_name(f"{session.path.stem}-{what}.pdf")


def run_job(widget: QWidget, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[str], None]) -> None:
    """Through the main window's file jobs when there is one (a lock then waits for the signing to end,
    rather than closing the case under it); otherwise straight on the pool."""
    from iomed_desk.gui.file_operations import FileJobs

    owner: QWidget | None = widget
    while owner is not None:
        jobs = getattr(owner, "jobs", None)
        if isinstance(jobs, FileJobs):
            jobs.run(job, done, failed)
            return
        owner = owner.parentWidget()
    run_in_background(job, done, failed)


def _top(widget: QWidget) -> QWidget:
    while widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


class SignedDocumentDialog(ProcessDialog):
    """Shared by both: the mediator's identity (file, passphrase), where to save, a busy line, and once
    written the file and its SHA-256 (the OK button goes, Close stays)."""

    def __init__(self, title: str, session: CaseSession, target: Path, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self._session = session
        self.busy = False
        self.form = QFormLayout()
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(_t("your identity (PKCS#12, .p12)"))
        self.identity.setAccessibleName(_t("Mediator's identity file"))
        self.passphrase = PassphraseField(self, accessible_name=_t("Passphrase of the identity"))
        self.target = QLineEdit(str(target), self)
        self.target.setAccessibleName(_t("Save the signed PDF as"))
        add_row(self.form, _t("Your &identity:"), self.identity, file_row(
            self.identity, _t("Browse…"), _t("Your signing identity"), _t("PKCS#12 (*.p12 *.pfx)")))
        add_row(self.form, _t("Identity &passphrase:"), self.passphrase)
        self.result = QLabel(self)
        self.result.setObjectName("signedResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.written: pr.SignedDocument | None = None
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def add_target_row(self) -> None:
        add_row(self.form, _t("&Save as:"), self.target, file_row(
            self.target, _t("Browse…"), _t("Save the signed PDF as"), _t("PDF (*.pdf)"), save=True))
        self.body.addLayout(self.form)
        self.body.addWidget(self.result)
        self.finish_layout()

    def paths(self) -> tuple[Path, Path] | None:
        """The identity and the target, checked before anything is asked of anyone; None after the error."""
        identity = Path(self.identity.text().strip()).expanduser()
        target = Path(self.target.text().strip()).expanduser()
        if not self.identity.text().strip() or not identity.is_file():
            self.show_error(_t("Choose your identity file (.p12)."))
            return None
        if not self.target.text().strip():
            self.show_error(_t("Choose where to save the signed PDF."))
            return None
        if target.exists():
            self.show_error(_t("%1 already exists; choose a new file name.").replace("%1", str(target)))
            return None
        if not target.parent.is_dir():
            self.show_error(_t("The folder %1 does not exist.").replace("%1", str(target.parent)))
            return None
        return identity, target

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if text:
            self.error.setStyleSheet("")
            self.error.setText(text)
            self.error.show()
        elif not busy:
            self.error.setStyleSheet("color: #a61b1b;")

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        super().show_error(message)

    def written_ok(self, done: pr.SignedDocument, what: str) -> None:
        """The file and its SHA-256, selectable; the form goes read-only and Close takes the focus."""
        self.set_busy(False)
        self.written = done
        self.error.hide()
        for field in self.findChildren(QLineEdit):
            field.setReadOnly(True)
        for box in self.findChildren(QComboBox):
            box.setEnabled(False)
        self.result.setText(what.replace("%1", str(done.path)) + "\n" + _t("SHA-256 %1").replace("%1", done.sha256))
        self.result.setAccessibleName(self.result.text())
        self.result.show()
        self.ok.hide()
        self.close_button.setText(_t("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.saved.emit(done.change)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class SignTerminationDialog(SignedDocumentDialog):
    """Sign the termination record…: the mediator's identity certifies and locks it; written where chosen."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(_t("Sign the termination record"), session, beside_case(session, "termination-record"),
                         parent)
        intro = QLabel(_t("The termination record states how the mediation ended, when and on what grounds, and "
                          "the audit head of the termination. You sign it with your identity; the signature "
                          "locks it."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.add_target_row()
        self.ok.setText(_t("&Sign"))
        self.resize(640, self.sizeHint().height())

    def submit(self) -> None:
        if self.busy or self.written is not None:
            return
        found = self.paths()
        if found is None:
            return
        identity, target = found
        secret = self.passphrase.take()
        session = self._session

        def sign() -> pr.SignedDocument:
            from iomed_desk.app.signing import load_identity, mediator_signer

            return pr.termination_pdf(session, target, mediator_signer(load_identity(identity, secret)))

        self.set_busy(True, _t("Signing the termination record…"))
        run_job(self, sign, self._done, self._failed)

    def _done(self, done: pr.SignedDocument) -> None:
        if isValid(self):
            self.written_ok(done, _t("Termination record written to %1"))

    def _failed(self, message: str) -> None:
        if isValid(self):
            self.show_error(message)


class SignatoryKey(QWidget):
    """How one signatory of a party signs: a certificate issued in the room, or their own PKCS#12 file."""

    def __init__(self, party: Party, index: int, name: str, capacity: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.party, self.index, self.name, self.capacity = party, index, name, capacity
        self.method = QComboBox(self)
        self.method.setAccessibleName(_t("How %1 signs").replace("%1", name))
        self.method.addItem(_t("A certificate issued in the room (a PIN they choose)"), ROOM)
        self.method.addItem(_t("Their own identity file (PKCS#12)"), OWN_FILE)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(_t("Identity file of %1").replace("%1", name))
        self.file.setPlaceholderText(_t("their .p12 file"))
        row, self.browse = file_row(self.file, _t("Browse…"), _t("Choose the identity file of %1").replace("%1", name),
                                    _t("Identity files (*.p12 *.pfx);;All files (*)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.method)
        layout.addLayout(row, 1)
        self.method.currentIndexChanged.connect(self._follow)
        self._follow()

    @property
    def key(self) -> tuple[str, int]:
        return (self.party.id, self.index)

    def chosen(self) -> str:
        return str(self.method.currentData())

    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def _follow(self) -> None:
        own = self.chosen() == OWN_FILE
        self.file.setEnabled(own)
        self.browse.setEnabled(own)

    def problem(self) -> str | None:
        if self.chosen() == OWN_FILE and (not self.file.text().strip() or not self.path().is_file()):
            return _t("Choose an existing identity file for %1.").replace("%1", self.name)
        return None


class GenerateAgreementDialog(SignedDocumentDialog):
    """Generate and sign the agreement to mediate: the mediator's identity, per signatory the key source,
    where to save. Sign opens the identity (worker), hands over to each signatory in turn, then signs and
    records it (worker): the agreement to mediate is on record as signed digitally with the PDF's SHA-256."""

    def __init__(self, session: CaseSession, terms: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(_t("Generate and sign the agreement to mediate"), session,
                         beside_case(session, "agreement-to-mediate"), parent)
        self.terms = dict(terms)
        intro = QLabel(_t("The agreement to mediate names the parties, the mediators, the rules, confidentiality "
                          "and fees as typed. You certify it first; each party's signatory then signs in turn on "
                          "a screen that shows only what they sign; your signature locks it."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.keys: list[SignatoryKey] = []
        for party in session.case.parties:
            for index, s in enumerate(signatories(party)):
                row = SignatoryKey(party, index, s.name, s.capacity, self)
                self.keys.append(row)
                label = QLabel(_t("%1 — %2:").replace("%1", party.name).replace("%2", s.name), self)
                label.setBuddy(row.method)
                label.setWordWrap(True)
                self.form.addRow(label, row)
        self.add_target_row()
        self.ok.setText(_t("&Sign…"))
        self.handover: HandoverScreen | None = None
        self._identity: Any = None
        self._signers: dict[tuple[str, int], Any] = {}
        self._queue: list[SignatoryKey] = []
        self._target = Path()
        self.resize(720, self.sizeHint().height())

    def submit(self) -> None:
        if self.busy or self.written is not None:
            return
        found = self.paths()
        if found is None:
            return
        missing = [p.name for p in self._session.case.parties if not signatories(p)]
        if missing:
            self.show_error(_t("%1 has no representative to sign: add one.").replace("%1", missing[0]))
            return
        for row in self.keys:
            problem = row.problem()
            if problem:
                self.show_error(problem)
                row.file.setFocus()
                return
        identity, self._target = found
        secret = self.passphrase.take()

        def open_identity() -> Any:
            from iomed_desk.app.signing import load_identity

            return load_identity(identity, secret)

        self.set_busy(True, _t("Opening your identity…"))
        self.busy = False  # nothing written yet: Escape or a lock may still close the dialog
        run_in_background(open_identity, self._opened, self._failed)

    def _opened(self, identity: Any) -> None:
        if not isValid(self) or not self.isVisible():
            return
        if identity.issuing is None and any(r.chosen() == ROOM for r in self.keys):
            self.show_error(_t("Your issuing key is not open (keep ….issuing.p12 beside the identity file): "
                               "choose their own identity file for each signatory."))
            return
        self._identity, self._signers = identity, {}
        self._queue = list(self.keys)
        self._hand_over_next()

    def _hand_over_next(self) -> None:
        if not self._queue:
            self._sign()
            return
        row = self._queue[0]
        self.set_busy(True, _t("Handed over to %1…").replace("%1", row.name))
        title = _t("Agreement to mediate, case %1").replace("%1", self._session.case.reference)
        screen = HandoverScreen(HandoverSubject(row.party.name, row.name, row.capacity, title, ""),
                                *self._request(row),
                                lambda passphrase: case_passphrase_check(self._session, passphrase))
        screen.fingerprint.hide()  # no agreement fingerprint: the document is drawn once everyone has signed
        screen.caption.hide()
        self.handover = screen
        screen.completed.connect(self._handed_back)
        screen.cancelled.connect(self._handover_cancelled)
        screen.start()

    def _request(self, row: SignatoryKey) -> tuple[SecretRequest, Callable[[str], Callable[[], Any]]]:
        from iomed_desk.app.signing import MIN_PIN, issued_party_signer, party_file_signer

        who = row.name
        if row.chosen() == ROOM:
            mediator, organisation = self._identity, row.party.name
            request = SecretRequest(
                _t("%1: choose a PIN of at least %2 characters and type it twice. A certificate is issued in your "
                   "name for this one signature of the agreement to mediate, marked “issued in the room”; its key "
                   "is destroyed after it signs.").replace("%1", who).replace("%2", str(MIN_PIN)),
                _t("Choose a &PIN:"), repeat=True, minimum=MIN_PIN, busy_text=_t("Issuing the certificate…"))
            return request, lambda pin: lambda: issued_party_signer(mediator, who, pin, organisation=organisation)
        path = row.path()
        request = SecretRequest(_t("%1: type the passphrase of your identity file %2. It unlocks your key for this "
                                   "signature only and is not kept.").replace("%1", who).replace("%2", path.name),
                                _t("&Passphrase:"), busy_text=_t("Opening the identity file…"))
        return request, lambda passphrase: lambda: party_file_signer(path, passphrase)

    def _handed_back(self, signer: Any) -> None:
        self.handover = None
        if not isValid(self) or not self._queue:
            return
        self._signers[self._queue.pop(0).key] = signer
        self.activateWindow()
        self._hand_over_next()

    def _handover_cancelled(self, hidden: list[QWidget]) -> None:
        """Forget every key and close; lock the case, then show the main window again (on its lock screen)."""
        self.handover = None
        self._forget()
        top = _top(self)
        self.busy = False
        self.done(0)
        parent = self.parentWidget()
        if parent is not None and isValid(parent) and hasattr(parent, "reject"):
            parent.reject()

        def lock_then_show() -> None:
            lock = getattr(top, "lock", None)
            if callable(lock) and isValid(top):
                lock()
                shown = [top]
            else:
                shown = [w for w in hidden if isValid(w) and w is not self and w is not parent]
            for w in shown:
                if isValid(w):
                    w.show()

        QTimer.singleShot(0, lock_then_show)

    def _sign(self) -> None:
        from iomed_desk.app.signing import mediator_signer

        session, target, terms = self._session, self._target, self.terms
        med = mediator_signer(self._identity)
        party_signers = {p.id: tuple(self._signers[(p.id, i)] for i in range(len(signatories(p))))
                         for p in session.case.parties}
        self._forget()
        self.set_busy(True, _t("Signing the agreement to mediate…"))
        run_job(self, lambda: pr.agreement_to_mediate_pdf(session, target, med, party_signers, **terms),
                self._done, self._failed)

    def _forget(self) -> None:
        self._identity = None
        self._signers = {}
        self._queue = []

    def _done(self, done: pr.SignedDocument) -> None:
        if isValid(self):
            self.written_ok(done, _t("Agreement to mediate written to %1; it is on record as signed digitally, "
                                     "and sessions may start."))

    def _failed(self, message: str) -> None:
        if isValid(self):
            self._forget()
            self.show_error(message)

    def reject(self) -> None:
        if self.handover is not None:
            self.handover.reject()  # cancelling a handover locks the case
            return
        super().reject()

