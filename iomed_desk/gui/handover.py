"""Handover mode: while a party's representative types at the keyboard, the screen shows only what they sign.

`HandoverScreen` fills the screen and every other window of the application
is hidden (the main window with the case, the wizard with its other pages,
the joint screen, any dialog): the representative sees their party, their own
name, the agreement's title and fingerprint, and the field they type in, and
nothing else of the case. The key work (opening their file or token, issuing
an in-room certificate) runs on a worker. Then the mediator takes the computer
back with the case passphrase, checked on a worker against the open case's
key; only then do the windows come back.

Cancel (or Escape, or a lock) at any point emits `cancelled` with the windows
still hidden: the caller locks the case first and shows the main window after,
so the representative is never left in the unlocked case.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import derive_key_for
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.worker import run_in_background

Job = Callable[[], Any]


@dataclass(frozen=True)
class HandoverSubject:
    """All a handover screen shows of the case: who signs, for whom, what, and its fingerprint."""

    party: str
    signatory: str
    capacity: str
    title: str
    fingerprint: str


@dataclass(frozen=True)
class SecretRequest:
    """What the representative types: `label` for the field, `prompt` above it; `repeat` to type it twice."""

    prompt: str
    label: str
    repeat: bool = False
    minimum: int = 1
    busy_text: str = ""


def case_passphrase_check(session: CaseSession, passphrase: str) -> Job:
    """A job (for a worker: Argon2id is slow) telling whether `passphrase` opens `session`'s case file."""
    path, key = session.path, session.db.key

    def check() -> bool:
        return hmac.compare_digest(derive_key_for(path, passphrase), key)

    return check


def fingerprint_text(fingerprint: str) -> str:
    """The fingerprint in groups of four, two lines, as a person compares it with a printed one."""
    groups = [fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4)]
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    if name:
        label.setObjectName(name)
    return label


class HandoverScreen(QDialog):
    """The whole screen for one representative, then for the mediator taking the computer back.

    `sign(secret)` returns the job that makes the signer from what the representative typed;
    `take_back(passphrase)` the job that says whether the mediator's passphrase is right.
    """

    completed = Signal(object)   # what the sign job returned; the windows are back
    cancelled = Signal(list)     # the windows still hidden, for the caller to show after locking

    def __init__(self, subject: HandoverSubject, request: SecretRequest, sign: Callable[[str], Job],
                 take_back: Callable[[str], Job]) -> None:
        super().__init__(None)
        self.setObjectName("handoverScreen")
        self.setWindowTitle(self.tr("Signature — IOMed Desk"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.subject, self.request = subject, request
        self._sign, self._take_back = sign, take_back
        self.busy = False
        self.over = False
        self.result_value: Any = None
        self.hidden_windows: list[QWidget] = []

        self.heading = heading = _label(self.tr("Signature of {party}").format(party=subject.party), self,
                                        "handoverHeading")
        who = ", ".join(x for x in (subject.signatory, subject.capacity) if x)
        self.who = _label(who, self, "handoverName")
        for label, scale in ((heading, 1.6), (self.who, 1.25)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        self.what = _label(self.tr("You are signing “{title}”").format(title=subject.title), self)
        self.fingerprint = _label(fingerprint_text(subject.fingerprint), self, "handoverFingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Agreement fingerprint"))
        self.caption = caption = _label(
            self.tr("Agreement fingerprint (SHA-256 of the agreed text, printed on every page)"), self, "secondary")

        self.stages = QStackedWidget(self)
        self.stages.addWidget(self._signer_stage())
        self.stages.addWidget(self._mediator_stage())
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setVisible(False)
        self.message = _label("", self, "errorMessage")
        self.message.setAccessibleName(self.tr("Message"))

        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(720)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(10)
        for widget in (heading, self.who, self.what):
            column.addWidget(widget)
        column.addSpacing(6)
        column.addWidget(self.fingerprint)
        column.addWidget(caption)
        column.addSpacing(14)
        column.addWidget(self.stages)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(2)
        outer.addLayout(middle, 4)
        outer.addStretch(1)

    # -- the two stages --------------------------------------------------------------------
    def _signer_stage(self) -> QWidget:
        page = QWidget(self)
        self.prompt = _label(self.request.prompt, page)
        self.secret = PassphraseField(page, accessible_name=self.request.label)
        self.repeat = PassphraseField(page, accessible_name=self.tr("Repeat the PIN"))
        for field in (self.secret, self.repeat):
            field.textChanged.connect(self._typed)
            field.returnPressed.connect(self._confirm)
        self.sign_button = QPushButton(self.tr("&Sign"), page)
        self.sign_button.setAccessibleName(self.tr("Confirm and sign"))
        self.sign_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setAccessibleName(self.tr("Cancel: the case locks"))
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        first = QLabel(self.request.label, page)
        first.setBuddy(self.secret)
        form.addRow(first, self.secret)
        again = QLabel(self.tr("&Repeat:"), page)
        again.setBuddy(self.repeat)
        form.addRow(again, self.repeat)
        form.setRowVisible(1, self.request.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._typed()
        return page

    def _mediator_stage(self) -> QWidget:
        page = QWidget(self)
        self.thanks = _label(self.tr("Thank you. Please hand the computer back to the mediator."), page,
                             "dialogHeading")
        note = _label(self.tr("The mediator takes it back with the case passphrase."), page, "secondary")
        self.passphrase = PassphraseField(page, accessible_name=self.tr("Case passphrase"))
        self.passphrase.textChanged.connect(self._typed)
        self.passphrase.returnPressed.connect(self._confirm)
        self.back_button = QPushButton(self.tr("&Take back"), page)
        self.back_button.setAccessibleName(self.tr("Take the computer back"))
        self.back_button.clicked.connect(self._confirm)
        self.lock_button = lock = QPushButton(self.tr("Cancel and lock"), page)
        lock.setAccessibleName(self.tr("Cancel the export and lock the case"))
        lock.clicked.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("Case &passphrase:"), page)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(lock)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thanks)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    @property
    def taking_back(self) -> bool:
        return self.stages.currentIndex() == 1

    def _typed(self) -> None:
        if self.taking_back:
            self.back_button.setEnabled(not self.busy and bool(self.passphrase.text()))
            return
        text, request = self.secret.text(), self.request
        differ = request.repeat and bool(self.repeat.text()) and self.repeat.text() != text
        if hasattr(self, "message"):
            self.message.setText(self.tr("The two PINs differ.") if differ else "")
        ok = len(text) >= request.minimum and (not request.repeat or self.repeat.text() == text)
        self.sign_button.setEnabled(not self.busy and ok)

    # -- showing and leaving -------------------------------------------------------------------
    def start(self) -> None:
        """Fill the screen, then hide every other window of the application (kept to show again)."""
        self.showFullScreen()
        self.activateWindow()
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self.hidden_windows = [w for w in QApplication.topLevelWidgets()
                               if w is not self and w.isVisible() and w.isWindow()]
        for window in self.hidden_windows:
            window.hide()
        self.secret.setFocus()

    def _confirm(self) -> None:
        if self.busy or self.over:
            return
        if self.taking_back:
            if not self.back_button.isEnabled():
                return
            self._run(self._take_back(self.passphrase.take()), self._taken_back,
                      self.tr("Checking the passphrase…"))
            return
        if not self.sign_button.isEnabled():
            return
        secret = self.secret.take()
        self.repeat.wipe()
        self._run(self._sign(secret), self._signed, self.request.busy_text)

    def _run(self, job: Job, done: Callable[[Any], None], text: str) -> None:
        self.busy = True
        self.progress.setVisible(True)
        self.message.setText(text)
        self._typed()

        def succeeded(result: Any) -> None:
            if self.over:
                return
            self._idle()
            done(result)

        def failed(message: str) -> None:
            if self.over:
                return
            self._idle()
            self.message.setText(message.splitlines()[0] if message else "")
            (self.passphrase if self.taking_back else self.secret).setFocus()

        def crashed(details: str) -> None:
            from iomed_desk.gui.crash import show_crash

            failed("")
            show_crash(details)

        run_in_background(job, succeeded, failed, crashed)

    def _idle(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.message.setText("")
        self._typed()

    def _signed(self, result: Any) -> None:
        self.result_value = result
        self.stages.setCurrentIndex(1)
        self._typed()
        self.passphrase.setFocus()

    def _taken_back(self, right: bool) -> None:
        if not right:
            self.message.setText(self.tr("That is not the case passphrase. The computer stays on this screen."))
            self.passphrase.setFocus()
            return
        self.over = True
        for window in self.hidden_windows:
            window.show()
        self.hide()
        result, self.result_value = self.result_value, None
        self.completed.emit(result)
        self.deleteLater()

    def reject(self) -> None:
        """Cancel, Escape, or a lock: the windows stay hidden; whoever listens locks the case, then shows them."""
        if self.over:
            return
        self.over = True
        self.result_value = None
        self.secret.wipe()
        self.repeat.wipe()
        self.passphrase.wipe()
        super().reject()
        self.cancelled.emit(list(self.hidden_windows))
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()  # never the dialog's default button: Enter confirms the current stage only
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.over:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
