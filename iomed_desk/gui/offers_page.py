"""The offers page (issue 17): issues, the ledger per issue, the negotiation dance, the overlap check.

The ledger shows what an audience may see: the mediator's view (every offer and demand, private
figures included) or, through "View as", what one party or the joint screen may see, read through
the firewall by `OffersDesk.offers(issue, audience)` and `moves(issue, audience)`; the page itself
decides nothing about visibility. Offers are recorded by keyboard in a dialog (offers_dialogs.py),
the ledger PDF is written on a worker, and the private overlap check has its own panel
(offers_check_panel.py).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.offers import offers_desk
from iomed_desk.core.channels import Audience
from iomed_desk.core.offers import Kind, NegotiationIssue, Offer, format_figure
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.offers_chart import OffersChart
from iomed_desk.gui.offers_check_panel import OverlapCheckPanel
from iomed_desk.gui.offers_dialogs import IssueDialog, OfferDialog, open_form, unit_name
from iomed_desk.gui.worker import run_in_background

MEDIATOR = "mediator"
JOINT = "joint"


def _t(text: str) -> str:
    return QCoreApplication.translate("OffersPage", text)


def pdf_labels() -> SimpleNamespace:
    """The ledger PDF's wording in the interface language, every field of export/offers_pdf.py's
    `Labels` (gui may not import export; `OffersDesk.export_pdf` takes any object with those fields)."""
    return SimpleNamespace(
        title=_t("Offers ledger"), case=_t("Case {reference}: {title}. Times at the seat ({zone})."),
        promise=_t("For the mediator. Confidential: private figures and offers made in caucus appear here; "
                   "do not show this document to a party."),
        when=_t("When"), session=_t("Session"), made_by=_t("Made by"), to=_t("To"), kind=_t("Offer / demand"),
        figure=_t("Figure"), status=_t("Status"), terms=_t("Terms"), offer=_t("offer"), demand=_t("demand"),
        everyone=_t("every other party"), communicated=_t("communicated"),
        private=_t("private figure (mediator's note)"), joint_session=_t("joint session"), caucus=_t("caucus"), none="–",
        no_offers=_t("No offers recorded on this issue."),
        check=_t("Overlap check: {ceiling} gives a ceiling, {floor} a floor; rule: {rule}; {rounds} round(s) "
                 "agreed."),
        round=_t("Round {number}: {outcome}"),
        rules=(("outcome", _t("overlap or gap only")), ("split", _t("split the difference")),
               ("overlap-midpoint", _t("midpoint of the overlap"))))


class OffersPage(QWidget):
    status_message = Signal(str)
    changed = Signal(object)
    exported = Signal(str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offersPage")
        self.session = session
        self.desk = offers_desk(session)
        self.busy = False
        self.read_only = ""
        self.issue_combo = QComboBox(self)
        self.issue_combo.setAccessibleName(_t("Issue"))
        self.issue_combo.setMinimumContentsLength(18)
        issue_label = QLabel(_t("&Issue:"), self)
        issue_label.setBuddy(self.issue_combo)
        self.new_issue_button = QPushButton(_t("&New issue…"), self)
        self.view_combo = QComboBox(self)
        self.view_combo.setAccessibleName(_t("View as"))
        view_label = QLabel(_t("View &as:"), self)
        view_label.setBuddy(self.view_combo)
        self.view_combo.addItem(_t("Mediator (everything)"), MEDIATOR)
        self.view_combo.addItem(_t("Joint screen (every party)"), JOINT)
        for p in session.case.parties:
            self.view_combo.addItem(p.name, f"party:{p.id}")
        self.record_button = QPushButton(_t("&Record offer…"), self)
        self.export_button = QPushButton(_t("E&xport ledger PDF…"), self)
        self.seen_as = QLabel("", self)
        self.seen_as.setObjectName("secondary")
        self.seen_as.setWordWrap(True)
        columns = [_t("When"), _t("Session"), _t("Made by"), _t("To"), _t("Kind"), _t("Figure"), _t("Status"),
                   _t("Terms")]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(_t("Offers ledger"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 6, 7):  # names and terms share what is left, elided (full text in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.chart = OffersChart(self)
        self.check_panel = OverlapCheckPanel(session, self.desk, self)
        self.check_panel.changed.connect(self._changed)

        top = QHBoxLayout()
        for w in (issue_label, self.issue_combo, self.new_issue_button):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(view_label)
        top.addWidget(self.view_combo)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.seen_as, 1)
        actions.addWidget(self.record_button)
        actions.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setChildrenCollapsible(False)
        split.setSizes([260, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addWidget(self.check_panel)

        self.issue_combo.currentIndexChanged.connect(self._show)
        self.view_combo.currentIndexChanged.connect(self._show)
        self.new_issue_button.clicked.connect(self.new_issue)
        self.record_button.clicked.connect(self.record_offer)
        self.export_button.clicked.connect(self._choose_pdf)
        self.refresh()

    # -- the page protocol (workspace.add_page) ---------------------------------------------------
    def refresh(self) -> None:
        if not self.session.is_open:
            return
        current = self.issue_combo.currentData()
        self.issue_combo.blockSignals(True)
        self.issue_combo.clear()
        for issue in self.desk.issues():
            unit = issue.currency if issue.currency else unit_name(issue.unit)
            self.issue_combo.addItem(f"{issue.name} ({unit})", issue.id)
        self.issue_combo.setCurrentIndex(max(self.issue_combo.findData(current), 0))
        self.issue_combo.blockSignals(False)
        self._show()

    def apply_change(self, _change: Change) -> None:
        if self.isVisible():
            self.refresh()

    def prepare_lock(self) -> None:
        self.check_panel.prepare_lock()
        self.table.setRowCount(0)
        self.issue_combo.clear()
        self.chart.clear()

    def set_read_only(self, reason: str) -> None:
        """The mediation ended: no issue added, no offer recorded, no check agreed or run; each button says
        why. The ledger, its views and its PDF stay."""
        self.read_only = reason
        for button in (self.new_issue_button, self.record_button):
            button.setEnabled(False)
            button.setToolTip(reason)
            button.setStatusTip(reason)
        self.check_panel.set_read_only(reason)

    # -- showing -----------------------------------------------------------------------------------
    def current_issue(self) -> NegotiationIssue | None:
        issue_id = self.issue_combo.currentData()
        return self.desk.issue(issue_id) if issue_id else None

    def audience(self) -> Audience:
        key = self.view_combo.currentData() or MEDIATOR
        if key == MEDIATOR:
            return Audience.mediator()
        if key == JOINT:
            return Audience.joint()
        return Audience.party(key.split(":", 1)[1])

    def _show(self) -> None:
        issue, audience = self.current_issue(), self.audience()
        case = self.session.case
        if audience.is_mediator:
            seen = _t("As you see it: every offer and demand, private figures included. Never show this view "
                      "to a party.")
        elif audience.kind == "joint":
            seen = _t("As the joint screen would show it: what every party may see.")
        else:
            seen = _t("As %1 would see it: its own figures and what was communicated to it.").replace(
                "%1", case.party(audience.party_id or "").name)
        self.seen_as.setText(seen)
        self.record_button.setEnabled(issue is not None and not self.read_only)
        self.export_button.setEnabled(issue is not None and not self.busy)
        self.check_panel.show_issue(issue)
        self.table.setRowCount(0)
        if issue is None:
            self.chart.show_moves(case, None, {}, _t("Add an issue to start the ledger."))
            return
        offers = self.desk.offers(issue.id, audience)
        sessions = {s.id: s for s in self.session.session_history()}
        self.table.setRowCount(len(offers))
        for row, o in enumerate(offers):
            s = sessions.get(o.session_id or "")
            cells = (local_text(o.made_at), channel_title(case, s.channel) if s else "–",
                     case.party(o.party_id).name, self._to(o), _t("Demand") if o.kind is Kind.DEMAND else _t("Offer"),
                     format_figure(o.figure, issue.unit, issue.currency), self._status(o), o.terms)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        who = (_t("Negotiation dance: %1 — as you see it").replace("%1", issue.label()) if audience.is_mediator
               else _t("Negotiation dance: %1 — as %2 sees it").replace("%1", issue.label())
               .replace("%2", self.view_combo.currentText()))
        self.chart.show_moves(case, issue, self.desk.moves(issue.id, audience), who)

    def _to(self, o: Offer) -> str:
        if o.private:
            return "–"
        if o.channel.kind == "joint":
            return _t("The room")
        return self.session.case.party(o.to_party).name if o.to_party else _t("Every other party")

    def _status(self, o: Offer) -> str:
        if o.private:
            return _t("Private (your note)")
        if o.channel.kind == "joint":
            return _t("Made in the joint session")
        return _t("Communicated")

    # -- recording -----------------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        self.changed.emit(change)
        self._show()

    def new_issue(self) -> None:
        if self.read_only:
            self.status_message.emit(self.read_only)
            return

        def done(change: Change) -> None:
            self.changed.emit(change)
            self.refresh()
            self.issue_combo.setCurrentIndex(max(self.issue_combo.findData(change.created_id), 0))

        open_form(IssueDialog(self.desk, self), done)

    def record_offer(self) -> OfferDialog | None:
        issue = self.current_issue()
        if issue is None or self.read_only:
            return None
        dialog = OfferDialog(self.session, self.desk, issue, self)
        open_form(dialog, self._changed)
        return dialog

    # -- the PDF ---------------------------------------------------------------------------------------
    def _choose_pdf(self) -> None:
        start = str(self.session.path.parent / "offers-ledger.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, _t("Export the offers ledger"), start, _t("PDF files (*.pdf)"))
        if chosen:
            self.export_to(Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"))

    def export_to(self, path: Path) -> None:
        """The current issue's ledger, for the mediator, written on a worker; `exported` says when."""
        issue = self.current_issue()
        if issue is None or self.busy:
            return
        self.busy = True
        self.export_button.setEnabled(False)
        desk, labels = self.desk, pdf_labels()
        run_in_background(lambda: desk.export_pdf(path, issue.id, labels), lambda c: self._written(path, c),
                          self._export_failed)

    def _written(self, path: Path, change: Change) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.export_button.setEnabled(True)
        self.changed.emit(change)
        self.exported.emit(str(path))

    def _export_failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.export_button.setEnabled(True)
        messages.error(self, message)
