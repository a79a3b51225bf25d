"""Disclose a caucus note to all parties or to another party, with the consents the rules require.

The dialog lists the consents the case asks for (`required_consents`), records
who gave them, and leaves the decision to the case: `disclose` refuses, naming
what is missing, and the dialog shows that refusal and stays open. Existing
disclosures of the note are listed with Revoke.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience
from iomed_desk.core.disclosure import Disclosure, HongKongException, ItemFacts, consent_label
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Case, RuleSetName
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title, scale_font
from iomed_desk.gui.dates import local_text

ERROR_STYLE = "color: #d9480f; font-weight: 600;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisclosureDialog", text)


def rule_set_name(rule_set: RuleSetName) -> str:
    return {RuleSetName.CONSENT: _tr("Party consent (ICSID Mediation Rules style)"),
            RuleSetName.MODEL_LAW: _tr("UNCITRAL Model Law on International Commercial Mediation (2018)"),
            RuleSetName.HONG_KONG: _tr("Hong Kong Mediation Ordinance (Cap. 620), s.8")}[rule_set]


def rule_set_explanation(rule_set: RuleSetName) -> str:
    return {
        RuleSetName.CONSENT: _tr("Nothing leaves a caucus without the authorisation of the party it came from."),
        RuleSetName.MODEL_LAW: _tr("The mediator may disclose a party's information unless the party gave it "
                                   "on condition of confidentiality."),
        RuleSetName.HONG_KONG: _tr("Disclosure needs the consent of every party, every mediator and the person "
                                   "who made the communication, or one of the statutory exceptions."),
    }[rule_set]


def audience_name(case: Case, audience: Audience) -> str:
    if audience.kind == "joint":
        return _tr("All parties (joint)")
    if audience.kind == "party":
        return case.party(audience.party_id or "").name
    return _tr("The mediator")


class DisclosureDialog(QDialog):
    changed = Signal(object)  # the Change of a disclosure or a revocation

    def __init__(self, session: CaseSession, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._note = session.note(note_id)
        case = session.case
        self.setWindowTitle(self.tr("Disclose a note"))
        self.setMinimumWidth(720)
        heading = QLabel(self.tr("Disclose “%1”").replace("%1", self._note.title), self)
        font = heading.font()
        scale_font(font, 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        source = QLabel(self.tr("From: %1. This case runs under %2: %3").replace(
            "%1", channel_title(case, self._note.channel)).replace("%2", rule_set_name(case.rule_set)).replace(
            "%3", rule_set_explanation(case.rule_set)), self)
        source.setWordWrap(True)

        self.target_group = QButtonGroup(self)
        targets_box = QGroupBox(self.tr("Disclose to"), self)
        targets_layout = QVBoxLayout(targets_box)
        self.target_buttons: dict[str, QRadioButton] = {}
        choices = [Audience.joint()] + [Audience.party(p.id) for p in case.parties if p.channel != self._note.channel]
        for audience in choices:
            radio = QRadioButton(audience_name(case, audience), targets_box)
            radio.setAccessibleName(self.tr("Disclose to %1").replace("%1", audience_name(case, audience)))
            radio.setProperty("audience", str(audience))
            self.target_group.addButton(radio)
            self.target_buttons[str(audience)] = radio
            targets_layout.addWidget(radio)
        self.target_group.buttonToggled.connect(self._update)

        consents_box = QGroupBox(self.tr("Consents on record"), self)
        grid = QGridLayout(consents_box)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(12)
        self.consent_boxes: dict[str, QCheckBox] = {}
        self.given_by: dict[str, QComboBox] = {}
        required = session.required_consents(note_id)
        for row, (who, label) in enumerate(required):
            box = QCheckBox(self.tr("%1 consents").replace("%1", label), consents_box)
            box.setAccessibleName(self.tr("Consent of %1").replace("%1", label))
            box.toggled.connect(self._update)
            names = QComboBox(consents_box)
            names.setEditable(True)
            names.addItems(self._people_for(case, who))
            names.setCurrentIndex(-1)
            names.lineEdit().setPlaceholderText(self.tr("Given by (name)"))
            names.setAccessibleName(self.tr("Consent of %1 given by").replace("%1", label))
            names.setMinimumWidth(240)
            grid.addWidget(box, row, 0)
            grid.addWidget(names, row, 1)
            self.consent_boxes[who], self.given_by[who] = box, names
        if not required:
            grid.addWidget(QLabel(self.tr("These rules require no consent for this item; the disclosure is still "
                                          "recorded in the audit log."), consents_box), 0, 0, 1, 2)

        self.exception_combo = QComboBox(self)
        self.exception_combo.setAccessibleName(self.tr("Statutory exception"))
        self.exception_combo.addItem(self.tr("None — the consents above are on record"), None)
        for exc in HongKongException:
            self.exception_combo.addItem(exc.label, exc.value)
        self.exception_combo.currentIndexChanged.connect(self._update)
        exception_box = QGroupBox(self.tr("Or a statutory exception (Cap. 620, s.8(2)(b)–(g))"), self)
        QVBoxLayout(exception_box).addWidget(self.exception_combo)
        exception_box.setVisible(case.rule_set is RuleSetName.HONG_KONG)

        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note for the record (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note for the record"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Why the disclosure was refused"))

        self.history = QTreeWidget(self)
        self.history.setAccessibleName(self.tr("Disclosures of this note"))
        self.history.setHeaderLabels([self.tr("To"), self.tr("When"), self.tr("On the strength of"), self.tr("State")])
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(110)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 130), (3, 150)):
            header.resizeSection(column, width)
        self.history.currentItemChanged.connect(lambda *_: self._update())
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected disclosure"))
        self.revoke_button.clicked.connect(self._revoke)
        history_box = QGroupBox(self.tr("Disclosures of this note"), self)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignRight)

        self.buttons = QDialogButtonBox(self)
        self.disclose_button = self.buttons.addButton(self.tr("Disclose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.disclose_button.setAccessibleName(self.tr("Record the disclosure"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_disclose)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, source, targets_box, consents_box, exception_box, self.note_edit,
                       self.hint_label, self.error_label, history_box, self.buttons):
            layout.addWidget(widget)
        self._fill_history()
        self._update()

    @staticmethod
    def _people_for(case: Case, who: str) -> list[str]:
        if who.startswith("party:"):
            return list(case.party(who[len("party:"):]).representatives)
        if who.startswith("mediator:"):
            return [m.name for m in case.mediators if f"mediator:{m.id}" == who]
        return []

    def target(self) -> Audience | None:
        checked = self.target_group.checkedButton()
        return Audience.parse(checked.property("audience")) if checked else None

    def choose_target(self, audience: Audience) -> None:
        self.target_buttons[str(audience)].setChecked(True)

    def _exception(self) -> HongKongException | None:
        value = self.exception_combo.currentData()
        return HongKongException(value) if value else None

    def _update(self, *_args: object) -> None:
        case = self._session.case
        self.error_label.clear()
        facts = ItemFacts(self._note.channel, self._note.confidential, self._note.speaker)
        missing = [consent_label(case, who, facts) for who, box in self.consent_boxes.items() if not box.isChecked()]
        if self.target() is None:
            self.hint_label.setText(self.tr("Choose who the note is disclosed to."))
        elif self._exception() is not None:
            self.hint_label.setText(self.tr("Recorded on the statutory ground chosen; no consent is needed."))
        elif missing:
            self.hint_label.setText(self.tr("Still needed: %1").replace("%1", ", ".join(missing)))
        else:
            self.hint_label.setText(self.tr("Every consent these rules require is on record."))
        self.disclose_button.setEnabled(self.target() is not None)
        current = self.history.currentItem()
        self.revoke_button.setEnabled(current is not None and bool(current.data(0, Qt.ItemDataRole.UserRole + 1)))

    def try_disclose(self) -> bool:
        """Ask the case to record the disclosure; on refusal say why and stay open."""
        target = self.target()
        if target is None:
            self._update()
            return False
        consents = [who for who, box in self.consent_boxes.items() if box.isChecked()]
        given_by = {who: self.given_by[who].currentText().strip() for who in consents}
        try:
            change = self._session.disclose(self._note.id, target, consents, given_by=given_by,
                                            exception=self._exception(), note=self.note_edit.text())
        except UserError as exc:
            self.error_label.setText(exc.message)
            return False
        self.changed.emit(change)
        self.accept()
        return True

    def _fill_history(self) -> None:
        case = self._session.case
        self.history.clear()
        for d in self._session.disclosures_of(self._note.id):
            item = QTreeWidgetItem([audience_name(case, d.target), _when(d), _grounds(case, d), _state(d)])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, d.in_force)
            for column in range(4):
                item.setToolTip(column, item.text(column))
            self.history.addTopLevelItem(item)

    def _revoke(self) -> None:
        item = self.history.currentItem()
        if item is None or not item.data(0, Qt.ItemDataRole.UserRole + 1):
            return
        answer = messages.ask(self, self.tr("Revoke the disclosure to %1? It stops from now on; the audit log keeps "
                                            "that it happened.").replace("%1", item.text(0)))
        if answer != messages.Button.Yes:
            return
        try:
            change = self._session.revoke_disclosure(item.data(0, Qt.ItemDataRole.UserRole))
        except UserError as exc:
            self.error_label.setText(exc.message)
            return
        self._fill_history()
        self._update()
        self.changed.emit(change)

    def wipe(self) -> None:
        """For lock: drop what the dialog shows before it closes."""
        self.history.clear()
        self.note_edit.setText("")
        self.setWindowTitle("")
        for label in self.findChildren(QLabel):
            label.clear()


def _when(d: Disclosure) -> str:
    return local_text(d.created_at)


def _grounds(case: Case, d: Disclosure) -> str:
    if d.exception is not None:
        return d.exception.label.split(":")[0]
    if not d.consents:
        return _tr("No consent required")
    return ", ".join(consent_label(case, c.who) + (f" ({c.given_by})" if c.given_by else "") for c in d.consents)


def _state(d: Disclosure) -> str:
    if d.in_force:
        return _tr("In force")
    when = local_text(d.revoked_at)
    return _tr("Revoked %1").replace("%1", when)
