"""The search results list: hits grouped by channel in its colour, the matched words marked in each excerpt.

Group headers are there to read, not to stop on: the keyboard moves from hit to
hit across them, so Down then Enter always opens a hit. An excerpt is note text
(which may hold anything, HTML included): it is escaped before the matches are
marked, so the only markup drawn is ours.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from iomed_desk.app.case_session import SearchHit
from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Case
from iomed_desk.gui.banner import channel_colour, channel_title, colour_dot

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
#: the excerpt as escaped HTML with the matches marked (the item's text stays the plain excerpt)
MARKED_ROLE = Qt.ItemDataRole.UserRole + 4
MARK_COLOUR = "#ffe27a"

_CJK = "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_LATIN_WORD = re.compile(f"[^\\W_{_CJK}]+")
#: as the search itself: shorter words match whole words only, longer ones as the start of a word
MIN_PREFIX = 3


def counted(context: str, source: str, count: int) -> str:
    """`source` with Qt's %n plural form, translated; English (no catalogue) gets "(s)" resolved by `count`,
    so the catalogues keep one numerus message and English reads "1 note found." / "3 notes found."."""
    text = QCoreApplication.translate(context, source, "", count)
    if text == source.replace("%n", str(count)):  # untranslated: the English source
        text = text.replace("(s)", "" if count == 1 else "s")
    return text


def match_pattern(query: str) -> re.Pattern[str] | None:
    """Where the words of `query` occur in a text, as the search matches them: a word of 3 letters
    or more at the start of a word, a shorter one as a whole word, a CJK run anywhere."""
    parts = [re.escape(run) for run in _CJK_RUN.findall(query)]
    for word in _LATIN_WORD.findall(_CJK_RUN.sub(" ", query)):
        tail = r"\w*" if len(word) >= MIN_PREFIX else r"(?!\w)"
        parts.append(rf"(?<!\w){re.escape(word)}{tail}")
    if not parts:
        return None
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def marked(text: str, pattern: re.Pattern[str] | None) -> str:
    """`text` as HTML: every character escaped, each match wrapped in a highlight."""
    if pattern is None:
        return html.escape(text)
    out, last = [], 0
    for found in pattern.finditer(text):
        if found.end() == found.start():
            continue
        out.append(html.escape(text[last:found.start()]))
        out.append(f'<span style="background-color:{MARK_COLOUR};color:#000">{html.escape(found.group())}</span>')
        last = found.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class _MarkedDelegate(QStyledItemDelegate):
    """Draws an item's MARKED_ROLE as rich text (one line, elided by the column); else the plain text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        html_text = index.data(MARKED_ROLE)
        if not html_text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html_text)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ResultTree(QTreeWidget):
    """The hits under their channel's header; the cursor keys skip the headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setItemDelegateForColumn(1, _MarkedDelegate(self))

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """As Qt moves, but on past a group header to the next hit in the same direction (or stay put)."""
        start = self.currentIndex()
        index = super().moveCursor(action, modifiers)
        backwards = action in (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePrevious,
                               QAbstractItemView.CursorAction.MovePageUp, QAbstractItemView.CursorAction.MoveHome)
        seen = 0
        while index.isValid() and not index.siblingAtColumn(0).data(NOTE_ROLE) and seen < 10_000:
            step = self.indexAbove(index) if backwards else self.indexBelow(index)
            if not step.isValid():
                step = self.indexBelow(index) if backwards else self.indexAbove(index)
                backwards = not backwards
            index, seen = step, seen + 1
        return index if index.isValid() else start

    def hits(self) -> list[QTreeWidgetItem]:
        """Every hit in the order shown."""
        return [self.topLevelItem(g).child(c) for g in range(self.topLevelItemCount())
                for c in range(self.topLevelItem(g).childCount())]

    def first_hit(self) -> QTreeWidgetItem | None:
        found = self.hits()
        return found[0] if found else None

    def focus_first_hit(self) -> bool:
        hit = self.first_hit()
        if hit is None:
            return False
        self.setCurrentItem(hit)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_hits(self, case: Case, hits: Sequence[SearchHit], query: str) -> None:
        """Replace the list: one header per channel (in the case's order), its hits under it as given."""
        self.clear()
        pattern = match_pattern(query)
        order = [Channel.joint(), *(p.channel for p in case.parties), Channel.mediator()]
        groups = []
        for channel in order:
            mine = [h for h in hits if h.channel == channel]
            if not mine:
                continue
            group = QTreeWidgetItem([f"{channel_title(case, channel)}  ({len(mine)})"])
            group.setIcon(0, colour_dot(channel_colour(case, channel)))
            font = QFont(self.font())
            font.setBold(True)
            group.setFont(0, font)
            tint = QColor(channel_colour(case, channel))
            tint.setAlpha(48)
            group.setBackground(0, QBrush(tint))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in mine:
                child = QTreeWidgetItem([hit.title or _untitled(), hit.snippet])
                child.setData(0, NOTE_ROLE, hit.item_id)
                child.setData(0, CHANNEL_ROLE, str(hit.channel))
                child.setData(0, KIND_ROLE, hit.kind)
                child.setData(1, MARKED_ROLE, marked(hit.snippet, pattern))
                child.setToolTip(1, f"<p>{html.escape(hit.snippet)}</p>")  # rich text: escaped, never interpreted
                group.addChild(child)
            groups.append(group)
        self.addTopLevelItems(groups)
        for group in groups:
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)


def _untitled() -> str:
    return QCoreApplication.translate("SearchPanel", "(untitled)")
