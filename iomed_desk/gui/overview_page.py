"""The case at a glance: reference, kind, parties in their colours, the disclosure rules, sessions held."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.model import Case, CaseKind, CaseStatus, PartyKind
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot, scale_font
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.disclosure_dialog import rule_set_explanation, rule_set_name
from iomed_desk.gui.session_bar import elapsed_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


KINDS = {CaseKind.INTERSTATE: "Interstate", CaseKind.COMMERCIAL: "International commercial",
         CaseKind.INVESTMENT: "Investment"}
STATUSES = {CaseStatus.OPEN: "Open", CaseStatus.SETTLED: "Settled", CaseStatus.CLOSED: "Closed"}
PARTY_KINDS = {PartyKind.STATE: "State", PartyKind.STATE_ENTITY: "State entity", PartyKind.COMPANY: "Company",
               PartyKind.INDIVIDUAL: "Individual", PartyKind.ORGANISATION: "Organisation"}


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    font = label.font()
    scale_font(font, 0.82)
    font.setBold(True)
    label.setFont(font)
    label.setEnabled(False)
    label.setContentsMargins(0, 14, 0, 2)
    return label


class OverviewPage(QScrollArea):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Case overview"))
        body = QWidget(self)
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(4, 0, 12, 12)
        self._layout.setSpacing(6)
        self.title = QLabel(body)
        font = self.title.font()
        scale_font(font, 1.6)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel(body)
        self.rules = QLabel(body)
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.parties_box = QWidget(body)
        self.parties_grid = QGridLayout(self.parties_box)
        self.parties_grid.setContentsMargins(0, 0, 0, 0)
        self.parties_grid.setHorizontalSpacing(14)
        self.parties_grid.setVerticalSpacing(6)
        self.parties_grid.setColumnStretch(2, 1)
        self.mediators = QLabel(body)
        self.history = QTreeWidget(body)
        self.history.setAccessibleName(self.tr("Session history"))
        self.history.setHeaderLabels([self.tr("Session"), self.tr("Started"), self.tr("Ended"), self.tr("Duration")])
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setMinimumHeight(160)
        self.history.setColumnWidth(0, 260)
        self.history.setColumnWidth(1, 160)
        self.history.setColumnWidth(2, 160)
        for widget in (self.title, self.facts, _section(self.tr("Disclosure rules"), body), self.rules,
                       _section(self.tr("Parties"), body), self.parties_box,
                       _section(self.tr("Mediators"), body), self.mediators,
                       _section(self.tr("Sessions"), body), self.history):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    def refresh(self) -> None:
        case: Case = self._session.case
        self.title.setText(case.title)
        self.facts.setText("  ·  ".join([case.reference, _tr(KINDS[case.kind]), case.place,
                                         self.tr("Status: %1").replace("%1", _tr(STATUSES[case.status]))]))
        self.rules.setText(f"<b>{rule_set_name(case.rule_set)}</b><br>{rule_set_explanation(case.rule_set)}")
        self._fill_parties(case)
        self.mediators.setText(", ".join(m.name for m in case.mediators))
        self.history.clear()
        now = self._session.now()
        for s in self._session.session_history():
            label = self.tr("Joint session") if s.channel.kind == "joint" else channel_title(case, s.channel)
            item = QTreeWidgetItem([label, _when(s.started_at), _when(s.ended_at) if s.ended_at else self.tr("running"),
                                    elapsed_text(s.duration_seconds(now))])
            item.setIcon(0, colour_dot(channel_colour(case, s.channel)))
            self.history.addTopLevelItem(item)
        if not self.history.topLevelItemCount():
            self.history.addTopLevelItem(QTreeWidgetItem([self.tr("No sessions yet")]))

    def _fill_parties(self, case: Case) -> None:
        self._drop_parties()
        for row, party in enumerate(case.parties):
            dot = QLabel(self.parties_box)
            dot.setPixmap(colour_dot(party.colour, 14).pixmap(14, 14))
            name = QLabel(f"<b>{escape(party.name)}</b>", self.parties_box)
            reps = QLabel(", ".join(party.representatives) or self.tr("No representative recorded"), self.parties_box)
            kind = QLabel(_tr(PARTY_KINDS[party.kind]), self.parties_box)
            kind.setEnabled(False)
            self.parties_grid.addWidget(dot, row, 0)
            self.parties_grid.addWidget(name, row, 1)
            self.parties_grid.addWidget(reps, row, 2)
            self.parties_grid.addWidget(kind, row, 3)

    def _drop_parties(self) -> None:
        while self.parties_grid.count():
            widget = self.parties_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def clear(self) -> None:
        for label in (self.title, self.facts, self.rules, self.mediators):
            label.clear()
        self.history.clear()
        self._drop_parties()


def _when(moment: datetime) -> str:
    return local_text(moment)
