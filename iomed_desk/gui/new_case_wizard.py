"""New case: reference and title, disclosure rules, people, then the file and its passphrase.

Creating the file runs Argon2id, so `create_case` runs on a worker with a busy
indicator; the wizard then opens the new file on the GUI thread and emits
`created` with the session. The passphrase page is last because passphrase
fields wipe themselves whenever they are hidden.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iomed_desk.app import remembered_keys
from iomed_desk.app.opening import NewCase, create_case, open_with_key
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import LANGUAGES, CaseKind, RuleSetName
from iomed_desk.gui.passphrase_field import PassphraseField, StrengthMeter
from iomed_desk.gui.settings import LAST_FOLDER, SECURE_ROOM, Settings
from iomed_desk.gui.wizard_people import PeoplePage
from iomed_desk.gui.worker import run_in_background

CASE_SUFFIX = ".iomed"


def rule_set_texts() -> dict[RuleSetName, tuple[str, str]]:
    """Each rule set's name and its one-line explanation, shown in the wizard and on the case overview."""
    t = QCoreApplication.translate
    return {
        RuleSetName.CONSENT: (
            t("RuleSet", "Party consent (ICSID Mediation Rules style)"),
            t("RuleSet", "Nothing leaves a caucus without the authorisation of the party it came from.")),
        RuleSetName.MODEL_LAW: (
            t("RuleSet", "UNCITRAL Model Law on International Commercial Mediation (2018)"),
            t("RuleSet", "The mediator may disclose a party's information unless it was given in confidence.")),
        RuleSetName.HONG_KONG: (
            t("RuleSet", "Hong Kong Mediation Ordinance (Cap. 620), s. 8"),
            t("RuleSet", "Disclosure needs the consent of every party, every mediator and the maker of the "
                         "communication, or a statutory exception.")),
    }


def _space(form: QFormLayout) -> None:
    """The wizard's forms: room to breathe, labels beside their fields."""
    form.setContentsMargins(8, 12, 8, 8)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)


def file_name_for(reference: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", reference.strip()).strip("-.") or "new-case"
    return stem + CASE_SUFFIX


class CasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The case"))
        self.setSubTitle(self.tr("How the case is referred to, and the language of its documents."))
        self.reference = QLineEdit(self)
        self.reference.setAccessibleName(self.tr("Case reference"))
        self.reference.setPlaceholderText(self.tr("e.g. IOMed/2026/017"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Case title"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of dispute"))
        for kind, label in ((CaseKind.INTERSTATE, self.tr("Interstate")),
                            (CaseKind.COMMERCIAL, self.tr("International commercial")),
                            (CaseKind.INVESTMENT, self.tr("Investment"))):
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(CaseKind.COMMERCIAL.value))
        names = {"en": self.tr("English"), "zh-Hans": self.tr("Chinese (Simplified)"),
                 "zh-Hant": self.tr("Chinese (Traditional)")}
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.second_language = QComboBox(self)
        self.second_language.setAccessibleName(self.tr("Second language"))
        self.second_language.addItem(self.tr("None"), "")
        for code in LANGUAGES:
            self.language.addItem(names.get(code, code), code)
            self.second_language.addItem(names.get(code, code), code)
        self.error = QLabel(self)
        self.error.setObjectName("errorMessage")
        form = QFormLayout(self)
        _space(form)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Second language:"), self.second_language)
        form.addRow(self.error)
        self.registerField("reference*", self.reference)
        self.registerField("title*", self.title)

    def languages(self) -> tuple[str, ...]:
        first, second = self.language.currentData(), self.second_language.currentData()
        return (first,) if not second or second == first else (first, second)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.second_language.currentData() == self.language.currentData():
            self.error.setText(self.tr("The second language must differ from the first."))
            return False
        self.error.setText("")
        return True


class RulesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Disclosure rules"))
        self.setSubTitle(self.tr("Which rules decide when caucus material may be shown to others. "
                                 "Chosen once, shown on the case overview."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(4)
        self.buttons: dict[RuleSetName, QRadioButton] = {}
        for rule_set, (name, explanation) in rule_set_texts().items():
            button = QRadioButton(name, self)
            button.setAccessibleName(name)
            button.setAccessibleDescription(explanation)
            label = QLabel(explanation, self)
            label.setObjectName("secondary")
            label.setWordWrap(True)
            label.setContentsMargins(26, 0, 0, 10)
            self.group.addButton(button)
            self.buttons[rule_set] = button
            layout.addWidget(button)
            layout.addWidget(label)
        layout.addStretch(1)
        self.buttons[RuleSetName.CONSENT].setChecked(True)

    def rule_set(self) -> RuleSetName:
        return next(r for r, b in self.buttons.items() if b.isChecked())


class FilePage(QWizardPage):
    """Where the file goes and its passphrase; Finish starts the creation on a worker."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path_edited = False
        self.done_creating = False
        self.busy = False
        self.setTitle(self.tr("File and passphrase"))
        self.setSubTitle(self.tr("The case file is encrypted with this passphrase. It cannot be recovered if "
                                 "forgotten: keep it as you would the key to a safe."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Case file"))
        self.path.textEdited.connect(self._on_path_edited)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose where to save the case file"))
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.passphrase = PassphraseField(self, accessible_name=self.tr("Passphrase"))
        self.repeat = PassphraseField(self, accessible_name=self.tr("Repeat the passphrase"))
        self.meter = StrengthMeter(self.passphrase, self)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"), self)
        self.remember.setAccessibleName(self.tr("Remember the key on this computer"))
        self.remember_offered = not settings.get(SECURE_ROOM) and remembered_keys.available()
        self.remember.setVisible(self.remember_offered)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Creating the case"))
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        save_label = QLabel(self.tr("&Save as:"), self)
        save_label.setBuddy(self.path)
        advice = QLabel(self.tr("At least 8 characters. A few unrelated words are strong and easy to type."), self)
        advice.setObjectName("secondary")
        advice.setWordWrap(True)
        form = QFormLayout(self)
        _space(form)
        form.addRow(save_label, path_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", advice)
        form.addRow("", self.remember)
        form.addRow(self.progress)
        form.addRow(self.message)
        for field in (self.passphrase, self.repeat, self.path):
            field.textChanged.connect(self._on_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self._path_edited:
            folder = self._settings.get(LAST_FOLDER) or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            reference = self.wizard().case_page.reference.text()  # type: ignore[attr-defined]
            self.path.setText(str(Path(folder) / file_name_for(reference)))

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new case as"), self.path.text(),
                                                self.tr("IOMed Desk cases (*.iomed)"))
        if chosen:
            if not chosen.endswith(CASE_SUFFIX):
                chosen += CASE_SUFFIX
            self.path.setText(chosen)
            self._path_edited = True

    def _on_changed(self) -> None:
        repeat = self.repeat.text()
        mismatch = bool(repeat) and repeat != self.passphrase.text()
        self.message.setText(self.tr("The two passphrases differ.") if mismatch else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (not self.busy and bool(self.path.text().strip()) and bool(self.passphrase.text())
                and self.passphrase.text() == self.repeat.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.done_creating:
            return True
        if not self.busy:
            self.wizard().start_creation()  # type: ignore[attr-defined]
        return False

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for w in (self.path, self.browse, self.passphrase, self.repeat, self.remember):
            w.setEnabled(not busy)
        self.message.setText(message)
        self.completeChanged.emit()


class NewCaseWizard(QWizard):
    """Emits `created` with the new case's open `CaseSession`, then closes."""

    created = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("New case"))
        self.setObjectName("newCaseWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.case_page = CasePage(self)
        self.rules_page = RulesPage(self)
        self.people_page = PeoplePage(self)
        self.file_page = FilePage(settings, self)
        for page in (self.case_page, self.rules_page, self.people_page, self.file_page):
            self.addPage(page)
        self.remembered = False
        self.setMinimumSize(720, 560)

    def spec(self) -> NewCase:
        return NewCase(reference=self.case_page.reference.text(), title=self.case_page.title.text(),
                       kind=CaseKind(self.case_page.kind.currentData()), mediators=self.people_page.mediators(),
                       parties=self.people_page.parties(), rule_set=self.rules_page.rule_set(),
                       languages=self.case_page.languages())

    def start_creation(self) -> None:
        page = self.file_page
        path = Path(page.path.text().strip()).expanduser()
        if path.suffix != CASE_SUFFIX:
            path = path.with_name(path.name + CASE_SUFFIX)
        passphrase = page.passphrase.text()
        remember_key = page.remember_offered and page.remember.isChecked()
        spec = self.spec()
        page.set_busy(True, self.tr("Creating the encrypted case file…"))
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        def create() -> bytes:
            session = create_case(path, passphrase, spec, remember_key=remember_key)
            try:
                return session.db.key  # reopened on the GUI thread, which must own the connection
            finally:
                session.close()

        run_in_background(create, lambda key: self._on_created(path, key, remember_key), self._on_failed)

    def _on_created(self, path: Path, key: bytes, remember_key: bool) -> None:
        page = self.file_page
        try:
            session = open_with_key(path, key)
        except UserError as exc:
            self._on_failed(exc.message)
            return
        page.set_busy(False)
        page.done_creating = True
        self.remembered = remember_key
        self._settings.set(LAST_FOLDER, str(path.parent))
        self.accept()
        self.created.emit(session)

    def _on_failed(self, message: str) -> None:
        self.file_page.set_busy(False, message)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def reject(self) -> None:
        if self.file_page.busy:
            return
        super().reject()
