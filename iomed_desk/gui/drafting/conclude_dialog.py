"""Confirm concluding the agreement (with a summary of what is frozen) and reopen it with a reason."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.drafting import ConcludedAgreement
from iomed_desk.core.agreement import AgreementStatus, ConclusionCheck
from iomed_desk.core.drafting import Draft, DraftVersion
from iomed_desk.core.model import Case
from iomed_desk.gui import messages
from iomed_desk.gui.drafting.host import DraftingHost
from iomed_desk.gui.drafting.look import fit_to_width, format_time


def grouped(fingerprint: str) -> str:
    """A fingerprint people can read aloud and compare: groups of four, two lines."""
    groups = [fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4)]
    half = len(groups) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


class ConcludeDialog(QDialog):
    """What concluding freezes, for whom, and what it means; Cancel is the default."""

    def __init__(self, case: Case, draft: Draft, version: DraftVersion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conclude agreement"))
        heading = QLabel(self.tr("Conclude “%1”, version %2, as the agreement?")
                         .replace("%1", draft.name).replace("%2", str(version.number)), self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)
        accepted = html.escape(self.tr("accepted all %1 clauses").replace("%1", str(len(version.clauses))))
        parties = "<br/>".join(f'<span style="color:{p.colour};">●</span>&nbsp;{html.escape(p.name)} — {accepted}'
                               for p in case.parties)
        summary = QLabel(
            "<p>" + html.escape(self.tr("Version %1, saved %2 by %3.").replace("%1", str(version.number))
                                .replace("%2", format_time(version.created_at)).replace("%3", version.author))
            + "</p><p><b>" + html.escape(self.tr("Parties")) + f"</b><br/>{parties}</p>", self)
        summary.setWordWrap(True)
        self.summary_label = summary
        self.fingerprint_label = QLabel(grouped(version.fingerprint), self)
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the agreed text"))
        self.fingerprint_label.setStyleSheet("QLabel#fingerprint { font-family: monospace; padding: 6px 8px; "
                                             "background: palette(alternate-base); border-radius: 4px; }")
        self.fingerprint_note = QLabel(self.tr(
            "This is the fingerprint of the draft version. The exported PDF prints its own agreement fingerprint "
            "(SHA-256 of the canonical text: the clauses in every language with the parties, signatories, place "
            "and date), which differs from this draft fingerprint; verify checks that one."), self)
        self.fingerprint_note.setObjectName("mutedLabel")
        self.fingerprint_note.setWordWrap(True)
        effect = QLabel(self.tr("The text is frozen under this fingerprint, the case becomes settled and the "
                                "conclusion is recorded in the audit log. Until the agreement is exported it "
                                "can be reopened, with a recorded reason."), self)
        effect.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.conclude_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.conclude_button.setText(self.tr("Conclude agreement"))
        self.conclude_button.setDefault(False)
        self.conclude_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Draft fingerprint (SHA-256 of this version's text)"), self))
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.fingerprint_note)
        layout.addWidget(effect)
        layout.addWidget(buttons)
        fit_to_width(self, 520)


class ReopenDialog(QDialog):
    """Reopening needs a reason; it goes on the record with the agreement."""

    def __init__(self, version_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen agreement"))
        intro = QLabel(self.tr("Reopen the agreement concluded on version %1? The case returns to open and "
                               "the parties' acceptance must be given again before a new conclusion.")
                       .replace("%1", str(version_number)), self)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for reopening"))
        self.reason_edit.setPlaceholderText(self.tr("Why the agreement is reopened (required)"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.reopen_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda: self.reopen_button.setEnabled(0 < len(self.reason()) <= 2000))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        fit_to_width(self, 480)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConcludeDialog", text)


def summary_of_agreement(concluded: ConcludedAgreement | None, check: ConclusionCheck,
                         number: int) -> tuple[str, bool]:
    """The agreement line under the matrix, and whether "Reopen…" applies."""
    if concluded is not None:
        a = concluded.agreement
        if a.status is AgreementStatus.EXPORTED:
            return _tr("Agreement concluded on version %1 and exported: it is final.").replace(
                "%1", str(a.version_number)), False
        return (_tr("✓ Agreement concluded on version %1, %2 · fingerprint %3…")
                .replace("%1", str(a.version_number)).replace("%2", format_time(a.concluded_at))
                .replace("%3", a.fingerprint[:16]), True)
    if check.allowed:
        return _tr("Every party has accepted every clause of version %1: ready to conclude.").replace(
            "%1", str(number)), False
    parties = dict.fromkeys(s.party_id for s in check.shortfalls)
    other = list(check.reasons[:len(check.reasons) - len(parties)])
    if check.shortfalls:
        other.append(_tr("%1 positions still to be accepted.").replace("%1", str(len(check.shortfalls))))
    return _tr("Not ready to conclude: %1").replace("%1", " ".join(other)), False


def open_conclude_dialog(page: DraftingHost, draft: Draft, number: int) -> QDialog | None:
    desk = page.session.drafting
    check = desk.conclusion_check(draft.id, number)
    if not check.allowed:
        messages.error(page, check.message)
        return None
    dialog = ConcludeDialog(page.session.case, draft, desk.version(draft.id, number), page)
    return page.show_dialog(dialog, lambda: page.run(lambda: desk.conclude(draft.id, number), number))


def open_reopen_dialog(page: DraftingHost) -> QDialog | None:
    desk = page.session.drafting
    concluded = desk.concluded()
    if concluded is None:
        return None
    dialog = ReopenDialog(concluded.version.number, page)
    return page.show_dialog(dialog, lambda: page.run(lambda: desk.reopen(concluded.agreement.id, dialog.reason())))
