"""The workspace's operations on what is on screen: notes (new, delete, disclose, copy), exhibits (import,
disclose), the caucus with the party on screen, ending a session, opening a search hit, the export wizard.

A mixin of `CaseWorkspace` (gui/workspace.py), which keeps the pages, the dialogs and the actions these
methods use; each operation goes to the app once and redraws from the `Change` it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog

from iomed_desk.app.changes import Change
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title
from iomed_desk.gui.clipboard import SecureClipboard
from iomed_desk.gui.disclosure_dialog import DisclosureDialog


class WorkspaceOperations:
    """The note, exhibit and session operations of the workspace."""

    # what CaseWorkspace provides
    status_message: Signal
    _locked: bool
    _session: Any
    _dialogs: list[QDialog]
    notes: Any
    exhibits: Any
    pages: Any
    open_handlers: dict[str, Callable[[str], None]]
    apply_change: Callable[..., None]
    navigate: Callable[..., bool]
    current_channel: Callable[[], Channel | None]
    note_on_screen: Callable[[], str | None]
    save_pending: Callable[[], bool]
    start_session: Callable[[Channel], object]
    _copy_seconds: Callable[[], int]
    tr: Callable[[str], str]

    def export_agreement(self) -> QDialog | None:
        """The export wizard for the concluded agreement (it explains itself when there is none)."""
        if self._locked or not self.save_pending():
            return None
        # pyHanko and reportlab load on first use, not when a case opens
        from iomed_desk.gui.export_wizard import ExportWizard

        wizard = ExportWizard(self._session, self)
        wizard.exported.connect(self.apply_change)
        self._dialogs.append(wizard)
        wizard.finished.connect(lambda _result: wizard in self._dialogs and self._dialogs.remove(wizard))
        wizard.open()
        return wizard

    def _run(self, operation: object) -> Change | None:
        try:
            return operation()  # type: ignore[operator,no-any-return]
        except UserError as exc:
            messages.error(self, exc.message)
            return None

    def new_note(self, channel: Channel | None = None) -> str | None:
        """A new note: in `channel`, else the running session's channel, else the channel on screen."""
        if self._locked or not self.notes.save_pending():
            return None
        if channel is None:
            running = self._session.running_session()
            channel = running.channel if running else (self.current_channel() or Channel.mediator())
        change = self._run(lambda: self._session.take_note(channel, ""))
        if change is None:
            return None
        self.status_message.emit(self.tr("Note added to %1").replace(
            "%1", channel_title(self._session.case, channel)))
        self.navigate(str(channel), change.created_id)
        self.apply_change(change, message=False)
        self.notes.editor.focus_title()
        return change.created_id

    def delete_note(self) -> None:
        """Delete the note on screen, after asking; none behind another tab or page."""
        note_id = self.note_on_screen()
        if self._locked or note_id is None:
            return
        title = self.notes.editor.title_edit.text()
        if messages.ask(self, self.tr("Delete the note “%1”? Its text is removed from the case file for good; the "
                                      "audit log keeps that it existed.").replace("%1", title)) != messages.Button.Yes:
            return
        change = self._run(lambda: self._session.delete_note(note_id))
        if change is not None:
            self.notes.editor.load(None)
            self.apply_change(change)

    def disclose(self) -> QDialog | None:
        """Disclose… (Ctrl+Shift+D): the exhibit chosen when the channel's Exhibits tab is on screen, else
        the note being read."""
        if self.exhibits_shown():
            return self.exhibits.disclose()
        return self.disclose_note()

    def exhibits_shown(self) -> bool:
        tabs = self.notes.tabs
        return self.current_channel() is not None and tabs is not None and tabs.currentWidget() is self.exhibits

    def disclose_note(self) -> DisclosureDialog | None:
        note_id = self.note_on_screen()
        channel = self.current_channel()
        if self._locked or note_id is None or channel is None or channel.kind == "joint":
            return None
        if not self.notes.save_pending():
            return None
        dialog = DisclosureDialog(self._session, note_id, self)
        dialog.changed.connect(self.apply_change)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        dialog.finished.connect(lambda _result: self._focus_notes())
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    def import_exhibits(self) -> QDialog | None:
        """File ▸ Import exhibit…: into the channel on screen (gui/exhibits_panel.py)."""
        if self._locked or self.current_channel() is None:
            self.status_message.emit(self.tr("Open a channel first (Ctrl+1, Ctrl+2, …); its exhibits are "
                                             "imported there."))
            return None
        return self.exhibits.choose_files()

    def _focus_notes(self) -> None:
        """The keyboard goes back to the notes list after a dialog, not nowhere."""
        if not self._locked and self.pages.currentWidget() is self.notes:
            self.notes.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def copy_secure(self) -> None:
        if self._locked or self.note_on_screen() is None:
            return
        text = self.notes.editor.selected_or_all_text()
        if not text:
            return
        seconds = self._copy_seconds()
        SecureClipboard.instance().copy(text, seconds)
        self.status_message.emit(self.tr("Copied — the clipboard is cleared in %1 s").replace("%1", str(seconds)))

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        """Open `dialog` window-modal; a lock rejects it, and it is forgotten once finished."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        dialog.open()
        return dialog

    def start_caucus_here(self) -> None:
        """A caucus with the party whose channel is on screen (Ctrl+2.. opens it first)."""
        channel = self.current_channel()
        if channel is None or channel.kind != "party":
            self.status_message.emit(self.tr("Open a party's channel first (Ctrl+2, Ctrl+3, …), then start the "
                                             "caucus."))
            return
        self.start_session(channel)

    def end_session(self) -> None:
        if self._locked or not self.notes.save_pending():
            return
        change = self._run(self._session.end_session)
        if change is not None:
            self.apply_change(change)

    def _open_hit(self, channel: Channel, item_id: str, kind: str) -> None:
        if kind == "note":
            self.navigate(str(channel), item_id)
        elif kind in self.open_handlers:
            self.open_handlers[kind](item_id)
        else:
            self.status_message.emit(self.tr("This is a version of the negotiating text; open it from its draft."))
