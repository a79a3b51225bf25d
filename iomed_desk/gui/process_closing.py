"""Ending the mediation and closing the file (issue 16, items 6 and 7).

Terminate the mediation…: the outcome, the day it ended, the grounds (the party that withdrew), and the
retention period of the caucus material; a warning says it freezes the case. Close the file…: what
closing will destroy (counts per channel, from `app.closing.preview`), the mediator's identity that
signs the destruction certificate and where it goes, and the case reference typed to confirm. The
closing runs on a worker with the window's case closed (like a passphrase change): the workspace goes,
the worker opens the file with the key, destroys, writes the fresh file and the certificate, and the
window adopts the closed case again. Then the certificate's verification report is shown, with Verify.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app import closing
from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import UserError
from iomed_desk.core.process import Outcome
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.process_base import ProcessDialog
from iomed_desk.gui.process_dialogs import browse_into, choice, date_field, picked_date, text_box
from iomed_desk.gui.worker import run_in_background


def _t(text: str) -> str:
    return QCoreApplication.translate("ProcessClosing", text)


OUTCOMES = {
    Outcome.SETTLED: QT_TRANSLATE_NOOP("ProcessClosing", "Settled (the exported agreement)"),
    Outcome.PARTIALLY_SETTLED: QT_TRANSLATE_NOOP("ProcessClosing", "Partially settled"),
    Outcome.NOT_SETTLED: QT_TRANSLATE_NOOP("ProcessClosing", "Not settled"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("ProcessClosing", "Withdrawn by a party"),
    Outcome.TERMINATED_BY_MEDIATOR: QT_TRANSLATE_NOOP("ProcessClosing", "Terminated by the mediator"),
}


def outcome_text(outcome: Outcome) -> str:
    return _t(OUTCOMES[outcome])


def default_certificate(case: Path) -> Path:
    """Beside the case, as `iomed-desk close` writes it."""
    return case.with_name(f"{case.stem}-destruction-certificate.pdf")


class TerminateDialog(ProcessDialog):
    """Record how the mediation ended; the case is frozen from then on (the file refuses new content)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(_t("Terminate the mediation"), parent)
        self._session = session
        case = session.case
        self.intro = intro = QLabel(_t("Recording the end of the mediation freezes the case: no note, session, "
                                       "disclosure, draft or process record can be added afterwards. A running "
                                       "session is ended."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.ended = False
        form = QFormLayout()
        self.outcome = choice(self, ((outcome_text(value), value.value) for value in OUTCOMES))
        self.outcome.currentIndexChanged.connect(self._follow)
        self.party = choice(self, ((p.name, p.id) for p in case.parties))
        self.mediator = choice(self, ((m.name, m.id) for m in case.mediators))
        me = session.actor.removeprefix("mediator:")
        if self.mediator.findData(me) >= 0:
            self.mediator.setCurrentIndex(self.mediator.findData(me))
        self.ended_on = date_field(self, session.now().date())
        self.grounds = text_box(self, 80, _t("Grounds"))
        self.retention = QSpinBox(self)
        self.retention.setRange(0, 36500)
        self.retention.setSuffix(_t(" days"))
        self.retention.setValue(pr.retention_days(session))
        self.retention.setAccessibleName(_t("Keep caucus material after the end"))
        form.addRow(_t("&Outcome:"), self.outcome)
        self.party_label = QLabel(_t("&Withdrawn by:"), self)
        self.party_label.setBuddy(self.party)
        form.addRow(self.party_label, self.party)
        form.addRow(_t("&Ended on:"), self.ended_on)
        form.addRow(_t("&Grounds:"), self.grounds)
        form.addRow(_t("Recorded &by:"), self.mediator)
        form.addRow(_t("&Keep caucus material:"), self.retention)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok.setText(_t("&Terminate"))
        self._follow()
        self.resize(600, self.sizeHint().height())

    def _follow(self) -> None:
        withdrawn = self.outcome.currentData() == Outcome.WITHDRAWN.value
        self.party.setEnabled(withdrawn)
        self.party_label.setEnabled(withdrawn)

    def submit(self) -> None:
        if self.ended:
            self.sign_record()
            return
        outcome = Outcome(self.outcome.currentData())
        if messages.warn(self, _t("End the mediation as “%1”? The case becomes read-only; this cannot be "
                                  "undone.").replace("%1", outcome_text(outcome)), self.windowTitle(),
                         messages.Button.Yes | messages.Button.No, messages.Button.No) != messages.Button.Yes:
            return
        ended_on = picked_date(self.ended_on)
        days = self.retention.value()

        def record() -> Change:
            if days != pr.retention_days(self._session):
                pr.set_retention_days(self._session, days)
            return pr.terminate(self._session, outcome, self.grounds.toPlainText(),
                                ended_on=ended_on,
                                withdrawn_party=self.party.currentData() if outcome is Outcome.WITHDRAWN else "",
                                mediator_id=self.mediator.currentData())

        if self.run(record):
            self._offer_signing(outcome)

    def _offer_signing(self, outcome: Outcome) -> None:
        """Recorded: the form goes read-only and the dialog offers the signed termination record (also on
        the overview later, while the case stays terminated)."""
        self.ended = True
        self.error.hide()
        for w in (self.outcome, self.party, self.ended_on, self.mediator, self.retention):
            w.setEnabled(False)
        self.grounds.setReadOnly(True)
        self.intro.setText(_t("The mediation ended (%1): the case is read-only. Sign the termination record now, "
                              "or later from the overview.").replace("%1", outcome_text(outcome)))
        self.ok.setText(_t("&Sign the termination record…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Close"))
        self.ok.setFocus()

    def sign_record(self) -> QDialog:
        """Sign the termination record… over this dialog; what it records is passed on as `saved`."""
        from iomed_desk.gui.process_signing import SignTerminationDialog

        dialog = SignTerminationDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        self.sign_dialog = dialog
        dialog.open()
        return dialog


class CloseFileDialog(ProcessDialog):
    """Asks what closing needs; `values()` hands them to `close_file_to` once accepted."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(_t("Close the file"), parent)
        self._session = session
        case = session.case
        self.reference = case.reference
        try:
            closing.check_may_close(session)
            refusal = ""
        except UserError as exc:
            refusal = exc.message
        intro = QLabel(_t("Closing destroys every caucus note (with all its revisions), every position, every "
                          "caucus offer and every caucus exhibit, for good, and writes the case file anew. The parties, the agreement, the "
                          "termination record and the audit chain stay. The destruction certificate is signed with "
                          "your identity."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.counts = QTreeWidget(self)
        self.counts.setAccessibleName(_t("What will be destroyed"))
        self.counts.setHeaderLabels([_t("Channel"), _t("Notes"), _t("Revisions"), _t("Positions"), _t("Offers"),
                                      _t("Exhibits")])
        self.counts.setRootIsDecorated(False)
        header = self.counts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        found = closing.preview(session)
        channels = [Channel.party(p.id) for p in case.parties] + [Channel.mediator()]
        for channel in channels:
            c = found.get(str(channel), {})
            self.counts.addTopLevelItem(QTreeWidgetItem(
                [channel_title(case, channel), *(str(c.get(k, 0)) for k in ("notes", "revisions", "positions",
                                                                           "offers", "exhibits"))]))
        self.counts.setFixedHeight(40 + 24 * len(channels))
        self.body.addWidget(self.counts)
        form = QFormLayout()
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(_t("your identity (PKCS#12, .p12)"))
        browse = QPushButton(_t("&Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(browse)
        self.passphrase = PassphraseField(self, accessible_name=_t("Passphrase of the identity"))
        self.certificate = QLineEdit(str(default_certificate(session.path)), self)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(case.reference)
        self.typed.setAccessibleName(_t("Type the case reference to confirm"))
        self.typed.textChanged.connect(self._follow)
        self.identity.textChanged.connect(self._follow)
        identity_label = QLabel(_t("&Identity:"), self)
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, row)
        form.addRow(_t("Identity &passphrase:"), self.passphrase)
        form.addRow(_t("&Certificate:"), self.certificate)
        form.addRow(_t("Type the case reference (%1) to &confirm:").replace("%1", case.reference), self.typed)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok.setText(_t("&Destroy and close"))
        self.ok.setDefault(False)
        self.refusal = refusal
        self._values: tuple[Path, str, Path] = (Path(), "", Path())
        if refusal:
            self.show_error(refusal)
            for w in (self.identity, browse, self.passphrase, self.certificate, self.typed):
                w.setEnabled(False)
        self._follow()
        self.resize(720, self.sizeHint().height())

    def _browse(self) -> None:
        browse_into(self.identity, _t("Your signing identity"), _t("PKCS#12 (*.p12 *.pfx)"))

    def _follow(self) -> None:
        self.ok.setEnabled(not self.refusal and self.typed.text().strip() == self.reference
                           and bool(self.identity.text().strip()))

    def submit(self) -> None:
        if self.ok.isEnabled():
            # taken before the dialog hides (the field wipes itself then)
            self._values = (Path(self.identity.text().strip()), self.passphrase.take(),
                            Path(self.certificate.text().strip()))
            self.accept()

    def values(self) -> tuple[Path, str, Path]:
        """The identity, its passphrase (taken out of the field) and the certificate; once."""
        values, self._values = self._values, (Path(), "", Path())
        return values


class CertificateDialog(QDialog):
    """The destruction certificate just written: where, its SHA-256, and its verification report (Verify
    runs `verify_document` on a worker and shows the report's text)."""

    def __init__(self, path: Path, sha256: str, message: str, parent: QWidget | None = None, *,
                 trust: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Destruction certificate"))
        self.path = path
        self.trust = QLineEdit(str(trust) if trust is not None and trust.exists() else "", self)
        self.trust.setPlaceholderText(_t("the mediator's certificate to trust (.pem)"))
        self.trust.setAccessibleName(_t("Trusted certificate"))
        layout = QVBoxLayout(self)
        said = QLabel(message, self)
        said.setWordWrap(True)
        where = QLabel(_t("Written to %1\nSHA-256 %2").replace("%1", str(path)).replace("%2", sha256), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(_t("Verification report"))
        self.report.setFont(QFont("monospace"))
        self.report.setPlaceholderText(_t("Verify checks the signature, the record as signed and the page drawn "
                                          "again."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.verify_button = buttons.addButton(_t("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        trust_row = QHBoxLayout()
        trust_label = QLabel(_t("&Trust:"), self)
        trust_label.setBuddy(self.trust)
        trust_row.addWidget(trust_label)
        trust_row.addWidget(self.trust, 1)
        for w in (said, where):
            layout.addWidget(w)
        layout.addLayout(trust_row)
        for w in (self.report, buttons):
            layout.addWidget(w)
        self.resize(720, 480)

    def verify(self) -> None:
        from iomed_desk.app.verification import verify_document

        self.verify_button.setEnabled(False)
        self.report.setPlainText(_t("Verifying…"))
        trust = [Path(self.trust.text().strip())] if self.trust.text().strip() else []
        run_in_background(lambda: verify_document(self.path, trust), self._verified, self._failed)

    def _verified(self, report) -> None:  # type: ignore[no-untyped-def]
        self.verify_button.setEnabled(True)
        verdict = _t("Verified: the certificate is signed and unchanged.") if report.ok else _t(
            "NOT verified: see the problems below.")
        self.report.setPlainText(f"{verdict}\n\n{report.to_text()}")

    def _failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.report.setPlainText(message)


def close_file(window) -> CloseFileDialog | None:  # type: ignore[no-untyped-def]
    """Close the file… from the Case menu: ask, then `close_file_to` on the window."""
    session = window.session
    if session is None or window.jobs.running:
        return None
    dialog = CloseFileDialog(session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: close_file_to(window, *dialog.values()))
    dialog.open()
    return dialog


def close_file_to(window, identity: Path, secret: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """On a worker, with the window's case closed (the whole file is rewritten): open the identity,
    destroy, write the fresh file and the signed certificate; then the window adopts the closed case
    and the certificate is shown. A refusal (a wrong passphrase, an existing certificate) destroys
    nothing and the case comes back as it was."""
    from iomed_desk.app.signing import load_identity, mediator_signer
    from iomed_desk.gui.lock import clear_clipboard_if_ours, close_open_dialogs

    session, workspace = window.session, window.workspace
    if session is None or workspace is None:
        return
    if not workspace.save_pending():
        messages.error(window, _t("Your last edit could not be saved; the file was not closed."))
        return
    path, key, clock = session.path, session.db.key, session.clock
    clear_clipboard_if_ours()
    close_open_dialogs()
    window.teardown()
    window.show_busy(_t("Destroying the caucus material and writing the certificate…"))

    def work() -> tuple[str, str]:
        signer = mediator_signer(load_identity(identity, secret))
        worker_session = open_with_key(path, key, clock=clock)
        closed = None
        try:
            closed = closing.close_case(worker_session, signer, out)
        finally:
            if worker_session.is_open:
                worker_session.close()
            if closed is not None:
                closed.session.close()
        return messages_text(closed.change), closed.certificate_sha256 or ""

    def reopen(message: str) -> bool:
        try:
            reopened = open_with_key(path, key, clock=clock)
        except UserError as exc:
            window.show_start()
            messages.error(window, exc.message)
            return False
        if not window.adopt(reopened, message):
            window.show_start()
            return False
        return True

    def done(result: tuple[str, str]) -> None:
        message, sha = result
        if reopen(message):
            dialog = CertificateDialog(out, sha, message, window, trust=identity.with_suffix(".pem"))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.certificate_dialog = dialog
            dialog.open()

    def failed(error: str) -> None:
        if reopen(_t("The file was not closed")):
            messages.error(window, error)

    window.jobs.run(work, done, failed)


def messages_text(change: Change) -> str:
    return messages.change_text(change)
