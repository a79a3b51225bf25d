"""Who is in the room (issue 16, item 3): the attendance list asked for as a session starts.

The list is filled with the mediators and the representatives on record for the session (every party's
for a joint session, that party's for a caucus); each row can be unticked, and anyone else added with
their role, side, language (an interpreter's) and confidentiality undertaking. OK starts the session
with the ticked list in one transaction (`app.process_record.start_session`). A caucus with someone of
another party on the list is refused by the app unless confirmed: the dialog asks, naming them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
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
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed, UserError
from iomed_desk.core.process import NON_PARTY_ROLES, Attendee, Role, caucus_conflicts
from iomed_desk.gui import messages
from iomed_desk.gui.process_dialogs import ProcessDialog
from iomed_desk.gui.session_bar import running_label


def _t(text: str) -> str:
    return QCoreApplication.translate("AttendanceDialog", text)


ROLES = {
    Role.MEDIATOR: QT_TRANSLATE_NOOP("AttendanceDialog", "Mediator"),
    Role.REPRESENTATIVE: QT_TRANSLATE_NOOP("AttendanceDialog", "Representative"),
    Role.COUNSEL: QT_TRANSLATE_NOOP("AttendanceDialog", "Counsel"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("AttendanceDialog", "Interpreter"),
    Role.EXPERT: QT_TRANSLATE_NOOP("AttendanceDialog", "Expert"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("AttendanceDialog", "Observer"),
}


def default_attendees(session: CaseSession, channel: Channel) -> list[AttendeeSpec]:
    """The mediators, and the representatives on record of the parties the session is with."""
    case = session.case
    people = [AttendeeSpec(m.name, Role.MEDIATOR) for m in case.mediators]
    for party in case.parties:
        if channel.kind == "joint" or channel.party_id == party.id:
            people += [AttendeeSpec(r, Role.REPRESENTATIVE, party.id) for r in party.representatives]
    return people


class AttendanceDialog(ProcessDialog):
    """Starting a session: who is in the room. `saved` carries the session's start `Change`."""

    def __init__(self, session: CaseSession, channel: Channel, parent: QWidget | None = None) -> None:
        label, _colour = running_label(session.case, _pseudo(channel))
        super().__init__(_t("Who is in the room — %1").replace("%1", label), parent)
        self._session = session
        self.channel = channel
        intro = QLabel(_t("Untick anyone who is not here; add counsel, interpreters, experts and observers. "
                          "Non-party attendees give a confidentiality undertaking."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(_t("Attendance list"))
        self.list.setHeaderLabels([_t("Name"), _t("Role"), _t("For"), _t("Language"), _t("Undertaking")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 210)
        self.list.setColumnWidth(1, 120)
        self.list.setColumnWidth(2, 240)
        self.body.addWidget(self.list, 1)
        self.specs: list[AttendeeSpec] = []
        for spec in default_attendees(session, channel):
            self._add_row(spec)
        grid = QGridLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_t("name"))
        self.name.setAccessibleName(_t("Name of the attendee to add"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(_t("Role"))
        for role, text in ROLES.items():
            if role is not Role.MEDIATOR:
                self.role.addItem(_t(text), role.value)
        self.party = QComboBox(self)
        self.party.setAccessibleName(_t("For"))
        self.party.addItem(_t("no party"), "")
        for p in session.case.parties:
            self.party.addItem(p.name, p.id)
        if channel.kind == "party":
            self.party.setCurrentIndex(self.party.findData(channel.party_id))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(_t("language (interpreter)"))
        self.language.setAccessibleName(_t("Language"))
        self.undertaking = QCheckBox(_t("&Undertaking given"), self)
        self.add_button = QPushButton(_t("&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_attendee)
        self.role.currentIndexChanged.connect(self._follow_role)
        add_label = QLabel(_t("A&dd someone:"), self)
        add_label.setBuddy(self.name)
        grid.addWidget(add_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.role, 0, 2)
        grid.addWidget(self.party, 0, 3)
        grid.addWidget(self.language, 1, 1)
        grid.addWidget(self.undertaking, 1, 2, 1, 2)
        grid.addWidget(self.add_button, 0, 4)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.finish_layout()
        self.ok.setText(_t("&Start the session"))
        self._follow_role()
        self.resize(820, 440)
        self.list.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in the add row adds the person (not start the session); elsewhere it starts."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name.text().strip() and \
                self.focusWidget() in (self.name, self.language, self.role, self.party):
            self.add_attendee()
            return
        super().keyPressEvent(event)

    def _follow_role(self) -> None:
        role = Role(self.role.currentData())
        self.language.setEnabled(role is Role.INTERPRETER)
        self.undertaking.setEnabled(role in NON_PARTY_ROLES)
        self.undertaking.setChecked(role in NON_PARTY_ROLES)

    def _add_row(self, spec: AttendeeSpec) -> None:
        case = self._session.case
        undertaking = "" if spec.undertaking is None else _t("given") if spec.undertaking else _t("refused")
        item = QTreeWidgetItem([spec.name, _t(ROLES[Role(spec.role)]),
                                case.party(spec.party_id).name if spec.party_id else "", spec.language, undertaking])
        item.setToolTip(2, item.text(2))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        self.list.addTopLevelItem(item)
        self.specs.append(spec)

    def add_attendee(self) -> None:
        """The person typed in the add row joins the list (ticked); a bad row says why and adds nothing."""
        role = Role(self.role.currentData())
        spec = AttendeeSpec(self.name.text().strip(), role, self.party.currentData() or "",
                            self.language.text().strip() if role is Role.INTERPRETER else "",
                            self.undertaking.isChecked() if role in NON_PARTY_ROLES else None)
        try:
            _draft(spec)
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.error.hide()
        self._add_row(spec)
        self.name.clear()
        self.language.clear()
        self.name.setFocus()

    def chosen(self) -> list[AttendeeSpec]:
        return [spec for i, spec in enumerate(self.specs)
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def submit(self) -> None:
        if self.name.text().strip():  # typed but not yet added: add it rather than lose it
            self.add_attendee()
            if self.error.isVisible():
                return
        people = self.chosen()
        confirm = False
        others = caucus_conflicts(self.channel, [_draft(s) for s in people])
        if others:
            case = self._session.case
            names = ", ".join(f"{a.name} ({case.party(a.party_id).name})" for a in others)
            text = _t("%1 attend for another party than %2. Start the caucus with them in the room?").replace(
                "%1", names).replace("%2", case.party(self.channel.party_id or "").name)
            if messages.ask(self, text, self.windowTitle()) != messages.Button.Yes:
                return
            confirm = True
        try:
            change = pr.start_session(self._session, self.channel, people, confirm=confirm)
        except (InvalidInput, NotAllowed, UserError) as exc:
            self.show_error(exc.message)
            return
        self.saved.emit(change)
        self.accept()


def _draft(spec: AttendeeSpec) -> Attendee:
    """The attendee the app would record (its own checks: a counsel names a party, an interpreter a language)."""
    return Attendee("", "", spec.name, Role(spec.role), spec.party_id, spec.language, undertaking=spec.undertaking)


def _pseudo(channel: Channel):  # type: ignore[no-untyped-def]
    """A not-yet-started session for `running_label`'s wording of the channel."""
    from datetime import UTC, datetime

    from iomed_desk.core.model import Session

    return Session("", channel, datetime.now(UTC))
