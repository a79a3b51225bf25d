"""The process record's dialogs (issue 16): the agreement to mediate, the mediators' declarations with
each party's answer, and the authorities to settle.

Each dialog calls one `app.process_record` operation and hands the returned `Change` out as `saved`;
what it refuses (a blank reason, a bad SHA-256, a terminated case) arrives as a `UserError`'s one line
in the dialog and nothing is written. Reading a signed PDF to hash it runs on a worker. Every field is
reachable by Tab, Enter presses the default button, Escape cancels.

The fields these, the closing (gui/process_closing.py) and the attendance dialogs build alike (a
drop-down, a date, a few lines of text, a file to read) come from the small functions after the tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.core.process import AgreementManner, Answer, Authority, Instrument
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.process_base import ProcessDialog
from iomed_desk.gui.worker import run_in_background


def _t(text: str) -> str:
    return QCoreApplication.translate("ProcessDialogs", text)


MANNERS = {
    AgreementManner.PAPER: QT_TRANSLATE_NOOP("ProcessDialogs", "Signed on &paper"),
    AgreementManner.DIGITAL: QT_TRANSLATE_NOOP("ProcessDialogs", "Signed &digitally (the signed PDF)"),
    AgreementManner.WITHOUT: QT_TRANSLATE_NOOP("ProcessDialogs", "Proceed &without one, for a reason"),
}
INSTRUMENTS = {
    Instrument.FULL_POWERS: QT_TRANSLATE_NOOP("ProcessDialogs", "Full powers"),
    Instrument.BOARD_RESOLUTION: QT_TRANSLATE_NOOP("ProcessDialogs", "Board resolution"),
    Instrument.POWER_OF_ATTORNEY: QT_TRANSLATE_NOOP("ProcessDialogs", "Power of attorney"),
    Instrument.OTHER: QT_TRANSLATE_NOOP("ProcessDialogs", "Other instrument"),
}
AUTHORITY_WORDS = {
    Instrument.FULL_POWERS: QT_TRANSLATE_NOOP("ProcessDialogs", "by full powers dated %1"),
    Instrument.BOARD_RESOLUTION: QT_TRANSLATE_NOOP("ProcessDialogs", "by board resolution dated %1"),
    Instrument.POWER_OF_ATTORNEY: QT_TRANSLATE_NOOP("ProcessDialogs", "by power of attorney dated %1"),
}


def authority_text(authority: Authority) -> str:
    """The authority's line in the interface language (the core's `line()` is the English of the PDF)."""
    dated = authority.dated.isoformat()
    if authority.instrument is Instrument.OTHER:
        text = _t("by %1 dated %2").replace("%2", dated).replace("%1", authority.detail)
    else:
        text = _t(AUTHORITY_WORDS[authority.instrument]).replace("%1", dated)
    return _t("%1 (%2)").replace("%2", authority.limits).replace("%1", text) if authority.limits else text


ANSWERS = {
    Answer.ACKNOWLEDGED: QT_TRANSLATE_NOOP("ProcessDialogs", "Acknowledged"),
    Answer.OBJECTED: QT_TRANSLATE_NOOP("ProcessDialogs", "Objected"),
}


def choice(parent: QWidget, items: Iterable[tuple[str, object]], accessible_name: str = "") -> QComboBox:
    """A drop-down of (text, data) items, in their order; the current data is what gets recorded."""
    box = QComboBox(parent)
    if accessible_name:
        box.setAccessibleName(accessible_name)
    for text, data in items:
        box.addItem(text, data)
    return box


def date_field(parent: QWidget, day: date) -> QDateEdit:
    """A day picked from a calendar, shown as yyyy-MM-dd in every language."""
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setDate(QDate(day.year, day.month, day.day))
    return field


def picked_date(field: QDateEdit) -> date:
    d = field.date()
    return date(d.year(), d.month(), d.day())


def text_box(parent: QWidget, height: int, accessible_name: str) -> QPlainTextEdit:
    """A few lines of free text that Tab leaves (the form stays walkable by keyboard)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setAccessibleName(accessible_name)
    return box


def browse_into(field: QLineEdit, title: str, file_filter: str) -> None:
    """Choose a file to read (over the field's dialog) and put its path in `field`; cancelled, nothing changes."""
    path, _ = QFileDialog.getOpenFileName(field.window(), title, "", file_filter)
    if path:
        field.setText(path)


class AgreementToMediateDialog(ProcessDialog):
    """How the agreement to mediate is on record: signed on paper, signed digitally (the signed PDF is
    hashed, on a worker; the file itself is not stored), or the reason for proceeding without one."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, before_session: bool = False) -> None:
        super().__init__(_t("Agreement to mediate"), parent)
        self._session = session
        existing = pr.agreement_to_mediate(session)
        intro = QLabel(_t("No session can start before the agreement to mediate is on record: how the parties "
                          "signed it, or why the mediation proceeds without it.") if before_session else
                       _t("The signed terms of the mediation: the parties, the mediators, the rules, "
                          "confidentiality and fees."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.group = QButtonGroup(self)
        self.manner: dict[AgreementManner, QRadioButton] = {}
        for manner, text in MANNERS.items():
            button = QRadioButton(_t(text), self)
            self.group.addButton(button)
            self.manner[manner] = button
            self.body.addWidget(button)
            button.toggled.connect(self._follow)
        form = QFormLayout()
        self.rules = QLineEdit(self)
        self.rules.setPlaceholderText(_t("the institution's rules, by name (optional)"))
        self.confidentiality = QLineEdit(self)
        self.fees = QLineEdit(self)
        self.pdf = QLineEdit(self)
        self.pdf.setPlaceholderText(_t("the signed PDF"))
        self.browse = QPushButton(_t("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.generate = QPushButton(_t("&Generate and sign…"), self)
        self.generate.setAutoDefault(False)
        self.generate.setToolTip(_t("Draw up the agreement to mediate from these terms and have it signed now, "
                                    "each party's signatory in turn at this keyboard"))
        self.generate.clicked.connect(self.generate_and_sign)
        self._generated: Change | None = None
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf, 1)
        pdf_row.addWidget(self.browse)
        pdf_row.addWidget(self.generate)
        self.reason = text_box(self, 70, _t("Reason for proceeding without"))
        form.addRow(_t("Institution's &rules:"), self.rules)
        form.addRow(_t("&Confidentiality:"), self.confidentiality)
        form.addRow(_t("&Fees:"), self.fees)
        self.pdf_label = QLabel(_t("Signed PDF fi&le:"), self)
        self.pdf_label.setBuddy(self.pdf)
        form.addRow(self.pdf_label, pdf_row)
        self.reason_label = QLabel(_t("R&eason:"), self)
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        self.body.addLayout(form)
        self.finish_layout()
        chosen = existing.manner if existing is not None else AgreementManner.PAPER
        if existing is not None:
            self.confidentiality.setText(existing.confidentiality)
            self.fees.setText(existing.fees)
            self.reason.setPlainText(existing.reason)
        self.manner[chosen].setChecked(True)
        self._follow()
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> AgreementManner:
        return next(m for m, b in self.manner.items() if b.isChecked())

    def _follow(self) -> None:
        manner = self.chosen() if any(b.isChecked() for b in self.manner.values()) else AgreementManner.PAPER
        for widget in (self.pdf, self.browse, self.pdf_label, self.generate):
            widget.setEnabled(manner is AgreementManner.DIGITAL)
        for widget in (self.reason, self.reason_label):
            widget.setEnabled(manner is AgreementManner.WITHOUT)

    def _browse(self) -> None:
        browse_into(self.pdf, _t("The signed agreement to mediate"), _t("PDF (*.pdf)"))

    def generate_and_sign(self) -> QDialog:
        """Generate and sign… (gui/process_signing.py) with the terms as typed; once it has written and
        recorded the PDF and is closed, this dialog reports that change and closes too."""
        from iomed_desk.gui.process_signing import GenerateAgreementDialog

        terms = {"institution_rules": self.rules.text(), "confidentiality": self.confidentiality.text(),
                 "fees": self.fees.text()}
        dialog = GenerateAgreementDialog(self._session, terms, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._signed)
        dialog.finished.connect(lambda _result: self._after_generating())
        self.generate_dialog = dialog
        dialog.open()
        return dialog

    def _signed(self, change: Change) -> None:
        self._generated = change
        self.pdf.clear()

    def _after_generating(self) -> None:
        change, self._generated = self._generated, None
        if change is not None and isValid(self) and self.isVisible():
            self.saved.emit(change)
            self.accept()

    def submit(self) -> None:
        manner = self.chosen()
        pdf = Path(self.pdf.text().strip()) if manner is AgreementManner.DIGITAL and self.pdf.text().strip() else None
        if manner is AgreementManner.DIGITAL and pdf is None:
            self.show_error(_t("Choose the signed PDF: its SHA-256 goes on record."))
            return
        args = {"institution_rules": self.rules.text(), "confidentiality": self.confidentiality.text(),
                "fees": self.fees.text(), "signed_pdf": pdf,
                "reason": self.reason.toPlainText() if manner is AgreementManner.WITHOUT else ""}
        self.ok.setEnabled(False)
        self.error.hide()
        run_in_background(lambda: pr.record_agreement_to_mediate(self._session, manner, **args),
                          self._done, self._failed)

    def _done(self, change: Change) -> None:
        if isValid(self):
            self.saved.emit(change)
            self.accept()

    def _failed(self, message: str) -> None:
        if isValid(self):
            self.show_error(message)


class DeclarationsDialog(ProcessDialog):
    """The mediators' declarations and each party's latest answer; record a new declaration (at appointment
    or on a change of circumstances) and a party's acknowledgement or objection."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(_t("Declarations of independence and impartiality"), parent)
        self._session = session
        case = session.case
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(_t("Declarations and answers"))
        self.list.setHeaderLabels([_t("Declaration"), _t("Made"), *[p.name for p in case.parties]])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 220)
        self.body.addWidget(self.list, 1)
        answer_row = QHBoxLayout()
        self.party = choice(self, ((p.name, p.id) for p in case.parties), _t("Party"))
        self.answer = choice(self, ((_t(text), value.value) for value, text in ANSWERS.items()), _t("Answer"))
        self.grounds = QLineEdit(self)
        self.grounds.setPlaceholderText(_t("grounds of an objection"))
        self.grounds.setAccessibleName(_t("Grounds"))
        self.answer_button = QPushButton(_t("Record the &answer"), self)
        self.answer_button.clicked.connect(self._answer)
        self.party.setMaximumWidth(260)
        for w in (QLabel(_t("Selected declaration:"), self), self.party, self.answer):
            answer_row.addWidget(w)
        answer_row.addWidget(self.grounds, 1)
        answer_row.addWidget(self.answer_button)
        self.body.addLayout(answer_row)
        form = QFormLayout()
        self.mediator = choice(self, ((m.name, m.id) for m in case.mediators))
        self.occasion = choice(self, [(_t("At appointment"), "appointment"), (_t("Circumstances changed"), "change")])
        self.text = text_box(self, 80, _t("Declaration"))
        form.addRow(_t("&Mediator:"), self.mediator)
        form.addRow(_t("&Occasion:"), self.occasion)
        form.addRow(_t("&New declaration:"), self.text)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok.setText(_t("Record the declaration"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Close"))
        self.refresh()
        self.resize(720, 460)

    def refresh(self) -> None:
        case = self._session.case
        answers = pr.declaration_answers(self._session)
        latest = {}
        for a in sorted(answers, key=lambda a: a.at):
            latest[(a.declaration_id, a.party_id)] = a
        names = {m.id: m.name for m in case.mediators}
        self.list.clear()
        for d in pr.declarations(self._session):
            cells = [f"{names.get(d.mediator_id, d.mediator_id)}: {d.text}", local_text(d.made_at)]
            for p in case.parties:
                a = latest.get((d.id, p.id))
                cells.append(_t("awaiting") if a is None else _t(ANSWERS[a.answer])
                             + (f" — {a.grounds}" if a.grounds else ""))
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setToolTip(0, d.text)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))
        self.answer_button.setEnabled(self.list.topLevelItemCount() > 0)

    def submit(self) -> None:
        if self.run(lambda: pr.record_declaration(self._session, self.mediator.currentData(),
                                                  self.text.toPlainText(), self.occasion.currentData())):
            self.text.clear()
            self.error.hide()
            self.refresh()

    def _answer(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        declaration_id = item.data(0, Qt.ItemDataRole.UserRole)
        if self.run(lambda: pr.answer_declaration(self._session, declaration_id, self.party.currentData(),
                                                  self.answer.currentData(), self.grounds.text())):
            self.grounds.clear()
            self.error.hide()
            self.refresh()


class AuthoritiesDialog(ProcessDialog):
    """The instrument seen for each representative's authority to settle; the agreement's signature
    block uses the latest one for a signatory whose own authority is blank."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(_t("Authorities to settle"), parent)
        self._session = session
        case = session.case
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(_t("Authorities on record"))
        self.list.setHeaderLabels([_t("Party"), _t("Representative"), _t("Instrument")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 180)
        self.list.setColumnWidth(1, 180)
        self.body.addWidget(self.list, 1)
        form = QFormLayout()
        self.party = choice(self, ((p.name, p.id) for p in case.parties))
        self.representative = QComboBox(self)
        self.representative.setEditable(True)
        self.party.currentIndexChanged.connect(self._fill_representatives)
        self.instrument = choice(self, ((_t(text), value.value) for value, text in INSTRUMENTS.items()))
        self.dated = date_field(self, session.now().date())
        self.limits = QLineEdit(self)
        self.limits.setPlaceholderText(_t("e.g. up to USD 5m"))
        self.detail = QLineEdit(self)
        self.detail.setPlaceholderText(_t("what the instrument is (for another instrument) or its reference"))
        form.addRow(_t("&Party:"), self.party)
        form.addRow(_t("&Representative:"), self.representative)
        form.addRow(_t("&Instrument:"), self.instrument)
        form.addRow(_t("&Dated:"), self.dated)
        form.addRow(_t("&Limits:"), self.limits)
        form.addRow(_t("D&etail:"), self.detail)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok.setText(_t("Record the authority"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Close"))
        self._fill_representatives()
        self.refresh()
        self.resize(640, 480)

    def _fill_representatives(self) -> None:
        self.representative.clear()
        party = self._session.case.party(self.party.currentData())
        names = list(dict.fromkeys([*party.representatives, *(s.name for s in party.signatories)]))
        self.representative.addItems(names)

    def refresh(self) -> None:
        case = self._session.case
        self.list.clear()
        for a in pr.authorities(self._session):
            item = QTreeWidgetItem([case.party(a.party_id).name, a.representative, authority_text(a)])
            item.setToolTip(2, authority_text(a))
            self.list.addTopLevelItem(item)

    def submit(self) -> None:
        dated = picked_date(self.dated)
        if self.run(lambda: pr.record_authority(self._session, self.party.currentData(),
                                                self.representative.currentText(), self.instrument.currentData(),
                                                dated, self.limits.text(), self.detail.text())):
            self.limits.clear()
            self.detail.clear()
            self.error.hide()
            self.refresh()
