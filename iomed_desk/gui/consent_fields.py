"""The fields that record consents, shared by the disclosure and release dialogs.

A row per consent the case's rules ask for (a tick and who gave it), then how they were given
and who witnessed them. The fields only collect what the mediator says; the case decides whether
it is enough, and the dialogs show its refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QWidget

from iomed_desk.core.disclosure import ConsentManner
from iomed_desk.core.model import Case


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentFields", text)


def manner_label(manner: ConsentManner) -> str:
    return {ConsentManner.SAID_IN_CAUCUS: _tr("Said in caucus"),
            ConsentManner.IN_WRITING: _tr("In writing"),
            ConsentManner.SIGNED_ON_SCREEN: _tr("Signed on screen")}[manner]


def people_for(case: Case, who: str) -> list[str]:
    """Who may give the consent `who` stands for: a party's representatives, the mediator by name."""
    if who.startswith("party:"):
        return list(case.party(who[len("party:"):]).representatives)
    if who.startswith("mediator:"):
        return [m.name for m in case.mediators if f"mediator:{m.id}" == who]
    return []


def everyone(case: Case) -> list[str]:
    """The people of the case by name, for the witness field: representatives, then mediators."""
    names = [r for p in case.parties for r in p.representatives] + [m.name for m in case.mediators]
    return list(dict.fromkeys(n for n in names if n.strip()))


def _name_combo(parent: QWidget, names: list[str], placeholder: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(names)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.setAccessibleName(accessible)
    return combo


class ConsentRows(QWidget):
    """One row per consent: "<who> consents" and who gave it; rebuilt when the consents asked for change.

    A rebuild keeps what was already ticked and typed for a consent that is still asked for.
    """

    changed = Signal()

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self.boxes: dict[str, QCheckBox] = {}
        self.given_by: dict[str, QComboBox] = {}
        self.labels: dict[str, str] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._grid.setHorizontalSpacing(12)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

    def set_consents(self, required: list[tuple[str, str]], *, empty_text: str = "") -> None:
        """Show a row per (who, label); with none, `empty_text` instead."""
        kept = {who: (box.isChecked(), self.given_by[who].currentText()) for who, box in self.boxes.items()}
        for widget in (*self.boxes.values(), *self.given_by.values()):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._grid.removeWidget(self.message)
        self.boxes, self.given_by, self.labels = {}, {}, {}
        for row, (who, label) in enumerate(required):
            box = QCheckBox(_tr("%1 consents").replace("%1", label), self)
            box.setAccessibleName(_tr("Consent of %1").replace("%1", label))
            names = _name_combo(self, people_for(self._case, who), _tr("Given by (name)"),
                                _tr("Consent of %1 given by").replace("%1", label))
            names.setMinimumWidth(240)
            checked, given = kept.get(who, (False, ""))
            box.setChecked(checked)
            names.setEditText(given)
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, row, 0)
            self._grid.addWidget(names, row, 1)
            self.boxes[who], self.given_by[who], self.labels[who] = box, names, label
        self._chain_after_self()
        self.message.setText(empty_text)
        self.message.setVisible(not required and bool(empty_text))
        if not required:
            self._grid.addWidget(self.message, 0, 0, 1, 2)
        self.changed.emit()

    def _chain_after_self(self) -> None:
        """Tab reaches the rows where they are shown: new widgets join the window's tab chain at its end
        (after Cancel), so the rows are put back after the last focusable widget before this one."""
        previous = self.previousInFocusChain()
        while previous is not self and (self.isAncestorOf(previous)
                                        or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus):
            previous = previous.previousInFocusChain()
        if previous is self:
            return
        for who in self.boxes:
            for widget in (self.boxes[who], self.given_by[who]):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def ticked(self) -> list[str]:
        return [who for who, box in self.boxes.items() if box.isChecked()]

    def missing(self) -> list[str]:
        """The labels of the consents not ticked."""
        return [self.labels[who] for who, box in self.boxes.items() if not box.isChecked()]

    def given_by_names(self) -> dict[str, str]:
        return {who: self.given_by[who].currentText().strip() for who in self.ticked()}


class MannerAndWitness(QWidget):
    """How the consents were given (one of the three manners) and who witnessed them (optional)."""

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manner_combo = QComboBox(self)
        self.manner_combo.setAccessibleName(_tr("How the consents were given"))
        for manner in ConsentManner:
            self.manner_combo.addItem(manner_label(manner), manner.value)
        self.witness_combo = _name_combo(
            self, everyone(case), _tr("Optional — e.g. the other side's counsel or a co-mediator"),
            _tr("Witnessed by"))
        self.witness_combo.setMinimumWidth(320)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        manner_label_widget = QLabel(_tr("&How given:"), self)
        manner_label_widget.setBuddy(self.manner_combo)
        witness_label = QLabel(_tr("&Witnessed by:"), self)
        witness_label.setBuddy(self.witness_combo)
        form.addRow(manner_label_widget, self.manner_combo)
        form.addRow(witness_label, self.witness_combo)

    def manner(self) -> ConsentManner:
        return ConsentManner(self.manner_combo.currentData())

    def set_manner(self, manner: ConsentManner) -> None:
        self.manner_combo.setCurrentIndex(self.manner_combo.findData(manner.value))

    def witness(self) -> str:
        return self.witness_combo.currentText().strip()
