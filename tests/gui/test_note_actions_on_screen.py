"""The note actions of the menus act only on the note on screen (the real workspace over a real case file).

While a channel's Exhibits tab is on screen, or another page (the overview, the single text), the note
still loaded in the hidden Notes tab is out of reach: Delete note…, Copy securely (Ctrl+Shift+C) and
Disclose… (Ctrl+Shift+D) are off for it, by menu, key or a direct call, and say why in their status
tips; back on the Notes tab they work again. The other way round, Disclose… on the Notes tab is the
note's, never the exhibit chosen in the hidden Exhibits tab.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from iomed_desk.app import process_record as pr
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Channel
from iomed_desk.core.process import Outcome
from iomed_desk.gui import messages
from iomed_desk.gui.clipboard import SecureClipboard
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from iomed_desk.gui.workspace import CaseWorkspace
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark, open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)

P1 = Channel.party("p1")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tab(qtbot, ws: CaseWorkspace, widget) -> None:  # type: ignore[no-untyped-def]
    """Click the channel view's tab showing `widget`."""
    tabs = ws.notes.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert tabs.currentWidget() is widget


def exhibits_tab(qtbot, ws: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    _tab(qtbot, ws, ws.exhibits)


def notes_tab(qtbot, ws: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    _tab(qtbot, ws, ws.notes.splitter)


def choose_exhibit(qtbot, ws: CaseWorkspace, label: str) -> str:  # type: ignore[no-untyped-def]
    table, model = ws.exhibits.table, ws.exhibits.model
    row = next(r for r, (x, _a) in enumerate(model.rows) if x.label == label)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert ws.exhibits.current_id() == model.rows[row][0].id
    return model.rows[row][0].id


def unasked() -> list[messages.Button]:
    """The pre-answers no question took (and forget them, so the test may expect that none came)."""
    left = list(messages._next_answers)
    messages._next_answers.clear()
    return left


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


@pytest.fixture
def clipboard(qapp):  # type: ignore[no-untyped-def]
    board = SecureClipboard.instance()
    QGuiApplication.clipboard().clear()
    yield board
    board.clear_if_ours()
    QGuiApplication.clipboard().clear()


def _case(case_factory, tmp_path: Path, *, terminated: bool = False):  # type: ignore[no-untyped-def]
    """A party's channel with one note (title and body marked) and one exhibit, C-1."""
    session = case_factory(parties=2)
    (tmp_path / "C-1.txt").write_text(f"Quay wall survey {mark('exhibit')}\n")
    exhibits_desk(session).import_file(tmp_path / "C-1.txt", P1, label="C-1")
    title, body = mark("title"), mark("body")
    note_id = session.take_note(P1, title, body).created_id
    if terminated:
        pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    return session, note_id, title, body


@pytest.fixture
def room(case_factory, workspace_factory, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The party's channel on screen, its note open in the Notes tab."""
    session, note_id, title, body = _case(case_factory, tmp_path)
    ws = workspace_factory(session)
    open_channel(qtbot, ws, P1)
    assert ws.notes.editor.note_id == note_id
    return session, ws, note_id, title, body


def test_delete_note_is_off_while_the_exhibits_tab_shows(room, qtbot) -> None:  # type: ignore[no-untyped-def]
    session, ws, note_id, title, _body = room
    delete = ws.menu_actions()["note.delete"]
    assert delete.isEnabled()
    exhibits_tab(qtbot, ws)
    choose_exhibit(qtbot, ws, "C-1")
    assert not delete.isEnabled()
    assert "Exhibits tab" in delete.statusTip() and "Notes tab" in delete.statusTip()

    messages.set_next_answer(messages.Button.No)
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_Delete)  # the Delete key here is the exhibit's, and names it
    assert "C-1" in messages.shown[-1][2] and title not in messages.shown[-1][2]
    shown = len(messages.shown)
    messages.set_next_answer(messages.Button.Yes)  # ready for a question that must not come
    ws.notes.tabs.tabBar().setFocus()
    qtbot.keyClick(ws.notes.tabs.tabBar(), Qt.Key.Key_Delete)
    delete.trigger()  # Case ▸ Delete note…
    ws.delete_note()  # what the note list's Delete key calls
    assert unasked() == [messages.Button.Yes] and len(messages.shown) == shown
    assert [n.id for n in session.notes_in(P1)] == [note_id] and session.note(note_id).title == title

    notes_tab(qtbot, ws)
    assert delete.isEnabled() and delete.statusTip() == delete.toolTip() != ""
    messages.set_next_answer(messages.Button.Yes)
    ws.notes.list_view.setFocus()
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_Delete)
    assert title in messages.shown[-1][2]
    assert session.notes_in(P1) == []


def test_copy_securely_is_off_for_a_hidden_note(room, qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    _session, ws, _note_id, _title, body = room
    copy = ws.menu_actions()["edit.copy_secure"]
    exhibits_tab(qtbot, ws)
    choose_exhibit(qtbot, ws, "C-1")
    assert not copy.isEnabled() and "Notes tab" in copy.statusTip()
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_C, CTRL_SHIFT)
    copy.trigger()
    ws.copy_secure()
    assert body not in clipboard_text()

    for page in ("overview", "drafts"):
        ws.navigate(page)
        assert not copy.isEnabled() and copy.statusTip(), page
        qtbot.keyClick(ws, Qt.Key.Key_C, CTRL_SHIFT)
        ws.copy_secure()
        assert body not in clipboard_text(), page

    open_channel(qtbot, ws, P1)  # the channel comes back on the tab it was left on
    assert ws.notes.tabs.currentWidget() is ws.exhibits and not copy.isEnabled()
    notes_tab(qtbot, ws)
    assert copy.isEnabled()
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_C, CTRL_SHIFT)
    assert clipboard_text() == body


def test_after_the_termination_a_note_is_copied_only_from_the_notes_tab(  # type: ignore[no-untyped-def]
        case_factory, workspace_factory, qtbot, tmp_path: Path, clipboard) -> None:
    session, note_id, _title, body = _case(case_factory, tmp_path, terminated=True)
    ws = workspace_factory(session)
    open_channel(qtbot, ws, P1)
    copy = ws.menu_actions()["edit.copy_secure"]
    assert ws.notes.editor.note_id == note_id and copy.isEnabled()  # reading stays after the end
    for leave in (lambda: ws.navigate("overview"), lambda: exhibits_tab(qtbot, ws)):
        if not ws.notes.isVisible():
            open_channel(qtbot, ws, P1)
        leave()
        assert not copy.isEnabled() and copy.statusTip()
        qtbot.keyClick(ws, Qt.Key.Key_C, CTRL_SHIFT)
        copy.trigger()
        assert body not in clipboard_text()
    notes_tab(qtbot, ws)
    copy.trigger()
    assert clipboard_text() == body
    assert "read-only" in ws.menu_actions()["note.delete"].statusTip()  # the termination's reason stays


def _disclosure_dialog(qtbot) -> DisclosureDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DisclosureDialog))
    return QApplication.activeModalWidget()


def test_disclose_is_for_what_the_tab_on_screen_shows(room, qtbot) -> None:  # type: ignore[no-untyped-def]
    _session, ws, note_id, _title, _body = room
    disclose = ws.menu_actions()["note.disclose"]
    assert disclose.isEnabled()
    exhibits_tab(qtbot, ws)
    assert ws.exhibits.current_id() is None
    assert not disclose.isEnabled() and "exhibit" in disclose.statusTip()  # not the hidden note
    ws.notes.tabs.tabBar().setFocus()
    qtbot.keyClick(ws.notes.tabs.tabBar(), Qt.Key.Key_D, CTRL_SHIFT)
    assert ws.disclose() is None and not isinstance(QApplication.activeModalWidget(), DisclosureDialog)

    exhibit_id = choose_exhibit(qtbot, ws, "C-1")
    assert disclose.isEnabled() and "exhibit" in disclose.statusTip()
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = _disclosure_dialog(qtbot)
    assert dialog._item.kind == "exhibit" and dialog._item.id == exhibit_id
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    flush_events()

    notes_tab(qtbot, ws)  # the exhibit stays chosen in the hidden tab: Disclose… is the note's now
    assert disclose.isEnabled() and "note" in disclose.statusTip()
    with qtbot.waitActive(ws):
        ws.activateWindow()
    ws.notes.list_view.setFocus()
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = _disclosure_dialog(qtbot)
    assert dialog._item.kind == "note" and dialog._item.id == note_id
    dialog.reject()
