"""The workspace's part of the process record (issue 16): a session starts only after the agreement to
mediate is on record and with its attendance list, and a terminated case is read-only.

A mixin of `CaseWorkspace` (gui/workspace.py), which keeps the dialogs, the actions and the pages these
methods use; here so the workspace stays one screenful of composition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from iomed_desk.app.changes import Change
from iomed_desk.core.channels import Channel

if TYPE_CHECKING:
    from iomed_desk.core.process import Termination


class ProcessFlow:
    """Starting sessions through the process dialogs, and following the termination."""

    # what CaseWorkspace provides
    _ended: Termination | None
    _locked: bool
    _session: Any
    _actions: dict[str, Any]
    notes: Any
    session_actions: Any
    session_bar: Any
    exhibits: Any
    drafts: Any
    offers: Any

    def start_session(self, channel: Channel) -> QDialog | None:
        """Ask who is in the room, then start (gui/process_attendance.py); before the first session, the
        agreement to mediate (or the reason to proceed without it) is asked for first."""
        if self._locked or self._ended is not None or not self.notes.save_pending():
            return None
        from iomed_desk.app import process_record
        from iomed_desk.gui.process_dialogs import AgreementToMediateDialog

        if process_record.agreement_to_mediate(self._session) is None:
            dialog = AgreementToMediateDialog(self._session, self, before_session=True)
            dialog.saved.connect(lambda change: (self.apply_change(change), self._ask_attendance(channel)))
            return self._show_dialog(dialog)
        return self._ask_attendance(channel)

    def _ask_attendance(self, channel: Channel) -> QDialog | None:
        from iomed_desk.gui.process_attendance import AttendanceDialog

        if self._locked:
            return None
        dialog = AttendanceDialog(self._session, channel, self)
        dialog.saved.connect(lambda change: self._started(change, channel))
        return self._show_dialog(dialog)

    def _started(self, change: Change, channel: Channel) -> None:
        self.apply_change(change)
        self.navigate(str(channel))
        self._focus_notes()

    def record_attendance(self) -> QDialog | None:
        """Attendance… on the session bar: departures and late arrivals of the running session
        (gui/process_room.py)."""
        from iomed_desk.gui.process_room import RoomDialog

        running = self._session.running_session() if not self._locked and self._ended is None else None
        if running is None:
            return None
        dialog = RoomDialog(self._session, running, self)
        dialog.saved.connect(lambda change: self.apply_change(change, message=True))
        dialog.finished.connect(lambda _r: self._focus_notes())
        return self._show_dialog(dialog)

    def _follow_termination(self) -> None:
        """Once the mediation has ended the case is read-only: the writing actions go off, each saying
        why, and the note editor takes no typing (the file refuses any write anyway)."""
        from iomed_desk.app import process_record

        self._ended = process_record.termination(self._session)
        if self._ended is None:
            return
        why = self.tr("The mediation ended (%1) on %2: the case is read-only").replace(
            "%1", self._ended.outcome.value).replace("%2", self._ended.ended_on.isoformat())
        self.read_only_reason = why
        self.session_actions.set_enabled(False)
        for key in ("note.new", "note.delete", "note.disclose", "session.caucus_here", "session.attendance"):
            self._actions[key].setEnabled(False)
        for action in (*(self._actions[k] for k in ("note.new", "note.delete", "note.disclose",
                                                     "session.caucus_here", "session.attendance")),
                       self.session_actions.joint, self.session_actions.caucus, self.session_actions.end):
            action.setToolTip(why)
            action.setStatusTip(why)
        editor = self.notes.editor
        for field in (editor.title_edit, editor.body_edit, editor.speaker_edit):
            field.setReadOnly(True)
        for widget in (*editor.tag_buttons.values(), editor.confidential_box, editor.joint_screen_box):
            widget.setEnabled(False)
            widget.setToolTip(why)
        self.session_bar.state_label.setToolTip(why)
        self.exhibits.set_read_only(why)
        self.drafts.set_read_only(why)
        self.offers.set_read_only(why)
        self._actions["exhibit.import"].setEnabled(False)
        self._actions["exhibit.import"].setToolTip(why)
        self._actions["exhibit.import"].setStatusTip(why)
