"""Table a version: show it to all parties (joint) or to one party in caucus.

A tabling to one party is that party's caucus content: the others and the
joint screen never see it. The dialog says so before the mediator confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.core.channels import Audience
from iomed_desk.core.drafting import Draft, DraftVersion
from iomed_desk.core.model import Case
from iomed_desk.core.tabling import Tabling
from iomed_desk.gui.banner import colour_dot
from iomed_desk.gui.drafting.host import DraftingHost
from iomed_desk.gui.drafting.look import channel_note_style, fit_to_width, format_time


class TableDialog(QDialog):
    def __init__(self, case: Case, versions: list[DraftVersion], tablings: list[Tabling], *,
                 number: int | None = None, audience: Audience | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Table version"))
        self._case, self._tablings = case, tablings
        self._versions = {v.number: v for v in versions}
        self.version_combo = QComboBox(self)
        self.version_combo.setAccessibleName(self.tr("Version to table"))
        for v in reversed(versions):
            note = f" — {v.change_note.splitlines()[0]}" if v.change_note else ""
            self.version_combo.addItem(self.tr("Version %1").replace("%1", str(v.number)) + note, v.number)
        if number is not None:
            self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(number)))
        self.joint_radio = QRadioButton(self.tr("All parties (joint session)"), self)
        self.party_radio = QRadioButton(self.tr("One party, in caucus:"), self)
        group = QButtonGroup(self)
        group.addButton(self.joint_radio)
        group.addButton(self.party_radio)
        self.party_combo = QComboBox(self)
        self.party_combo.setAccessibleName(self.tr("Party to table to"))
        for party in case.parties:
            self.party_combo.addItem(colour_dot(party.colour), party.name, party.id)
        if audience is not None and audience.kind == "party":
            self.party_radio.setChecked(True)
            self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(audience.party_id)))
        else:
            self.joint_radio.setChecked(True)
        self.history_label = QLabel(self)
        self.history_label.setWordWrap(True)
        self.effect_label = QLabel(self)
        self.effect_label.setObjectName("channelNote")
        self.effect_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Table"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version_combo)
        form.addRow(self.tr("Show to"), self.joint_radio)
        form.addRow("", self.party_radio)
        form.addRow("", self.party_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history_label)
        layout.addWidget(self.effect_label)
        layout.addWidget(buttons)
        for signal in (self.version_combo.currentIndexChanged, self.party_combo.currentIndexChanged):
            signal.connect(lambda _i: self._update())
        self.joint_radio.toggled.connect(lambda _on: self._update())
        self._update()
        fit_to_width(self, 500)

    def number(self) -> int:
        return int(self.version_combo.currentData())

    def audience(self) -> Audience:
        if self.joint_radio.isChecked():
            return Audience.joint()
        return Audience.party(str(self.party_combo.currentData()))

    def choose_party(self, party_id: str) -> None:
        self.party_radio.setChecked(True)
        self.party_combo.setCurrentIndex(self.party_combo.findData(party_id))

    def choose_joint(self) -> None:
        self.joint_radio.setChecked(True)

    def _update(self) -> None:
        self.party_combo.setEnabled(self.party_radio.isChecked())
        version = self._versions.get(self.number()) if self.version_combo.count() else None
        names = {p.id: p.name for p in self._case.parties}
        done = [t for t in self._tablings if version is not None and t.is_of(version)]
        if done:
            lines = [(self.tr("all parties") if t.reaches_all_parties else names.get(t.audience.party_id or "", ""))
                     + f" ({format_time(t.created_at)})" for t in done]
            self.history_label.setText(self.tr("Already tabled to: %1").replace("%1", "; ".join(lines)))
        else:
            self.history_label.setText(self.tr("Not tabled to anyone yet."))
        audience = self.audience()
        if audience.kind == "joint":
            colour = "#4a5568"
            text = self.tr("Every party sees this text, and the joint screen can show it.")
        else:
            party = self._case.party(audience.party_id or "")
            colour = party.colour
            text = self.tr("Only %1 sees this text: it stays in %1's caucus channel, out of the joint "
                           "channel and the other caucuses.").replace("%1", party.name)
        self.effect_label.setText(text)
        self.effect_label.setStyleSheet(channel_note_style(colour))


def tabled_to_text(case: Case, version: DraftVersion, tablings: list[Tabling]) -> str:
    """"Version 3 tabled to: all parties, Meridian Build Consortium" — the matrix's context line."""
    names = {p.id: p.name for p in case.parties}
    shown = list(dict.fromkeys(
        QCoreApplication.translate("TableDialog", "all parties") if t.reaches_all_parties
        else names.get(t.audience.party_id or "", "") for t in tablings if t.is_of(version)))
    if not shown:
        return QCoreApplication.translate("TableDialog", "Version %1 has not been tabled yet.").replace(
            "%1", str(version.number))
    return QCoreApplication.translate("TableDialog", "Version %1 tabled to %2").replace(
        "%1", str(version.number)).replace("%2", ", ".join(shown))


def open_table_dialog(page: DraftingHost, draft: Draft, number: int, audience: Audience | None) -> QDialog:
    desk = page.session.drafting
    dialog = TableDialog(page.session.case, desk.versions(draft.id), desk.tablings(Audience.mediator(), draft.id),
                         number=number, audience=audience, parent=page)
    return page.show_dialog(dialog, lambda: page.run(
        lambda: desk.table(draft.id, dialog.number(), dialog.audience()), dialog.number()))
