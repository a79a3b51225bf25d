"""Releasing a note from confidence: the party's act, recorded with its consent, by mouse or keyboard; Cancel and
Esc change nothing; the dialog goes when its note does."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.core.disclosure import ConsentManner
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.release_dialog import ReleaseDialog
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import holders, mark, texts_of, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_release_by_keyboard_records_who_how_and_witness(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.HONG_KONG)
    ws = workspace_factory(session)
    p2 = session.case.parties[1]
    note_id = type_note(qtbot, ws, p2.channel, "Reservation price", mark("price"))
    editor = ws.notes.editor
    assert editor.confidential_box.isChecked()
    editor.confidential_box.setFocus()
    qtbot.keyClick(editor.confidential_box, Qt.Key.Key_Space)
    dialog = editor.release_dialog()
    assert dialog is not None and dialog.isVisible() and editor.confidential_box.isChecked()
    assert list(dialog.consent_rows.boxes) == ["party:p2"]  # under Cap. 620 too: the party that gave it
    assert dialog.release_button.isDefault()
    box = dialog.consent_rows.boxes["party:p2"]
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    given_by = dialog.consent_rows.given_by["party:p2"]
    assert given_by.hasFocus()
    assert [given_by.itemText(i) for i in range(given_by.count())] == ["Counsel 2"]  # that party's representatives
    qtbot.keyClicks(QApplication.focusWidget(), "Counsel 2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.manner_witness.manner_combo.hasFocus()
    qtbot.keyClick(dialog.manner_witness.manner_combo, Qt.Key.Key_Down)
    assert dialog.manner_witness.manner() is ConsentManner.IN_WRITING
    qtbot.keyClick(dialog.manner_witness.manner_combo, Qt.Key.Key_Tab)
    assert dialog.manner_witness.witness_combo.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Counsel 3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the default button, Release
    assert not dialog.isVisible()
    assert not session.note(note_id).confidential and not editor.confidential_box.isChecked()
    (event,) = session.audit_events("note.confidence_released")
    assert event.detail["consents"] == [{"who": "party:p2", "given_by": "Counsel 2", "manner": "in-writing",
                                         "witness": "Counsel 3"}]
    ws.navigate("audit")
    ws.audit.set_filter("note.")
    model = ws.audit.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][2:4] == ["Released from confidence", f"Caucus — {p2.name} · consent of {p2.name}"]


def test_escape_and_cancel_change_nothing(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    note_id = type_note(qtbot, ws, session.case.parties[0].channel, "In confidence", mark("kept"))
    editor = ws.notes.editor
    events = len(session.audit_events())
    editor.confidential_box.click()
    dialog = editor.release_dialog()
    dialog.consent_rows.boxes["party:p1"].click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and editor.release_dialog() is None
    editor.confidential_box.click()
    dialog = editor.release_dialog()
    assert not dialog.consent_rows.boxes["party:p1"].isChecked()  # a fresh dialog each time
    dialog.consent_rows.boxes["party:p1"].click()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert session.note(note_id).confidential and editor.confidential_box.isChecked()
    assert len(session.audit_events()) == events


def test_typed_text_is_saved_first_and_the_dialog_goes_with_its_note(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.MODEL_LAW)
    ws = workspace_factory(session)
    p1 = session.case.parties[0]
    title = mark("walkaway")
    first = type_note(qtbot, ws, p1.channel, title, mark("first"))
    editor = ws.notes.editor
    assert not editor.confidential_box.isChecked()  # Model Law: may be disclosed unless given in confidence
    editor.confidential_box.click()  # marking it is an ordinary edit
    assert session.note(first).confidential and editor.release_dialog() is None
    typed = mark("typed")
    qtbot.keyClicks(editor.body_edit, typed)
    editor.confidential_box.click()
    assert typed in session.note(first).body  # saved before the dialog opened
    dialog = editor.release_dialog()
    assert isinstance(dialog, ReleaseDialog) and dialog.isVisible()
    assert any(title in t for t in texts_of(dialog))

    ws.notes.editor.load(None)  # as switching note, or the lock, does
    assert editor.release_dialog() is None and not dialog.isVisible()
    assert holders(title) == ["QListView 'noteList'"]  # only the list of the channel's notes
    assert session.note(first).confidential


def test_lock_closes_the_release_dialog_and_leaves_none_of_its_text(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    title, given_by = mark("title"), mark("counsel")
    type_note(qtbot, ws, session.case.parties[0].channel, title, mark("body"))
    ws.notes.editor.confidential_box.click()
    dialog = ws.notes.editor.release_dialog()
    qtbot.keyClicks(dialog.consent_rows.given_by["party:p1"], given_by)
    ws.prepare_lock()
    flush_events()
    assert not dialog.isVisible() if shiboken6.isValid(dialog) else True
    assert holders(title) == [] and holders(given_by) == []
