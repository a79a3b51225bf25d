"""The private overlap check's handover screen (issue 17, item 2): one party types its confidential limit.

The signing handover (gui/handover.py) fills the screen and hides every other window of the
application; this one asks, instead of a PIN, for the most the party would pay (the ceiling party)
or the least it would accept (the floor party) on one issue. The field is a password field; on
confirming, its text is moved into a bytearray and the field emptied at once, and the app seals the
bytearray (and zeroes it) on a worker: nothing on any screen, before or after, shows the figure.
Not even its length: the field echoes nothing (a password field's dots would count the characters for
an onlooker) and a line beside it says only whether something is typed.
Then the mediator takes the computer back with the case passphrase, as after a signature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout

from iomed_desk.gui.handover import HandoverScreen, HandoverSubject, SecretRequest

Job = Callable[[], Any]


def _t(text: str) -> str:
    return QCoreApplication.translate("LimitHandover", text)


class LimitHandover(HandoverScreen):
    """Full screen for `party` on `issue`; `submit(buffer, want_band)` seals the limit (run on a worker)."""

    def __init__(self, party: str, issue: str, ceiling: bool, round_text: str,
                 submit: Callable[[bytearray, bool], Any], take_back: Callable[[str], Job]) -> None:
        asked = _t("The most you would pay") if ceiling else _t("The least you would accept")
        request = SecretRequest(
            _t("Type your confidential limit on this issue. Nobody sees it, the mediator included: the room "
               "learns only whether the two limits overlap (and a figure by the rule you agreed), never "
               "your limit."),
            _t("Your &limit:"), busy_text=_t("Sealing your limit…"))
        self._submit = submit
        super().__init__(HandoverSubject(party, asked, "", issue, ""), request, self._seal, take_back)
        self.setWindowTitle(_t("Confidential limit — IOMed Desk"))
        self.heading.setText(party)
        self.what.setText(_t("Issue: {issue}. {round}").format(issue=issue, round=round_text))
        self.fingerprint.hide()
        self.caption.hide()
        self.secret.setAccessibleName(asked)
        self.secret.setEchoMode(QLineEdit.EchoMode.NoEcho)
        self.typed = QLabel(self)
        self.typed.setObjectName("limitTyped")
        self.secret.textChanged.connect(self._show_typed)
        self._show_typed("")
        self.band = QCheckBox(_t("If there is a gap, tell the room its size as a band (only when the other "
                                 "party asks too)"), self)
        self.band.setAccessibleName(_t("Ask for the gap's size as a band"))
        stage = self.stages.widget(0).layout()
        assert isinstance(stage, QVBoxLayout)
        stage.insertWidget(2, self.typed)
        stage.insertWidget(3, self.band)
        self.sign_button.setText(_t("&Seal my limit"))
        self.sign_button.setAccessibleName(_t("Seal my limit"))
        self.cancel_button.setAccessibleName(_t("Cancel: the round is dropped and the case locks"))
        self.thanks.setText(_t("Thank you: your limit is sealed. Please hand the computer back to the mediator."))
        self.lock_button.setAccessibleName(_t("Cancel the round and lock the case"))

    def _show_typed(self, text: str) -> None:
        """Whether anything is typed, never how much (the field itself shows nothing)."""
        self.typed.setText(_t("Your limit is typed (not shown). Press Enter to seal it.") if text
                           else _t("Nothing typed yet: what you type is not shown."))

    def _seal(self, typed: str) -> Job:
        """Move what was typed into a bytearray at once (the field is already empty); the job seals and
        zeroes it. Python cannot wipe the `str` Qt handed over; it is dropped here."""
        buffer = bytearray(typed.encode("utf-8"))
        del typed
        want_band, submit = self.band.isChecked(), self._submit
        self.band.setChecked(False)
        return lambda: submit(buffer, want_band)
