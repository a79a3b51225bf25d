"""The working copy's clauses as a list model, and the list view that reorders them.

Every change a user makes (drag and drop, `moveRows`, the keyboard) becomes a
command on the undo stack; the commands then call the plain mutators here
(`insert_clause`, `take_clause`, `move_clause`, `replace_clause`). Drag data
carries clause ids only, never clause text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from iomed_desk.core.drafting import Clause
from iomed_desk.gui.drafting.look import ACCENT, SELECTED_TINT, first_line
from iomed_desk.gui.drafting.undo_commands import MoveClause

CLAUSE_MIME = "application/x-iomed-desk-clause-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClauseList", text)


class ClauseListModel(QAbstractListModel):
    """The ordered clauses being edited. `touched` names the row an applied change affected."""

    touched = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._languages: tuple[str, ...] = ("en",)
        self._stack: QUndoStack | None = None

    # -- loading -----------------------------------------------------------------------
    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._stack = stack

    def load(self, clauses: Sequence[Clause], languages: Sequence[str]) -> None:
        self.beginResetModel()
        self._clauses = list(clauses)
        self._languages = tuple(languages)
        self.endResetModel()

    def clear(self) -> None:
        self.load([], self._languages)

    @property
    def languages(self) -> tuple[str, ...]:
        return self._languages

    def clauses(self) -> list[Clause]:
        return list(self._clauses)

    def clause_at(self, row: int) -> Clause:
        return self._clauses[row]

    def row_of(self, clause_id: str) -> int:
        return next((i for i, c in enumerate(self._clauses) if c.id == clause_id), -1)

    # -- mutators the undo commands call ----------------------------------------------------
    def insert_clause(self, row: int, clause: Clause) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._clauses.insert(row, clause)
        self.endInsertRows()
        self.touched.emit(row)

    def take_clause(self, row: int) -> Clause:
        self.beginRemoveRows(QModelIndex(), row, row)
        clause = self._clauses.pop(row)
        self.endRemoveRows()
        self.touched.emit(min(row, len(self._clauses) - 1))
        return clause

    def move_clause(self, source: int, to: int) -> None:
        """Move the clause at `source` so that it sits at row `to` afterwards."""
        if source == to:
            return
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), to + 1 if to > source else to)
        self._clauses.insert(to, self._clauses.pop(source))
        self.endMoveRows()
        self.touched.emit(to)

    def replace_clause(self, clause: Clause) -> None:
        row = self.row_of(clause.id)
        if row < 0:
            return
        self._clauses[row] = clause
        self.dataChanged.emit(self.index(row), self.index(row))
        self.touched.emit(row)

    def request_move(self, source: int, to: int) -> bool:
        """A user's move: through the undo stack when there is one."""
        if not (0 <= source < len(self._clauses) and 0 <= to < len(self._clauses)):
            return False
        if source != to:
            if self._stack is not None:
                self._stack.push(MoveClause(self, source, to))
            else:
                self.move_clause(source, to)
        return True

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._clauses)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._clauses):
            return None
        clause = self._clauses[index.row()]
        lang = self._languages[0]
        heading = first_line(clause.heading_in(lang), 200) or _tr("Untitled clause")
        if role == Qt.ItemDataRole.DisplayRole:
            return heading
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role == SNIPPET_ROLE:
            return first_line(clause.body_in(lang))
        if role == ID_ROLE:
            return clause.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("Clause %1: %2").replace("%1", str(index.row() + 1)).replace("%2", heading)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Clause %1 — drag, or press Alt+Up / Alt+Down, to move it").replace(
                "%1", str(index.row() + 1))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [CLAUSE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        ids = [self._clauses[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        mime = QMimeData()
        mime.setData(CLAUSE_MIME, QByteArray(json.dumps(ids).encode("ascii")))
        return mime

    def _dropped_row(self, data: QMimeData) -> int:
        if not data.hasFormat(CLAUSE_MIME):
            return -1
        try:
            ids = json.loads(bytes(data.data(CLAUSE_MIME).data()).decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            return -1
        return self.row_of(ids[0]) if isinstance(ids, list) and len(ids) == 1 else -1

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: AnyIndex) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropped_row(data) >= 0

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: AnyIndex) -> bool:
        """Drop one dragged clause before `row` (or onto `parent`'s row, or at the end)."""
        source = self._dropped_row(data)
        if action != Qt.DropAction.MoveAction or source < 0:
            return False
        before = parent.row() if parent.isValid() else (row if row >= 0 else len(self._clauses))
        return self.request_move(source, before - 1 if before > source else before)

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int,  # noqa: N802 - Qt override
                 destination_parent: AnyIndex, destination_child: int) -> bool:
        """Qt's move (the list view's internal drag uses it): `destination_child` is counted before the move."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if destination_child in (source_row, source_row + 1):
            return True
        to = destination_child - 1 if destination_child > source_row else destination_child
        return self.request_move(source_row, to)


class ClauseDelegate(QStyledItemDelegate):
    """Number, heading and the first words of the body: enough to find a clause at a glance."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(220, int(option.fontMetrics.height() * 3.3))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, QColor(SELECTED_TINT))
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                             QColor(ACCENT))
        painter.setPen(QColor(palette.mid().color()).lighter(115))
        painter.drawLine(option.rect.left() + 10, option.rect.bottom(), option.rect.right() - 10,
                         option.rect.bottom())
        text_colour = QColor("#1f2630") if selected else palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        rect = option.rect.adjusted(12, 8, -10, -6)
        line = option.fontMetrics.height()
        number_font = QFont(option.font)
        number_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(number_font)
        painter.setPen(muted)
        number_width = option.fontMetrics.horizontalAdvance("00") + 10
        painter.drawText(QRect(rect.left(), rect.top(), number_width, line), Qt.AlignmentFlag.AlignLeft,
                         str(index.data(NUMBER_ROLE)))
        text_left = rect.left() + number_width
        width = rect.right() - text_left
        painter.setPen(text_colour)
        heading = painter.fontMetrics().elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, rect.top(), width, line + 2), Qt.AlignmentFlag.AlignLeft, heading)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(muted)
        snippet = painter.fontMetrics().elidedText(str(index.data(SNIPPET_ROLE) or ""),
                                                   Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, rect.top() + int(line * 1.45), width, line + 2),
                         Qt.AlignmentFlag.AlignLeft, snippet)
        painter.restore()


class ClauseListView(QListView):
    """Single selection, internal drag and drop; the editor adds the keyboard moves as actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseList")
        self.setAccessibleName(_tr("Clauses"))
        self.setAccessibleDescription(_tr("The clauses of the draft in order. Alt+Up and Alt+Down move "
                                          "the selected clause; Delete removes it."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ClauseDelegate(self))
        self.setUniformItemSizes(True)
        self.setMinimumWidth(240)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1
