"""The workspace's navigation: the case overview, the channels in their colours, and the record.

Entries are keyed by short strings ("overview", "joint", "party:<id>",
"mediator", "audit"), so later pages (Drafts, Offers) add an entry and a page
without touching the others.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Case
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot

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
        self._sections: list[str] = []

    def populate(self, case: Case) -> None:
        """The standard entries of a case: overview, every channel, the audit log."""
        self.clear()
        self._sections = []
        self.add_entry("overview", self.tr("Overview"), section=self.tr("Case"))
        self.add_entry("joint", self.tr("Joint"), colour=channel_colour(case, Channel.joint()),
                       section=self.tr("Channels"))
        for party in case.parties:
            self.add_entry(f"party:{party.id}", channel_title(case, party.channel), colour=party.colour,
                           section=self.tr("Channels"))
        self.add_entry("mediator", self.tr("Mediator's notebook"), colour=channel_colour(case, Channel.mediator()),
                       section=self.tr("Channels"))
        self.add_entry("audit", self.tr("Audit log"), section=self.tr("Record"))

    def add_entry(self, key: str, text: str, *, colour: str | None = None, section: str = "") -> QListWidgetItem:
        """Append an entry under `section` (a heading is added the first time a section is named)."""
        if section and section not in self._sections:
            self._sections.append(section)
            heading = QListWidgetItem(section.upper())
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setData(SECTION_ROLE, section)
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 0.82)
            font.setBold(True)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
            heading.setFont(font)
            heading.setTextAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
            if self.count():
                spacer = QListWidgetItem("")
                spacer.setFlags(Qt.ItemFlag.NoItemFlags)
                spacer.setSizeHint(QSize(0, 8))
                self.addItem(spacer)
            self.addItem(heading)
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setToolTip(text)
        if colour:
            item.setIcon(colour_dot(colour))
        self.addItem(item)
        return item

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

