"""Who is in the room (issue 16, item 3): the attendance list asked for as a session starts.

The list is filled with the mediators and the representatives on record for the session (every party's
for a joint session, that party's for a caucus); each row can be unticked, and anyone else added with
their role, side, language (an interpreter's) and confidentiality undertaking. OK starts the session
with the ticked list in one transaction (`app.process_record.start_session`). A caucus with someone of
another party on the list is refused by the app unless confirmed: the dialog asks, naming them.

`AttendeeDialog` holds what this dialog and the running session's (gui/process_room.py) share: the
list's set-up and the add row, whose Enter adds the person typed; each passes its own translated words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from iomed_desk.core.model import Case
from iomed_desk.core.process import NON_PARTY_ROLES, Attendee, Role, caucus_conflicts
from iomed_desk.gui import messages
from iomed_desk.gui.process_base import ProcessDialog
from iomed_desk.gui.process_dialogs import choice
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


def role_text(role: Role) -> str:
    """The role as both attendance dialogs show it (translated in the AttendanceDialog context)."""
    return _t(ROLES[role])


@dataclass(frozen=True)
class AddRowWords:
    """The add row's texts, translated by the dialog that owns them (each keeps its own context)."""

    label: str
    button: str
    name: str
    name_for: str
    role: str
    party: str
    no_party: str
    language: str
    language_for: str
    undertaking: str


class AttendeeDialog(ProcessDialog):
    """What the attendance dialogs share: the list of people, and the add row (name, role, side,
    language, undertaking) in which Enter adds the person typed rather than pressing the dialog's button."""

    _add_typed: Callable[[], None]

    def attendance_list(self, name: str, headers: list[str], widths: Iterable[int]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in enumerate(widths):
            tree.setColumnWidth(column, width)
        return tree

    def build_add_row(self, case: Case, channel: Channel, words: AddRowWords, add: Callable[[], None]) -> QPushButton:
        """Build the add row under the list (the party preset to the caucus's); its button and Enter call `add`."""
        self._add_typed = add
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(words.name)
        self.name.setAccessibleName(words.name_for)
        self.role = choice(self, ((role_text(r), r.value) for r in ROLES if r is not Role.MEDIATOR), words.role)
        self.party = choice(self, [(words.no_party, ""), *((p.name, p.id) for p in case.parties)], words.party)
        if channel.kind == "party":
            self.party.setCurrentIndex(self.party.findData(channel.party_id))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(words.language)
        self.language.setAccessibleName(words.language_for)
        self.undertaking = QCheckBox(words.undertaking, self)
        button = QPushButton(words.button, self)
        button.setAutoDefault(False)
        button.clicked.connect(add)
        self.role.currentIndexChanged.connect(self._follow_role)
        label = QLabel(words.label, self)
        label.setBuddy(self.name)
        grid = QGridLayout()
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.role, 0, 2)
        grid.addWidget(self.party, 0, 3)
        grid.addWidget(button, 0, 4)
        grid.addWidget(self.language, 1, 1)
        grid.addWidget(self.undertaking, 1, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self._follow_role()
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in the add row adds the person (it does not press the dialog's button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name.text().strip() and \
                self.focusWidget() in (self.name, self.language, self.role, self.party):
            self._add_typed()
            return
        super().keyPressEvent(event)

    def _follow_role(self) -> None:
        role = Role(self.role.currentData())
        self.language.setEnabled(role is Role.INTERPRETER)
        self.undertaking.setEnabled(role in NON_PARTY_ROLES)
        self.undertaking.setChecked(role in NON_PARTY_ROLES)

    def typed(self) -> AttendeeSpec:
        """The person in the add row; a language only for an interpreter, an undertaking only for a non-party role."""
        role = Role(self.role.currentData())
        return AttendeeSpec(self.name.text().strip(), role, self.party.currentData() or "",
                            self.language.text().strip() if role is Role.INTERPRETER else "",
                            self.undertaking.isChecked() if role in NON_PARTY_ROLES else None)

    def row_added(self) -> None:
        """The person typed is on the list: the row empties for the next one."""
        self.error.hide()
        self.name.clear()
        self.language.clear()
        self.name.setFocus()


class AttendanceDialog(AttendeeDialog):
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
        self.list = self.attendance_list(
            _t("Attendance list"), [_t("Name"), _t("Role"), _t("For"), _t("Language"), _t("Undertaking")],
            (210, 120, 240))
        self.body.addWidget(self.list, 1)
        self.specs: list[AttendeeSpec] = []
        for spec in default_attendees(session, channel):
            self._append_row(spec)
        self.add_button = self.build_add_row(session.case, channel, AddRowWords(
            label=_t("A&dd someone:"), button=_t("&Add"), name=_t("name"),
            name_for=_t("Name of the attendee to add"), role=_t("Role"), party=_t("For"),
            no_party=_t("no party"), language=_t("language (interpreter)"), language_for=_t("Language"),
            undertaking=_t("&Undertaking given")), self.add_attendee)
        self.finish_layout()
        self.ok.setText(_t("&Start the session"))
        self.resize(820, 440)
        self.list.setFocus()

    def _append_row(self, spec: AttendeeSpec) -> None:
        case = self._session.case
        undertaking = "" if spec.undertaking is None else _t("given") if spec.undertaking else _t("refused")
        item = QTreeWidgetItem([spec.name, role_text(Role(spec.role)),
                                case.party(spec.party_id).name if spec.party_id else "", spec.language, undertaking])
        item.setToolTip(2, item.text(2))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        self.list.addTopLevelItem(item)
        self.specs.append(spec)

    def add_attendee(self) -> None:
        """The person typed in the add row joins the list (ticked); a bad row says why and adds nothing."""
        spec = self.typed()
        try:
            draft_attendee(spec)
        except UserError as exc:
            self.show_error(exc.message)
            return
        self._append_row(spec)
        self.row_added()

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
        others = caucus_conflicts(self.channel, [draft_attendee(s) for s in people])
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


def draft_attendee(spec: AttendeeSpec) -> Attendee:
    """The attendee the app would record (its own checks: a counsel names a party, an interpreter a language)."""
    return Attendee("", "", spec.name, Role(spec.role), spec.party_id, spec.language, undertaking=spec.undertaking)


def _pseudo(channel: Channel):  # type: ignore[no-untyped-def]
    """A not-yet-started session for `running_label`'s wording of the channel."""
    from datetime import UTC, datetime

    from iomed_desk.core.model import Session

    return Session("", channel, datetime.now(UTC))
