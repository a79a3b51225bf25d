"""The offers page's dialogs (issue 17): a new issue, an offer or demand, the overlap check's terms.

Each collects what the mediator types and hands it to one `OffersDesk` operation; the desk decides
(a bad figure, a missing consent) and the dialog shows its one-line refusal and stays open, with
nothing recorded. Every field is reachable by keyboard (mnemonics, Tab, Return accepts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.offers import OffersDesk
from iomed_desk.core.channels import Channel
from iomed_desk.core.disclosure import ItemFacts, consent_label, required_consents
from iomed_desk.core.errors import UserError
from iomed_desk.core.offers import MAX_ROUNDS, Kind, NegotiationIssue, Rule, Unit
from iomed_desk.gui.consent_fields import ConsentRows, MannerAndWitness

ERROR_STYLE = "color: #d9480f; font-weight: 600;"


def _t(text: str) -> str:
    return QCoreApplication.translate("OffersDialogs", text)


def unit_name(unit: Unit) -> str:
    return {Unit.AMOUNT: _t("Amount"), Unit.PERCENT: _t("Percentage"), Unit.YEARS: _t("Years"),
            Unit.DATE: _t("Date")}[unit]


def rule_name(rule: Rule) -> str:
    return {Rule.OUTCOME: _t("Overlap or gap only"), Rule.SPLIT: _t("Split the difference"),
            Rule.OVERLAP_MIDPOINT: _t("Midpoint of the overlap (given the figures on the table)")}[rule]


class _Form(QDialog):
    """A form, an error line and OK/Cancel; `_apply` returns the desk's Change or raises UserError."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.change: Change | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(_t("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def row(self, text: str, field: QWidget) -> QWidget:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return field

    def _apply(self) -> Change:
        raise NotImplementedError

    def _try(self) -> None:
        try:
            self.change = self._apply()
        except UserError as exc:
            self.error.setText(exc.message.splitlines()[0])
            return
        self.accept()


class IssueDialog(_Form):
    def __init__(self, desk: OffersDesk, parent: QWidget | None = None) -> None:
        super().__init__(_t("New issue"), parent)
        self.desk = desk
        self.name = self.row(_t("&Issue:"), QLineEdit(self))
        self.name.setPlaceholderText(_t("For example: Purchase price"))
        self.unit = self.row(_t("&Unit:"), QComboBox(self))
        for unit in Unit:
            self.unit.addItem(unit_name(unit), unit.value)
        self.currency = self.row(_t("&Currency:"), QLineEdit(self))
        self.currency.setPlaceholderText("USD, HKD, CNY")
        self.currency.setMaxLength(3)
        self.unit.currentIndexChanged.connect(lambda: self.currency.setEnabled(self.unit.currentData() == "amount"))
        self.finish_layout()

    def _apply(self) -> Change:
        currency = self.currency.text() if self.unit.currentData() == "amount" else ""
        return self.desk.add_issue(self.name.text(), self.unit.currentData(), currency)


class OfferDialog(_Form):
    """An offer or demand: who made it, to whom, the figure, terms; communicated (with the consents the
    case asks for, when made in caucus) or the mediator's private note."""

    def __init__(self, session: CaseSession, desk: OffersDesk, issue: NegotiationIssue,
                 parent: QWidget | None = None) -> None:
        super().__init__(_t("Record an offer or demand — %1").replace("%1", issue.label()), parent)
        self.session, self.desk, self.issue = session, desk, issue
        case = session.case
        running = session.running_session()
        self.joint = running is not None and running.channel.kind == "joint"
        self.who = self.row(_t("&Made by:"), QComboBox(self))
        self.to = self.row(_t("&To:"), QComboBox(self))
        for p in case.parties:
            self.who.addItem(p.name, p.id)
        self.kind = self.row(_t("&Kind:"), QComboBox(self))
        self.kind.addItem(_t("Offer"), Kind.OFFER.value)
        self.kind.addItem(_t("Demand"), Kind.DEMAND.value)
        self.figure = self.row(_t("&Figure:"), QLineEdit(self))
        self.figure.setPlaceholderText({Unit.AMOUNT: "1,250,000 / 1.25m", Unit.PERCENT: "12.5",
                                        Unit.YEARS: "3", Unit.DATE: "2027-06-30"}[issue.unit])
        self.terms = self.row(_t("T&erms:"), QLineEdit(self))
        self.terms.setPlaceholderText(_t("Optional — e.g. cash at closing"))
        self.private = QCheckBox(_t("&Private figure: the mediator's note, not to be passed on"), self)
        self.form.addRow("", self.private)
        where = (_t("A joint session is running: the offer is made openly to the room.") if self.joint else
                 _t("Made in caucus or between sessions: communicated offers are disclosed to the party "
                    "they go to, with the consents the case's rules ask for."))
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.body.addWidget(self.where)
        self.consents = ConsentRows(case, self)
        self.manner = MannerAndWitness(case, self)
        self.body.addWidget(self.consents)
        self.body.addWidget(self.manner)
        self.who.currentIndexChanged.connect(self._update)
        self.private.toggled.connect(self._update)
        self.finish_layout()
        self._update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.figure.setFocus()  # the figure first: maker and kind are usually right as they stand

    def _update(self) -> None:
        case, maker = self.session.case, self.who.currentData()
        current = self.to.currentData()
        self.to.clear()
        self.to.addItem(_t("Every other party"), "")
        for p in case.parties:
            if p.id != maker:
                self.to.addItem(p.name, p.id)
        self.to.setCurrentIndex(max(self.to.findData(current), 0))
        caucus = not self.joint and not self.private.isChecked()
        self.to.setEnabled(not self.private.isChecked())
        if caucus:
            facts = ItemFacts(Channel.party(maker))
            required = [(who, consent_label(case, who, facts)) for who in required_consents(case, facts)]
            self.consents.set_consents(required, empty_text=_t("No consent is required by the case's rules."))
        else:
            self.consents.set_consents([])
        self.consents.setVisible(caucus)
        self.manner.setVisible(caucus)

    def _apply(self) -> Change:
        private = self.private.isChecked()
        return self.desk.record_offer(
            self.issue.id, self.who.currentData(), self.figure.text(), kind=self.kind.currentData(),
            to_party="" if private else self.to.currentData(), terms=self.terms.text(), private=private,
            consents=self.consents.ticked() if not private else (), given_by=self.consents.given_by_names(),
            manner=self.manner.manner(), witness=self.manner.witness())


class CheckTermsDialog(_Form):
    """The terms the parties agree before the first round; Return accepts the defaults shown."""

    def __init__(self, session: CaseSession, desk: OffersDesk, issue: NegotiationIssue,
                 parent: QWidget | None = None) -> None:
        super().__init__(_t("Private overlap check — %1").replace("%1", issue.label()), parent)
        self.desk, self.issue = desk, issue
        intro = QLabel(_t("Agree these with the parties before the first round. Each party then types its "
                          "limit on a handover screen nobody else sees; the room learns only overlap or gap "
                          "(and, if agreed, a figure by the rule). Note: with a midpoint rule, a party that "
                          "knows its own limit can work out the other's from the figure."), self)
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        parties = session.case.parties
        self.ceiling = self.row(_t("&Ceiling (most it would pay):"), QComboBox(self))
        self.floor = self.row(_t("&Floor (least it would accept):"), QComboBox(self))
        for combo in (self.ceiling, self.floor):
            for p in parties:
                combo.addItem(p.name, p.id)
        self.floor.setCurrentIndex(1 if len(parties) > 1 else 0)
        self.rule = self.row(_t("&Rule:"), QComboBox(self))
        for rule in Rule:
            self.rule.addItem(rule_name(rule), rule.value)
        self.rule.setCurrentIndex(self.rule.findData(Rule.SPLIT.value))
        self.rounds = self.row(_t("R&ounds agreed:"), QSpinBox(self))
        self.rounds.setRange(1, MAX_ROUNDS)
        self.rounds.setValue(3)
        self.finish_layout()

    def _apply(self) -> Change:
        return self.desk.start_check(self.issue.id, self.ceiling.currentData(), self.floor.currentData(),
                                     self.rule.currentData(), self.rounds.value())


def open_form(dialog: _Form, done: Callable[[Change], None]) -> _Form:
    """Show `dialog` window-modal; `done` gets the desk's Change once it is accepted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: dialog.change is not None and done(dialog.change))
    dialog.open()
    return dialog
