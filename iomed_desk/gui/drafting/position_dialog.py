"""Record a party's position on one clause of a tabled version.

During a caucus the party defaults to the party in the room. The dialog only
gathers the answer; the app decides whether the party may take a position
(it must have been shown the version) and files it in that party's channel.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.core.channels import Audience
from iomed_desk.core.drafting import Draft, DraftVersion
from iomed_desk.core.model import Case
from iomed_desk.core.tabling import COMMENT_LIMIT, Stance, Tabling
from iomed_desk.gui.banner import colour_dot
from iomed_desk.gui.drafting.host import DraftingHost
from iomed_desk.gui.drafting.look import STANCE_LOOK, channel_note_style, fit_to_width, stance_label


class PositionDialog(QDialog):
    def __init__(self, case: Case, version: DraftVersion, tablings: list[Tabling], *,
                 party_id: str | None = None, clause_id: str | None = None,
                 caucus_party: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record position"))
        self._case = case
        self.shown_to = shown_to = {p.id for p in case.parties if any(t.is_of(version) and t.shown_to(p.id) for t in tablings)}
        intro = QLabel(self.tr("Version %1. A position belongs to the party that takes it: it is kept in "
                               "that party's caucus channel and no other party sees it.")
                       .replace("%1", str(version.number)), self)
        intro.setWordWrap(True)
        self.party_combo = QComboBox(self)
        self.party_combo.setAccessibleName(self.tr("Party"))
        model = self.party_combo.model()
        for party in case.parties:
            label = party.name if party.id in shown_to else self.tr("%1 (not tabled to this party)").replace(
                "%1", party.name)
            self.party_combo.addItem(colour_dot(party.colour), label, party.id)
            if party.id not in shown_to and isinstance(model, QStandardItemModel):
                model.item(self.party_combo.count() - 1).setEnabled(False)
        self.clause_combo = QComboBox(self)
        self.clause_combo.setAccessibleName(self.tr("Clause"))
        for clause in version.clauses:
            self.clause_combo.addItem(version.label(clause.id), clause.id)
        self.stances = QButtonGroup(self)
        stance_row = QHBoxLayout()
        self.stance_buttons: dict[Stance, QRadioButton] = {}
        for stance in Stance:
            button = QRadioButton(f"{STANCE_LOOK[stance][0]}  {stance_label(stance)}", self)
            button.setAccessibleName(stance_label(stance))
            self.stances.addButton(button)
            self.stance_buttons[stance] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setPlaceholderText(self.tr("What the party said, e.g. “needs board approval”"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(96)
        self.channel_note = QLabel(self)
        self.channel_note.setObjectName("channelNote")
        self.channel_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record position"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Party"), self.party_combo)
        form.addRow(self.tr("Clause"), self.clause_combo)
        form.addRow(self.tr("Position"), stance_row)
        form.addRow(self.tr("Comment"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.channel_note)
        layout.addWidget(self.buttons)
        self.party_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.stances.buttonToggled.connect(lambda _b, _on: self._update())
        self.comment_edit.textChanged.connect(self._update)
        self.caucus_party = caucus_party
        wanted = caucus_party or party_id
        row = self.party_combo.findData(wanted) if wanted else -1
        if row < 0 or wanted not in shown_to:
            row = next((i for i in range(self.party_combo.count())
                        if self.party_combo.itemData(i) in shown_to), 0)
        self.party_combo.setCurrentIndex(row)
        if clause_id:
            self.clause_combo.setCurrentIndex(max(0, self.clause_combo.findData(clause_id)))
        self._update()
        fit_to_width(self, 520)

    def _update(self) -> None:
        party_id = self.party_id()
        name = self._case.party(party_id).name if party_id else ""
        if party_id and party_id == self.caucus_party:
            text = self.tr("Caucus with %1 in progress: the position goes to %1's caucus channel.")
        else:
            text = self.tr("Filed in %1's caucus channel.")
        self.channel_note.setText(text.replace("%1", name))
        colour = self._case.party(party_id).colour if party_id else "#5f6b7a"
        self.channel_note.setStyleSheet(channel_note_style(colour))
        self.ok_button.setEnabled(party_id in self.shown_to and self.stance() is not None
                                  and len(self.comment()) <= COMMENT_LIMIT)

    def party_id(self) -> str | None:
        data = self.party_combo.currentData()
        return str(data) if data else None

    def clause_id(self) -> str:
        return str(self.clause_combo.currentData())

    def stance(self) -> Stance | None:
        return next((s for s, b in self.stance_buttons.items() if b.isChecked()), None)

    def set_stance(self, stance: Stance) -> None:
        self.stance_buttons[stance].setChecked(True)

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()



def open_position_dialog(page: DraftingHost, draft: Draft, number: int, party_id: str | None,
                         clause_id: str | None) -> QDialog:
    """During a caucus the party in the room is the default; the app files the position in its channel."""
    session = page.session
    desk = session.drafting
    running = session.running_session()
    caucus = running.channel.party_id if running is not None and running.channel.kind == "party" else None
    dialog = PositionDialog(session.case, desk.version(draft.id, number), desk.tablings(Audience.mediator(), draft.id),
                            party_id=party_id, clause_id=clause_id, caucus_party=caucus, parent=page)

    def record() -> None:
        party, clause, stance, comment = dialog.party_id() or "", dialog.clause_id(), dialog.stance(), dialog.comment()
        if stance is not None:
            page.run(lambda: desk.record_position(draft.id, number, party, clause, stance, comment), number)

    return page.show_dialog(dialog, record)
