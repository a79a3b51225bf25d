"""Undoable clause operations on the working copy, and text fields that send their undo keys to the stack.

Add, remove, move, and text edits merged per clause. The fields keep no
history of their own, so one stack holds every step and a lock can wipe it.

Only the working copy is undoable. Versions, tablings, positions and the
agreement are facts on the record and are never taken back by Ctrl+Z.
Commands hold the clause ids and texts they need and are wiped with the stack on lock.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from iomed_desk.core.drafting import Clause


class ClauseListModel(Protocol):
    """The plain mutators the commands call: `clause_list.ClauseListModel`'s, named here so that module
    can import these commands without a circle."""

    def insert_clause(self, row: int, clause: Clause) -> None: ...

    def take_clause(self, row: int) -> Clause: ...

    def move_clause(self, source: int, to: int) -> None: ...

    def replace_clause(self, clause: Clause) -> None: ...

EDIT_COMMAND_ID = 4101


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftUndo", text)


class AddClause(QUndoCommand):
    def __init__(self, model: ClauseListModel, row: int, clause: Clause) -> None:
        super().__init__(_tr("Add clause"))
        self._model, self._row, self._clause = model, row, clause

    def redo(self) -> None:
        self._model.insert_clause(self._row, self._clause)

    def undo(self) -> None:
        self._model.take_clause(self._row)


class RemoveClause(QUndoCommand):
    def __init__(self, model: ClauseListModel, row: int) -> None:
        super().__init__(_tr("Remove clause"))
        self._model, self._row = model, row
        self._clause: Clause | None = None

    def redo(self) -> None:
        self._clause = self._model.take_clause(self._row)

    def undo(self) -> None:
        if self._clause is not None:
            self._model.insert_clause(self._row, self._clause)


class MoveClause(QUndoCommand):
    """Move one clause so that it ends up at row `to` (counted after the move)."""

    def __init__(self, model: ClauseListModel, source: int, to: int) -> None:
        super().__init__(_tr("Move clause"))
        self._model, self._source, self._to = model, source, to

    def redo(self) -> None:
        self._model.move_clause(self._source, self._to)

    def undo(self) -> None:
        self._model.move_clause(self._to, self._source)


class EditClause(QUndoCommand):
    """A text edit of one clause; typing in the same clause, in one visit, merges into one step.

    `visit` counts how often the editor opened a clause, so going back to a
    clause later starts a new undo step rather than joining an old one.
    """

    def __init__(self, model: ClauseListModel, before: Clause, after: Clause, visit: int) -> None:
        super().__init__(_tr("Edit clause"))
        self._model, self.before, self.after, self.visit = model, before, after, visit

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditClause) or other.after.id != self.after.id or other.visit != self.visit:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self._model.replace_clause(self.after)

    def undo(self) -> None:
        self._model.replace_clause(self.before)


def _undo_key(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Z):
        return "redo"
    return None


class _StackKeys:
    """Send the text field's undo keys to the draft's stack."""

    undo_stack: QUndoStack | None = None

    def _route(self, event: QKeyEvent) -> bool:
        which = _undo_key(event)
        if which is None or self.undo_stack is None:
            return False
        self.undo_stack.undo() if which == "undo" else self.undo_stack.redo()
        event.accept()
        return True


class HeadingEdit(_StackKeys, QLineEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._route(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                action.setVisible(False)
        menu.exec(event.globalPos())
        menu.deleteLater()


class BodyEdit(_StackKeys, QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._route(event):
            super().keyPressEvent(event)
