"""The Drafts page: choose a draft, edit its working copy, follow its versions, table, take positions, conclude.

The page composes the three views and runs every app operation itself, so
each one reports its `Change` through `changed` for the other screens. The
working copy saves itself about a second after the last edit, and whenever
asked (switching draft, saving a version, lock, quit). After the termination
(`set_read_only`) the text is shown read-only and every write action is off,
its tooltip saying why; reading, the redline and printing stay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.drafting import ConcludedAgreement
from iomed_desk.core.agreement import AgreementStatus
from iomed_desk.core.channels import Audience
from iomed_desk.core.drafting import Draft
from iomed_desk.core.errors import UserError
from iomed_desk.core.templates import template_values
from iomed_desk.gui import messages
from iomed_desk.gui.drafting.clause_editor import DraftEditor
from iomed_desk.gui.drafting.conclude_dialog import (
    open_conclude_dialog,
    open_reopen_dialog,
    summary_of_agreement,
)
from iomed_desk.gui.drafting.history_view import HistoryView, SaveVersionDialog
from iomed_desk.gui.drafting.host import DraftingHost
from iomed_desk.gui.drafting.look import fit_to_width, format_time
from iomed_desk.gui.drafting.position_dialog import open_position_dialog
from iomed_desk.gui.drafting.positions_matrix import PositionsPanel
from iomed_desk.gui.drafting.table_dialog import open_table_dialog, tabled_to_text

AUTOSAVE_MS = 1000
MEDIATOR = Audience.mediator()
CURRENT_DRAFT_KEY = "drafts.current"
STYLE = """
QLabel#mutedLabel, QLabel#saveState { color: palette(placeholder-text); }
QLabel#languageLabel { color: palette(placeholder-text); font-size: 9pt; font-weight: 600; letter-spacing: 1px; }
QLabel#clauseTitle { color: palette(placeholder-text); }
QListView#clauseList, QListWidget#versionList, QTableView#positionsMatrix {
    border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QTabWidget#draftTabs::pane { border: none; border-top: 1px solid palette(mid); }
QTabWidget#draftTabs QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid transparent;
    padding: 7px 14px; margin-right: 6px; color: palette(placeholder-text); }
QTabWidget#draftTabs QTabBar::tab:selected { color: palette(text); border-bottom: 2px solid #2d5b88; }
QTabWidget#draftTabs QTabBar::tab:hover { color: palette(text); }
QLineEdit#clauseHeading { border: none; border-bottom: 1px solid palette(mid); padding: 4px 2px;
    background: transparent; }
QLineEdit#clauseHeading:focus { border-bottom: 2px solid #2d5b88; }
QPlainTextEdit#clauseBody { border: 1px solid palette(mid); border-radius: 6px; padding: 6px 8px;
    background: palette(base); }
QPlainTextEdit#clauseBody:focus { border: 1px solid #2d5b88; }
QPushButton#primaryButton { background: #2d5b88; color: white; border: none; border-radius: 5px;
    padding: 6px 16px; font-weight: 600; }
QPushButton#primaryButton:disabled { background: palette(midlight); color: palette(placeholder-text); }
QLabel#commentPanel { background: palette(alternate-base); border: 1px solid palette(midlight);
    border-radius: 6px; padding: 8px 10px; }
QWidget#readOnlyBar { background: #e3f2e7; border: 1px solid #b9dcc4; border-radius: 6px; }
QLabel#readOnlyNotice { color: #1d5c36; font-weight: 600; }
QLabel#agreementRecord { color: palette(text); padding: 6px 2px; }
QLabel#agreementState { padding: 6px 10px; border-radius: 6px; }
QLabel#agreementState[state="concluded"] { background: #e3f2e7; color: #1d5c36; font-weight: 600; }
QLabel#agreementState[state="ready"] { background: #eaf1f8; color: #234a70; }
QHeaderView::section { padding: 4px 8px; }
"""


class NewDraftDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New draft"))
        self.name_edit = QLineEdit(self.tr("Settlement Agreement"), self)
        self.name_edit.setAccessibleName(self.tr("Name of the draft"))
        self.name_edit.setMaxLength(200)
        self.name_edit.selectAll()
        self.templates_box = QCheckBox(self.tr("Start from the standard clauses of a settlement agreement"), self)
        self.templates_box.setToolTip(self.tr("Parties and authority to sign, recitals, obligations, payment, release, "
                                              "confidentiality, dispute resolution, governing law and the statement "
                                              "that the agreement resulted from mediation, in the case's languages."))
        self.templates_box.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name"), self))
        layout.addWidget(self.name_edit)
        layout.addWidget(self.templates_box)
        layout.addWidget(buttons)
        fit_to_width(self, 460)


class DraftsPage(DraftingHost):
    status_message = Signal(str)
    changed = Signal(object)  # the app's Change after every operation

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        """With `load_now` False the drafts are read on the next turn of the event loop, so building the
        page and filling it are two short pieces of GUI-thread work rather than one long one."""
        super().__init__(parent)
        self.setObjectName("draftsPage")
        self.setAccessibleName(self.tr("Drafts"))
        self.setStyleSheet(STYLE)
        self._session = session
        self._draft: Draft | None = None
        self._dirty = False
        self._switching = False
        #: (agreement id, status) of the agreement whose final text the editor shows read-only, else None
        self._final_key: tuple[str, str] | None = None
        self.dialog: QDialog | None = None
        self._read_only = ""
        self._stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_pending)
        self._build()
        if load_now:
            self.reload()
        else:
            QTimer.singleShot(0, self, self.reload)

    def _build(self) -> None:
        heading = QLabel(self.tr("Single text"), self)
        heading.setObjectName("pageTitle")
        self.draft_combo = QComboBox(self)
        self.draft_combo.setAccessibleName(self.tr("Draft"))
        self.draft_combo.setMinimumWidth(260)
        self.draft_combo.activated.connect(lambda _i: self.open_draft(self.draft_combo.currentData()))
        self.new_button = QPushButton(self.tr("New draft…"), self)
        self.new_button.setAccessibleName(self.tr("Start a new draft"))
        self.new_button.clicked.connect(self.new_draft)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("saveState")
        self.state_label.setAccessibleName(self.tr("Save state"))
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(heading)
        header.addSpacing(8)
        header.addWidget(self.draft_combo)
        header.addWidget(self.new_button)
        header.addStretch(1)
        header.addWidget(self.state_label)
        self.editor = DraftEditor(self._stack, self)
        self.history = HistoryView(self._session, self)
        self.positions = PositionsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("draftTabs")
        self.tabs.addTab(self.editor, self.tr("Text"))
        self.tabs.addTab(self.history, self.tr("Versions and redline"))
        self.tabs.addTab(self.positions, self.tr("Positions"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty_label = QLabel(self.tr("No draft yet.\nStart the single negotiating text with “New draft…”."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("mutedLabel")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)
        self.editor.contents_changed.connect(self._edited)
        self.editor.save_version_requested.connect(self.save_version)
        self.editor.reopen_requested.connect(self.reopen)
        self.history.table_requested.connect(self.table)
        self.positions.table_requested.connect(self.table)
        self.positions.version_changed.connect(self.refresh)
        self.positions.record_requested.connect(
            lambda number, party, clause: self.record_position(number, party or None, clause or None))
        self.positions.accept_rest_requested.connect(self.accept_remaining)
        self.positions.conclude_requested.connect(self.conclude)
        self.positions.reopen_requested.connect(self.reopen)

    # -- the contract ---------------------------------------------------------------------------
    def undo_stack(self) -> QUndoStack:
        return self._stack

    def save_pending(self) -> bool:
        """Write the working copy now if it has unsaved edits; False (text kept) if that failed."""
        self._timer.stop()
        if not self._dirty or self._draft is None:
            return True
        try:
            change = self._session.drafting.save_working(self._draft.id, self.editor.model.clauses())
        except UserError as exc:
            self.state_label.setText(self.tr("Not saved: %1").replace("%1", exc.message))
            self._timer.start()
            return False
        self._dirty = False
        self._update_state()
        self.changed.emit(change)
        return True

    def prepare_lock(self) -> None:
        """Save, then leave no clause text in any widget, model or undo stack."""
        self.save_pending()
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.reject()
        self._draft = None
        self._final_key = None
        self._stack.clear()
        self.editor.wipe()
        self.history.wipe()
        self.positions.wipe()
        self.draft_combo.clear()
        self.state_label.clear()
        self.body.setCurrentWidget(self.empty_label)

    def set_read_only(self, reason: str) -> None:
        """The mediation ended: no new draft, edit, version, tabling, position, conclusion or reopening."""
        self._read_only = reason
        self._apply_read_only()

    def write_buttons(self) -> tuple[QWidget, ...]:
        """Every button that writes to the case (each off, with the reason, once the case is read-only)."""
        p = self.positions
        return (self.new_button, self.editor.save_button, self.editor.reopen_button, self.editor.add_button,
                self.history.table_button, p.table_button, p.record_button, p.accept_rest_button, p.conclude_button,
                p.reopen_button)

    def _apply_read_only(self) -> None:
        """Applied again after each redraw, since a redraw enables what the agreement's state allows."""
        reason = self._read_only
        if not reason:
            return
        self._timer.stop()
        if not self.editor.is_final:
            self.editor.set_final(reason)
        for widget in self.write_buttons():
            widget.setEnabled(False)
            widget.setToolTip(reason)
            widget.setStatusTip(reason)

    def _refused(self) -> bool:
        """True (and the reason on the status bar) when the case takes no more writes."""
        if self._read_only:
            self.status_message.emit(self._read_only)
        return bool(self._read_only)

    # -- drafts ---------------------------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self._draft

    def reload(self, select_id: str | None = None) -> None:
        drafts = self._session.drafting.drafts()
        self.draft_combo.clear()
        for d in drafts:
            self.draft_combo.addItem(d.name, d.id)
        wanted = select_id or (self._draft.id if self._draft else self._session.workspace_value(CURRENT_DRAFT_KEY))
        ids = [d.id for d in drafts]
        target = wanted if wanted in ids else (ids[-1] if ids else None)
        self.body.setCurrentWidget(self.tabs if drafts else self.empty_label)
        if target is None:
            self._draft = None
            self._apply_read_only()
            return
        self.open_draft(target)

    def open_draft(self, draft_id: str) -> None:
        """Show a draft: its working copy in the editor (with a fresh undo history), versions, positions."""
        if self._draft is not None and self._draft.id == draft_id:
            self.draft_combo.setCurrentIndex(self.draft_combo.findData(draft_id))
            return
        if not self.save_pending():
            self.draft_combo.setCurrentIndex(self.draft_combo.findData(self._draft.id if self._draft else None))
            return
        desk = self._session.drafting
        self._draft = desk.draft(draft_id)
        self.draft_combo.setCurrentIndex(self.draft_combo.findData(draft_id))
        self._session.set_workspace_value(CURRENT_DRAFT_KEY, draft_id)
        self._switching = True
        self.editor.load(desk.working_clauses(draft_id), self._draft.languages,
                         template_values(self._session.case))
        self._switching = False
        self._stack.clear()
        self._dirty = False
        self._final_key = None
        self.editor.set_final(None)
        self.refresh()

    def refresh(self, number: int | None = None) -> None:
        """Re-read versions, tablings, positions and the agreement (after any operation, here or elsewhere)."""
        if self._draft is None:
            return
        desk, draft, case = self._session.drafting, self._draft, self._session.case
        concluded = desk.concluded()
        self._show_final(concluded if concluded is not None and concluded.draft.id == draft.id else None)
        self.history.show_record(desk.agreements(draft.id))
        versions = desk.versions(draft.id)
        tablings = desk.tablings(MEDIATOR, draft.id)
        self.history.load(draft, versions, tablings)
        numbers = [v.number for v in versions]
        current = number if number in numbers else self.positions.number()
        current = current if current in numbers else (numbers[-1] if numbers else None)
        self.positions.set_versions(numbers, current)
        version = next((v for v in versions if v.number == current), None)
        if version is None:
            self.positions.show_matrix(case, None, {}, self.tr("Save a version, then table it to the parties."))
            self.positions.show_agreement_state(self.tr("No version to conclude yet."), can_conclude=False,
                                                reasons=[], can_reopen=False)
        else:
            self.positions.show_matrix(case, version, desk.position_matrix(draft.id, version.number),
                                       tabled_to_text(case, version, tablings))
            check = desk.conclusion_check(draft.id, version.number)
            mine = concluded if concluded is not None and concluded.draft.id == draft.id else None
            text, can_reopen = summary_of_agreement(mine, check, version.number)
            self.positions.show_agreement_state(text, can_conclude=check.allowed, reasons=list(check.reasons),
                                                can_reopen=can_reopen, concluded=mine is not None)
        self._update_state()
        self._apply_read_only()

    def _show_final(self, mine: ConcludedAgreement | None) -> None:
        """A concluded or exported agreement's text is shown read-only, as agreed (not the working copy),
        with a line saying since when and how to change it; after a reopen the working copy returns."""
        key = (mine.agreement.id, str(mine.agreement.status)) if mine is not None else None
        if key == self._final_key or self._draft is None:
            return
        was_final, self._final_key = self._final_key is not None, key
        desk, draft = self._session.drafting, self._draft
        values = template_values(self._session.case)
        self._timer.stop()
        self._switching = True
        if mine is None:
            if was_final:
                self.editor.load(desk.working_clauses(draft.id), draft.languages, values)
            self._switching = False
            self.editor.set_final(None)
            return
        self._dirty = False
        self.editor.load(list(mine.version.clauses), draft.languages, values)
        self._switching = False
        self._stack.clear()
        a = mine.agreement
        if a.status is AgreementStatus.EXPORTED:
            notice = (self.tr("Concluded on %1 (version %2) and exported on %3 — final, read-only. To change it, "
                              "negotiate an amendment as a new draft.")
                      .replace("%3", format_time(a.exported_at) if a.exported_at else ""))
        else:
            notice = self.tr("Concluded on %1 (version %2) — read-only; Reopen… to change it.")
        self.editor.set_final(notice.replace("%1", format_time(a.concluded_at)).replace("%2", str(a.version_number)),
                              can_reopen=a.status is AgreementStatus.CONCLUDED)

    def _update_state(self) -> None:
        if self._draft is None:
            return
        desk = self._session.drafting
        versions = desk.versions(self._draft.id)
        if self._dirty:
            text = self.tr("Editing…")
        elif not versions:
            text = self.tr("Working copy saved · no version yet")
        elif desk.has_unsaved_changes(self._draft.id):
            text = self.tr("Working copy saved · changed since version %1").replace("%1", str(versions[-1].number))
        else:
            text = self.tr("Same as version %1").replace("%1", str(versions[-1].number))
        self.state_label.setText(text)

    def _edited(self) -> None:
        if self._switching or self._draft is None or self.editor.is_final:
            return
        self._dirty = True
        self.state_label.setText(self.tr("Editing…"))
        self._timer.start()

    def _tab_changed(self, _index: int) -> None:
        self.save_pending()

    # -- operations -----------------------------------------------------------------------------
    def run(self, operation: Callable[[], Change], number: int | None = None) -> Change | None:
        """Run one app operation; show a refusal as a message, report success, redraw."""
        try:
            change = operation()
        except UserError as exc:
            messages.error(self, exc.message)
            return None
        self.status_message.emit(messages.change_text(change))
        self.changed.emit(change)
        self.refresh(number)
        return change

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        """Open a dialog without blocking; `on_accept` runs if it is accepted. Kept in `self.dialog`."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_accept()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def new_draft(self) -> QDialog | None:
        if self._refused():
            return None
        dialog = NewDraftDialog(self)

        def create() -> None:
            if not self.save_pending():
                return
            change = self.run(lambda: self._session.drafting.new_draft(
                dialog.name_edit.text(), from_templates=dialog.templates_box.isChecked()))
            if change is not None and change.created_id:
                self.reload(change.created_id)
                self.tabs.setCurrentWidget(self.editor)

        return self.show_dialog(dialog, create)

    def save_version(self) -> QDialog | None:
        if self._refused() or self._draft is None or self.editor.is_final or not self.save_pending():
            return None
        draft_id = self._draft.id
        dialog = SaveVersionDialog(len(self._session.drafting.versions(draft_id)) + 1, self)
        return self.show_dialog(dialog, lambda: self.run(
            lambda: self._session.drafting.save_version(draft_id, dialog.note())))

    def _open(self, opener: Callable[[], QDialog | None]) -> QDialog | None:
        """Open one of the operation dialogs; a refusal while gathering its data is shown, not raised."""
        try:
            return opener()
        except UserError as exc:
            messages.error(self, exc.message)
            return None

    def table(self, number: int) -> QDialog | None:
        draft = self._draft
        if self._refused() or draft is None or not number:
            return None
        return self._open(lambda: open_table_dialog(self, draft, number, self.default_audience()))

    def record_position(self, number: int, party_id: str | None = None,
                        clause_id: str | None = None) -> QDialog | None:
        draft = self._draft
        if self._refused() or draft is None or not number:
            return None
        return self._open(lambda: open_position_dialog(self, draft, number, party_id, clause_id))

    def accept_remaining(self, number: int, party_id: str) -> None:
        """One act for "the party accepts the rest": asked once, recorded as a position per clause."""
        draft = self._draft
        if self._refused() or draft is None or not number or not party_id:
            return
        name = self._session.case.party(party_id).name
        if messages.ask(self, self.tr("Record that %1 accepts every clause of version %2 on which it has not yet "
                                      "taken a position? Positions already recorded stay as they are.")
                        .replace("%1", name).replace("%2", str(number))) != messages.Button.Yes:
            return
        self.run(lambda: self._session.drafting.accept_remaining(draft.id, number, party_id), number)

    def conclude(self, number: int) -> QDialog | None:
        draft = self._draft
        if self._refused() or draft is None or not number or not self.save_pending():
            return None
        return self._open(lambda: open_conclude_dialog(self, draft, number))

    def reopen(self) -> QDialog | None:
        if self._refused():
            return None
        return self._open(lambda: open_reopen_dialog(self))

    @property
    def session(self) -> CaseSession:
        return self._session

    def default_audience(self) -> Audience | None:
        running = self._session.running_session()
        if running is None:
            return None
        return Audience.joint() if running.channel.kind == "joint" else Audience.party(running.channel.party_id or "")
