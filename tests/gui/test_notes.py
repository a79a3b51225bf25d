"""Taking notes by typing: each note stays in its channel, autosave after a pause and on switching, failures keep the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Tag
from iomed_desk.gui import messages
from iomed_desk.gui.note_editor import AUTOSAVE_MS
from tests.gui.workspace_fixtures import mark, open_channel, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_notes_typed_in_two_caucuses_and_joint_land_in_their_channels(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    p1, p2 = (p.channel for p in session.case.parties[:2])
    typed = {}
    for channel in (p1, p2, Channel.joint()):
        title, body = mark("title"), mark("body") + " and **more**"
        note_id = type_note(qtbot, ws, channel, title, body)
        typed[channel] = (note_id, title, body)
    for channel, (note_id, title, body) in typed.items():
        notes = session.notes_in(channel)
        assert [(n.id, n.title, n.body) for n in notes] == [(note_id, title, body)]
    row = ws.notes.model.row_of(typed[Channel.joint()][0])
    assert row == 0 and ws.notes.model.note_at(0).title == typed[Channel.joint()][1]


def test_autosave_after_the_pause_and_not_before(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    channel = session.case.parties[0].channel
    body = mark("pause")
    note_id = type_note(qtbot, ws, channel, "Opening position", body, save=False)
    assert session.note(note_id).body == ""
    assert ws.notes.editor.status_label.text() == "Editing…"
    qtbot.wait(AUTOSAVE_MS // 2)
    assert session.note(note_id).body == ""
    with qtbot.waitSignal(ws.status_message, timeout=3 * AUTOSAVE_MS) as saved:
        pass
    assert saved.args == ["Saved"]
    assert session.note(note_id).title == "Opening position"
    assert session.note(note_id).body == body
    assert ws.notes.editor.status_label.text() == "Saved"


def test_autosave_on_switching_channel_and_note(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    p1, p2 = (p.channel for p in session.case.parties[:2])
    first_body, second_body = mark("first"), mark("second")
    first = type_note(qtbot, ws, p1, "First", first_body, save=False)
    open_channel(qtbot, ws, p2)  # switching channel saves at once, well before the pause ends
    assert session.note(first).body == first_body

    second = type_note(qtbot, ws, p1, "Second", "", save=True)
    qtbot.keyClicks(ws.notes.editor.body_edit, second_body)
    row = ws.notes.model.row_of(first)
    ws.notes.list_view.setCurrentIndex(ws.notes.model.index(row))  # switching note saves too
    assert ws.notes.editor.note_id == first
    assert session.note(second).body == second_body
    assert ws.notes.editor.body_edit.toPlainText() == first_body
    assert not ws.notes.editor.body_edit.document().isUndoAvailable()


def test_a_failed_save_says_so_and_keeps_the_text(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    channel = session.case.parties[0].channel
    note_id = type_note(qtbot, ws, channel, "Doomed", "", save=True)
    session.delete_note(note_id)  # the case now refuses to save it
    body = mark("kept")
    qtbot.keyClicks(ws.notes.editor.body_edit, body)
    with qtbot.waitSignal(ws.status_message) as said:
        assert ws.save_pending() is False
    assert said.args[0].startswith("Not saved:")
    assert ws.notes.editor.status_label.text() == "Not saved: That note no longer exists."
    assert ws.notes.editor.body_edit.toPlainText() == body
    assert ws.navigate("joint") is False  # leaving would lose the text
    assert ws.page == str(channel) and ws.sidebar.current_key() == str(channel)
    assert ws.notes.editor.body_edit.toPlainText() == body


def test_tags_flags_and_the_rendered_view(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    editor = ws.notes.editor
    note_id = type_note(qtbot, ws, session.case.parties[0].channel, "Interests",
                        "# Needs\n\n**cash flow** <b>raw</b> [site](http://example.com/x)")
    assert editor.confidential_box.isVisible() and not editor.joint_screen_box.isVisible()
    assert editor.confidential_box.isChecked()  # consent rules: caucus notes start "in confidence"
    qtbot.mouseClick(editor.tag_buttons[Tag.INTEREST], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.tag_buttons[Tag.CONCERN], Qt.MouseButton.LeftButton)
    assert session.note(note_id).tags == {Tag.INTEREST, Tag.CONCERN}

    # unticking "given in confidence" is no edit: the box stays ticked and the party's consent is asked for
    editor.confidential_box.click()
    dialog = editor.release_dialog()
    assert dialog is not None and dialog.isVisible()
    assert editor.confidential_box.isChecked() and session.note(note_id).confidential
    p1 = session.case.parties[0]
    assert list(dialog.consent_rows.boxes) == ["party:p1"] and p1.name in dialog.explanation.text()
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)  # the mediator's say-so alone
    assert dialog.isVisible() and session.note(note_id).confidential
    assert dialog.error_label.text() == ("Only the party that gave it in confidence can release it: consent missing "
                                         f"({p1.name}).")
    dialog.consent_rows.boxes["party:p1"].click()
    assert dialog.error_label.text() == ""
    qtbot.keyClicks(dialog.consent_rows.given_by["party:p1"], "Counsel 1")
    with qtbot.waitSignal(ws.status_message) as said:
        qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Released from confidence"]
    assert not dialog.isVisible() and editor.release_dialog() is None
    note = session.note(note_id)
    assert not note.confidential and note.tags == {Tag.INTEREST, Tag.CONCERN}
    assert not editor.confidential_box.isChecked() and editor.status_label.text() == "Released from confidence"
    detail = ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Concern, Interest" in detail and "May be disclosed" in detail
    (event,) = [e for e in session.audit_events() if e.action == "note.confidence_released"]
    assert event.detail["consents"] == [{"who": "party:p1", "given_by": "Counsel 1", "manner": "said-in-caucus",
                                         "witness": ""}]
    editor.confidential_box.click()  # ticking it again is an ordinary edit
    assert session.note(note_id).confidential and editor.release_dialog() is None

    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.body_stack.currentWidget() is editor.preview
    html = editor.preview.toHtml()
    assert "cash flow" in editor.preview.toPlainText() and "<b>raw</b>" in editor.preview.toPlainText()
    assert "font-weight:700" in html or "font-weight:600" in html
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()
    assert editor.preview.loadResource(0, "http://example.com/x") is None

    joint_id = type_note(qtbot, ws, Channel.joint(), "Agenda", "1. Opening")
    assert editor.joint_screen_box.isVisible() and not editor.confidential_box.isVisible()
    editor.joint_screen_box.click()
    assert session.note(joint_id).on_joint_screen


def test_new_note_shortcut_and_delete(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    mediator = Channel.mediator()
    open_channel(qtbot, ws, mediator)
    assert ws.notes.empty_label.isVisible()
    ws.notes.list_view.setFocus()
    qtbot.keySequence(ws.notes.list_view, QKeySequence(QKeySequence.StandardKey.New))
    notes = session.notes_in(mediator)
    assert len(notes) == 1 and ws.notes.editor.note_id == notes[0].id
    assert ws.notes.editor.title_edit.hasFocus()
    qtbot.keyClicks(ws.notes.editor.title_edit, "Impressions")
    assert ws.menu_actions()["note.delete"].isEnabled()
    assert ws.menu_actions()["note.disclose"].isEnabled()  # notebook notes can be disclosed (with consents)

    messages.set_next_answer(messages.Button.No)
    ws.menu_actions()["note.delete"].trigger()
    assert len(session.notes_in(mediator)) == 1
    messages.set_next_answer(messages.Button.Yes)
    ws.menu_actions()["note.delete"].trigger()
    assert "Impressions" in messages.shown[-1][2]
    assert session.notes_in(mediator) == []
    assert ws.notes.editor.note_id is None and ws.notes.model.rowCount() == 0
    assert not ws.menu_actions()["note.delete"].isEnabled()
