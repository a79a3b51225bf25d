"""The draft editor on real case files: clauses added, removed and reordered by keyboard and by
drag and drop, undo and redo, two languages side by side, autosave, and a lock that leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import create_case
from iomed_desk.core.clock import FakeClock
from iomed_desk.gui.drafting import DraftsPage
from tests.conftest import PASSPHRASE, new_case_spec

ALT, CTRL, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def open_page(qtbot, session: CaseSession) -> DraftsPage:  # type: ignore[no-untyped-def]
    page = DraftsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def new_draft(page: DraftsPage, name: str, *, templates: bool) -> None:
    dialog = page.new_draft()
    dialog.name_edit.setText(name)
    dialog.templates_box.setChecked(templates)
    dialog.accept()


def ids(page: DraftsPage) -> list[str]:
    return [c.id for c in page.editor.model.clauses()]


def saved_ids(page: DraftsPage) -> list[str]:
    assert page.draft is not None
    return [c.id for c in page.session.drafting.working_clauses(page.draft.id)]


def test_new_draft_then_add_remove_and_reorder_by_keyboard(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    assert page.body.currentWidget() is page.empty_label
    new_draft(page, "Heads of Terms", templates=False)
    assert page.draft is not None and page.draft.name == "Heads of Terms"
    assert page.draft_combo.currentText() == "Heads of Terms"
    assert page.editor.model.rowCount() == 0
    view = page.editor.list_view
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_N, CTRL | ALT)  # a blank clause, after the current one
    assert page.editor.model.rowCount() == 3
    first, second, third = ids(page)
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(2))
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    assert ids(page) == [first, third, second]
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL | SHIFT)
    assert ids(page) == [third, first, second]
    assert view.currentIndex().row() == 0  # the moved clause stays selected
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert ids(page) == [first, third, second]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ids(page) == [first, second]
    assert page.save_pending() and saved_ids(page) == [first, second]
    # undo the removal and both moves, step by step, from the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert ids(page) == [first, third, second]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert ids(page) == [third, first, second]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert ids(page) == [first, third, second]
    qtbot.waitUntil(lambda: saved_ids(page) == [first, third, second], timeout=3000)  # the autosave
    assert page.state_label.text().startswith("Working copy saved")


def test_drag_and_drop_and_move_rows_go_through_the_undo_stack(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    new_draft(page, "Settlement Agreement", templates=True)
    model, stack = page.editor.model, page.undo_stack()
    start = ids(page)
    assert len(start) >= 8 and stack.count() == 0
    mime = model.mimeData([model.index(0)])
    assert "text/plain" not in mime.formats()  # drag data carries ids, never clause text
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # before row 3
    assert ids(page) == [start[1], start[2], start[0], *start[3:]]
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)  # Qt's own move, as the list view drags
    assert ids(page) == [start[4], start[1], start[2], start[0], start[3], *start[5:]]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)  # onto itself: nothing to do
    assert stack.count() == 2 and stack.undoText() == "Move clause"
    stack.undo()
    stack.undo()
    assert ids(page) == start
    stack.redo()
    assert ids(page) == [start[1], start[2], start[0], *start[3:]]
    assert page.save_pending()
    assert saved_ids(page) == [start[1], start[2], start[0], *start[3:]]
    assert not model.dropMimeData(model.mimeData([model.index(0), model.index(1)]), Qt.DropAction.MoveAction,
                                  5, 0, QModelIndex())


def test_text_edits_merge_per_clause_and_undo_from_the_field(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    new_draft(page, "Settlement Agreement", templates=True)
    form, stack = page.editor.form, page.undo_stack()
    heading, body = form.headings["en"], form.bodies["en"]
    original = page.editor.model.clause_at(0)
    heading.setFocus()
    heading.selectAll()
    qtbot.keyClicks(heading, "Who signs")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Signed in Hong Kong.")
    assert stack.count() == 1  # one step for all typing in this clause
    qtbot.waitUntil(lambda: page.session.drafting.working_clauses(page.draft.id)[0].heading_in("en") == "Who signs",
                    timeout=3000)
    assert page.session.drafting.working_clauses(page.draft.id)[0].body_in("en").endswith("Signed in Hong Kong.")
    # a second clause is a second step
    page.editor.list_view.setCurrentIndex(page.editor.model.index(1))
    qtbot.keyClicks(form.headings["en"], " (amended)")
    assert stack.count() == 2
    # Ctrl+Z inside a text field goes to the draft's stack, not the field's own history
    page.editor.list_view.setCurrentIndex(page.editor.model.index(0))
    form.bodies["en"].setFocus()
    qtbot.keyClick(form.bodies["en"], Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(form.bodies["en"], Qt.Key.Key_Z, CTRL)
    assert page.editor.model.clause_at(0) == original
    assert form.headings["en"].text() == original.heading_in("en")
    assert form.bodies["en"].toPlainText() == original.body_in("en")
    qtbot.keyClick(form.headings["en"], Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.editor.model.clause_at(0).heading_in("en") == "Who signs"
    assert page.save_pending()
    assert page.session.drafting.working_clauses(page.draft.id)[0].heading_in("en") == "Who signs"


def test_add_from_a_template_and_blank_clause_with_undo(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    new_draft(page, "Settlement Agreement", templates=True)
    editor = page.editor
    before = len(ids(page))
    editor.list_view.setCurrentIndex(editor.model.index(1))
    titles = [a.text() for a in editor.template_menu.actions()]
    assert "Singapore Convention on Mediation" in " ".join(titles)
    assert [t for t in titles if t.startswith("Languages")] == [
        "Languages — both texts equal", "Languages — English prevails", "Languages — Chinese prevails"]
    singapore = next(a for a in editor.template_menu.actions() if "Singapore" in a.text())
    singapore.trigger()
    assert len(ids(page)) == before + 1
    added = editor.model.clause_at(2)
    assert "Singapore" in added.heading_in("en") and editor.list_view.currentIndex().row() == 2
    assert "{parties}" not in editor.model.clause_at(0).body_in("en")
    assert "(3) Eastern Development Bank" in editor.model.clause_at(0).body_in("en")
    editor.add_button.click()
    assert editor.model.clause_at(3).body_in("en") == ""
    assert QApplication.focusWidget() is editor.form.headings["en"]
    page.undo_stack().undo()
    page.undo_stack().undo()
    assert len(ids(page)) == before


def test_two_languages_side_by_side(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = create_case(tmp_path / "bilingual.iomed", PASSPHRASE,
                          new_case_spec(languages=("en", "zh-Hans")), clock=FakeClock())
    try:
        page = open_page(qtbot, session)
        new_draft(page, "和解协议 Settlement Agreement", templates=True)
        form = page.editor.form
        assert list(form.headings) == ["en", "zh-Hans"]
        assert form.bodies["zh-Hans"].toPlainText().startswith("本和解协议")
        assert form.headings["en"].x() < form.headings["zh-Hans"].x()  # side by side
        assert form.bodies["zh-Hans"].accessibleName() == "Text in Chinese (Simplified)"
        form.bodies["zh-Hans"].setFocus()
        form.bodies["zh-Hans"].moveCursor(form.bodies["zh-Hans"].textCursor().MoveOperation.End)
        form.bodies["zh-Hans"].insertPlainText("双方同意。")
        form.headings["en"].setFocus()
        qtbot.keyClick(form.headings["en"], Qt.Key.Key_End)
        qtbot.keyClicks(form.headings["en"], " (both texts)")
        assert page.undo_stack().count() == 1
        assert page.save_pending()
        saved = session.drafting.working_clauses(page.draft.id)[0]
        assert saved.body_in("zh-Hans").endswith("双方同意。")
        assert saved.heading_in("en").endswith("(both texts)")
        assert saved.heading_in("zh-Hans") == "当事人及签署授权"
    finally:
        session.close()


def test_switching_drafts_saves_and_starts_a_fresh_history(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    new_draft(page, "First", templates=True)
    first_id = page.draft.id
    page.editor.remove_current()
    new_draft(page, "Second", templates=False)
    assert page.draft.name == "Second" and page.undo_stack().count() == 0
    assert session.drafting.has_unsaved_changes(first_id)  # the removal was saved on the way out
    page.draft_combo.setCurrentIndex(page.draft_combo.findData(first_id))
    page.draft_combo.activated.emit(page.draft_combo.currentIndex())
    assert page.draft.id == first_id
    assert ids(page) == [c.id for c in session.drafting.working_clauses(first_id)]
    # a new page (after unlock) comes back to the draft last shown
    again = open_page(qtbot, session)
    assert again.draft.id == first_id


@pytest.mark.parametrize("languages", [("en",), ("en", "zh-Hans")])
def test_prepare_lock_leaves_no_clause_text(qtbot, tmp_path: Path, languages) -> None:  # type: ignore[no-untyped-def]
    session = create_case(tmp_path / "lock.iomed", PASSPHRASE, new_case_spec(languages=languages), clock=FakeClock())
    try:
        page = open_page(qtbot, session)
        new_draft(page, "Settlement Agreement", templates=True)
        session.drafting.save_version(page.draft.id, "first")
        page.refresh()
        form = page.editor.form
        qtbot.keyClicks(form.headings["en"], " ZEBRAHEADING")
        form.bodies[languages[-1]].insertPlainText("ZEBRABODY ")
        page.tabs.setCurrentWidget(page.positions)
        page.positions.matrix.setCurrentIndex(page.positions.model.index(0, 1))
        qtbot.waitUntil(lambda: not page.history.busy)
        texts = [c.body_in(lg) for c in page.editor.model.clauses() for lg in languages]
        qtbot.wait(10)  # closed dialogs are deleted by the event loop, as they are long before any lock
        page.prepare_lock()
        saved = session.drafting.working_clauses(session.drafting.drafts()[0].id)
        assert "ZEBRAHEADING" in saved[0].heading_in("en")  # saved before clearing
        assert page.undo_stack().count() == 0 and page.editor.model.rowCount() == 0
        assert page.positions.model.rowCount() == 0 and page.history.versions_list.count() == 0
        needles = ["ZEBRA", "Settlement Agreement", *(t[:30] for t in texts if t)]
        found = []
        for w in page.findChildren(QLineEdit):
            found.append(w.text())
            assert not w.isUndoAvailable() and not w.isRedoAvailable()
        for w in page.findChildren(QPlainTextEdit):
            found.append(w.toPlainText())
            assert not w.document().isUndoAvailable()
        found += [w.toPlainText() + w.toHtml() for w in page.findChildren(QTextEdit)]
        found += [w.text() + w.toolTip() for w in page.findChildren(QLabel)]
        found += [w.itemText(i) for w in page.findChildren(QComboBox) for i in range(w.count())]
        found += [w.item(i).text() for w in page.findChildren(QListWidget) for i in range(w.count())]
        found += [a.text() for a in page.editor.template_menu.actions()]
        leftovers = [(n, text[:80]) for n in needles for text in found if n in text]
        assert leftovers == []
    finally:
        session.close()
