"""Case > Signatories…: who signs the agreement for each party, in what capacity and on what authority.

One signature block per signatory is printed in the agreement, in this order.
The table lists a party's signatories; the fields below it edit the selected
one, so the whole dialog works from the keyboard: Alt+A adds a signatory and
puts the cursor in its name (a representative can be picked or a name typed),
Tab goes on to capacity and authority. Nothing is recorded until Save, which
records each changed party through `app.case_settings.set_signatories` (one
audit event per party); a refusal leaves the case as it was and says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.case_settings import set_signatories
from iomed_desk.app.changes import Change
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Signatory


@dataclass
class Row:
    """A signatory being edited: free text until Save checks it."""

    name: str = ""
    capacity: str = ""
    authority: str = ""

    def values(self) -> tuple[str, str, str]:
        return (self.name, self.capacity, self.authority)


def _entered(rows: list[Row]) -> list[tuple[str, ...]]:
    """What the rows say, trimmed, blank rows left out: equal lists mean nothing to record."""
    values = [tuple(v.strip() for v in r.values()) for r in rows]
    return [v for v in values if any(v)]


class SignatoriesDialog(QDialog):
    """Edit the signatories of every party; `saved` carries one Change per party recorded."""

    saved = Signal(object)

    def __init__(self, session: CaseSession, party_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("signatoriesDialog")
        self.setWindowTitle(self.tr("Signatories"))
        case = session.case
        self._rows: dict[str, list[Row]] = {
            p.id: [Row(s.name, s.capacity, s.authority) for s in p.signatories] for p in case.parties}
        self._recorded = {pid: _entered(rows) for pid, rows in self._rows.items()}
        self._filling = False

        heading = QLabel(self.tr("Who signs the agreement"), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr("The agreement prints one signature block per signatory, in this order, with "
                               "the name, the capacity in which they sign and the authority they sign on. "
                               "A party with no signatory recorded gets a block for its first representative."),
                       self)
        intro.setObjectName("secondary")
        intro.setWordWrap(True)

        self.party = QComboBox(self)
        self.party.setAccessibleName(self.tr("Party"))
        for p in case.parties:
            self.party.addItem(p.name, p.id)
        party_label = QLabel(self.tr("&Party:"), self)
        party_label.setBuddy(self.party)

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Signatories of the party"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Capacity"), self.tr("Authority")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)

        self.add_button = self._button(self.tr("&Add"), self.tr("Add a signatory"), self.add_row)
        self.remove_button = self._button(self.tr("&Remove"), self.tr("Remove the selected signatory"),
                                          self.remove_row)
        self.up_button = self._button(self.tr("Move &up"), self.tr("Move the signatory up"), lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move do&wn"), self.tr("Move the signatory down"),
                                        lambda: self.move(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(side)

        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setAccessibleName(self.tr("Signatory's name"))
        self.name.lineEdit().setPlaceholderText(self.tr("A representative, or another name"))
        self.capacity = QLineEdit(self)
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.capacity.setPlaceholderText(self.tr("e.g. Minister of Foreign Affairs; Director"))
        self.authority = QLineEdit(self)
        self.authority.setAccessibleName(self.tr("Authority"))
        self.authority.setPlaceholderText(self.tr("e.g. Full powers dated 1 December 2026; board resolution of …"))
        self.details = QFormLayout()
        for text, field in ((self.tr("&Name:"), self.name), (self.tr("&Capacity:"), self.capacity),
                            (self.tr("Au&thority:"), self.authority)):
            label = QLabel(text, self)
            label.setBuddy(field)
            self.details.addRow(label, field)
        self.name.editTextChanged.connect(lambda text: self._edited("name", text))
        self.capacity.textChanged.connect(lambda text: self._edited("capacity", text))
        self.authority.textChanged.connect(lambda text: self._edited("authority", text))

        self.concluded_note = QLabel(self)
        self.concluded_note.setObjectName("secondary")
        self.concluded_note.setWordWrap(True)
        if session.drafting.concluded() is not None:
            self.concluded_note.setText(self.tr("The agreement is concluded: its signature blocks are printed "
                                                "from what is recorded here when it is exported."))
        self.concluded_note.setVisible(bool(self.concluded_note.text()))
        self.error = QLabel(self)
        self.error.setObjectName("errorMessage")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the signatories were not recorded"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(party_label, self.party)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(table_row, 1)
        layout.addLayout(self.details)
        layout.addWidget(self.concluded_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self.party.currentIndexChanged.connect(self._show_party)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        index = self.party.findData(party_id) if party_id else 0
        self.party.setCurrentIndex(max(index, 0))
        self._show_party()
        self.setTabOrder(self.party, self.table)

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the model: rows per party ----------------------------------------------------------
    def party_id(self) -> str:
        return str(self.party.currentData())

    def rows(self, party_id: str | None = None) -> list[Row]:
        return self._rows[party_id or self.party_id()]

    def current_row(self) -> int:
        return self.table.currentRow()

    def add_row(self) -> None:
        """A new signatory after the last, selected, with the cursor in its name."""
        rows = self.rows()
        rows.append(Row())
        self._fill_table(len(rows) - 1)
        self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove_row(self) -> None:
        row = self.current_row()
        rows = self.rows()
        if 0 <= row < len(rows):
            del rows[row]
            self._fill_table(min(row, len(rows) - 1))

    def move(self, step: int) -> None:
        row, rows = self.current_row(), self.rows()
        target = row + step
        if 0 <= row < len(rows) and 0 <= target < len(rows):
            rows[row], rows[target] = rows[target], rows[row]
            self._fill_table(target)

    # -- drawing -----------------------------------------------------------------------------
    def _show_party(self) -> None:
        party = self._session.case.party(self.party_id())
        self._filling = True
        self.name.clear()
        self.name.addItems(list(party.representatives))
        self._filling = False
        self._fill_table(0 if self.rows() else -1)

    def _fill_table(self, select: int) -> None:
        rows = self.rows()
        self._filling = True
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values()):
                self._set_cell(r, c, value)
        self._filling = False
        if select >= 0:
            self.table.setCurrentCell(select, 0)
        self._show_row(select)

    def _set_cell(self, r: int, c: int, value: str) -> None:
        item = self.table.item(r, c)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, c, item)
        item.setText(value)
        item.setToolTip(value)

    def _show_row(self, row: int) -> None:
        rows = self.rows()
        has = 0 <= row < len(rows)
        self._filling = True
        values = rows[row].values() if has else ("", "", "")
        known = self.name.findText(values[0]) if values[0] else -1
        self.name.setCurrentIndex(known)
        if known < 0:
            self.name.setEditText(values[0])
        self.capacity.setText(values[1])
        self.authority.setText(values[2])
        self._filling = False
        for widget in (self.name, self.capacity, self.authority):
            widget.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(rows) - 1)

    def _edited(self, what: str, text: str) -> None:
        row = self.current_row()
        rows = self.rows()
        if self._filling or not 0 <= row < len(rows):
            return
        setattr(rows[row], what, text)
        self._set_cell(row, ("name", "capacity", "authority").index(what), text)
        self.error.clear()

    # -- recording ---------------------------------------------------------------------------
    def changed_parties(self) -> list[str]:
        return [pid for pid, rows in self._rows.items() if _entered(rows) != self._recorded[pid]]

    def _signatories(self, party_id: str) -> list[Signatory]:
        """The rows as signatories, blank rows left out; InvalidInput (naming the party) if one is wrong."""
        party = self._session.case.party(party_id)
        found = []
        for n, row in enumerate(self._rows[party_id], start=1):
            name, capacity, authority = (v.strip() for v in row.values())
            if not (name or capacity or authority):
                continue
            try:
                found.append(Signatory(name, capacity, authority))
            except UserError as error:
                self.party.setCurrentIndex(self.party.findData(party_id))
                self.table.setCurrentCell(n - 1, 0)
                raise type(error)(self.tr("%1, signatory %2: %3").replace("%1", party.name)
                                  .replace("%2", str(n)).replace("%3", str(error))) from None
        return found

    def save(self) -> None:
        """Record every changed party's signatories; the first refusal stops and is shown."""
        try:
            wanted = {pid: self._signatories(pid) for pid in self.changed_parties()}
        except UserError as error:
            self.error.setText(str(error))
            return
        changes: list[Change] = []
        for pid, signatories in wanted.items():
            try:
                changes.append(set_signatories(self._session, pid, signatories))
            except UserError as error:
                self.error.setText(str(error))
                for change in changes:
                    self.saved.emit(change)
                return
        for change in changes:
            self.saved.emit(change)
        self.accept()
