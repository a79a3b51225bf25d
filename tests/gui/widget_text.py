"""Every piece of text the application's widgets hold, for "nothing of the case remains" checks.

Reads what a widget shows or remembers: texts, titles, tooltips, accessible
names, item models, combo boxes, menu actions, and whether an editor still has
undo history (which would keep deleted text reachable).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
          Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0) -> Iterator[str]:
    parent = parent or QModelIndex()
    if depth > 6:
        return
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount and hasChildren: one column, no children
        columns, tree = 1, False
    else:
        tree = True
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if tree and model.hasChildren(index):
                yield from _model_texts(model, index, depth + 1)


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.toPlainText()
        yield widget.document().toPlainText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
    if isinstance(widget, QMenu):
        yield widget.title()


def all_texts() -> list[str]:
    return [t for w in QApplication.allWidgets() for t in widget_texts(w) if t]


def holders_of(marker: str) -> list[str]:
    """Descriptions of the widgets whose text contains `marker` (empty when none do)."""
    found = []
    for w in QApplication.allWidgets():
        if any(marker in t for t in widget_texts(w) if t):
            found.append(f"{type(w).__name__} {w.objectName()!r}")
    return found


def editors_with_undo() -> list[str]:
    """Editors that still have undo or redo history (deleted text would be reachable)."""
    found = []
    for w in QApplication.allWidgets():
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            doc = w.document()
            if doc.isUndoAvailable() or doc.isRedoAvailable():
                found.append(f"{type(w).__name__} {w.objectName()!r}")
        elif isinstance(w, QLineEdit) and (w.isUndoAvailable() or w.isRedoAvailable()):
            found.append(f"{type(w).__name__} {w.objectName()!r}")
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, as a user types; QTest only knows ASCII, so other characters arrive as key events
    carrying their text, and a line break is the Return key."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
