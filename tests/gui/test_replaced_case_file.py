"""The case file is replaced on disk while it is open (issue 12, hole 4): the editor keeps what was typed.

The save fails the way a full disk fails it (tests/reliability/test_gui.py): the text stays in
the editor, the reason is shown beside the title and in the status bar, and the case does
not lock (locking would lose the text); closing it anyway, when the user says so, leaves
the file now at the path as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from iomed_desk.gui import messages
from tests.gui.conftest import marker, open_case
from tests.gui.test_lock import saved_notes, type_note, type_text

REPLACED = ("The case file was moved or replaced while open; nothing more is saved to it. "
            "Save your text elsewhere and reopen the case.")


def test_a_replaced_case_file_keeps_the_typed_text_in_the_editor(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    title, before = marker("title"), marker("saved-before")
    note_id = type_note(qtbot, window, "party:p1", title, before)
    editor = window.workspace.notes.editor
    assert editor.save_pending()

    copy = case_file.with_name("copy.iomed")
    shutil.copyfile(case_file, copy)
    os.replace(copy, case_file)

    after = marker("typed-after")
    type_text(qtbot, editor.body_edit, " " + after)
    with qtbot.waitSignal(window.workspace.status_message) as said:
        assert editor.save_pending() is False
    assert said.args == [f"Not saved: {REPLACED}"]
    assert editor.status_label.text() == f"Not saved: {REPLACED}"
    assert editor.body_edit.toPlainText() == f"{before} {after}" and editor.is_dirty()

    messages.set_next_answer(messages.Button.Ok)
    assert window.lock() is False  # locking would lose the text
    assert not window.locked and window.workspace is not None
    assert editor.body_edit.toPlainText() == f"{before} {after}"

    messages.set_next_answer(messages.Button.Yes)  # "close the case anyway and lose it?"
    window.close_case()
    assert window.session is None
    assert saved_notes(case_file)[note_id] == (title, before)  # what was saved before the replacement stays
