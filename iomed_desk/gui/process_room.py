"""Who is in the room while a session runs (issue 16, item 3): departures and late arrivals.

Opened from the session bar (Attendance…, Ctrl+Shift+A). The list shows the running session's
attendees with when they arrived and left; "Record departure" marks the chosen one as gone now
(`app.process_record.record_departure`), the add row records someone arriving now
(`record_attendee`). Someone of another party joining a caucus is asked about first, naming them,
and recorded as confirmed (the app refuses it otherwise). Each act is written at once and reported
by `saved`; the dialog stays open for the next until Close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.process_record import AttendeeSpec
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Session
from iomed_desk.core.process import NON_PARTY_ROLES, Attendee, Role, caucus_conflicts
from iomed_desk.gui import messages
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.process_attendance import ROLES
from iomed_desk.gui.process_dialogs import ProcessDialog
from iomed_desk.gui.session_bar import running_label

SHORTCUT = "Ctrl+Shift+A"
ID_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomDialog", text)


class RoomDialog(ProcessDialog):
    """The running session's attendance: who left, who came late."""

    def __init__(self, session: CaseSession, running: Session, parent: QWidget | None = None) -> None:
        label, _colour = running_label(session.case, running)
        super().__init__(_t("In the room — %1").replace("%1", label), parent)
        self._session = session
        self.running = running
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(_t("Attendance list"))
        self.list.setHeaderLabels([_t("Name"), _t("Role"), _t("For"), _t("Arrived"), _t("Left")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in ((0, 200), (1, 110), (2, 220), (3, 110)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._follow_choice())
        self.depart_button = QPushButton(_t("Record &departure"), self)
        self.depart_button.setAccessibleName(_t("Record that the chosen attendee has left"))
        self.depart_button.setAutoDefault(False)
        self.depart_button.clicked.connect(self.record_departure)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.depart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row, 1)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_t("name"))
        self.name.setAccessibleName(_t("Name of the late arrival"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(_t("Role"))
        for role, text in ROLES.items():
            if role is not Role.MEDIATOR:
                self.role.addItem(QCoreApplication.translate("AttendanceDialog", text), role.value)
        self.party = QComboBox(self)
        self.party.setAccessibleName(_t("For"))
        self.party.addItem(_t("no party"), "")
        for p in session.case.parties:
            self.party.addItem(p.name, p.id)
        if running.channel.kind == "party":
            self.party.setCurrentIndex(self.party.findData(running.channel.party_id))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(_t("language (interpreter)"))
        self.language.setAccessibleName(_t("Language"))
        self.undertaking = QCheckBox(_t("&Undertaking given"), self)
        self.arrive_button = QPushButton(_t("&Add late arrival"), self)
        self.arrive_button.setAutoDefault(False)
        self.arrive_button.clicked.connect(self.add_arrival)
        self.role.currentIndexChanged.connect(self._follow_role)
        add_label = QLabel(_t("Arriving &now:"), self)
        add_label.setBuddy(self.name)
        grid = QGridLayout()
        grid.addWidget(add_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.role, 0, 2)
        grid.addWidget(self.party, 0, 3)
        grid.addWidget(self.arrive_button, 0, 4)
        grid.addWidget(self.language, 1, 1)
        grid.addWidget(self.undertaking, 1, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.finish_layout()
        self.ok.setText(_t("&Close"))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        self._follow_role()
        self.fill()
        self.resize(820, 420)
        self.list.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in the add row adds the person (it does not close the dialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name.text().strip() and \
                self.focusWidget() in (self.name, self.language, self.role, self.party):
            self.add_arrival()
            return
        super().keyPressEvent(event)

    def attendees(self) -> list[Attendee]:
        return pr.attendance(self._session, self.running.id)

    def fill(self, select_id: str | None = None) -> None:
        case = self._session.case
        current = select_id or self._current_id()
        self.list.clear()
        for a in self.attendees():
            item = QTreeWidgetItem([a.name, QCoreApplication.translate("AttendanceDialog", ROLES[a.role]),
                                    case.party(a.party_id).name if a.party_id else "",
                                    local_text(a.arrived_at, year=False) if a.arrived_at else "",
                                    local_text(a.departed_at, year=False) if a.departed_at else ""])
            item.setData(0, ID_ROLE, a.id)
            item.setData(0, ID_ROLE + 1, a.departed_at is None)
            item.setToolTip(2, item.text(2))
            self.list.addTopLevelItem(item)
            if a.id == current:
                self.list.setCurrentItem(item)
        self._follow_choice()

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _follow_choice(self) -> None:
        item = self.list.currentItem()
        self.depart_button.setEnabled(item is not None and bool(item.data(0, ID_ROLE + 1)))

    def _follow_role(self) -> None:
        role = Role(self.role.currentData())
        self.language.setEnabled(role is Role.INTERPRETER)
        self.undertaking.setEnabled(role in NON_PARTY_ROLES)
        self.undertaking.setChecked(role in NON_PARTY_ROLES)

    def record_departure(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(0, ID_ROLE + 1):
            return
        attendee_id = str(item.data(0, ID_ROLE))
        if self.run(lambda: pr.record_departure(self._session, attendee_id)) is not None:
            self.error.hide()
            self.fill(attendee_id)
            self.list.setFocus()

    def add_arrival(self) -> None:
        """Record the person typed as arriving now; in a caucus, someone of another party only once confirmed."""
        role = Role(self.role.currentData())
        spec = AttendeeSpec(self.name.text().strip(), role, self.party.currentData() or "",
                            self.language.text().strip() if role is Role.INTERPRETER else "",
                            self.undertaking.isChecked() if role in NON_PARTY_ROLES else None)
        try:
            draft = Attendee("", "", spec.name, role, spec.party_id, spec.language, undertaking=spec.undertaking)
        except UserError as exc:
            self.show_error(exc.message)
            return
        confirm = False
        if caucus_conflicts(self.running.channel, [draft]):
            case = self._session.case
            text = _t("%1 attends for %2, not for %3. Have them join this caucus?").replace(
                "%1", draft.name).replace("%2", case.party(draft.party_id).name).replace(
                "%3", case.party(self.running.channel.party_id or "").name)
            if messages.ask(self, text, self.windowTitle()) != messages.Button.Yes:
                return
            confirm = True
        change = self.run(lambda: pr.record_attendee(self._session, self.running.id, spec, confirm=confirm))
        if change is None:
            return
        self.error.hide()
        self.name.clear()
        self.language.clear()
        self.fill(change.created_id)
        self.name.setFocus()

    def submit(self) -> None:
        self.accept()
