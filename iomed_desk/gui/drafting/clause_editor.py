"""The draft editor: the clause list beside one clause's heading and body, one column per language.

Text fields hand Ctrl+Z / Ctrl+Shift+Z to the draft's undo stack instead of
keeping their own history, so one stack holds every clause operation and a
lock can wipe it. Typing becomes `EditClause` commands, merged per clause.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.core.drafting import Clause, new_id
from iomed_desk.core.model import LANGUAGES
from iomed_desk.core.templates import TEMPLATES, Values, instantiate
from iomed_desk.gui.drafting.clause_list import ClauseListModel, ClauseListView
from iomed_desk.gui.drafting.undo_commands import (
    AddClause,
    BodyEdit,
    EditClause,
    HeadingEdit,
    RemoveClause,
)
from iomed_desk.gui.i18n import register_fonts

SERIF_FAMILIES = ["Source Serif 4", "Charter", "Georgia", "Cambria", "DejaVu Serif", "Noto Serif", "Times New Roman"]
CJK_FAMILIES = ["Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC",
                "WenQuanYi Micro Hei"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClauseEditor", text)


def language_name(lang: str) -> str:
    return QCoreApplication.translate("Languages", LANGUAGES.get(lang, lang))


def clause_font(lang: str, base: QFont, scale: float = 1.0) -> QFont:
    """A readable serif for clause text; Chinese falls back to the bundled CJK font if nothing better exists."""
    font = QFont(base)
    if lang.startswith("zh"):
        if not any(f in QFontDatabase.families() for f in CJK_FAMILIES):
            register_fonts()  # the font shipped for exported agreements
        font.setFamilies(CJK_FAMILIES + SERIF_FAMILIES)
    else:
        font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(base.pointSizeF() * scale)
    return font


#: below this width per language, the languages are stacked one above the other instead of side by side
COLUMN_MIN = 340


class ClauseForm(QScrollArea):
    """One clause's heading and body in each language of the draft: side by side when each language gets
    COLUMN_MIN pixels, else stacked (a narrow window gets whole headings, not two clipped columns)."""

    edited = Signal(object, object)  # the clause before, the clause after

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._inner = QWidget(self)
        self._inner.setObjectName("clauseFormInner")
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(4, 0, 4, 4)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(8)
        self.setWidget(self._inner)
        self.title = QLabel(self._inner)
        self.title.setObjectName("clauseTitle")
        self.title.setAccessibleName(_tr("Clause being edited"))
        self.headings: dict[str, HeadingEdit] = {}
        self.bodies: dict[str, BodyEdit] = {}
        self._clause: Clause | None = None
        self._loading = False
        self._read_only = False
        self._labels: dict[str, QLabel] = {}
        self.stacked = False
        self.visit = 0

    def set_languages(self, languages: tuple[str, ...], stack: QUndoStack) -> None:
        """One column per language; rebuilt only when the languages change."""
        if tuple(self.headings) == tuple(languages):
            return
        for widget in [*self.headings.values(), *self.bodies.values()]:
            widget.deleteLater()
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.title:
                item.widget().deleteLater()
        self.headings, self.bodies, self._labels = {}, {}, {}
        for lang in languages:
            name = language_name(lang)
            label = QLabel(name.upper(), self._inner)
            label.setObjectName("languageLabel")
            heading = HeadingEdit(self._inner)
            heading.setObjectName("clauseHeading")
            heading.setFont(clause_font(lang, self.font(), 1.2))
            heading.setPlaceholderText(_tr("Heading"))
            heading.setAccessibleName(_tr("Heading in %1").replace("%1", name))
            heading.setMaxLength(300)
            heading.undo_stack = stack
            heading.textEdited.connect(lambda text, lg=lang: self._typed(lg, heading=text))
            body = BodyEdit(self._inner)
            body.setObjectName("clauseBody")
            body.setFont(clause_font(lang, self.font(), 1.08))
            body.setPlaceholderText(_tr("Text of the clause"))
            body.setAccessibleName(_tr("Text in %1").replace("%1", name))
            body.undo_stack = stack
            body.textChanged.connect(lambda lg=lang, b=body: self._typed(lg, body=b.toPlainText()))
            self.headings[lang], self.bodies[lang], self._labels[lang] = heading, body, label
        self._arrange(self._wants_stacked(), force=True)
        for widget in [*self._labels.values(), *self.headings.values(), *self.bodies.values()]:
            widget.show()
        for lang in languages:
            self.setTabOrder(self.headings[lang], self.bodies[lang])
        self.set_read_only(self._read_only)

    def _wants_stacked(self) -> bool:
        return len(self.headings) > 1 and self.width() < COLUMN_MIN * len(self.headings)

    def _arrange(self, stacked: bool, *, force: bool = False) -> None:
        """Side by side (label, heading, body in one column per language) or stacked (one block per
        language, one under the other); the widgets stay, only their places change."""
        if stacked == self.stacked and not force:
            return
        self.stacked = stacked
        languages = list(self.headings)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        for col in range(self._grid.columnCount()):
            self._grid.setColumnStretch(col, 0)
        for widget in [self.title, *self._labels.values(), *self.headings.values(), *self.bodies.values()]:
            self._grid.removeWidget(widget)
        self._grid.addWidget(self.title, 0, 0, 1, 1 if stacked else max(1, len(languages)))
        for n, lang in enumerate(languages):
            row, col = (1 + 3 * n, 0) if stacked else (1, n)
            self._grid.addWidget(self._labels[lang], row, col)
            self._grid.addWidget(self.headings[lang], row + 1, col)
            self._grid.addWidget(self.bodies[lang], row + 2, col)
            self._grid.setRowStretch(row + 2, 1)
            self._grid.setColumnStretch(col, 1)
        order = [w for lang in languages for w in (self.headings[lang], self.bodies[lang])]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(self._wants_stacked())

    def set_read_only(self, read_only: bool) -> None:
        """A final text: the fields can be read, selected and copied, not changed."""
        self._read_only = read_only
        for edit in [*self.headings.values(), *self.bodies.values()]:
            edit.setReadOnly(read_only)

    @property
    def clause(self) -> Clause | None:
        return self._clause

    def show_clause(self, clause: Clause | None, number: int = 0, total: int = 0) -> None:
        """Open a clause (or none); a new visit starts a new undo step for typing."""
        self.visit += 1
        self._clause = clause
        self.title.setText(_tr("Clause %1 of %2").replace("%1", str(number)).replace("%2", str(total))
                           if clause is not None else
                           _tr("No clauses yet: use “Add clause” (Ctrl+Alt+N) for a blank clause or a template.")
                           if total == 0 and self.headings else "")
        self._fill(clause, keep_cursor=False)
        self._inner.setEnabled(clause is not None)

    def refresh(self, clause: Clause, number: int, total: int) -> None:
        """The same clause changed underneath (undo, redo): update fields that differ, keep the cursor."""
        self._clause = clause
        self.title.setText(_tr("Clause %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
        self._fill(clause, keep_cursor=True)

    def _fill(self, clause: Clause | None, *, keep_cursor: bool) -> None:
        self._loading = True
        try:
            for lang, edit in self.headings.items():
                text = clause.heading_in(lang) if clause else ""
                if edit.text() != text:
                    pos = edit.cursorPosition()
                    edit.setText(text)
                    edit.setCursorPosition(min(pos, len(text)) if keep_cursor else 0)
            for lang, body in self.bodies.items():
                text = clause.body_in(lang) if clause else ""
                if body.toPlainText() != text:
                    cursor = body.textCursor()
                    pos = cursor.position()
                    body.setPlainText(text)
                    if keep_cursor:
                        cursor = body.textCursor()
                        cursor.setPosition(min(pos, len(text)))
                        body.setTextCursor(cursor)
        finally:
            self._loading = False

    def _typed(self, lang: str, *, heading: str | None = None, body: str | None = None) -> None:
        if self._loading or self._clause is None:
            return
        before = self._clause
        after = before.with_text(lang, heading=heading, body=body)
        if after != before:
            self._clause = after
            self.edited.emit(before, after)

    def focus_first(self) -> None:
        if self.headings:
            next(iter(self.headings.values())).setFocus()

    def wipe(self) -> None:
        """Leave no clause text behind: fields emptied, their own histories cleared."""
        self._clause = None
        self.title.setText("")
        self._loading = True
        for edit in self.headings.values():
            edit.setText("")
        for body in self.bodies.values():
            body.setPlainText("")
            body.document().clearUndoRedoStacks()
        self._loading = False


class DraftEditor(QWidget):
    """The "Text" tab: clause list, clause form and the clause operations, all through the undo stack."""

    contents_changed = Signal()
    save_version_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self._values: Values = {}
        self._final = False
        self.model = ClauseListModel(self)
        self.model.set_undo_stack(stack)
        self.list_view = ClauseListView(self)
        self.list_view.setModel(self.model)
        self.form = ClauseForm(self)
        self._build_actions()
        self._build_layout()
        self.list_view.selectionModel().currentChanged.connect(lambda current, _prev: self._open_row(current.row()))
        self.model.touched.connect(self._touched)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                       self.model.dataChanged):
            signal.connect(self.contents_changed)
        self.form.edited.connect(lambda before, after: stack.push(EditClause(self.model, before, after,
                                                                             self.form.visit)))

    # -- building --------------------------------------------------------------------------
    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None], where: QWidget,
                context: Qt.ShortcutContext) -> QAction:
        action = QAction(text, where)
        action.setShortcuts(keys)
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        where.addAction(action)
        return action

    def _build_actions(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        seq = QKeySequence
        self.move_up_action = self._action(_tr("Move up"), [seq("Alt+Up"), seq("Ctrl+Shift+Up")],
                                           lambda: self.move_current(-1), self, scope)
        self.move_down_action = self._action(_tr("Move down"), [seq("Alt+Down"), seq("Ctrl+Shift+Down")],
                                             lambda: self.move_current(1), self, scope)
        self.remove_action = self._action(_tr("Remove clause"), [seq(seq.StandardKey.Delete)],
                                          self.remove_current, self.list_view, Qt.ShortcutContext.WidgetShortcut)
        self.add_action = self._action(_tr("Blank clause"), [seq("Ctrl+Alt+N")], self.add_blank, self, scope)
        self.undo_action = self.stack.createUndoAction(self, _tr("Undo"))
        self.redo_action = self.stack.createRedoAction(self, _tr("Redo"))
        redo_keys = [seq("Ctrl+Shift+Z")] + [k for k in seq.keyBindings(seq.StandardKey.Redo) if k != seq("Ctrl+Shift+Z")]
        for action, keys in ((self.undo_action, seq.keyBindings(seq.StandardKey.Undo)), (self.redo_action, redo_keys)):
            action.setShortcuts(keys)
            action.setShortcutContext(scope)
            self.addAction(action)
        self.template_menu = QMenu(_tr("From a template"), self)
        self.template_menu.setToolTipsVisible(True)  # each template's drafting note
        self.template_menu.setAccessibleName(_tr("Clause templates"))

    def _button(self, action: QAction, label: str, tip: str) -> QToolButton:
        action.setIconText(label)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_layout(self) -> None:
        self.add_button = QToolButton(self)
        self.add_button.setText(_tr("Add clause"))
        self.add_button.setAccessibleName(_tr("Add a clause after the selected one"))
        self.add_button.setToolTip(_tr("Add a blank clause (Ctrl+Alt+N), or one from a template"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.clicked.connect(self.add_blank)
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addMenu(self.template_menu)
        self.add_button.setMenu(menu)
        self.remove_button = self._button(self.remove_action, _tr("Remove"), _tr("Remove the selected clause (Delete)"))
        self.up_button = self._button(self.move_up_action, _tr("↑ Up"), _tr("Move the clause up (Alt+Up)"))
        self.down_button = self._button(self.move_down_action, _tr("↓ Down"), _tr("Move the clause down (Alt+Down)"))
        self.undo_button = self._button(self.undo_action, _tr("Undo"), _tr("Undo the last clause operation (Ctrl+Z)"))
        self.redo_button = self._button(self.redo_action, _tr("Redo"), _tr("Redo (Ctrl+Shift+Z)"))
        self.save_button = QPushButton(_tr("Save version…"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(_tr("Save the text as a new version"))
        self.save_button.clicked.connect(self.save_version_requested)
        self.read_only_notice = QLabel(self)
        self.read_only_notice.setObjectName("readOnlyNotice")
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.setAccessibleName(_tr("This text is final"))
        self.reopen_button = QPushButton(_tr("Reopen…"), self)
        self.reopen_button.setAccessibleName(_tr("Reopen the concluded agreement, with a reason"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.notice_bar = QWidget(self)
        self.notice_bar.setObjectName("readOnlyBar")
        notice_row = QHBoxLayout(self.notice_bar)
        notice_row.setContentsMargins(10, 6, 6, 6)
        notice_row.addWidget(self.read_only_notice, 1)
        notice_row.addWidget(self.reopen_button)
        self.notice_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.notice_bar.setVisible(False)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        for w in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(w)
        tools.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.list_view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()  # undo and redo here, so the clause list's column stays narrow
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.notice_bar)
        layout.addWidget(splitter)

    # -- loading ---------------------------------------------------------------------------
    def load(self, clauses: list[Clause], languages: tuple[str, ...], values: Values) -> None:
        self._values = dict(values)
        self.form.set_languages(languages, self.stack)
        self.template_menu.clear()
        for tpl in TEMPLATES:
            action = self.template_menu.addAction(tpl.menu_label(languages[0]))
            action.setToolTip(tpl.note)
            action.triggered.connect(lambda _checked=False, key=tpl.key: self.add_from_template(key))
        self.model.load(clauses, languages)
        self._select(0 if clauses else -1)
        self._update_buttons()

    def set_final(self, notice: str | None, *, can_reopen: bool = False) -> None:
        """`notice` set: the text is final (concluded or exported) and shown read-only under that line,
        with "Reopen…" beside it when reopening is allowed; None: editable again."""
        self._final = notice is not None
        self.read_only_notice.setText(notice or "")
        self.notice_bar.setVisible(self._final)
        self.reopen_button.setVisible(self._final and can_reopen)
        self.form.set_read_only(self._final)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if self._final
                                       else QAbstractItemView.DragDropMode.InternalMove)
        self._update_buttons()

    @property
    def is_final(self) -> bool:
        return self._final

    def wipe(self) -> None:
        self.set_final(None)
        self.model.clear()
        self.form.wipe()
        self.template_menu.clear()
        self._values = {}

    # -- operations --------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.list_view.current_row()

    def _insert_row(self) -> int:
        row = self.current_row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def add_blank(self) -> None:
        if self._final:
            return
        langs = self.model.languages
        self.stack.push(AddClause(self.model, self._insert_row(),
                                  Clause(new_id(), tuple((lg, "") for lg in langs), tuple((lg, "") for lg in langs))))
        self.form.focus_first()

    def add_from_template(self, key: str) -> None:
        if self._final:
            return
        clause = instantiate(key, self.model.languages, self._values)
        self.stack.push(AddClause(self.model, self._insert_row(), clause))

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0 and not self._final:
            self.stack.push(RemoveClause(self.model, row))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0 and not self._final:
            self.model.request_move(row, row + delta)
            self.list_view.setFocus() if self.list_view.hasFocus() else None

    # -- keeping list and form together ------------------------------------------------------------
    def _select(self, row: int) -> None:
        if row < 0:
            self.list_view.selectionModel().clear()
            self._open_row(-1)
            return
        index = self.model.index(row)
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)
        self._open_row(row)

    def _touched(self, row: int) -> None:
        self._select(row)
        self._update_buttons()

    def _open_row(self, row: int) -> None:
        total = self.model.rowCount()
        clause = self.model.clause_at(row) if 0 <= row < total else None
        current = self.form.clause
        if clause is not None and current is not None and current.id == clause.id:
            self.form.refresh(clause, row + 1, total)
        else:
            self.form.show_clause(clause, row + 1, total)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, total, free = self.current_row(), self.model.rowCount(), not self._final
        self.remove_action.setEnabled(free and row >= 0)
        self.move_up_action.setEnabled(free and row > 0)
        self.move_down_action.setEnabled(free and 0 <= row < total - 1)
        for widget in (self.add_action, self.add_button, self.save_button):
            widget.setEnabled(free)
