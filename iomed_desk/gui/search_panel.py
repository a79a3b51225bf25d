"""Full-text search over every channel, for the mediator's eyes, grouped by channel in its colour.

The query runs on the thread pool (`run_in_background`), so a big case never
stalls typing; an answer that arrives after a newer query, or after the lock,
is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from iomed_desk.app.case_session import MEDIATOR, CaseSession, SearchHit
from iomed_desk.core.channels import Channel
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot, scale_font
from iomed_desk.gui.worker import run_in_background

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
DEBOUNCE_MS = 250


class SearchField(QLineEdit):
    """The search box above the sidebar; Escape clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setPlaceholderText(self.tr("Search all notes (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search all notes"))
        self.setClearButtonEnabled(True)


class SearchPanel(QWidget):
    open_requested = Signal(object, str, str)  # Channel, item id, item kind ("note", "version", "tabling")
    finished = Signal(int)                 # number of hits shown
    wanted = Signal()                      # the user typed in the field: show the results page

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.field = SearchField(parent)
        self.field.textEdited.connect(self._typed)
        self.field.returnPressed.connect(lambda: (self.wanted.emit(), self.search(self.field.text())))
        self._generation = 0
        self._query = ""
        self.busy = False
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        scale_font(font, 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setEnabled(False)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderLabels([self.tr("Note"), self.tr("Excerpt")])
        self.results.setColumnWidth(0, 280)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(False)
        self.results.itemActivated.connect(self._activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.search(self._query))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def _typed(self, text: str) -> None:
        self.wanted.emit()
        self.search_later(text)

    def search_later(self, text: str) -> None:
        """As the user types: search once typing pauses."""
        self._query = text
        self._debounce.start()

    def search(self, text: str) -> None:
        self._debounce.stop()
        self._query = text.strip()
        self._generation += 1
        generation = self._generation
        self.heading.setText(self.tr("Search: “%1”").replace("%1", self._query))
        if not self._query:
            self.results.clear()
            self.status.setText(self.tr("Type words to find them in every channel."))
            self.busy = False
            return
        self.busy = True
        self.status.setText(self.tr("Searching…"))
        session, query = self._session, self._query
        run_in_background(lambda: session.search(query, MEDIATOR),
                          lambda hits: self._show(generation, hits),
                          lambda message: self._failed(generation, message))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.busy = False
            self.status.setText(message)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.busy = False
        case = self._session.case
        self.results.clear()
        groups: dict[Channel, QTreeWidgetItem] = {}
        order = [Channel.joint(), *(p.channel for p in case.parties), Channel.mediator()]
        for channel in order:
            mine = [h for h in hits if h.channel == channel]
            if not mine:
                continue
            group = QTreeWidgetItem([f"{channel_title(case, channel)}  ({len(mine)})"])
            group.setIcon(0, colour_dot(channel_colour(case, channel)))
            font = QFont(self.results.font())
            font.setBold(True)
            group.setFont(0, font)
            tint = QColor(channel_colour(case, channel))
            tint.setAlpha(48)
            group.setBackground(0, QBrush(tint))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            for hit in mine:
                child = QTreeWidgetItem([hit.title, hit.snippet])
                child.setData(0, NOTE_ROLE, hit.item_id)
                child.setData(0, CHANNEL_ROLE, str(hit.channel))
                child.setData(0, KIND_ROLE, hit.kind)
                child.setToolTip(1, hit.snippet)
                group.addChild(child)
            groups[channel] = group
        self.results.addTopLevelItems(list(groups.values()))
        for group in groups.values():
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        count = len(hits)
        self.status.setText(self.tr("No notes found.") if not count else
                            self.tr("%n note(s) found.", "", count))
        self.finished.emit(count)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id:
            self.open_requested.emit(Channel.parse(item.data(0, CHANNEL_ROLE)), note_id, item.data(0, KIND_ROLE))

    def first_hit(self) -> QTreeWidgetItem | None:
        group = self.results.topLevelItem(0)
        return group.child(0) if group is not None and group.childCount() else None

    def clear(self) -> None:
        """For lock: forget the query and the results; late answers are dropped."""
        self._generation += 1
        self._debounce.stop()
        self._query = ""
        self.busy = False
        self.field.setText("")
        self.results.clear()
        self.heading.clear()
        self.status.clear()
