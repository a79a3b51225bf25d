"""Disclose a note's or an exhibit's current revision to all parties or to another party, with the consents
the rules require.

The dialog lists the consents the case asks for (`required_consents`; for a notebook note, once the
mediator has said which party it came from), records who gave them, how and before whom, and
leaves the decision to the case: `disclose` refuses, naming what is missing, and the dialog shows
that refusal and stays open. It says which revision the audience will see and which it sees until
then. Existing disclosures of the item are listed, each with its revision, with Revoke. The item comes
as a `Disclosable` (gui/disclosable.py): a note, or an exhibit whose disclosure names its file revision.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
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
from iomed_desk.core.disclosure import (
    SEVERAL,
    Disclosure,
    HongKongException,
    consent_label,
    shown_revision,
)
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Case, RuleSetName
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title, scale_font
from iomed_desk.gui.consent_fields import ConsentRows, MannerAndWitness, manner_label
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.disclosable import Disclosable, note_item

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

    def __init__(self, session: CaseSession, item: Disclosable | str, parent: QWidget | None = None) -> None:
        """`item`: what is disclosed; a bare id is a note's."""
        super().__init__(parent)
        self._session = session
        self._item = note_item(session, item) if isinstance(item, str) else item
        self._notebook = self._item.channel.kind == "mediator"
        exhibit = self._item.kind == "exhibit"
        case = session.case
        self.setWindowTitle(self.tr("Disclose an exhibit") if exhibit else self.tr("Disclose a note"))
        self.setMinimumWidth(880)
        heading = QLabel(self.tr("Disclose “%1”").replace("%1", self._item.title), self)
        font = heading.font()
        scale_font(font, 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        origin = QLabel(self.tr("From: %1. This case runs under %2: %3").replace(
            "%1", channel_title(case, self._item.channel)).replace("%2", rule_set_name(case.rule_set)).replace(
            "%3", rule_set_explanation(case.rule_set)), self)
        origin.setWordWrap(True)
        self.revision_label = QLabel(self)
        self.revision_label.setWordWrap(True)
        self.revision_label.setAccessibleName(self.tr("Which revision is disclosed"))

        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[str, QRadioButton] = {}
        source_box = QGroupBox(self.tr("Came from"), self)
        source_box.setToolTip(self.tr("The party whose information this exhibit holds: its consent is what the "
                                      "rules ask for.") if exhibit else
                              self.tr("The party whose information this note holds: its consent is what the rules "
                                      "ask for."))
        source_layout = QVBoxLayout(source_box)
        for value, label in [(p.id, p.name) for p in case.parties] + [(SEVERAL, self.tr("Several parties"))]:
            radio = QRadioButton(label, source_box)
            radio.setAccessibleName(self.tr("Came from %1").replace("%1", label))
            radio.setProperty("source", value)
            self.source_group.addButton(radio)
            self.source_buttons[value] = radio
            source_layout.addWidget(radio)
        source_box.setVisible(self._notebook)
        self.source_group.buttonToggled.connect(self._source_toggled)

        self.target_group = QButtonGroup(self)
        targets_box = QGroupBox(self.tr("Disclose to"), self)
        targets_layout = QVBoxLayout(targets_box)
        self.target_buttons: dict[str, QRadioButton] = {}
        choices = [Audience.joint()] + [Audience.party(p.id) for p in case.parties if p.channel != self._item.channel]
        for audience in choices:
            radio = QRadioButton(audience_name(case, audience), targets_box)
            radio.setAccessibleName(self.tr("Disclose to %1").replace("%1", audience_name(case, audience)))
            radio.setProperty("audience", str(audience))
            self.target_group.addButton(radio)
            self.target_buttons[str(audience)] = radio
            targets_layout.addWidget(radio)
        self.target_group.buttonToggled.connect(self._update)

        consents_box = QGroupBox(self.tr("Consents on record"), self)
        self.consent_rows = ConsentRows(case, consents_box)
        self.consent_rows.changed.connect(self._update)
        self.manner_witness = MannerAndWitness(case, consents_box)
        consents_layout = QVBoxLayout(consents_box)
        consents_layout.addWidget(self.consent_rows)
        consents_layout.addWidget(self.manner_witness)

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

        self.history = _CompactTree(self)
        history_title = self.tr("Disclosures of this exhibit") if exhibit else self.tr("Disclosures of this note")
        self.history.setAccessibleName(history_title)
        self.history.setHeaderLabels([self.tr("To"), self.tr("Text"), self.tr("When"), self.tr("On the strength of"),
                                      self.tr("State")])
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(80)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 80), (2, 130), (4, 110)):
            header.resizeSection(column, width)
        self.history.currentItemChanged.connect(lambda *_: self._update())
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected disclosure"))
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self._revoke)
        self.history_box = QGroupBox(history_title, self)
        history_layout = QHBoxLayout(self.history_box)  # Revoke beside the list, not under it: a row less
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(self)
        self.disclose_button = self.buttons.addButton(self.tr("Disclose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.disclose_button.setAccessibleName(self.tr("Record the disclosure"))
        self.disclose_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_disclose)
        self.buttons.rejected.connect(self.reject)

        # two columns, so that the longest case (Hong Kong rules, a notebook note, several parties) fits a
        # 1024x700 screen: who it came from and who it goes to; beside them what the record rests on
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(source_box)
        left.addWidget(targets_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        for widget in (consents_box, exception_box, self.note_edit, self.hint_label, self.error_label):
            right.addWidget(widget)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (heading, origin, self.revision_label):
            layout.addWidget(widget)
        layout.addLayout(columns)
        layout.addWidget(self.history_box, 1)
        layout.addWidget(self.buttons)
        self._fill_history()
        self._rebuild_consents()

    @property
    def consent_boxes(self) -> dict[str, QCheckBox]:
        """The consent ticks shown now, by `who` (rebuilt when a notebook note's source changes)."""
        return self.consent_rows.boxes

    @property
    def given_by(self) -> dict[str, QComboBox]:
        return self.consent_rows.given_by

    def target(self) -> Audience | None:
        checked = self.target_group.checkedButton()
        return Audience.parse(checked.property("audience")) if checked else None

    def choose_target(self, audience: Audience) -> None:
        self.target_buttons[str(audience)].setChecked(True)

    def source(self) -> str | None:
        """For a notebook item, the party it came from (or SEVERAL) as chosen; None until chosen or for a caucus item."""
        checked = self.source_group.checkedButton()
        return str(checked.property("source")) if checked and self._notebook else None

    def choose_source(self, source: str) -> None:
        self.source_buttons[source].setChecked(True)

    def _exception(self) -> HongKongException | None:
        value = self.exception_combo.currentData()
        return HongKongException(value) if value else None

    def _source_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._rebuild_consents()

    def _rebuild_consents(self) -> None:
        """The consents the rules ask for this item, from its source (a notebook item's, once named)."""
        if self._notebook and self.source() is None:
            self.consent_rows.set_consents([], empty_text=self.tr(
                "The consents it needs depend on where it came from."))
            return
        try:
            required = self._session.required_consents(self._item.id, self.source())
        except UserError as exc:
            self.consent_rows.set_consents([], empty_text=exc.message)
            return
        self.consent_rows.set_consents(required, empty_text=self.tr(
            "These rules require no consent for this item; the disclosure is still recorded in the audit log."))

    def _update(self, *_args: object) -> None:
        self.error_label.clear()
        self.hint_label.setVisible(True)
        missing = self.consent_rows.missing()
        source_needed = self._notebook and self.source() is None
        if source_needed:
            self.hint_label.setText(self.tr("Choose which party this came from, or several."))
        elif self.target() is None:
            self.hint_label.setText(self.tr("Choose who the exhibit is disclosed to.") if self._item.kind == "exhibit"
                                    else self.tr("Choose who the note is disclosed to."))
        elif self._exception() is not None:
            self.hint_label.setText(self.tr("Recorded on the statutory ground chosen; no consent is needed."))
        elif missing:
            self.hint_label.setText(self.tr("Still needed: %1").replace("%1", ", ".join(missing)))
        else:
            self.hint_label.setText(self.tr("Every consent these rules require is on record."))
        self.manner_witness.setEnabled(bool(self.consent_rows.boxes))
        self.revision_label.setText(self._revision_text())
        self.disclose_button.setEnabled(self.target() is not None and not source_needed)
        current = self.history.currentItem()
        self.revoke_button.setEnabled(current is not None and bool(current.data(0, Qt.ItemDataRole.UserRole + 1)))

    def _revision_text(self) -> str:
        """Which text the audience will see, and what it sees until then."""
        current = self._item.revision
        text = (self.tr("Discloses %1 — the file as it is now.").replace("%1", self._item.revision_words)
                if self._item.kind == "exhibit" else
                self.tr("Discloses revision %1 — the text as it is now.").replace("%1", str(current)))
        target = self.target()
        if target is None:
            return text
        seen = shown_revision(self._session.disclosures_of(self._item.id), target)
        if seen is None:
            return text
        if seen >= current:
            more = (self.tr("All parties already see this revision.") if target.kind == "joint" else
                    self.tr("%1 already sees this revision.").replace("%1", audience_name(self._session.case, target)))
        elif target.kind == "joint":
            more = self.tr("All parties see revision %1 until this disclosure is recorded.").replace("%1", str(seen))
        else:
            more = self.tr("%1 sees revision %2 until this disclosure is recorded.").replace(
                "%1", audience_name(self._session.case, target)).replace("%2", str(seen))
        return f"{text} {more}"

    def try_disclose(self) -> bool:
        """Ask the case to record the disclosure; on refusal say why and stay open."""
        target = self.target()
        if target is None or (self._notebook and self.source() is None):
            self._update()
            return False
        try:
            change = self._item.disclose(
                self._item.id, target, self.consent_rows.ticked(), given_by=self.consent_rows.given_by_names(),
                exception=self._exception(), note=self.note_edit.text(), source=self.source(),
                manner=self.manner_witness.manner(), witness=self.manner_witness.witness())
        except UserError as exc:
            self.error_label.setText(exc.message)
            self.hint_label.setVisible(False)  # the refusal names what is missing; the hint would repeat it
            return False
        self.changed.emit(change)
        self.accept()
        return True

    def _fill_history(self) -> None:
        case = self._session.case
        self.history.clear()
        for d in self._session.disclosures_of(self._item.id):
            item = QTreeWidgetItem([audience_name(case, d.target), _tr("revision %1").replace("%1", str(d.revision)),
                                    _when(d), _grounds(case, d), _state(d)])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, d.in_force)
            for column in range(self.history.columnCount()):
                item.setToolTip(column, item.text(column))
            self.history.addTopLevelItem(item)
        self.history_box.setVisible(self.history.topLevelItemCount() > 0)

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
        for combo in self.findChildren(QComboBox):
            if combo.isEditable():
                combo.clearEditText()


class _CompactTree(QTreeWidget):
    """The history list asks for a few rows' height, not Qt's default, so the dialog fits a small screen."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), 96)


def _when(d: Disclosure) -> str:
    return local_text(d.created_at)


def _grounds(case: Case, d: Disclosure) -> str:
    """What the disclosure rests on: the statutory ground, or who consented, how and before whom."""
    if d.exception is not None:
        parts = [d.exception.label.split(":")[0]]
    elif not d.consents:
        parts = [_tr("No consent required")]
    else:
        parts = [", ".join(consent_label(case, c.who) + (_tr(" (%1)").replace("%1", c.given_by) if c.given_by else "")
                           for c in d.consents)]
        first = d.consents[0]
        parts.append(manner_label(first.manner))
        if first.witness:
            parts.append(_tr("witnessed by %1").replace("%1", first.witness))
    if d.source == SEVERAL:
        parts.append(_tr("came from several parties"))
    elif d.source:
        parts.append(_tr("came from %1").replace("%1", case.party(d.source).name))
    return " · ".join(parts)


def _state(d: Disclosure) -> str:
    if d.in_force:
        return _tr("In force")
    when = local_text(d.revoked_at)
    return _tr("Revoked %1").replace("%1", when)
