"""A new revision of an exhibit's file, and deleting an exhibit, from the Exhibits tab (by keys and clicks
on the real workspace over a real case file): New revision… (Alt+R, or the list's context menu) chooses a
file, shows what it replaces and reads it on a worker with progress and Cancel as an import does; the list
and the preview then show the new revision, while the Joint channel keeps showing all parties the
revision they were disclosed. Delete… (or the Delete key on the list) asks first, naming the exhibit and
its file, then every revision's chunks are gone from the case file and the audit log keeps the deletion.
Refused files are one line and change nothing; with nothing chosen, or on a disclosed row of the Joint
channel, both are off."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
)

from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui import messages
from iomed_desk.gui.exhibits_import import RevisionDialog
from iomed_desk.gui.workspace import CaseWorkspace
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import holders, mark, open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)

ALT = Qt.KeyboardModifier.AltModifier
P1 = Channel.party("p1")


def exhibits_tab(qtbot, ws: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    tabs = ws.notes.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(ws.exhibits)).center())
    assert tabs.currentWidget() is ws.exhibits


def choose_row(qtbot, ws: CaseWorkspace, label: str) -> None:  # type: ignore[no-untyped-def]
    table, model = ws.exhibits.table, ws.exhibits.model
    row = next(r for r, (x, _a) in enumerate(model.rows) if x.label == label)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert ws.exhibits.current_id() == model.rows[row][0].id


def revision_dialog(qtbot, ws: CaseWorkspace) -> RevisionDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in ws.exhibits.findChildren(RevisionDialog)))
    return next(d for d in ws.exhibits.findChildren(RevisionDialog) if d.isVisible())


def type_file_name(qtbot, ws: CaseWorkspace, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The file dialog New revision… opened: the path in its name field (as typed, without the completer's
    popup, which the offscreen platform cannot show), Enter."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in ws.exhibits.findChildren(QFileDialog)))
    dialog = next(d for d in ws.exhibits.findChildren(QFileDialog) if d.isVisible())
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def wait_jobs(qtbot, ws: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ws.exhibits.jobs, timeout=20_000)
    flush_events()
    if not ws.isActiveWindow():  # a window manager gives the window back its activation; offscreen has none
        with qtbot.waitActive(ws):
            ws.activateWindow()


def panel_buttons(ws: CaseWorkspace) -> tuple[QPushButton, QPushButton]:
    return ws.exhibits.revise_button, ws.exhibits.delete_button


@pytest.fixture
def room(case_factory, workspace_factory, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A party's channel with two text exhibits, C-1 and C-2, on its Exhibits tab; nothing chosen."""
    session = case_factory(parties=2)
    desk = exhibits_desk(session)
    words = {"C-1": mark("first"), "C-2": mark("other")}
    for label, word in words.items():
        (tmp_path / f"{label}.txt").write_text(f"Quay wall survey {word}\n")
        desk.import_file(tmp_path / f"{label}.txt", P1, label=label)
    ws = workspace_factory(session)
    open_channel(qtbot, ws, P1)
    exhibits_tab(qtbot, ws)
    return session, ws, words


def test_new_revision_by_keys_shows_in_the_list_and_preview(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ws, words = room
    desk = exhibits_desk(session)
    assert not any(b.isEnabled() for b in panel_buttons(ws))  # nothing chosen yet
    choose_row(qtbot, ws, "C-1")
    assert all(b.isEnabled() for b in panel_buttons(ws))
    exhibit_id = ws.exhibits.current_id()
    before = desk.exhibit(exhibit_id)
    new_word = mark("corrected")
    corrected = tmp_path / "survey-corrected.txt"
    corrected.write_text(f"Quay wall survey, corrected {new_word}\n")

    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_R, ALT)  # New &revision…
    type_file_name(qtbot, ws, corrected)
    dialog = revision_dialog(qtbot, ws)
    assert dialog.windowTitle() == "New revision of C-1"
    assert dialog.name_edit.text() == "survey-corrected.txt"
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "survey v2.txt")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert ws.exhibits.jobs and isinstance(ws.exhibits.jobs[0].dialog, QProgressDialog)  # progress, as an import
    job = ws.exhibits.jobs[0]
    wait_jobs(qtbot, ws)
    assert job.worker_thread is not None and job.worker_thread != threading.get_ident()  # read on a worker

    after = desk.exhibit(exhibit_id)
    assert (after.revision, after.name, after.label) == (2, "survey v2.txt", "C-1")
    assert [f.sha256 for f in desk.revisions(exhibit_id)] == [before.sha256, after.sha256]  # the old one stays
    assert ws.exhibits.current_id() == exhibit_id  # still chosen
    row = ws.exhibits.model.row_of(exhibit_id)
    assert ws.exhibits.model.index(row, 1).data() == "survey v2.txt"
    assert ws.exhibits.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == "SHA-256 " + after.sha256
    preview = ws.exhibits.preview
    qtbot.waitUntil(lambda: preview.kind == "text" and new_word in preview.text.toPlainText())
    assert words["C-1"] not in preview.text.toPlainText()
    assert "revision 2" in ws.exhibits.info.text() and after.sha256 in ws.exhibits.info.text()
    (event,) = session.audit_events("exhibit.revise")
    assert event.targets == (exhibit_id,) and event.detail["revision"] == 2


def _context_menu_action(qtbot, ws: CaseWorkspace, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The Menu key on the list opens its context menu (the actions the list holds); the entry `text` is chosen by keys. Returns the
    entries the menu held."""
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.setActiveAction(next(a for a in menu.actions() if a.text() == text))
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose)
    # what the window system makes of the Menu key (QTest's key events do not pass through it)
    table = ws.exhibits.table
    at = table.visualRect(table.currentIndex()).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                                                               table.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: bool(seen))
    return seen


#: the offscreen platform says these when a popup menu opens (it raises the menu and grabs the keyboard)
@pytest.mark.qt_log_ignore("This plugin does not support raise\\(\\)",
                           "This plugin does not support grabbing the keyboard", extend=True)
def test_the_joint_channel_keeps_showing_the_revision_disclosed(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ws, words = room
    desk = exhibits_desk(session)
    survey = next(x for x in desk.exhibits_in(P1) if x.label == "C-1")
    desk.disclose(survey.id, Audience.joint(), [str(P1)])  # revision 1, consented to by the party
    new_word = mark("revised")
    (tmp_path / "revised.txt").write_text(f"Quay wall survey, revised {new_word}\n")

    choose_row(qtbot, ws, "C-1")
    entries = _context_menu_action(qtbot, ws, "New &revision…")
    assert {"Export exhibit…", "Disclose…", "New &revision…", "&Delete…"} <= set(entries)
    type_file_name(qtbot, ws, tmp_path / "revised.txt")
    qtbot.keyClick(revision_dialog(qtbot, ws).name_edit, Qt.Key.Key_Return)
    wait_jobs(qtbot, ws)
    assert desk.exhibit(survey.id).revision == 2
    qtbot.waitUntil(lambda: new_word in ws.exhibits.preview.text.toPlainText())

    # all parties, on the Joint channel: still revision 1, its text previewed, not the new one
    open_channel(qtbot, ws, Channel.joint())
    exhibits_tab(qtbot, ws)
    assert [x.label for x, _a in ws.exhibits.model.rows] == ["C-1"]
    choose_row(qtbot, ws, "C-1")
    (shown, audience), = ws.exhibits.model.rows
    assert audience == Audience.joint() and shown.revision == 1 and shown.name == "C-1.txt"
    preview = ws.exhibits.preview
    qtbot.waitUntil(lambda: preview.kind == "text" and words["C-1"] in preview.text.toPlainText())
    assert new_word not in preview.text.toPlainText()
    assert holders(new_word) == []  # nowhere on screen
    assert survey.sha256 in ws.exhibits.info.text()
    # a row shown through a disclosure is changed in its own channel, not here
    assert not any(b.isEnabled() for b in panel_buttons(ws))
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_Delete)
    assert not messages.shown and desk.exhibit(survey.id).revision == 2

    # deleting it in its channel says the parties lose it, and the Joint channel lists nothing then
    open_channel(qtbot, ws, P1)
    exhibits_tab(qtbot, ws)
    choose_row(qtbot, ws, "C-1")
    messages.set_next_answer(messages.Button.Yes)
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ws.exhibits.model.row_of(survey.id) < 0)
    assert "Those it was disclosed to no longer see it." in messages.shown[-1][2]
    assert desk.visible(Audience.joint()) == []
    open_channel(qtbot, ws, Channel.joint())
    assert ws.exhibits.model.rowCount() == 0


def _vanished(path: Path, _session) -> None:  # type: ignore[no-untyped-def]
    path.unlink()


def _too_big(_path: Path, session) -> None:  # type: ignore[no-untyped-def]
    exhibits_desk(session).set_cap(16)


def _wrong_type(path: Path, _session) -> None:  # type: ignore[no-untyped-def]
    path.write_bytes(b"MZ\x90\x00" + os.urandom(2000))


@pytest.mark.parametrize("spoil", [_vanished, _too_big, _wrong_type], ids=["vanished", "too-big", "wrong-type"])
def test_a_refused_revision_is_one_line_and_changes_nothing(room, qtbot, tmp_path: Path, spoil) -> None:  # type: ignore[no-untyped-def]
    session, ws, words = room
    desk = exhibits_desk(session)
    choose_row(qtbot, ws, "C-1")
    exhibit_id = ws.exhibits.current_id()
    qtbot.waitUntil(lambda: words["C-1"] in ws.exhibits.preview.text.toPlainText())
    path = tmp_path / "next.txt"
    path.write_text("A longer text than sixteen bytes, for the next revision.\n")
    dialog = ws.exhibits.revise_from(exhibit_id, path)
    assert dialog is not None
    spoil(path, session)  # between choosing the file and saving the revision
    messages.set_next_answer(messages.Button.Ok)
    qtbot.keyClick(revision_dialog(qtbot, ws).name_edit, Qt.Key.Key_Return)
    wait_jobs(qtbot, ws)
    (kind, title, text), = messages.shown
    assert kind == "error" and title == "New revision" and text and "\n" not in text
    assert [f.number for f in desk.revisions(exhibit_id)] == [1]
    assert ws.exhibits.current_id() == exhibit_id
    assert ws.exhibits.model.index(ws.exhibits.model.row_of(exhibit_id), 1).data() == "C-1.txt"
    assert words["C-1"] in ws.exhibits.preview.text.toPlainText()


def test_cancel_during_a_revision_adds_nothing(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ws, _words = room
    desk = exhibits_desk(session)
    choose_row(qtbot, ws, "C-2")
    exhibit_id = ws.exhibits.current_id()
    big = tmp_path / "ledger.txt"
    with big.open("w") as f:
        for n in range(600_000):
            f.write(f"line {n} of the ledger, nothing secret here\n")
    qtbot.mouseClick(ws.exhibits.revise_button, Qt.MouseButton.LeftButton)
    type_file_name(qtbot, ws, big)
    messages.set_next_answer(messages.Button.Ok)
    qtbot.keyClick(revision_dialog(qtbot, ws).name_edit, Qt.Key.Key_Return)
    job = ws.exhibits.jobs[0]
    qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ws)
    assert any("cancelled" in text for _k, _t, text in messages.shown)
    assert job.worker_thread is not None and job.worker_thread != threading.get_ident()
    assert [f.number for f in desk.revisions(exhibit_id)] == [1]


def test_delete_asks_naming_the_exhibit_then_removes_every_revision(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ws, words = room
    desk = exhibits_desk(session)
    survey = next(x for x in desk.exhibits_in(P1) if x.label == "C-1")
    second_word = mark("second")
    (tmp_path / "second.txt").write_text(f"Quay wall survey, second {second_word}\n")
    desk.revise(survey.id, tmp_path / "second.txt")
    flush_events()
    choose_row(qtbot, ws, "C-1")
    qtbot.waitUntil(lambda: second_word in ws.exhibits.preview.text.toPlainText())

    # No: nothing happens
    messages.set_next_answer(messages.Button.No)
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_Delete)
    (kind, title, text), = messages.shown
    assert kind == "question" and title == "Delete exhibit"
    assert "“C-1” (second.txt)" in text and "every revision" in text and "for good" in text
    assert "audit log keeps that it existed" in text
    assert desk.exhibit(survey.id).revision == 2 and ws.exhibits.current_id() == survey.id

    # Yes, by the button's mnemonic: gone, bytes of both revisions and all
    messages.set_next_answer(messages.Button.Yes)
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: ws.exhibits.model.row_of(survey.id) < 0)
    flush_events()
    assert [x.label for x in desk.exhibits_in(P1)] == ["C-2"]
    with session.db.reading() as conn:
        chunks = conn.execute("SELECT count(*) FROM exhibit_chunks WHERE item_id = ?", (survey.id,)).fetchone()[0]
        files = conn.execute("SELECT name, sha256, text FROM exhibit_files WHERE item_id = ?", (survey.id,)).fetchall()
    assert chunks == 0 and len(files) == 2 and all(f == ("", "", "") for f in files)
    (event,) = session.audit_events("exhibit.delete")
    assert event.targets == (survey.id,) and event.detail["revisions"] == 2
    # none of it left on screen; the next exhibit chosen and shown, the keyboard still on the list
    for word in (words["C-1"], second_word):
        assert holders(word) == []
    assert ws.exhibits.current_id() == next(x.id for x in desk.exhibits_in(P1))
    qtbot.waitUntil(lambda: words["C-2"] in ws.exhibits.preview.text.toPlainText())
    assert ws.exhibits.table.hasFocus()

    # the last one: nothing chosen after, the preview empty, both actions off
    messages.set_next_answer(messages.Button.Yes)
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ws.exhibits.model.rowCount() == 0)
    flush_events()
    assert holders(words["C-2"]) == [] and ws.exhibits.preview.kind == ""
    assert not any(b.isEnabled() for b in panel_buttons(ws))
