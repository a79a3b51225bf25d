"""The secure clipboard: copies are marked secret for clipboard managers and cleared after the countdown, only if still ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence

from iomed_desk.gui.clipboard import (
    KDE_HINT,
    MAC_CONCEALED,
    WIN_EXCLUDE,
    WIN_HISTORY,
    SecureClipboard,
    secret_mime,
)
from iomed_desk.gui.settings import CLIPBOARD_SECONDS
from tests.gui.workspace_fixtures import mark, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def _formats() -> list[str]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.formats() if mime is not None else []


@pytest.fixture
def clipboard(qapp) -> Iterator[SecureClipboard]:  # type: ignore[no-untyped-def]
    board = SecureClipboard.instance()
    yield board
    board.clear_if_ours()
    QGuiApplication.clipboard().clear()


def test_a_copy_is_marked_secret_and_cleared_after_the_countdown(qtbot, clipboard: SecureClipboard) -> None:
    secret = mark("copy")
    clipboard.copy(secret, 1)
    assert _clipboard_text() == secret
    assert bytes(QGuiApplication.clipboard().mimeData().data(KDE_HINT)) == b"secret"
    assert clipboard.holds_ours() and clipboard.seconds_left() == 1
    qtbot.waitUntil(lambda: _clipboard_text() == "", timeout=3000)
    assert not clipboard.holds_ours()


def test_what_the_user_copied_since_is_left_alone(qtbot, clipboard: SecureClipboard) -> None:
    clipboard.copy(mark("ours"), 1)
    QGuiApplication.clipboard().setText("the user's own text")
    qtbot.wait(1500)
    assert _clipboard_text() == "the user's own text"
    clipboard.clear_if_ours()
    assert _clipboard_text() == "the user's own text"


def test_clear_if_ours_clears_at_once(clipboard: SecureClipboard) -> None:
    clipboard.copy(mark("lock"), 30)
    clipboard.clear_if_ours()
    assert _clipboard_text() == "" and clipboard.seconds_left() == 0


@pytest.mark.parametrize(("platform", "present", "absent"), [
    ("linux", {KDE_HINT}, {MAC_CONCEALED, WIN_EXCLUDE, WIN_HISTORY}),
    ("darwin", {KDE_HINT, MAC_CONCEALED}, {WIN_EXCLUDE}),
    ("win32", {KDE_HINT, WIN_EXCLUDE, WIN_HISTORY}, {MAC_CONCEALED}),
])
def test_the_platform_markers(qapp, platform: str, present: set[str], absent: set[str]) -> None:  # type: ignore[no-untyped-def]
    mime = secret_mime("text", platform)
    assert mime.text() == "text"
    assert present <= set(mime.formats()) and not absent & set(mime.formats())
    if platform == "win32":
        assert bytes(mime.data(WIN_HISTORY)) == b"\x00\x00\x00\x00" and bytes(mime.data(WIN_EXCLUDE)) == b"1"


def test_copying_from_a_caucus_note_uses_the_setting_and_is_cleared_on_lock(
        qtbot, case_factory, workspace_factory, settings, clipboard: SecureClipboard) -> None:
    settings.set(CLIPBOARD_SECONDS, 1)
    session = case_factory()
    ws = workspace_factory(session)
    body = mark("body")
    type_note(qtbot, ws, session.case.parties[0].channel, "Figures", body)
    with qtbot.waitSignal(ws.status_message) as said:
        ws.menu_actions()["edit.copy_secure"].trigger()  # nothing selected: the whole note
    assert said.args == ["Copied — the clipboard is cleared in 1 s"]
    assert _clipboard_text() == body and KDE_HINT in _formats()
    qtbot.waitUntil(lambda: _clipboard_text() == "", timeout=3000)

    editor = ws.notes.editor.body_edit
    editor.setFocus()
    editor.selectAll()
    qtbot.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Copy))  # the editor's own copy is marked too
    assert _clipboard_text() == body and KDE_HINT in _formats()
    qtbot.waitUntil(lambda: _clipboard_text() == "", timeout=3000)

    title = ws.notes.editor.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keySequence(title, QKeySequence(QKeySequence.StandardKey.Copy))
    assert _clipboard_text() == "Figures" and KDE_HINT in _formats()

    settings.set(CLIPBOARD_SECONDS, 30)
    ws.menu_actions()["edit.copy_secure"].trigger()
    assert _clipboard_text() == body
    ws.prepare_lock()
    assert _clipboard_text() == ""
