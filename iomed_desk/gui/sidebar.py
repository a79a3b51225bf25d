"""The workspace's navigation: the case overview, the channels in their colours, and the record.

Entries are keyed by short strings ("overview", "joint", "party:<id>",
"mediator", "audit") and grouped in sections ("case", "channels", "record"),
so later pages (Drafts, Offers) add a section, an entry and a page without
touching the others.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Case
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot, scale_font

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseSidebar(QListWidget):
    """A flat list with section headings; only real entries can be selected."""

    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSidebar")
        self.setAccessibleName(self.tr("Case navigation"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(12, 12))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            "QListWidget#caseSidebar { background: transparent; outline: 0; }"
            " QListWidget#caseSidebar::item { padding: 5px 6px; border-radius: 5px; }"
            " QListWidget#caseSidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.currentItemChanged.connect(self._on_current)

    def populate(self, case: Case) -> None:
        """The standard entries of a case: overview, every channel, the audit log."""
        self.clear()
        self.add_section("case", self.tr("Case"))
        self.add_entry("overview", self.tr("Overview"), section="case")
        self.add_section("channels", self.tr("Channels"))
        self.add_entry("joint", self.tr("Joint"), colour=channel_colour(case, Channel.joint()), section="channels")
        for party in case.parties:
            self.add_entry(f"party:{party.id}", channel_title(case, party.channel), colour=party.colour,
                           section="channels")
        self.add_entry("mediator", self.tr("Mediator's notebook"), colour=channel_colour(case, Channel.mediator()),
                       section="channels")
        self.add_section("record", self.tr("Record"))
        self.add_entry("audit", self.tr("Audit log"), section="record")

    def add_section(self, section: str, title: str, *, before: str | None = None) -> None:
        """A heading for entries; at the end, or before the section `before` (e.g. Drafts before the Record)."""
        row = self._section_rows(before)[0] if before else self.count()
        heading = QListWidgetItem(title.upper())
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        heading.setData(SECTION_ROLE, section)
        font = QFont(self.font())
        scale_font(font, 0.82)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        heading.setFont(font)
        heading.setTextAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.insertItem(row, heading)
        if row:
            spacer = QListWidgetItem("")
            spacer.setFlags(Qt.ItemFlag.NoItemFlags)
            spacer.setSizeHint(QSize(0, 8))
            self.insertItem(row, spacer)

    def add_entry(self, key: str, text: str, *, colour: str | None = None, section: str) -> QListWidgetItem:
        """An entry at the end of `section`, with a dot in `colour` if given."""
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setToolTip(text)
        if colour:
            item.setIcon(colour_dot(colour))
        self.insertItem(self._section_rows(section)[1], item)
        return item

    def _section_rows(self, section: str | None) -> tuple[int, int]:
        """Where `section` starts (its spacer or heading) and the row after its last entry."""
        rows = [i for i in range(self.count()) if self.item(i).data(SECTION_ROLE) is not None]
        for n, row in enumerate(rows):
            if self.item(row).data(SECTION_ROLE) == section:
                start = row - 1 if row else row
                end = rows[n + 1] - 1 if n + 1 < len(rows) else self.count()
                return start, end
        raise KeyError(f"no sidebar section {section!r}")

    def entry_keys(self) -> list[str]:
        return [k for i in range(self.count()) if (k := self.item(i).data(KEY_ROLE))]

    def item_for(self, key: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                return self.item(i)
        return None

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def select(self, key: str | None) -> None:
        """Show `key` as current without asking for the page again (or clear the selection)."""
        self.blockSignals(True)
        item = self.item_for(key) if key else None
        if item is None:
            self.setCurrentItem(None)
            self.clearSelection()
        else:
            self.setCurrentItem(item)
        self.blockSignals(False)

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        if key:
            self.page_requested.emit(key)

