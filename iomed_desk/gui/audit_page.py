"""The audit log, read-only and filterable by kind of action.

Events name ids, channels and audiences, never note content; this page puts
names on them (parties, mediators, channels) so the record reads as prose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.audit import AuditEvent
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Case
from iomed_desk.gui.banner import channel_title, scale_font
from iomed_desk.gui.dates import local_text

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


ACTIONS = {
    "case.create": QT_TRANSLATE_NOOP("AuditPage", "Case created"),
    "note.create": QT_TRANSLATE_NOOP("AuditPage", "Note added"),
    "note.edit": QT_TRANSLATE_NOOP("AuditPage", "Note edited"),
    "note.delete": QT_TRANSLATE_NOOP("AuditPage", "Note deleted"),
    "note.confidence_released": QT_TRANSLATE_NOOP("AuditPage", "Released from confidence"),
    "session.start": QT_TRANSLATE_NOOP("AuditPage", "Session started"),
    "session.end": QT_TRANSLATE_NOOP("AuditPage", "Session ended"),
    "disclosure.create": QT_TRANSLATE_NOOP("AuditPage", "Disclosed"),
    "disclosure.revoke": QT_TRANSLATE_NOOP("AuditPage", "Disclosure revoked"),
    "case.backup": QT_TRANSLATE_NOOP("AuditPage", "Backup written"),
    "case.passphrase": QT_TRANSLATE_NOOP("AuditPage", "Passphrase changed"),
    "draft.create": QT_TRANSLATE_NOOP("AuditPage", "Draft started"),
    "draft.edit": QT_TRANSLATE_NOOP("AuditPage", "Draft edited"),
    "draft.version": QT_TRANSLATE_NOOP("AuditPage", "Draft version saved"),
    "draft.table": QT_TRANSLATE_NOOP("AuditPage", "Version tabled"),
    "position.record": QT_TRANSLATE_NOOP("AuditPage", "Position recorded"),
    "agreement.conclude": QT_TRANSLATE_NOOP("AuditPage", "Agreement concluded"),
    "agreement.export": QT_TRANSLATE_NOOP("AuditPage", "Agreement exported"),
    "agreement.reopen": QT_TRANSLATE_NOOP("AuditPage", "Agreement reopened"),
    "case.migrate": QT_TRANSLATE_NOOP("AuditPage", "Case file upgraded"),
    "case.unanchored": QT_TRANSLATE_NOOP("AuditPage", "Opened without the remembered audit head"),
    "case.time_zone": QT_TRANSLATE_NOOP("AuditPage", "Time zone changed"),
    "party.signatories": QT_TRANSLATE_NOOP("AuditPage", "Signatories recorded"),
    "agreement.attest": QT_TRANSLATE_NOOP("AuditPage", "Agreement attested"),
    "case.destroy": QT_TRANSLATE_NOOP("AuditPage", "Caucus material destroyed"),
    "case.certificate": QT_TRANSLATE_NOOP("AuditPage", "Destruction certificate written"),
    "process.agreement_to_mediate": QT_TRANSLATE_NOOP("AuditPage", "Agreement to mediate recorded"),
    "process.attendance": QT_TRANSLATE_NOOP("AuditPage", "Attendance recorded"),
    "process.departure": QT_TRANSLATE_NOOP("AuditPage", "Departure recorded"),
    "process.undertaking": QT_TRANSLATE_NOOP("AuditPage", "Confidentiality undertaking recorded"),
    "process.authority": QT_TRANSLATE_NOOP("AuditPage", "Authority to settle recorded"),
    "process.declaration": QT_TRANSLATE_NOOP("AuditPage", "Declaration made"),
    "process.declaration_answer": QT_TRANSLATE_NOOP("AuditPage", "Declaration answered"),
    "process.retention": QT_TRANSLATE_NOOP("AuditPage", "Retention period set"),
    "process.terminate": QT_TRANSLATE_NOOP("AuditPage", "Mediation terminated"),
    "process.termination_record": QT_TRANSLATE_NOOP("AuditPage", "Termination record signed"),
    "impartiality.export": QT_TRANSLATE_NOOP("AuditPage", "Impartiality record exported"),
    "offers.issue": QT_TRANSLATE_NOOP("AuditPage", "Negotiation issue added"),
    "offer.create": QT_TRANSLATE_NOOP("AuditPage", "Offer recorded"),
    "offer.delete": QT_TRANSLATE_NOOP("AuditPage", "Offer destroyed"),
    "offers.check_start": QT_TRANSLATE_NOOP("AuditPage", "Overlap check agreed"),
    "offers.check_round": QT_TRANSLATE_NOOP("AuditPage", "Overlap check round revealed"),
    "offers.check_round_abandoned": QT_TRANSLATE_NOOP("AuditPage", "Overlap check round abandoned"),
    "offers.export": QT_TRANSLATE_NOOP("AuditPage", "Offers ledger exported"),
    "exhibit.create": QT_TRANSLATE_NOOP("AuditPage", "Exhibit imported"),
    "exhibit.revise": QT_TRANSLATE_NOOP("AuditPage", "Exhibit revised"),
    "exhibit.delete": QT_TRANSLATE_NOOP("AuditPage", "Exhibit deleted"),
    "exhibit.export": QT_TRANSLATE_NOOP("AuditPage", "Exhibit exported"),
    "exhibit.cap": QT_TRANSLATE_NOOP("AuditPage", "Exhibit size limit set"),
}
FILTERS = (
    ("", QT_TRANSLATE_NOOP("AuditPage", "All actions")),
    ("note.", QT_TRANSLATE_NOOP("AuditPage", "Notes")),
    ("session.", QT_TRANSLATE_NOOP("AuditPage", "Sessions")),
    ("disclosure.", QT_TRANSLATE_NOOP("AuditPage", "Disclosures")),
    ("draft.", QT_TRANSLATE_NOOP("AuditPage", "Drafting")),
    ("position.", QT_TRANSLATE_NOOP("AuditPage", "Positions")),
    ("agreement.", QT_TRANSLATE_NOOP("AuditPage", "Agreement")),
    ("process.", QT_TRANSLATE_NOOP("AuditPage", "Process record")),
    ("offer", QT_TRANSLATE_NOOP("AuditPage", "Offers")),
    ("exhibit.", QT_TRANSLATE_NOOP("AuditPage", "Exhibits")),
    ("case.", QT_TRANSLATE_NOOP("AuditPage", "Case")),
)


def who(case: Case, actor: str) -> str:
    if actor.startswith("mediator:"):
        return next((m.name for m in case.mediators if f"mediator:{m.id}" == actor), actor)
    if actor.startswith("party:"):
        return next((p.name for p in case.parties if f"party:{p.id}" == actor), actor)
    return actor


def _place(case: Case, text: str) -> str:
    try:
        return channel_title(case, Channel.parse(text))
    except InvalidInput:
        return text


def describe(case: Case, event: AuditEvent) -> str:
    """The event's details in words; ids and channels only, as the record holds nothing else."""
    d: dict[str, Any] = event.detail
    parts = []
    if "channel" in d:
        parts.append(_place(case, str(d["channel"])))
    if "from" in d and "to" in d:
        parts.append(_tr("%1 → %2").replace("%1", _place(case, str(d["from"]))).replace(
            "%2", _tr("all parties") if d["to"] == "joint" else _place(case, str(d["to"]))))
    elif "to" in d:
        parts.append(_tr("to %1").replace("%1", _tr("all parties") if d["to"] == "joint" else _place(case, str(d["to"]))))
    if d.get("consents"):  # schema 3 records who, how and witnessed by whom; older events only who
        parts.append(_tr("consent of %1").replace("%1", ", ".join(
            who(case, str(c["who"] if isinstance(c, dict) else c)) for c in d["consents"])))
    if d.get("exception"):
        parts.append(_tr("statutory exception %1").replace("%1", str(d["exception"])))
    if d.get("fields"):
        parts.append(_tr("changed: %1").replace("%1", ", ".join(str(f) for f in d["fields"])))
    if d.get("revision") and ("from" in d or "commitment" in d):
        parts.append(_tr("revision %1").replace("%1", str(d["revision"])))
    if "minutes" in d:
        parts.append(_tr("%1 min").replace("%1", str(d["minutes"])))
    if "reference" in d:
        parts.append(str(d["reference"]))
    return " · ".join(parts)


class AuditModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("AuditPage", "When"), QT_TRANSLATE_NOOP("AuditPage", "Who"),
               QT_TRANSLATE_NOOP("AuditPage", "Action"), QT_TRANSLATE_NOOP("AuditPage", "Details"),
               QT_TRANSLATE_NOOP("AuditPage", "Event"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._events: list[AuditEvent] = []

    def set_events(self, case: Case, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self._case, self._events = case, events
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._events = []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._case is None or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self._events[index.row()]
        column = index.column()
        if column == 0:
            return local_text(e.at, seconds=True)
        if column == 1:
            return who(self._case, e.actor)
        if column == 2:
            return _tr(ACTIONS[e.action]) if e.action in ACTIONS else e.action.replace(".", " ").capitalize()
        if column == 3:
            return describe(self._case, e)
        return str(e.seq) if role == Qt.ItemDataRole.DisplayRole else e.hash


class AuditPage(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        heading = QLabel(self.tr("Audit log"), self)
        heading.setObjectName("pageHeading")
        font = heading.font()
        scale_font(font, 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show actions"))
        for prefix, label in FILTERS:
            self.filter_combo.addItem(_tr(label), prefix)
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setEnabled(False)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 150), (2, 150), (4, 60)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_filter(self, prefix: str) -> None:
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(prefix)))

    def refresh(self) -> None:
        events = self._session.audit_events(self.filter_combo.currentData() or "")
        self.model.set_events(self._session.case, events)
        self.summary.setText(self.tr("%n event(s), newest first. The record is append-only and hash-chained.", "",
                                     len(events)))

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
