"""The mediator's positions matrix (clauses × parties), recording positions, concluding and reopening.

The matrix is the mediator's overview of every party's confidence at once, so
it is shown only on the mediator's own screen, never on the joint screen.
Conclusion is offered only when the app's check allows it; otherwise the
button's tooltip and the line beside it say why.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.core.drafting import DraftVersion
from iomed_desk.core.model import Case
from iomed_desk.core.tabling import Position
from iomed_desk.gui.banner import colour_dot
from iomed_desk.gui.drafting.look import STANCE_LOOK, first_line, format_time, stance_label

AnyIndex = QModelIndex | QPersistentModelIndex
PARTY_ROLE = Qt.ItemDataRole.UserRole + 1
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 2
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 3


class PositionMatrixModel(QAbstractTableModel):
    """Rows are the clauses of one version; column 0 names the clause, then one column per party."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._version: DraftVersion | None = None
        self._cells: dict[tuple[str, str], Position | None] = {}

    def load(self, case: Case, version: DraftVersion | None, cells: dict[tuple[str, str], Position | None]) -> None:
        self.beginResetModel()
        self._case, self._version, self._cells = case, version, dict(cells)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._case, self._version, self._cells = None, None, {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self._version is None else len(self._version.clauses)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self._case is None else 1 + len(self._case.parties)

    def position(self, row: int, column: int) -> Position | None:
        if self._case is None or self._version is None or column < 1:
            return None
        return self._cells.get((self._case.parties[column - 1].id, self._version.clauses[row].id))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or self._case is None:
            return None
        party = self._case.parties[section - 1] if section > 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return party.name if party else self.tr("Clause")
        if role == Qt.ItemDataRole.DecorationRole and party:
            return colour_dot(party.colour)
        if role == Qt.ItemDataRole.ToolTipRole and party:
            return party.name
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._case is None or self._version is None:
            return None
        row, col = index.row(), index.column()
        clause = self._version.clauses[row]
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                heading = first_line(clause.heading_in(self._version.languages[0]), 200)
                return f"{row + 1}.  {heading or self.tr('Untitled clause')}"
            if role == CLAUSE_ROLE:
                return clause.id
            return None
        party = self._case.parties[col - 1]
        position = self.position(row, col)
        stance = position.stance if position else None
        mark, fg, bg = STANCE_LOOK[stance]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{mark}  {stance_label(stance)}" if stance else mark
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(fg))
        if role == Qt.ItemDataRole.BackgroundRole and bg:
            return QBrush(QColor(bg))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{party.name}: {stance_label(stance)}"
        if role == PARTY_ROLE:
            return party.id
        if role == CLAUSE_ROLE:
            return clause.id
        if role == COMMENT_ROLE:
            return position.comment if position else ""
        return None

    def describe(self, row: int, column: int) -> str:
        """One cell in words: who, which clause, what stance, when, and the comment."""
        if self._case is None or self._version is None or column < 1:
            return ""
        party = self._case.parties[column - 1]
        label = self._version.label(self._version.clauses[row].id)
        position = self.position(row, column)
        if position is None:
            return self.tr("%1 — %2: no position yet.").replace("%1", party.name).replace("%2", label)
        text = (self.tr("%1 — %2: %3 (recorded %4)").replace("%1", party.name).replace("%2", label)
                .replace("%3", stance_label(position.stance)).replace("%4", format_time(position.recorded_at)))
        return text + ("\n“" + position.comment + "”" if position.comment else "")


class StanceDelegate(QStyledItemDelegate):
    """Cells keep their stance colour when chosen (an outline marks the choice); a corner mark
    shows that a comment is there, like a note on a spreadsheet cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(r.adjusted(1, 1, -1, -1), background if background is not None else option.palette.base())
        painter.setPen(QColor(option.palette.mid().color()).lighter(118))
        painter.drawLine(r.left(), r.bottom(), r.right(), r.bottom())
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(foreground.color() if foreground is not None else option.palette.text().color())
        font = QFont(option.font)
        if background is not None:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        text_rect = r.adjusted(10, 0, -10, 0)
        text = painter.fontMetrics().elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight,
                                                text_rect.width())
        painter.drawText(text_rect, int(alignment or Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter,
                         text)
        if index.data(COMMENT_ROLE):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(foreground)
            painter.drawPolygon(QPolygonF([QPointF(r.right() - 10, r.top() + 1), QPointF(r.right() - 1, r.top() + 1),
                                           QPointF(r.right() - 1, r.top() + 10)]))
        if selected:
            painter.setPen(QPen(QColor("#2d5b88"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3)
        painter.restore()


class PositionsMatrixView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionsMatrix")
        self.setAccessibleName(self.tr("Positions of the parties, clause by clause"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(StanceDelegate(self))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(34)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setMinimumHeight(32)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        if self.model() is None or not self.model().columnCount():
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for col in range(1, self.model().columnCount()):
            name = str(self.model().headerData(col, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(150, min(250, metrics.horizontalAdvance(name) + 44)))


class PositionsPanel(QWidget):
    """Version chooser, matrix, the comment of the chosen cell, and the agreement controls."""

    version_changed = Signal(int)
    table_requested = Signal(int)
    record_requested = Signal(int, str, str)   # version, party id or "", clause id or ""
    accept_rest_requested = Signal(int, str)   # version, party id
    conclude_requested = Signal(int)
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version_combo = QComboBox(self)
        self.version_combo.setAccessibleName(self.tr("Version shown in the matrix"))
        self.version_combo.activated.connect(lambda _i: self.version_changed.emit(self.number() or 0))
        self.tabled_label = QLabel(self)
        self.tabled_label.setObjectName("mutedLabel")
        self.table_button = QPushButton(self.tr("Table…"), self)
        self.table_button.setAccessibleName(self.tr("Table this version"))
        self.table_button.clicked.connect(lambda: self.table_requested.emit(self.number() or 0))
        self.record_button = QPushButton(self.tr("Record position…"), self)
        self.record_button.setAccessibleName(self.tr("Record a party's position"))
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.number() or 0, *self._cell_ids()))
        self.accept_rest_button = QPushButton(self.tr("Accept all remaining…"), self)
        self.accept_rest_button.setAccessibleName(self.tr("Record that the party of the chosen column accepts every "
                                                          "clause it has not yet taken a position on"))
        self.accept_rest_button.clicked.connect(
            lambda: self.accept_rest_requested.emit(self.number() or 0, self._cell_ids()[0]))
        self.accept_rest_button.setEnabled(False)
        self.model = PositionMatrixModel(self)
        self.matrix = PositionsMatrixView(self)
        self.matrix.setModel(self.model)
        self.matrix.selectionModel().currentChanged.connect(lambda current, _p: self._show_comment(current))
        self.matrix.selectionModel().currentChanged.connect(lambda _c, _p: self._update_accept_rest())
        self.matrix.activated.connect(lambda index: self.record_requested.emit(self.number() or 0, *self._cell_ids(index)))
        self.comment_label = QLabel(self)
        self.comment_label.setObjectName("commentPanel")
        self.comment_label.setAccessibleName(self.tr("Comment on the chosen position"))
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_label.setMinimumHeight(52)
        self.agreement_label = QLabel(self)
        self.agreement_label.setObjectName("agreementState")
        self.agreement_label.setAccessibleName(self.tr("State of the agreement"))
        self.agreement_label.setWordWrap(True)
        self.conclude_button = QPushButton(self.tr("Conclude agreement…"), self)
        self.conclude_button.setObjectName("primaryButton")
        self.conclude_button.setAccessibleName(self.tr("Conclude the agreement"))
        self.conclude_button.clicked.connect(lambda: self.conclude_requested.emit(self.number() or 0))
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the concluded agreement"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel(self.tr("Version"), self))
        top.addWidget(self.version_combo)
        top.addSpacing(10)
        top.addWidget(self.tabled_label, 1)
        top.addWidget(self.table_button)
        top.addWidget(self.record_button)
        top.addWidget(self.accept_rest_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.agreement_label, 1)
        bottom.addWidget(self.reopen_button)
        bottom.addWidget(self.conclude_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.comment_label)
        layout.addLayout(bottom)

    def number(self) -> int | None:
        data = self.version_combo.currentData()
        return int(data) if data else None

    def set_versions(self, numbers: list[int], current: int | None) -> None:
        self.version_combo.clear()
        for n in reversed(numbers):
            self.version_combo.addItem(self.tr("Version %1").replace("%1", str(n)), n)
        if current is not None:
            self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(current)))
        enabled = bool(numbers)
        for w in (self.version_combo, self.table_button, self.record_button):
            w.setEnabled(enabled)

    def show_matrix(self, case: Case, version: DraftVersion | None,
                    cells: dict[tuple[str, str], Position | None], tabled_to: str) -> None:
        self.model.load(case, version, cells)
        self.matrix.fit_columns()
        self.tabled_label.setText(tabled_to)
        self._show_comment(self.matrix.currentIndex())
        self._update_accept_rest()

    def _update_accept_rest(self) -> None:
        """Offered for the party of the chosen column, named on the button's tip."""
        party_id = self._cell_ids()[0]
        name = str(self.model.headerData(self.matrix.currentIndex().column(), Qt.Orientation.Horizontal) or "")
        self.accept_rest_button.setEnabled(bool(party_id) and self.record_button.isEnabled())
        self.accept_rest_button.setToolTip(
            self.tr("%1 accepts every clause it has not yet taken a position on (one act, recorded clause by "
                    "clause)").replace("%1", name) if party_id else self.tr("Choose a cell in a party's column first"))

    def _cell_ids(self, index: QModelIndex | None = None) -> tuple[str, str]:
        index = index if index is not None else self.matrix.currentIndex()
        if not index.isValid():
            return "", ""
        return str(index.data(PARTY_ROLE) or ""), str(index.data(CLAUSE_ROLE) or "")

    def _show_comment(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() < 1:
            self.comment_label.setText(self.tr("Choose a cell to read the party's comment; hover for a preview, "
                                               "double-click or press Enter to record a position."))
            return
        self.comment_label.setText(self.model.describe(index.row(), index.column()))

    def show_agreement_state(self, text: str, *, can_conclude: bool, reasons: list[str], can_reopen: bool,
                             concluded: bool = False) -> None:
        self.agreement_label.setText(text)
        self.agreement_label.setProperty("state", "concluded" if concluded else "ready" if can_conclude else "")
        self.agreement_label.style().unpolish(self.agreement_label)
        self.agreement_label.style().polish(self.agreement_label)
        self.conclude_button.setEnabled(can_conclude)
        why = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
        self.conclude_button.setToolTip(self.tr("Every party has accepted every clause of this version.")
                                        if can_conclude else f"<p>{html.escape(self.tr('Not yet:'))}</p><ul>{why}</ul>")
        self.reopen_button.setVisible(can_reopen)
        self.reopen_button.setEnabled(can_reopen)

    def wipe(self) -> None:
        self.model.clear()
        self.version_combo.clear()
        self.tabled_label.clear()
        self.comment_label.clear()
        self.agreement_label.clear()
        self.conclude_button.setToolTip("")
