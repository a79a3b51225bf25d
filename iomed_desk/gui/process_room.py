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
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QWidget

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Session
from iomed_desk.core.process import Attendee, caucus_conflicts
from iomed_desk.gui import messages
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.process_attendance import AddRowWords, AttendeeDialog, draft_attendee, role_text
from iomed_desk.gui.session_bar import running_label

SHORTCUT = "Ctrl+Shift+A"
ID_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomDialog", text)


class RoomDialog(AttendeeDialog):
    """The running session's attendance: who left, who came late."""

    def __init__(self, session: CaseSession, running: Session, parent: QWidget | None = None) -> None:
        label, _colour = running_label(session.case, running)
        super().__init__(_t("In the room — %1").replace("%1", label), parent)
        self._session = session
        self.running = running
        self.list = self.attendance_list(
            _t("Attendance list"), [_t("Name"), _t("Role"), _t("For"), _t("Arrived"), _t("Left")],
            (200, 110, 220, 110))
        self.list.currentItemChanged.connect(lambda *_: self._follow_choice())
        self.depart_button = QPushButton(_t("Record &departure"), self)
        self.depart_button.setAccessibleName(_t("Record that the chosen attendee has left"))
        self.depart_button.setAutoDefault(False)
        self.depart_button.clicked.connect(self.record_departure)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.depart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row, 1)

        self.arrive_button = self.build_add_row(session.case, running.channel, AddRowWords(
            label=_t("Arriving &now:"), button=_t("&Add late arrival"), name=_t("name"),
            name_for=_t("Name of the late arrival"), role=_t("Role"), party=_t("For"),
            no_party=_t("no party"), language=_t("language (interpreter)"), language_for=_t("Language"),
            undertaking=_t("&Undertaking given")), self.add_arrival)
        self.finish_layout()
        self.ok.setText(_t("&Close"))
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        self.fill()
        self.resize(820, 420)
        self.list.setFocus()

    def attendees(self) -> list[Attendee]:
        return pr.attendance(self._session, self.running.id)

    def fill(self, select_id: str | None = None) -> None:
        case = self._session.case
        current = select_id or self._current_id()
        self.list.clear()
        for a in self.attendees():
            item = QTreeWidgetItem([a.name, role_text(a.role),
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
        spec = self.typed()
        try:
            draft = draft_attendee(spec)
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
        self.fill(change.created_id)
        self.row_added()

    def submit(self) -> None:
        self.accept()
