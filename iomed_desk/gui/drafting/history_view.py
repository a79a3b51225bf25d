"""The versions of a draft, the redline between any two of them, and the "Save version…" dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.agreement import Agreement
from iomed_desk.core.drafting import Draft, DraftVersion
from iomed_desk.core.redline import Redline
from iomed_desk.core.tabling import Tabling
from iomed_desk.gui.drafting.look import ACCENT, SELECTED_TINT, fit_to_width, format_time
from iomed_desk.gui.drafting.redline_view import RedlineView
from iomed_desk.gui.worker import run_in_background

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
TABLED_ROLE = Qt.ItemDataRole.UserRole + 3


class VersionDelegate(QStyledItemDelegate):
    """Three lines per version: number and time, the change note, and whom it was tabled to."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, int(option.fontMetrics.height() * 4.1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(SELECTED_TINT))
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), QColor(ACCENT))
        painter.setPen(QColor(option.palette.mid().color()).lighter(115))
        painter.drawLine(option.rect.left() + 10, option.rect.bottom(), option.rect.right() - 10, option.rect.bottom())
        text = QColor("#1f2630") if option.state & QStyle.StateFlag.State_Selected else option.palette.text().color()
        muted = QColor(text)
        muted.setAlpha(150)
        rect = option.rect.adjusted(14, 8, -10, -6)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        lines = [(str(index.data() or ""), bold, text), (str(index.data(NOTE_ROLE) or ""), option.font, text),
                 (str(index.data(TABLED_ROLE) or ""), option.font, muted)]
        for n, (value, font, colour) in enumerate(lines):
            painter.setFont(font)
            painter.setPen(colour)
            shown = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), rect.top() + int(n * line * 1.25), rect.width(), line + 2),
                             Qt.AlignmentFlag.AlignLeft, shown)
        painter.restore()


class SaveVersionDialog(QDialog):
    """Ask for the note that says what changed; the version itself is made by the app."""

    def __init__(self, next_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save version"))
        intro = QLabel(self.tr("The current text becomes version %1. Saved versions never change; "
                               "parties see a version only once it is tabled to them.")
                       .replace("%1", str(next_number)), self)
        intro.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("What changed"))
        self.note_edit.setPlaceholderText(self.tr("What changed, e.g. “Payment moved to 60 days”"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save version"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Note"), self))
        layout.addWidget(self.note_edit)
        layout.addWidget(buttons)
        fit_to_width(self, 460)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class HistoryView(QWidget):
    """Versions on the left; on the right the redline between the two chosen versions."""

    table_requested = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._draft: Draft | None = None
        self._versions: dict[int, DraftVersion] = {}
        self._generation = 0
        self._redline: tuple[int, int, Redline] | None = None
        self.busy = False
        self._key: tuple[object, ...] = ()
        self.versions_list = QListWidget(self)
        self.versions_list.setObjectName("versionList")
        self.versions_list.setAccessibleName(self.tr("Versions"))
        self.versions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_list.setItemDelegate(VersionDelegate(self.versions_list))
        self.versions_list.setMinimumWidth(200)
        self.versions_list.currentItemChanged.connect(self._version_chosen)
        self.table_button = QPushButton(self.tr("Table version…"), self)
        self.table_button.setAccessibleName(self.tr("Table the selected version to the parties"))
        self.table_button.clicked.connect(lambda: self.table_requested.emit(self.selected_number() or 0))
        self.old_combo, self.new_combo = QComboBox(self), QComboBox(self)
        self.old_combo.setAccessibleName(self.tr("Older version"))
        self.new_combo.setAccessibleName(self.tr("Newer version"))
        for combo in (self.old_combo, self.new_combo):
            combo.activated.connect(lambda _i: self.compare_chosen())
        self.changes_only = QCheckBox(self.tr("Changed clauses only"), self)
        self.changes_only.toggled.connect(lambda _on: self._draw())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the redline"))
        self.redline_view = RedlineView(self)
        self.agreement_record = QLabel(self)
        self.agreement_record.setObjectName("agreementRecord")
        self.agreement_record.setAccessibleName(self.tr("Agreement record"))
        self.agreement_record.setWordWrap(True)
        self.agreement_record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agreement_record.setVisible(False)
        self.print_button.clicked.connect(self.redline_view.print_with_dialog)
        self._layout()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.versions_list, 1)
        left_layout.addWidget(self.agreement_record)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.table_button)
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        compare = QHBoxLayout()
        compare.setSpacing(8)
        compare.addWidget(QLabel(self.tr("Compare"), self))
        compare.addWidget(self.old_combo)
        compare.addWidget(QLabel(self.tr("with"), self))
        compare.addWidget(self.new_combo)
        compare.addStretch(1)
        options = QHBoxLayout()  # a second row, so a narrow window keeps the redline wide enough
        options.addWidget(self.changes_only)
        options.addStretch(1)
        options.addWidget(self.print_button)
        right_layout.addLayout(compare)
        right_layout.addLayout(options)
        right_layout.addWidget(self.redline_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    # -- data ------------------------------------------------------------------------------------
    def load(self, draft: Draft, versions: list[DraftVersion], tablings: list[Tabling]) -> None:
        """Show a draft's versions, newest first, and compare the latest with the one before.

        Nothing is redrawn when neither the versions nor the tablings changed.
        """
        key = (draft.id, tuple((v.number, v.fingerprint) for v in versions), tuple(t.id for t in tablings))
        if key == self._key:
            return
        self._key = key
        self._draft = draft
        self._versions = {v.number: v for v in versions}
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        names = {p.id: p.name for p in self._session.case.parties}
        for v in reversed(versions):
            shown = [t for t in tablings if t.is_of(v)]
            to = list(dict.fromkeys(self.tr("all parties") if t.reaches_all_parties
                                    else names.get(t.audience.party_id or "", "") for t in shown))
            title = self.tr("Version %1 · %2").replace("%1", str(v.number)).replace("%2", format_time(v.created_at))
            tabled = (self.tr("Tabled to %1").replace("%1", ", ".join(to)) if to else self.tr("Not tabled yet"))
            item = QListWidgetItem(title)
            item.setData(NUMBER_ROLE, v.number)
            item.setData(NOTE_ROLE, v.change_note.split("\n")[0] or self.tr("(no note)"))
            item.setData(TABLED_ROLE, tabled)
            item.setToolTip("\n".join(x for x in (title, v.change_note, tabled) if x))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {v.change_note}. {tabled}")
            self.versions_list.addItem(item)
        self.versions_list.blockSignals(False)
        for combo in (self.old_combo, self.new_combo):
            combo.clear()
            for v in versions:
                combo.addItem(self.tr("Version %1").replace("%1", str(v.number)), v.number)
        self.table_button.setEnabled(bool(versions))
        self.print_button.setEnabled(False)
        if versions:
            self.versions_list.setCurrentRow(0)
            self._version_chosen(self.versions_list.item(0), None)
        else:
            self.redline_view.show_message(self.tr("No saved versions yet. Save a version to start the history."))

    def show_record(self, agreements: list[Agreement]) -> None:
        """Under the versions: each conclusion of this draft, its reopening with the reason, its export."""
        lines = []
        for a in agreements:
            lines.append(self.tr("Concluded on version %1, %2").replace("%1", str(a.version_number))
                         .replace("%2", format_time(a.concluded_at)))
            if a.exported_at is not None:
                lines.append("  " + self.tr("Exported %1 — final").replace("%1", format_time(a.exported_at)))
            if a.reopened_at is not None:
                lines.append("  " + self.tr("Reopened %1 by %2: “%3”").replace("%1", format_time(a.reopened_at))
                             .replace("%2", a.reopened_by).replace("%3", a.reopen_reason))
        self.agreement_record.setText("\n".join(lines))
        self.agreement_record.setVisible(bool(lines))

    def selected_number(self) -> int | None:
        item = self.versions_list.currentItem()
        return int(item.data(NUMBER_ROLE)) if item is not None else None

    def _version_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        number = int(item.data(NUMBER_ROLE))
        self.compare(max(1, number - 1), number)

    def compare_chosen(self) -> None:
        self.compare(int(self.old_combo.currentData() or 0), int(self.new_combo.currentData() or 0))

    def compare(self, old: int, new: int) -> None:
        """Start the redline of `old` against `new` on the thread pool; `redline_view.ready` says when drawn."""
        self.old_combo.setCurrentIndex(self.old_combo.findData(old))
        self.new_combo.setCurrentIndex(self.new_combo.findData(new))
        self._generation += 1
        self._redline = None
        self.print_button.setEnabled(False)
        if self._draft is None or old not in self._versions or new not in self._versions:
            return
        if old == new:
            self.redline_view.show_message(self.tr("Version %1 is the first version; save another to compare.")
                                           .replace("%1", str(new)) if new == min(self._versions)
                                           else self.tr("Choose two different versions to compare."))
            return
        generation, desk, draft_id = self._generation, self._session.drafting, self._draft.id
        self.busy = True
        self.redline_view.show_message(self.tr("Comparing…"))
        run_in_background(lambda: desk.redline(draft_id, old, new),
                          lambda red: self._arrived(generation, old, new, red),
                          lambda message: self._failed(generation, message))

    def _arrived(self, generation: int, old: int, new: int, red: Redline) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.busy = False
        self._redline = (old, new, red)
        self._draw()

    def _failed(self, generation: int, message: str) -> None:
        if isValid(self) and generation == self._generation:
            self.busy = False
            self.redline_view.show_message(message)

    def _draw(self) -> None:
        if self._redline is None or self._draft is None:
            return
        old, new, red = self._redline
        self.redline_view.show_redline(self._draft.name, self._versions[old], self._versions[new], red,
                                       self.changes_only.isChecked())
        self.print_button.setEnabled(True)

    def wipe(self) -> None:
        self._generation += 1
        self._draft, self._versions, self._redline, self._key = None, {}, None, ()
        self.busy = False
        self.versions_list.clear()
        self.old_combo.clear()
        self.new_combo.clear()
        self.redline_view.wipe()
        self.agreement_record.clear()
        self.agreement_record.setVisible(False)
