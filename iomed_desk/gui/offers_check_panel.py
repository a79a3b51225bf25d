"""The private overlap check on the offers page (issue 17, item 2): terms, rounds, handovers, the reveal.

One check per issue at a time: agree the terms, then each round hands the computer to each party
in turn (gui/limit_handover.py; every other window hidden), the mediator takes it back, and when
both limits are sealed the room is told the result (overlap / gap, a figure or band as agreed),
which the app records. Nothing here ever holds a limit: this panel sees only `SealedRound`'s
`waiting_for()` and the `RoundResult`. A round in progress is cancelled (its limits destroyed
unread) on Cancel, on the handover's cancel (which also locks the case), on lock and on close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.offers import OffersDesk
from iomed_desk.app.offers_check import Band, outcome_of
from iomed_desk.core.errors import UserError
from iomed_desk.core.offers import CheckRecord, NegotiationIssue, RoundResult
from iomed_desk.gui import messages
from iomed_desk.gui.banner import scale_font
from iomed_desk.gui.handover import case_passphrase_check
from iomed_desk.gui.limit_handover import LimitHandover
from iomed_desk.gui.offers_dialogs import CheckTermsDialog, open_form, rule_name


def _t(text: str) -> str:
    return QCoreApplication.translate("OverlapCheckPanel", text)


def band_text(band: Band) -> str:
    """The gap's band in the interface language."""
    if band.unit == "%":
        text = _t("more than %1 %") if band.beyond else _t("within %1 %")
    else:
        text = _t("more than %1 days") if band.beyond else _t("within %1 days")
    return text.replace("%1", str(band.value))


def result_text(result: RoundResult, issue: NegotiationIssue, record: CheckRecord) -> str:
    """What the room is told of one round; never a limit (the result holds none)."""
    outcome = outcome_of(result, issue)
    head = _t("Round %1 of %2:").replace("%1", str(result.number)).replace("%2", str(record.terms.rounds))
    if outcome.kind == "overlap":
        if outcome.figure is None:
            return f"{head} " + _t("the limits overlap.")
        return f"{head} " + _t("the limits overlap. Figure by the agreed rule (%1): %2").replace(
            "%1", rule_name(record.terms.rule)).replace("%2", outcome.figure_text)
    if outcome.band is not None:
        return f"{head} " + _t("there is a gap, %1.").replace("%1", band_text(outcome.band))
    return f"{head} " + _t("there is a gap.")


class OverlapCheckPanel(QWidget):
    changed = Signal(object)  # a Change to apply (status bar, audit page)

    def __init__(self, session: CaseSession, desk: OffersDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlapCheck")
        self.session, self.desk = session, desk
        self.issue: NegotiationIssue | None = None
        self.record: CheckRecord | None = None
        self.handover: LimitHandover | None = None
        self.read_only = ""
        title = QLabel(_t("Private overlap check"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.terms = QLabel("", self)
        self.terms.setWordWrap(True)
        self.terms.setObjectName("secondary")
        self.rounds = QLabel("", self)
        self.rounds.setWordWrap(True)
        self.result = QLabel("", self)
        self.result.setObjectName("checkResult")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(_t("What the room is told"))
        big = self.result.font()
        scale_font(big, 1.3)
        big.setBold(True)
        self.result.setFont(big)
        self.agree_button = QPushButton(_t("&Agree a check…"), self)
        self.round_button = QPushButton(_t("Start &round"), self)
        self.hand_button = QPushButton(_t("&Hand over"), self)
        self.reveal_button = QPushButton(_t("Re&veal to the room"), self)
        self.cancel_button = QPushButton(_t("Cancel round"), self)
        self.cancel_button.setAccessibleName(_t("Cancel the round: its limits are destroyed unread"))
        self.agree_button.clicked.connect(self.agree)
        self.round_button.clicked.connect(self.start_round)
        self.hand_button.clicked.connect(self.hand_over)
        self.reveal_button.clicked.connect(self.reveal)
        self.cancel_button.clicked.connect(self.cancel_round)
        buttons = QHBoxLayout()
        for b in (self.agree_button, self.round_button, self.hand_button, self.reveal_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        for w in (title, self.terms, self.rounds, self.result):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.result.setVisible(False)

    # -- state ---------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def show_issue(self, issue: NegotiationIssue | None) -> None:
        if self.issue is None or issue is None or issue.id != self.issue.id:
            self._say("")
        self.issue = issue
        self.refresh()

    def _name(self, party_id: str) -> str:
        return self.session.case.party(party_id).name

    def refresh(self) -> None:
        issue = self.issue
        checks = self.desk.checks(issue.id) if issue else []
        self.record = record = checks[-1] if checks else None
        sealed = self.desk.round_in_progress
        mine = sealed is not None and record is not None and sealed.check_id == record.id
        if record is None:
            self.terms.setText(_t("No check agreed on this issue.") if issue else "")
            self.rounds.setText("")
        else:
            t = record.terms
            self.terms.setText(_t("%1 gives a ceiling (the most it would pay), %2 a floor (the least it would "
                                  "accept); rule: %3; %4 round(s) agreed.")
                               .replace("%1", self._name(t.ceiling_party)).replace("%2", self._name(t.floor_party))
                               .replace("%3", rule_name(t.rule)).replace("%4", str(t.rounds)))
            assert issue is not None
            done = [result_text(r, issue, record) for r in record.rounds]
            self.rounds.setText("\n".join(done) if done else _t("No round run yet."))
        waiting = sealed.waiting_for() if mine and sealed else ()
        self.agree_button.setEnabled(issue is not None and sealed is None and (record is None or record.finished))
        self.round_button.setEnabled(record is not None and not record.finished and sealed is None)
        if record is not None and not record.finished:
            self.round_button.setText(_t("Start &round %1").replace("%1", str(len(record.rounds) + 1)))
        self.hand_button.setVisible(bool(waiting))
        if waiting:
            self.hand_button.setText(_t("&Hand over to %1").replace("%1", self._name(waiting[0])))
        self.reveal_button.setEnabled(mine and not waiting)
        self.cancel_button.setEnabled(mine)
        if self.read_only:  # after the termination: no check agreed, no round run (a round left over can be cancelled)
            for button in (self.agree_button, self.round_button, self.hand_button, self.reveal_button):
                button.setEnabled(False)
                button.setToolTip(self.read_only)

    def set_read_only(self, reason: str) -> None:
        self.read_only = reason
        self.refresh()

    # -- the steps -----------------------------------------------------------------------------
    def _do(self, operation: object) -> Change | None:
        try:
            change = operation()  # type: ignore[operator]
        except UserError as exc:
            messages.error(self, exc.message)
            return None
        self.changed.emit(change)
        return change  # type: ignore[no-any-return]

    def agree(self) -> None:
        if self.issue is None or self.read_only:
            return
        dialog = CheckTermsDialog(self.session, self.desk, self.issue, self)
        open_form(dialog, lambda change: (self.changed.emit(change), self.refresh(), self.round_button.setFocus()))

    def start_round(self) -> None:
        if self.read_only:
            return
        if self.record is not None and self._do(lambda: self.desk.open_round(self.record.id)) is not None:
            self._say("")
            self.refresh()
            self.hand_button.setFocus()

    def hand_over(self) -> LimitHandover | None:
        """The next party's handover screen (full screen, every other window hidden)."""
        sealed, record, issue = self.desk.round_in_progress, self.record, self.issue
        if sealed is None or record is None or issue is None or not sealed.waiting_for() or self.handover or \
                self.read_only:
            return None
        party = sealed.waiting_for()[0]
        desk, session = self.desk, self.session
        round_text = _t("Round %1 of %2.").replace("%1", str(sealed.number)).replace("%2", str(record.terms.rounds))
        screen = LimitHandover(
            self._name(party), issue.label(), party == record.terms.ceiling_party, round_text,
            lambda buffer, band: desk.submit_limit(party, buffer, want_band=band),
            lambda passphrase: case_passphrase_check(session, passphrase))
        self.handover = screen
        screen.completed.connect(self._handed_back)
        screen.cancelled.connect(self._handover_cancelled)
        screen.start()
        return screen

    def _handed_back(self, change: Change) -> None:
        self.handover = None
        if not isValid(self):
            return
        self.changed.emit(change)
        self.window().activateWindow()
        self.refresh()
        (self.hand_button if self.hand_button.isVisible() else self.reveal_button).setFocus()

    def _handover_cancelled(self, hidden: list[QWidget]) -> None:
        """The round is dropped; the case locks before any window comes back (as after a signing handover)."""
        self.handover = None
        self.desk.cancel_round()
        window = self.window()

        def lock_then_show() -> None:
            shown = hidden
            if isValid(window) and hasattr(window, "lock"):
                window.lock()
                shown = [window]
            for w in shown:
                if isValid(w):
                    w.show()

        QTimer.singleShot(0, lock_then_show)

    def reveal(self) -> RoundResult | None:
        record, issue = self.record, self.issue
        try:
            result, change = self.desk.reveal()
        except UserError as exc:
            messages.error(self, exc.message)
            return None
        self.changed.emit(change)
        self.refresh()
        if self.record is not None and issue is not None:
            self._say(result_text(result, issue, self.record or record))  # type: ignore[arg-type]
        (self.round_button if self.round_button.isEnabled() else self.agree_button).setFocus()
        return result

    def cancel_round(self) -> None:
        if self.desk.round_in_progress is not None:
            self._do(self.desk.cancel_round)
            self._say(_t("The round was cancelled; nothing of it was kept."))
        self.refresh()

    def prepare_lock(self) -> None:
        """Lock or close: the round in progress goes, its limits unread."""
        if self.handover is not None and isValid(self.handover):
            self.handover.reject()
        self.handover = None
        self.desk.cancel_round()
        self._say("")
