"""The overview's process record (issue 16): the agreement to mediate, the declarations and each party's
answer, the authorities to settle, and how the mediation ended (and whether the file is closed).

Read from `app.process_record` when the overview refreshes; the buttons open the same dialogs as the
Case > Process menu, whose `saved` the overview passes on. Once the mediation has ended the buttons are
off and the page says the case is read-only.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QWidget

from iomed_desk.app import closing
from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.process import AgreementManner, Answer
from iomed_desk.core.rule_sets import RULE_SET_TITLES
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.disclosure_dialog import rule_set_name
from iomed_desk.gui.process_dialogs import authority_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ProcessOverview", text)


def rules_text(rules: str) -> str:
    """The agreement to mediate's rules as recorded (the rule set's English title first, then the
    institution's rules as typed: core.process.rules_line), the rule set named in the interface's language."""
    for rule_set, title in RULE_SET_TITLES.items():
        if rules == title:
            return rule_set_name(rule_set)
        if rules.startswith(title + "; "):
            return _t("%1; %2").replace("%1", rule_set_name(rule_set)).replace("%2", rules[len(title) + 2:])
    return rules


class ProcessSection(QWidget):
    """Four rows: what is on record, and a button to record it."""

    #: a dialog opened from here; the overview keeps it and passes its `saved` on
    dialog_opened = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("processRecord")
        self.setAccessibleName(_t("Process record"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        rows = (("agreement", _t("Agreement to mediate"), _t("Agreement to mediate…")),
                ("declarations", _t("Declarations"), _t("Declarations…")),
                ("authorities", _t("Authorities to settle"), _t("Authorities…")),
                ("termination", _t("End of the mediation"), _t("Terminate…")))
        for row, (key, title, button_text) in enumerate(rows):
            head = QLabel(f"<b>{escape(title)}</b>", self)
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(title)
            button = QPushButton(button_text, self)
            button.clicked.connect(lambda _checked=False, k=key: self.open_dialog(k))
            grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.labels[key], self.buttons[key] = text, button
        # once the mediation has ended (the other buttons off): the signed termination record, any time
        self.sign_termination = QPushButton(_t("Sign the termination record…"), self)
        self.sign_termination.clicked.connect(lambda _checked=False: self.open_dialog("sign_termination"))
        grid.addWidget(self.sign_termination, len(rows), 2, Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        session, case = self._session, self._session.case
        a = pr.agreement_to_mediate(session)
        if a is None:
            agreement = _t("Not recorded: no session can start before it (or the reason to proceed without it).")
        elif a.manner is AgreementManner.WITHOUT:
            agreement = _t("Proceeding without one (recorded %1): %2").replace(
                "%1", local_text(a.recorded_at)).replace("%2", a.reason)
        else:
            agreement = (_t("Signed on paper, recorded %1") if a.manner is AgreementManner.PAPER else
                         _t("Signed digitally, recorded %1")).replace("%1", local_text(a.recorded_at))
            agreement += "\n" + _t("Rules: %1").replace("%1", rules_text(a.rules))
            if a.pdf_sha256:
                agreement += "\n" + _t("Signed PDF SHA-256: %1").replace("%1", a.pdf_sha256)
        self.labels["agreement"].setText(agreement)

        answers = pr.declaration_answers(session)
        latest = {}
        for ans in sorted(answers, key=lambda x: x.at):
            latest[(ans.declaration_id, ans.party_id)] = ans
        names = {m.id: m.name for m in case.mediators}
        lines = []
        for d in pr.declarations(session):
            said = []
            for p in case.parties:
                ans = latest.get((d.id, p.id))
                said.append(_t("%1 awaiting").replace("%1", p.name) if ans is None else
                            _t("%1 acknowledged").replace("%1", p.name) if ans.answer is Answer.ACKNOWLEDGED else
                            _t("%1 objected").replace("%1", p.name))
            lines.append(_t("%1, %2: %3").replace("%1", names.get(d.mediator_id, d.mediator_id))
                         .replace("%2", local_text(d.made_at)).replace("%3", "; ".join(said)))
        if lines and pr.all_acknowledged(session):
            lines.append(_t("Acknowledged by all parties."))
        self.labels["declarations"].setText("\n".join(lines) or _t("None recorded"))

        auths = [f"{case.party(x.party_id).name} — {x.representative}: {authority_text(x)}"
                 for x in pr.authorities(session)]
        self.labels["authorities"].setText("\n".join(auths) or _t("None recorded"))

        ended = pr.termination(session)
        if ended is None:
            end = _t("The mediation is running.")
        else:
            from iomed_desk.gui.process_closing import outcome_text

            end = _t("%1 on %2").replace("%1", outcome_text(ended.outcome)).replace("%2", ended.ended_on.isoformat())
            if ended.withdrawn_party:
                end += " — " + case.party(ended.withdrawn_party).name
            if ended.grounds:
                end += "\n" + _t("Grounds: %1").replace("%1", ended.grounds)
            closed = closing.closed_at_text(session)
            end += "\n" + (_t("File closed on %1: caucus material destroyed.").replace("%1", closed) if closed else
                           _t("Caucus material kept %1 days after the end; then Close the file… destroys it.")
                           .replace("%1", str(pr.retention_days(session))))
            end += "\n" + _t("The case is read-only.")
        self.labels["termination"].setText(end)
        for button in self.buttons.values():
            button.setEnabled(ended is None)
            button.setToolTip(_t("The mediation has ended: the case is read-only") if ended is not None else "")
        self.sign_termination.setVisible(ended is not None)
        waiting = pr.linked_export_awaiting_attestation(session) if ended is not None else None
        self.sign_termination.setEnabled(ended is not None and waiting is None)
        self.sign_termination.setToolTip(
            "" if waiting is None else _t("Export %1 awaits your attestation after paper signatures: attest it "
                                          "first (Attest after paper signatures…), then sign the termination record.")
            .replace("%1", str(waiting)))

    def open_dialog(self, key: str) -> QDialog:
        from iomed_desk.gui import process_closing, process_dialogs, process_signing

        dialog = {"agreement": process_dialogs.AgreementToMediateDialog,
                  "declarations": process_dialogs.DeclarationsDialog,
                  "authorities": process_dialogs.AuthoritiesDialog,
                  "termination": process_closing.TerminateDialog,
                  "sign_termination": process_signing.SignTerminationDialog}[key](self._session, self)
        self.dialog_opened.emit(dialog)
        return dialog

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
