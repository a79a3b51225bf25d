"""The editor of one note: title, Markdown body with a rendered view, tags, and the disclosure flags.

It saves itself about a second after typing stops, and whenever asked
(switching note or channel, lock, quit). A save that fails keeps the text in
the editor, says so inline and tries again on the next pause: nothing typed is
lost. Copies out of it are marked secret and cleared after the countdown.

Ticking "given in confidence" is an ordinary edit; unticking it on a note saved as given in
confidence is not: the box stays ticked and the Release from confidence dialog asks for the
party's consent. A disclosed note says under its flags who sees it and which revision; the save
that first takes it past the revision an audience sees says so in the status line.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience
from iomed_desk.core.disclosure import shown_revision
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Note, Tag
from iomed_desk.gui.banner import scale_font
from iomed_desk.gui.clipboard import SecureClipboard, secret_mime
from iomed_desk.gui.disclosure_state import disclosed_text, is_behind
from iomed_desk.gui.markdown_view import MarkdownView
from iomed_desk.gui.release_dialog import ReleaseDialog

AUTOSAVE_MS = 1000
ERROR_COLOUR = "#d9480f"


def tag_label(tag: Tag) -> str:
    return QCoreApplication.translate("Tags", {
        Tag.FACT: "Fact", Tag.INTEREST: "Interest", Tag.POSITION: "Position", Tag.CONCERN: "Concern",
        Tag.OPTION: "Option", Tag.ALTERNATIVE: "Alternative", Tag.ACTION: "Action"}[tag])


class SecurePlainTextEdit(QPlainTextEdit):
    """A plain-text editor whose copies are marked secret and cleared after the countdown."""

    copy_seconds: Callable[[], int] = staticmethod(lambda: 30)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        text = self.textCursor().selection().toPlainText()
        SecureClipboard.instance().adopt(text, self.copy_seconds())
        return secret_mime(text, sys.platform)

    def wipe(self) -> None:
        self.setPlainText("")
        self.document().clearUndoRedoStacks()


class SecureLineEdit(QLineEdit):
    """A line edit whose keyboard copy and cut go through the secure clipboard."""

    copy_seconds: Callable[[], int] = staticmethod(lambda: 30)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.hasSelectedText() and (event.matches(QKeySequence.StandardKey.Copy)
                                       or event.matches(QKeySequence.StandardKey.Cut)):
            SecureClipboard.instance().copy(self.selectedText(), self.copy_seconds())
            if event.matches(QKeySequence.StandardKey.Cut) and not self.isReadOnly():
                self.del_()
            event.accept()
            return
        super().keyPressEvent(event)


class NoteEditor(QWidget):
    saved = Signal(object)       # the Change of a successful save
    save_failed = Signal(str)    # the UserError's message

    def __init__(self, session: CaseSession, copy_seconds: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._note: Note | None = None
        self._dirty = False
        self._loading = False
        self._release: ReleaseDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_pending)
        self._build(copy_seconds)
        self.setEnabled(False)

    # -- layout ----------------------------------------------------------------------
    def _build(self, copy_seconds: Callable[[], int]) -> None:
        self.title_edit = SecureLineEdit(self)
        self.title_edit.copy_seconds = copy_seconds
        self.title_edit.setObjectName("noteTitle")
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Note title"))
        self.title_edit.setMaxLength(300)
        self.title_edit.setFrame(False)
        font = self.title_edit.font()
        scale_font(font, 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title_edit.setFont(font)
        self.title_edit.textEdited.connect(self._edited)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("saveState")
        self.status_label.setAccessibleName(self.tr("Save state"))

        self.tag_buttons: dict[Tag, QToolButton] = {}
        tags_row = QHBoxLayout()
        tags_row.setSpacing(6)
        for tag in Tag:
            chip = QToolButton(self)
            chip.setObjectName("tagChip")
            chip.setText(tag_label(tag))
            chip.setCheckable(True)
            chip.setAccessibleName(self.tr("Tag: %1").replace("%1", tag_label(tag)))
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.toggled.connect(self._flag_changed)
            self.tag_buttons[tag] = chip
            tags_row.addWidget(chip)
        tags_row.addStretch(1)

        self.confidential_box = QCheckBox(self.tr("Given in confidence — not to be disclosed without consent"), self)
        self.confidential_box.setAccessibleName(self.tr("Given in confidence"))
        self.confidential_box.toggled.connect(self._confidential_toggled)
        self.speaker_edit = QLineEdit(self)
        self.speaker_edit.setPlaceholderText(self.tr("Said by (optional)"))
        self.speaker_edit.setAccessibleName(self.tr("Said by"))
        self.speaker_edit.setMaximumWidth(260)
        self.speaker_edit.textEdited.connect(self._edited)
        self.joint_screen_box = QCheckBox(self.tr("Show on the joint screen"), self)
        self.joint_screen_box.setAccessibleName(self.tr("Show on the joint screen"))
        self.joint_screen_box.toggled.connect(self._flag_changed)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.confidential_box)
        flags_row.addWidget(self.joint_screen_box)
        flags_row.addStretch(1)
        flags_row.addWidget(self.speaker_edit)
        self.disclosure_label = QLabel(self)
        self.disclosure_label.setObjectName("disclosureLine")
        self.disclosure_label.setAccessibleName(self.tr("Who sees this note"))
        self.disclosure_label.setWordWrap(True)
        self.disclosure_label.setVisible(False)

        self.preview_button = QToolButton(self)
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.preview_button.setToolTip(self.tr("Show the note rendered (Ctrl+Shift+M)"))
        self.preview_button.setAccessibleName(self.tr("Rendered view"))
        self.preview_button.toggled.connect(self._toggle_preview)

        self.body_edit = SecurePlainTextEdit(self)
        self.body_edit.copy_seconds = copy_seconds
        self.body_edit.setObjectName("noteBody")
        self.body_edit.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body_edit.setPlaceholderText(self.tr("Write the note here. Markdown: **bold**, - lists, # headings."))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.textChanged.connect(self._body_changed)
        self.preview = MarkdownView(self, copy_seconds=copy_seconds)
        self.preview.setAccessibleName(self.tr("Rendered note"))
        self.body_stack = QStackedWidget(self)
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.preview)

        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.status_label)
        below = QHBoxLayout()
        below.addLayout(tags_row, 1)
        below.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(below)
        layout.addLayout(flags_row)
        layout.addWidget(self.disclosure_label)
        layout.addWidget(self.body_stack, 1)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Typing order, not layout order: title → text → tags → the rest of the note's fields. Enter in
        the title moves to the text as Tab does (a title has one line)."""
        self.title_edit.returnPressed.connect(lambda: self.body_edit.setFocus(Qt.FocusReason.TabFocusReason))
        chain = [self.title_edit, self.body_edit, self.preview, *self.tag_buttons.values(), self.preview_button,
                 self.confidential_box, self.joint_screen_box, self.speaker_edit]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- state -----------------------------------------------------------------------
    @property
    def note_id(self) -> str | None:
        return self._note.id if self._note else None

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, note: Note | None) -> None:
        """Show `note` (the caller has saved the previous one); undo history starts afresh."""
        self._timer.stop()
        self._close_release()
        self._loading = True
        self._note = note
        self._dirty = False
        self.title_edit.setText(note.title if note else "")
        self.body_edit.wipe()
        if note is not None and note.body:
            self.body_edit.setPlainText(note.body)
        self.speaker_edit.setText(note.speaker if note else "")
        for tag, chip in self.tag_buttons.items():
            chip.setChecked(bool(note and tag in note.tags))
        caucus = bool(note and note.channel.kind == "party")
        self.confidential_box.setChecked(bool(note and note.confidential))
        self.confidential_box.setVisible(caucus)
        self.speaker_edit.setVisible(caucus)
        self.joint_screen_box.setChecked(bool(note and note.on_joint_screen))
        self.joint_screen_box.setVisible(bool(note and note.channel.kind == "joint"))
        self.preview_button.setChecked(False)
        self.preview.blank()
        self.body_stack.setCurrentWidget(self.body_edit)
        self._set_state("")
        self.status_label.setToolTip("")
        self.refresh_disclosures()
        self.setEnabled(note is not None)
        self._loading = False

    def clear(self) -> None:
        """Forget the note: no text and no undo history is left in any field."""
        self.load(None)
        self.title_edit.setText("")
        self.speaker_edit.setText("")

    def focus_title(self) -> None:
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def selected_or_all_text(self) -> str:
        """What "copy securely" copies: the selection in the field that has it, else the whole body."""
        for field in (self.body_edit, self.preview):
            selected = field.textCursor().selectedText().replace("\u2029", "\n")
            if selected:
                return selected
        if self.title_edit.hasSelectedText():
            return self.title_edit.selectedText()
        return self.body_edit.toPlainText()

    # -- saving ----------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if self._loading or self._note is None:
            return
        self._dirty = True
        self._set_state(self.tr("Editing…"))
        self._timer.start()

    def _body_changed(self) -> None:
        self._edited()

    def _flag_changed(self, _checked: bool) -> None:
        if self._loading or self._note is None:
            return
        self._dirty = True
        self.save_pending()

    def _confidential_toggled(self, checked: bool) -> None:
        if self._loading or self._note is None:
            return
        if not checked and self._note.confidential:
            self._set_confidential_box(True)  # clearing it is the party's act, not an edit
            self.request_release()
            return
        self._flag_changed(checked)

    def _set_confidential_box(self, checked: bool) -> None:
        self.confidential_box.blockSignals(True)
        self.confidential_box.setChecked(checked)
        self.confidential_box.blockSignals(False)

    def request_release(self) -> ReleaseDialog | None:
        """Save what is typed, then ask for the consent that releases the note from confidence."""
        if self._note is None or not self._note.confidential or not self.save_pending():
            return None
        self._close_release()
        dialog = ReleaseDialog(self._session, self._note.id, self)
        dialog.released.connect(self._released)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_release(d))
        self._release = dialog
        dialog.open()
        return dialog

    def release_dialog(self) -> ReleaseDialog | None:
        return self._release

    def _released(self, change: object) -> None:
        if self._note is None:
            return
        try:
            self._note = self._session.note(self._note.id)
        except UserError:
            return
        self._set_confidential_box(self._note.confidential)
        self._set_state(self.tr("Released from confidence"))
        self.refresh_disclosures()
        self.saved.emit(change)

    def _forget_release(self, dialog: ReleaseDialog) -> None:
        if self._release is dialog:
            self._release = None
        dialog.deleteLater()

    def _close_release(self) -> None:
        """Close the release dialog (switching note, lock): it shows this note's title and people."""
        dialog, self._release = self._release, None
        if dialog is not None:
            dialog.wipe()
            dialog.reject()

    def save_pending(self) -> bool:
        """Write what is in the fields now; False (text kept, error shown) if the case refused it."""
        self._timer.stop()
        if self._note is None or not self._dirty:
            return True
        note = self._note
        try:
            change = self._session.edit_note(
                note.id, title=self.title_edit.text(), body=self.body_edit.toPlainText(),
                tags=frozenset(t for t, chip in self.tag_buttons.items() if chip.isChecked()),
                confidential=self.confidential_box.isChecked() if note.channel.kind == "party" else None,
                on_joint_screen=self.joint_screen_box.isChecked() if note.channel.kind == "joint" else None,
                speaker=self.speaker_edit.text() if note.channel.kind == "party" else None)
        except UserError as exc:
            self._set_state(self.tr("Not saved: %1").replace("%1", exc.message), error=True)
            self.save_failed.emit(exc.message)
            return False
        self._dirty = False
        behind = self._refresh(note)
        if behind:  # said once: the save that first leaves an audience with an older text
            self._set_state(self.tr("Saved — this edit is not disclosed"))
            self.status_label.setToolTip("\n".join(behind))
        else:
            self._set_state(self.tr("Saved"))
            self.status_label.setToolTip("")
        self.refresh_disclosures()
        self.saved.emit(change)
        return True

    def refresh_disclosures(self) -> None:
        """The line under the flags: who sees this note through a disclosure, which revision, and that
        later edits stay in the note's channel until disclosed again; hidden when nothing is disclosed."""
        note = self._note
        disclosures = ([] if note is None or note.channel.kind == "joint"
                       else [d for d in self._session.disclosures_of(note.id) if d.in_force])
        if note is None or not disclosures:
            self.disclosure_label.clear()
            self.disclosure_label.setVisible(False)
            return
        text = disclosed_text(self._session.case, note, disclosures)
        if is_behind(note, disclosures):
            text += " — " + (self.tr("later edits stay in this caucus until you disclose the note again.")
                             if note.channel.kind == "party" else
                             self.tr("later edits stay in your notebook until you disclose the note again."))
        self.disclosure_label.setText(text)
        self.disclosure_label.setVisible(True)

    def _refresh(self, before: Note) -> list[str]:
        """Re-read the saved note; if this save took it past the text some audience saw until now,
        say who sees which revision (else an empty list)."""
        try:
            self._note = self._session.note(before.id)
        except UserError:
            return []
        if self._note.revision <= before.revision or self._note.channel.kind == "joint":
            return []
        disclosures = self._session.disclosures_of(before.id)
        targets = list(dict.fromkeys(d.target for d in disclosures if d.in_force))
        case = self._session.case
        said = []
        joint_saw = shown_revision(disclosures, Audience.joint()) == before.revision
        for target in targets:
            if shown_revision(disclosures, target) != before.revision or (joint_saw and target.kind == "party"):
                continue
            said.append(self.tr("All parties still see revision %1.").replace("%1", str(before.revision))
                        if target == Audience.joint() else
                        self.tr("%1 still sees revision %2.").replace("%1", case.party(target.party_id or "").name)
                        .replace("%2", str(before.revision)))
        return said

    def _set_state(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR) if error
                         else self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.status_label.setPalette(palette)

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.show_markdown(self.body_edit.toPlainText())
            self.body_stack.setCurrentWidget(self.preview)
        else:
            self.preview.blank()
            self.body_stack.setCurrentWidget(self.body_edit)
