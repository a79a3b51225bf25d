"""The case at a glance: reference, kind, place and time zone, parties in their colours with who signs
for each, the disclosure rules, sessions held.

The page owns the two case settings' dialogs (signatories; place and time zone), offered as
`menu_actions` for the Case menu and as buttons here; what they record comes back as `changed`.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.core.model import Case, CaseKind, CaseStatus, Party, PartyKind
from iomed_desk.core.seat import case_zone
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot, scale_font
from iomed_desk.gui.case_settings_dialog import PlaceAndZoneDialog, utc_offset
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.disclosure_dialog import rule_set_explanation, rule_set_name
from iomed_desk.gui.places import place_name
from iomed_desk.gui.process_overview import ProcessSection
from iomed_desk.gui.session_bar import elapsed_text
from iomed_desk.gui.signatories_dialog import SignatoriesDialog


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


def seat_text(case: Case) -> str:
    """"Hong Kong — Asia/Hong_Kong (UTC+08:00)": the place and the zone its agreement is dated in."""
    zone = case_zone(case)
    if not zone:
        return _tr("%1 — time zone not known; set it before exporting").replace("%1", place_name(case.place))
    offset = datetime.now(zoneinfo.ZoneInfo(zone)).utcoffset()
    return f"{place_name(case.place)} — {zone} ({utc_offset(offset)})"


def signatories_text(party: Party) -> str:
    """Who signs for `party`, one per line: "Name, capacity (authority)"."""
    lines = []
    for s in party.signatories:
        line = s.name + (f", {s.capacity}" if s.capacity else "")
        lines.append(line + (f" ({s.authority})" if s.authority else ""))
    return "\n".join(lines)


class OverviewPage(QScrollArea):
    #: a case setting was recorded from one of the page's dialogs
    changed = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogs: list[QDialog] = []
        self.signatories_action = QAction(self.tr("Si&gnatories…"), self)
        self.signatories_action.setToolTip(self.tr("Record who signs the agreement for each party, "
                                                   "in what capacity and on what authority"))
        self.signatories_action.triggered.connect(lambda _checked=False: self.edit_signatories())
        self.place_action = QAction(self.tr("&Place and time zone…"), self)
        self.place_action.setToolTip(self.tr("The time zone that dates the agreement at its place"))
        self.place_action.triggered.connect(lambda _checked=False: self.edit_place())
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
        self.seat = QLabel(body)
        self.seat.setAccessibleName(self.tr("Place and time zone"))
        self.seat_button = QPushButton(self.tr("Change…"), body)
        self.seat_button.setAccessibleName(self.tr("Change the place's time zone"))
        self.seat_button.clicked.connect(self.edit_place)
        seat_row = QHBoxLayout()
        seat_row.setContentsMargins(0, 0, 0, 0)
        seat_row.addWidget(self.seat)
        seat_row.addWidget(self.seat_button)
        seat_row.addStretch(1)
        self.seat_box = QWidget(body)
        self.seat_box.setLayout(seat_row)
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
        self.process = ProcessSection(session, body)
        self.process.dialog_opened.connect(self._open)
        for widget in (self.title, self.facts, _section(self.tr("Place and time zone"), body), self.seat_box,
                       _section(self.tr("Disclosure rules"), body), self.rules,
                       _section(self.tr("Parties"), body), self.parties_box,
                       _section(self.tr("Mediators"), body), self.mediators,
                       _section(self.tr("Process record"), body), self.process,
                       _section(self.tr("Sessions"), body), self.history):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    def refresh(self) -> None:
        case: Case = self._session.case
        self.title.setText(case.title)
        self.facts.setText("  ·  ".join([case.reference, _tr(KINDS[case.kind]), place_name(case.place),
                                         self.tr("Status: %1").replace("%1", _tr(STATUSES[case.status]))]))
        self.seat.setText(seat_text(case))
        self.rules.setText(f"<b>{rule_set_name(case.rule_set)}</b><br>{rule_set_explanation(case.rule_set)}")
        self._fill_parties(case)
        self.process.refresh()
        self.mediators.setText(", ".join(m.name for m in case.mediators))
        self.history.clear()
        now = self._session.now()
        dots: dict[str, QIcon] = {}  # one icon per colour, not one per session (4,000 at 100,000 notes)
        items = []
        for s in self._session.session_history():
            label = self.tr("Joint session") if s.channel.kind == "joint" else channel_title(case, s.channel)
            item = QTreeWidgetItem([label, _when(s.started_at), _when(s.ended_at) if s.ended_at else self.tr("running"),
                                    elapsed_text(s.duration_seconds(now))])
            colour = channel_colour(case, s.channel)
            item.setIcon(0, dots.get(colour) or dots.setdefault(colour, colour_dot(colour)))
            items.append(item)
        self.history.addTopLevelItems(items)
        if not self.history.topLevelItemCount():
            self.history.addTopLevelItem(QTreeWidgetItem([self.tr("No sessions yet")]))

    def _fill_parties(self, case: Case) -> None:
        self._drop_parties()
        for row, party in enumerate(case.parties):
            dot = QLabel(self.parties_box)
            dot.setPixmap(colour_dot(party.colour, 14).pixmap(14, 14))
            name = QLabel(f"<b>{escape(party.name)}</b>", self.parties_box)
            reps = QLabel(", ".join(party.representatives) or self.tr("No representative recorded"), self.parties_box)
            reps.setWordWrap(True)
            reps.setTextFormat(Qt.TextFormat.PlainText)
            signs = signatories_text(party)
            if signs:
                reps.setText(reps.text() + "\n" + self.tr("Signs: %1").replace("%1", signs.replace("\n", "; ")))
            kind = QLabel(_tr(PARTY_KINDS[party.kind]), self.parties_box)
            kind.setEnabled(False)
            button = QPushButton(self.tr("Signatories…"), self.parties_box)
            button.setAccessibleName(self.tr("Signatories of %1").replace("%1", party.name))
            button.clicked.connect(lambda _checked=False, pid=party.id: self.edit_signatories(pid))
            self.parties_grid.addWidget(dot, row, 0, Qt.AlignmentFlag.AlignTop)
            self.parties_grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            self.parties_grid.addWidget(reps, row, 2, Qt.AlignmentFlag.AlignTop)
            self.parties_grid.addWidget(kind, row, 3, Qt.AlignmentFlag.AlignTop)
            self.parties_grid.addWidget(button, row, 4, Qt.AlignmentFlag.AlignTop)

    def _drop_parties(self) -> None:
        while self.parties_grid.count():
            widget = self.parties_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    # -- the case settings' dialogs ---------------------------------------------------------
    def menu_actions(self) -> dict[str, QAction]:
        """The Case menu's entries for the settings this page edits."""
        return {"case.signatories": self.signatories_action, "case.place": self.place_action}

    def edit_signatories(self, party_id: str | None = None) -> SignatoriesDialog:
        return self._open(SignatoriesDialog(self._session, party_id, self))

    def edit_place(self) -> PlaceAndZoneDialog:
        return self._open(PlaceAndZoneDialog(self._session, self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._recorded)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def _recorded(self, change: Change) -> None:
        self.refresh()
        self.changed.emit(change)

    def clear(self) -> None:
        for dialog in list(self._dialogs):
            dialog.reject()
        self._dialogs.clear()
        for label in (self.title, self.facts, self.seat, self.rules, self.mediators):
            label.clear()
        self.history.clear()
        self.process.clear()
        self._drop_parties()


def _when(moment: datetime) -> str:
    return local_text(moment)
