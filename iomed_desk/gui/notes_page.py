"""The notes of one channel: a list (title, tags, time, disclosure state) beside the note's editor.

The page shows whatever channel the workspace gives it and asks the case for
everything it shows; switching note saves the one being edited first, and a
save that fails keeps that note open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import Disclosure
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import Case, Note
from iomed_desk.gui.banner import channel_title, scale_font
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.disclosure_state import disclosed_text, disclosure_state
from iomed_desk.gui.markdown_view import MarkdownView
from iomed_desk.gui.note_editor import NoteEditor, tag_label

#: a channel lists its most recent notes; older ones are found by search (a case may hold 100,000)
LIST_LIMIT = 500
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
#: who sees the note through a disclosure, and which revision: the list's third line ("" if none)
DISCLOSED_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesPage", text)


class NoteListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._notes: list[Note] = []
        self._targets: dict[str, list[Disclosure]] = {}
        self._shown: Channel | None = None

    def set_notes(self, case: Case, notes: list[Note], targets: dict[str, list[Disclosure]],
                  shown: Channel | None = None) -> None:
        """`shown`: the channel on screen; a note of another channel in it is one disclosed into it."""
        self.beginResetModel()
        self._case = case
        self._shown = shown
        self._notes = sorted(notes, key=lambda n: (n.created_at, n.id), reverse=True)
        self._targets = targets
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._notes, self._targets = [], {}
        self.endResetModel()

    def replace_note(self, note: Note, targets: list[Disclosure] | None = None) -> None:
        for row, old in enumerate(self._notes):
            if old.id == note.id:
                self._notes[row] = note
                if targets is not None:
                    self._targets[note.id] = targets
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def row_of(self, note_id: str | None) -> int:
        return next((r for r, n in enumerate(self._notes) if n.id == note_id), -1)

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._case is None:
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return note.title
        if role == ID_ROLE:
            return note.id
        disclosures = self._targets.get(note.id, [])
        if self._shown is not None and note.channel != self._shown:  # disclosed into the channel on screen
            if role == DISCLOSED_ROLE:
                return disclosed_from_text(self._case, note)
            if role in (DETAIL_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                when = local_text(note.updated_at, year=False)
                return when if role == DETAIL_ROLE else f"{note.title}\n{when}  ·  {disclosed_from_text(self._case, note)}"
        if role == DISCLOSED_ROLE:
            return disclosed_text(self._case, note, disclosures) if note.channel.kind != "joint" else ""
        if role in (DETAIL_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            when = local_text(note.updated_at, year=False)
            tags = ", ".join(tag_label(t) for t in sorted(note.tags))
            state = disclosure_state(self._case, note, disclosures)
            if role == DETAIL_ROLE:  # the disclosure, when there is one, has the third line to itself
                return "  ·  ".join(p for p in (when, tags, "" if index.data(DISCLOSED_ROLE) else state) if p)
            return f"{note.title}\n" + "  ·  ".join(p for p in (when, tags, state) if p)
        return None


def disclosed_from_text(case: Case, note: Note) -> str:
    """The list's line for a note disclosed to all parties, in the Joint channel: from where, which revision."""
    return _tr("Disclosed to all parties from %1 (revision %2)").replace(
        "%1", channel_title(case, note.channel)).replace("%2", str(note.revision))


class DisclosedView(QWidget):
    """A note disclosed to all parties, as they see it (the revision consented to), read-only: the Joint
    channel lists it, but editing stays in its own channel."""

    def __init__(self, copy_seconds: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("disclosedTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        scale_font(font, 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.source = QLabel(self)
        self.source.setObjectName("secondary")
        self.source.setWordWrap(True)
        self.body = MarkdownView(self, copy_seconds=copy_seconds)
        self.body.setAccessibleName(_tr("Disclosed text"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.body, 1)

    def show_note(self, case: Case, note: Note) -> None:
        self.note_id = note.id
        self.title.setText(note.title)
        self.source.setText(disclosed_from_text(case, note) + " — " +
                            _tr("read-only here; later edits stay in its own channel until disclosed again."))
        self.body.show_markdown(note.body)

    def wipe(self) -> None:
        self.note_id = None
        self.title.setText("")
        self.source.setText("")
        self.body.blank()


class NoteDelegate(QStyledItemDelegate):
    """Two lines per note: the title, then time, tags and disclosure state in a quieter tone; a disclosed
    note has a third line saying who sees it and which revision, so a long party name elides only that."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        height = option.fontMetrics.height()
        lines = 3.8 if index.data(DISCLOSED_ROLE) else 2.6
        return QSize(200, int(height * lines) + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_colour = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_colour if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(12, 7, -10, -7)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = painter.fontMetrics().elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line + 2), Qt.AlignmentFlag.AlignLeft, title)
        small = QFont(option.font)
        scale_font(small, 0.9)
        painter.setFont(small)
        painter.setPen(quiet)
        detail = painter.fontMetrics().elidedText(str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight,
                                                  rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + int(line * 1.4), rect.width(), line + 2),
                         Qt.AlignmentFlag.AlignLeft, detail)
        disclosed = str(index.data(DISCLOSED_ROLE) or "")
        if disclosed:
            disclosed = painter.fontMetrics().elidedText(disclosed, Qt.TextElideMode.ElideMiddle, rect.width())
            painter.drawText(QRect(rect.left(), rect.top() + int(line * 2.6), rect.width(), line + 2),
                             Qt.AlignmentFlag.AlignLeft, disclosed)
        painter.restore()


class ChannelTab(Protocol):
    """A further tab of the channel view (the exhibits): it follows the channel on screen and empties on lock."""

    def show_channel(self, channel: Channel) -> None: ...

    def clear(self) -> None: ...


class NotesPage(QWidget):
    new_note_requested = Signal(object)  # Channel
    current_note_changed = Signal(object)  # note id or None

    def __init__(self, session: CaseSession, copy_seconds: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._channel: Channel | None = None
        self._reverting = False
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        scale_font(font, 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_button = QPushButton(self.tr("New note"), self)
        self.new_button.setAccessibleName(self.tr("New note in this channel"))
        self.new_button.clicked.connect(lambda: self.new_note_requested.emit(self._channel))
        self.model = NoteListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("noteList")
        self.list_view.setAccessibleName(self.tr("Notes"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(NoteDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumWidth(180)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles elide instead
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.editor = NoteEditor(session, copy_seconds, self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.more_label = QLabel(self.tr("Only the %1 most recent notes are listed; search finds older ones.")
                                 .replace("%1", str(LIST_LIMIT)), self)
        self.more_label.setObjectName("secondary")
        self.more_label.setWordWrap(True)
        self.more_label.setVisible(False)
        self._truncated = False
        self.disclosed_view = DisclosedView(copy_seconds, self)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.empty_label)
        self.editor_stack.addWidget(self.editor)
        self.editor_stack.addWidget(self.disclosed_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 640])
        self._header = QHBoxLayout()
        self._header.setSpacing(6)
        self._header.addWidget(self.heading, 1)
        self._header.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.more_label)
        self.splitter = splitter
        self.tabs: QTabWidget | None = None
        self._channel_tabs: list[ChannelTab] = []

    def add_channel_tab(self, tab: ChannelTab, widget: QWidget, title: str) -> None:
        """Another tab beside the notes (Exhibits); the notes become the first tab once there is one."""
        if self.tabs is None:
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("channelTabs")
            self.tabs.setDocumentMode(True)
            self.layout().replaceWidget(self.splitter, self.tabs)
            self.tabs.addTab(self.splitter, self.tr("Notes"))
        self.tabs.addTab(widget, title)
        self._channel_tabs.append(tab)

    def add_header_action(self, action: QAction) -> QToolButton:
        """A button beside "New note" for an action on the open note (Disclose…, Copy securely)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._header.insertWidget(self._header.count() - 1, button)
        return button

    @property
    def channel(self) -> Channel | None:
        return self._channel

    def current_note_id(self) -> str | None:
        return self.editor.note_id

    def hiding_tab(self) -> str:
        """The title of the channel's tab on screen when it is not the Notes tab ("" while the notes show):
        the note in the editor is then out of sight, and no note action may touch it."""
        if self.tabs is None or self.tabs.currentWidget() is self.splitter:
            return ""
        return self.tabs.tabText(self.tabs.currentIndex())

    def shown_note_id(self) -> str | None:
        """The note a note action may act on: the one in the editor, if the Notes tab is on screen."""
        return None if self.hiding_tab() else self.editor.note_id

    def save_pending(self) -> bool:
        return self.editor.save_pending()

    def show_channel(self, channel: Channel, select_id: str | None = None) -> None:
        """Load the channel's notes and open `select_id` (or the newest); save first is the caller's job."""
        self._channel = channel
        case = self._session.case
        self.heading.setText(channel_title(case, channel))
        self.new_button.setToolTip(self.tr("New note in %1 (Ctrl+N)").replace("%1", channel_title(case, channel)))
        self.reload(select_id, keep_editor=False)
        if select_id is not None and self.tabs is not None:  # a note asked for by id (search, a new note)
            self.tabs.setCurrentIndex(0)
        for tab in self._channel_tabs:
            tab.show_channel(channel)

    def reload(self, select_id: str | None = None, *, keep_editor: bool = True) -> None:
        """Re-read the list; the note in the editor stays as typed unless it is gone or another is chosen."""
        if self._channel is None:
            return
        editing = self.editor.note_id
        target = select_id if select_id is not None else (editing if keep_editor else None)
        shown = self._session.notes_in(self._channel, limit=LIST_LIMIT)
        self._truncated = len(shown) == LIST_LIMIT
        shown += self._disclosed_into_joint()
        if target is not None and all(n.id != target for n in shown):  # an older note opened from search
            with contextlib.suppress(UserError):
                older = self._session.note(target)
                if older.channel == self._channel:
                    shown.append(older)
        self.model.set_notes(self._session.case, shown, self._targets(), self._channel)
        self.more_label.setVisible(self._truncated)
        row = self.model.row_of(target)
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)
        shown = self.model.note_at(row).id if row >= 0 else None
        if self.disclosed_view.note_id is not None and shown == self.disclosed_view.note_id or shown != editing or not keep_editor:
            self._open(shown)
        else:
            self.editor.refresh_disclosures()
        self._update_empty()

    def _disclosed_into_joint(self) -> list[Note]:
        """On the Joint channel, the notes of other channels disclosed to all parties (in force), each in the
        revision the parties see."""
        if self._channel is None or self._channel.kind != "joint":
            return []
        return self._session.disclosed_into(self._channel, Audience.joint())

    def update_note(self, note_id: str) -> None:
        """Redraw one row after a save, without touching the editor."""
        note = self._session.note(note_id)
        self.model.replace_note(note, self._targets().get(note_id, []))

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.model.index(row))
        return self.editor.note_id == note_id

    def clear(self) -> None:
        self._channel = None
        for tab in self._channel_tabs:
            tab.clear()
        self.model.clear()
        self.editor.clear()
        self.disclosed_view.wipe()
        self.heading.setText("")
        self.empty_label.setText("")
        self.editor_stack.setCurrentWidget(self.empty_label)

    def _targets(self) -> dict[str, list[Disclosure]]:
        """Each note's disclosures in force."""
        targets: dict[str, list[Disclosure]] = {}
        for d in self._session.all_disclosures():
            if d.in_force:
                targets.setdefault(d.item_id, []).append(d)
        return targets

    def _select_row(self, row: int) -> None:
        self._reverting = True
        selection = self.list_view.selectionModel()
        if row < 0:
            selection.clear()
        else:
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(self.model.index(row))
        self._reverting = False

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id == self.editor.note_id:
            return
        if not self.editor.save_pending():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self._open(new_id)

    def _open(self, note_id: str | None) -> None:
        row = self.model.row_of(note_id)
        listed = self.model.note_at(row) if row >= 0 else None
        if listed is not None and self._channel is not None and listed.channel != self._channel:
            self.editor.load(None)  # disclosed from elsewhere: shown as the parties see it, not edited here
            self.disclosed_view.show_note(self._session.case, self._session.note(listed.id, Audience.joint()))
            self.editor_stack.setCurrentWidget(self.disclosed_view)
            self.current_note_changed.emit(None)
            return
        self.disclosed_view.wipe()
        note = self._session.note(note_id) if note_id else None
        self.editor.load(note)
        self._update_empty()
        self.current_note_changed.emit(note_id)

    def _update_empty(self) -> None:
        if self.disclosed_view.note_id is not None:
            return
        has_note = self.editor.note_id is not None
        self.editor_stack.setCurrentWidget(self.editor if has_note else self.empty_label)
        if not has_note and self._channel is not None:
            self.empty_label.setText(self.tr("No notes here yet.\nPress “New note” (Ctrl+N) to write the first one."))
