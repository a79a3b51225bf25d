"""A note typed with the keyboard only: Ctrl+N, the title, Tab (or Enter) to the text, then the tags.

Tab from the title lands in the note's text (not on a tag), Enter in the title does too, Shift+Tab
goes back, and after the text Tab reaches the tag buttons, which Space toggles. The note is then
read back from the case file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.core.model import Tag
from tests.gui.workspace_fixtures import mark, open_channel, type_text

pytest_plugins = ("tests.gui.workspace_fixtures",)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed wherever the focus is, as a person's keyboard would send it."""
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_a_whole_note_typed_with_keys_only_reaches_the_case_file(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    channel = session.case.parties[0].channel
    open_channel(qtbot, ws, channel)
    editor = ws.notes.editor
    title, body = mark("title"), mark("body") + "\n- second line"

    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is editor.title_edit
    qtbot.keyClicks(focused(), title)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.body_edit, f"Tab from the title went to {focused()!r}"
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is editor.title_edit, "Shift+Tab from the text goes back to the title"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), body)
    assert editor.body_edit.toPlainText() == body

    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.tag_buttons[Tag.FACT], f"Tab after the text went to {focused()!r}"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.tag_buttons[Tag.INTEREST]
    press(qtbot, Qt.Key.Key_Space)  # toggles the tag under the focus
    assert editor.tag_buttons[Tag.INTEREST].isChecked()
    assert not editor.tag_buttons[Tag.FACT].isChecked()

    note = session.note(editor.note_id)  # a tag toggle saves at once
    assert (note.title, note.body, note.tags) == (title, body, frozenset({Tag.INTEREST}))
    assert note.channel == channel


def test_enter_in_the_title_moves_to_the_text_and_does_not_touch_the_title(qtbot, case_factory,
                                                                            workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    open_channel(qtbot, ws, session.case.parties[1].channel)
    editor = ws.notes.editor
    press(qtbot, Qt.Key.Key_N, CTRL)
    title, body = mark("entered"), mark("text")
    qtbot.keyClicks(focused(), title)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is editor.body_edit
    assert editor.title_edit.text() == title
    qtbot.keyClicks(focused(), body)
    assert ws.save_pending()
    note = session.note(editor.note_id)
    assert (note.title, note.body) == (title, body)


def test_the_tab_order_of_the_editor(qtbot, case_factory, workspace_factory) -> None:
    """title → text → the tags in order → the rest of the note's fields, never back into a tag early."""
    session = case_factory()
    ws = workspace_factory(session)
    open_channel(qtbot, ws, session.case.parties[0].channel)
    editor = ws.notes.editor
    press(qtbot, Qt.Key.Key_N, CTRL)
    seen = [focused()]
    for _ in range(2 + len(Tag)):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == [editor.title_edit, editor.body_edit, *(editor.tag_buttons[t] for t in Tag),
                    editor.preview_button]
