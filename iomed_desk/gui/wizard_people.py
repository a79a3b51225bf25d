"""The new-case wizard's page for people: the mediator(s) and two or more parties, each in its own colour."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from iomed_desk.app.opening import NewParty
from iomed_desk.core.model import PARTY_COLOURS, PartyKind

MAX_PARTIES = 8


def party_kind_labels() -> dict[PartyKind, str]:
    t = QCoreApplication.translate
    return {PartyKind.STATE: t("PartyKind", "State"), PartyKind.STATE_ENTITY: t("PartyKind", "State entity"),
            PartyKind.COMPANY: t("PartyKind", "Company"), PartyKind.INDIVIDUAL: t("PartyKind", "Individual"),
            PartyKind.ORGANISATION: t("PartyKind", "Organisation")}


class ColourButton(QPushButton):
    """Shows a party's colour as a swatch; a click opens the colour picker."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(44, 28)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it everywhere (macOS skips buttons)
        self.setToolTip(self.tr("Choose the party's colour (Space)"))
        self.clicked.connect(self._pick)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour).name()
        # the swatch replaces the button's frame, so the keyboard focus needs its own mark
        self.setStyleSheet(f"QPushButton {{ background: {self.colour}; border: 1px solid palette(mid); "
                           "border-radius: 4px; } QPushButton:focus { border: 3px solid palette(highlight); }")
        self.setAccessibleName(self.tr("Party colour {colour}").format(colour=self.colour))
        self.colour_changed.emit(self.colour)

    def _pick(self) -> None:
        """The picker as a window-modal dialog (not the static call, which nests an event loop)."""
        picker = QColorDialog(QColor(self.colour), self)
        picker.setWindowTitle(self.tr("Party colour"))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.colorSelected.connect(lambda chosen: self.set_colour(chosen.name()) if chosen.isValid() else None)
        picker.open()


class PartyRow(QFrame):
    remove_requested = Signal(object)

    def __init__(self, number: int, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyRow")
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of the party"))
        self.kind = QComboBox(self)
        for kind, label in party_kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PartyKind.COMPANY.value))
        self.representatives = QLineEdit(self)
        self.representatives.setPlaceholderText(self.tr("Representatives, separated by ;"))
        self.colour = ColourButton(colour, self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.colour, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.kind, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.representatives, 1, 1, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        self.renumber(number)

    def renumber(self, number: int) -> None:
        self.name.setAccessibleName(self.tr("Party {n} name").format(n=number))
        self.kind.setAccessibleName(self.tr("Party {n} kind").format(n=number))
        self.representatives.setAccessibleName(self.tr("Party {n} representatives").format(n=number))
        self.remove.setAccessibleName(self.tr("Remove party {n}").format(n=number))

    def value(self) -> NewParty:
        reps = tuple(r.strip() for r in self.representatives.text().split(";") if r.strip())
        return NewParty(self.name.text().strip(), PartyKind(self.kind.currentData()), reps, self.colour.colour)


class PeoplePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("People"))
        self.setSubTitle(self.tr("Who mediates, and the parties. Each party's caucus is shown in its colour."))
        self.mediator = QLineEdit(self)
        self.mediator.setAccessibleName(self.tr("Mediator"))
        self.mediator.setPlaceholderText(self.tr("Your name as it should appear on the agreement"))
        self.co_mediator = QLineEdit(self)
        self.co_mediator.setAccessibleName(self.tr("Co-mediator"))
        self.co_mediator.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("&Mediator:"), self.mediator)
        form.addRow(self.tr("&Co-mediator:"), self.co_mediator)

        heading = QLabel(self.tr("Parties"), self)
        heading.setObjectName("sectionHeading")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.rows: list[PartyRow] = []
        self.add_button = QPushButton(self.tr("Add party"), self)
        self.add_button.setAccessibleName(self.tr("Add a party"))
        self.add_button.clicked.connect(self.add_party)
        self.error = QLabel(self)
        self.error.setObjectName("errorMessage")
        self.error.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(form)
        layout.addSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(self.rows_box)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.mediator.textChanged.connect(self.completeChanged)
        for _ in range(2):
            self.add_party()

    def add_party(self) -> PartyRow:
        used = {r.colour.colour for r in self.rows}
        colour = next((c for c in PARTY_COLOURS if c not in used), PARTY_COLOURS[len(self.rows) % len(PARTY_COLOURS)])
        row = PartyRow(len(self.rows) + 1, colour, self)
        row.remove_requested.connect(self.remove_party)
        row.name.textChanged.connect(self.completeChanged)
        row.colour.colour_changed.connect(lambda _c: self.error.setText(""))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._update_buttons()
        self.completeChanged.emit()
        row.name.setFocus()
        return row

    def remove_party(self, row: PartyRow) -> None:
        if len(self.rows) <= 2:
            return
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        for number, r in enumerate(self.rows, start=1):
            r.renumber(number)
        self._update_buttons()
        self.completeChanged.emit()

    def _order_tabs(self) -> None:
        """Reading order: mediators, each party's row (name, kind, representatives, colour, Remove), then
        Add party, whatever order the rows were made in."""
        chain = [self.mediator, self.co_mediator]
        for row in self.rows:
            chain += [row.name, row.kind, row.representatives, row.colour, row.remove]
        chain.append(self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_buttons(self) -> None:
        self._order_tabs()
        for r in self.rows:
            r.remove.setEnabled(len(self.rows) > 2)
        self.add_button.setEnabled(len(self.rows) < MAX_PARTIES)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.mediator.text().strip()) and all(r.name.text().strip() for r in self.rows)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        names = [r.name.text().strip().casefold() for r in self.rows]
        if len(set(names)) != len(names):
            self.error.setText(self.tr("Two parties have the same name."))
            return False
        colours = [r.colour.colour for r in self.rows]
        if len(set(colours)) != len(colours):
            self.error.setText(self.tr("Give each party its own colour, so their caucuses cannot be confused."))
            return False
        self.error.setText("")
        return True

    def mediators(self) -> tuple[str, ...]:
        return tuple(n for n in (self.mediator.text().strip(), self.co_mediator.text().strip()) if n)

    def parties(self) -> tuple[NewParty, ...]:
        return tuple(r.value() for r in self.rows)
