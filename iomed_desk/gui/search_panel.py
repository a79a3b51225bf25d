"""Search as you type, for the mediator or as a given audience would see it, grouped by channel in its colour.

Typing pauses for DEBOUNCE_MS, then the query runs on the thread pool
(`run_in_background`; a worker reads the case on a connection of its own): the
newest FIRST_HITS hits the audience may see are shown at once, then the ranked
list replaces them. Every query has a generation number; a keystroke starts a
new one, a job that finds itself stale before it starts does nothing, and any
answer of an older generation (or arriving after the lock) is dropped, so a
stale list is never drawn. Which audience the results are for is chosen in the
panel; the store filters by it (the firewall), the panel only passes it on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import MEDIATOR, CaseSession, SearchHit
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui.banner import scale_font
from iomed_desk.gui.search_results import CHANNEL_ROLE, KIND_ROLE, NOTE_ROLE, ResultTree, counted
from iomed_desk.gui.worker import run_in_background

__all__ = ["CHANNEL_ROLE", "DEBOUNCE_MS", "FIRST_HITS", "KIND_ROLE", "NOTE_ROLE", "SearchField", "SearchPanel"]

DEBOUNCE_MS = 150
#: posted first, unranked (the newest the audience may see), while the ranked list is computed
FIRST_HITS = 20
#: the most hits a list holds, ranked or newest first
MOST_HITS = 200


class SearchField(QLineEdit):
    """The search box above the sidebar: Down goes to the first hit, Escape clears it, Alt+A chooses whose
    eyes to search with (before typing too: the field would otherwise take it as an "a")."""

    down_pressed = Signal()
    audience_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setPlaceholderText(self.tr("Search all notes (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search all notes"))
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_A and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            self.audience_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")  # as the clear button does: the person emptied the field
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    open_requested = Signal(object, str, str)  # Channel, item id, item kind ("note", "version", "tabling")
    finished = Signal(int)                 # number of hits in the final list
    wanted = Signal()                      # the user typed in the field: show the results page
    dismissed = Signal()                   # the user emptied the field: go back to the page before
    shown = Signal(str)                    # a list was drawn: "first" (the newest hits) or "final"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.field = SearchField(parent)
        self.field.textEdited.connect(self._typed)
        self.field.returnPressed.connect(self._search_now)
        self.field.down_pressed.connect(self._to_results)
        self.field.audience_requested.connect(self._choose_audience)
        self._generation = 0
        self._query = ""
        self.busy = False
        #: "first" while the newest hits are on screen and the ranked list is coming, then "final"
        self.stage = ""
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        scale_font(font, 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.audience_box = QComboBox(self)
        self.audience_box.setObjectName("searchAudience")
        self.audience_box.setAccessibleName(self.tr("Search as"))
        self._fill_audiences()
        audience_label = QLabel(self.tr("Search as:"), self)
        # a QShortcut rather than a label mnemonic: the keyboard table's test finds it (live while the page shows)
        QShortcut(QKeySequence("Alt+A"), self, lambda: self.audience_box.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.audience_box.setToolTip(self.tr("Whose eyes to search with (Alt+A)"))
        self.newest_first = QCheckBox(self.tr("Ne&west first"), self)
        self.newest_first.setToolTip(self.tr("List the newest matches first instead of the best ones"))
        self.audience_box.currentIndexChanged.connect(self._options_changed)
        self.newest_first.toggled.connect(self._options_changed)
        self.scope = QLabel(self)
        self.scope.setObjectName("secondary")
        self.scope.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setEnabled(False)
        self.results = ResultTree(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderLabels([self.tr("Note"), self.tr("Excerpt")])
        self.results.setColumnWidth(0, 280)
        self.results.itemActivated.connect(self._activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.search(self._query))
        options = QHBoxLayout()
        options.setSpacing(8)
        options.addWidget(audience_label)
        options.addWidget(self.audience_box, 1)
        options.addSpacing(12)
        options.addWidget(self.newest_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(options)
        layout.addWidget(self.scope)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setTabOrder(self.audience_box, self.newest_first)
        self.setTabOrder(self.newest_first, self.results)
        self._show_scope()

    # -- the audience ---------------------------------------------------------------------
    def _fill_audiences(self) -> None:
        box = self.audience_box
        box.clear()
        box.addItem(self.tr("the mediator (every channel)"), str(MEDIATOR))
        for party in self._session.case.parties:
            box.addItem(self.tr("%1 (what they may see)").replace("%1", party.name), str(Audience.party(party.id)))
        box.addItem(self.tr("the joint screen (what every party may see)"), str(Audience.joint()))

    def _choose_audience(self) -> None:
        """Alt+A in the field: the results page, with the keyboard on "Search as:"."""
        if not self._query:
            self.status.setText(self.tr("Choose whose eyes to search with, then type (Ctrl+F goes back to the "
                                        "field)."))
        self.wanted.emit()
        self.audience_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def audience(self) -> Audience:
        return Audience.parse(self.audience_box.currentData() or str(MEDIATOR))

    def set_audience(self, audience: Audience) -> None:
        index = self.audience_box.findData(str(audience))
        if index >= 0:
            self.audience_box.setCurrentIndex(index)

    def _show_scope(self) -> None:
        audience = self.audience()
        if audience.is_mediator:
            text = self.tr("Every channel: confidential material of every party, for your eyes only.")
        elif audience == Audience.joint():
            text = self.tr("Only what every party may see: the joint channel and what was disclosed to all.")
        else:
            name = self.audience_box.currentText().rsplit(" (", 1)[0]
            text = self.tr("Only what %1 may see: the joint channel, their own caucus and what was disclosed "
                           "to them.").replace("%1", name)
        self.scope.setText(text)

    def _options_changed(self) -> None:
        self._show_scope()
        if self._query:
            self.search(self._query)

    # -- typing ---------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not text.strip():
            self.search("")
            self.dismissed.emit()
            return
        self.wanted.emit()
        self.search_later(text)

    def search_later(self, text: str) -> None:
        """As the user types: search once typing pauses for DEBOUNCE_MS; a keystroke makes any answer due stale."""
        self._query = text.strip()
        self._generation += 1
        self._debounce.start()

    def _search_now(self) -> None:
        if self.field.text().strip():
            self.wanted.emit()
            self.search(self.field.text())

    def _to_results(self) -> None:
        if self.field.text().strip():
            self.wanted.emit()
            self.results.focus_first_hit()

    # -- the query, off the GUI thread ------------------------------------------------------
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
            self.stage = ""
            return
        self.busy = True
        self.stage = ""
        self.status.setText(self.tr("Searching…"))
        session, query, audience = self._session, self._query, self.audience()
        self._in_background(generation, lambda: session.first_results(query, audience, FIRST_HITS),
                            lambda hits: self._first(generation, hits))

    def _in_background(self, generation: int, read: Callable[[], list[SearchHit]],
                       done: Callable[[list[SearchHit]], None]) -> None:
        """Run `read` on a worker unless a newer query came first; `done` only for an answer still current."""
        current = self._is_current

        def job() -> list[SearchHit] | None:
            return read() if current(generation) else None

        def arrived(hits: list[SearchHit] | None) -> None:
            if hits is not None and current(generation):
                done(hits)

        run_in_background(job, arrived, lambda message: self._failed(generation, message))

    def _is_current(self, generation: int) -> bool:
        return generation == self._generation

    def _first(self, generation: int, hits: list[SearchHit]) -> None:
        newest = self.newest_first.isChecked()
        if newest and len(hits) < FIRST_HITS:  # every hit is here, newest first already
            self._final(hits)
            return
        self.stage = "first"
        self._draw(hits)
        self.status.setText(self.tr("The newest matches; ranking…"))
        session, query, audience = self._session, self._query, self.audience()
        if newest:
            read = lambda: session.first_results(query, audience, MOST_HITS)  # noqa: E731
        else:
            read = lambda: session.search(query, audience, MOST_HITS)  # noqa: E731
        self._in_background(generation, read, self._final)

    def _final(self, hits: list[SearchHit]) -> None:
        self.busy = False
        self.stage = "final"
        self._draw(hits)
        count = len(hits)
        if not count:
            self.status.setText(self.tr("No notes found."))
        elif count >= MOST_HITS:
            self.status.setText(self.tr("The first %1 notes found; add words to narrow the search.")
                                .replace("%1", str(count)))
        else:
            self.status.setText(counted("SearchPanel", "%n note(s) found.", count))
        self.finished.emit(count)

    def _draw(self, hits: list[SearchHit]) -> None:
        """Redraw the list, keeping the hit the keyboard is on when it is still there."""
        current = self.results.currentItem()
        keep = current.data(0, NOTE_ROLE) if current is not None else None
        had_focus = self.results.hasFocus()
        self.results.show_hits(self._session.case, hits, self._query)
        for item in self.results.hits():
            if keep and item.data(0, NOTE_ROLE) == keep:
                self.results.setCurrentItem(item)
                break
        else:
            if had_focus:
                self.results.focus_first_hit()
        self.shown.emit(self.stage)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.busy = False
            self.stage = "final"
            self.status.setText(message)

    # -- opening a hit --------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id:
            self.open_requested.emit(Channel.parse(item.data(0, CHANNEL_ROLE)), note_id, item.data(0, KIND_ROLE))

    def first_hit(self) -> QTreeWidgetItem | None:
        return self.results.first_hit()

    def clear(self) -> None:
        """For lock: forget the query, the audience and the results; late answers are dropped."""
        self._generation += 1
        self._debounce.stop()
        self._query = ""
        self.busy = False
        self.stage = ""
        self.field.setText("")
        self.results.clear()
        self.heading.clear()
        self.status.clear()
        self.audience_box.blockSignals(True)
        self.audience_box.setCurrentIndex(0)
        self.audience_box.blockSignals(False)
        self._show_scope()
