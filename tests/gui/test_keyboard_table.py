"""The user guide's keyboard tables say what the keys do; this checks them against the application.

Every key combination in docs/user-guide.md's tables (Ctrl, Shift, Alt combinations; "Ctrl+1 … Ctrl+9"
expands to nine) must be the shortcut of a QAction or QShortcut in the main window with a case open, a
draft open and a note open (plain keys such as Tab and Enter are checked by walking the path). Then
the documented path is walked with key presses only: joint session, caucus, a note typed title → text
→ tags, disclosure dialog, joint screen, search, lock.
"""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton

from iomed_desk.core.channels import Channel
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.conftest import flush_events, marker, open_case

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
COMBO = re.compile(r"(?:Ctrl|Alt|Shift)(?:\+(?:Ctrl|Alt|Shift))*\+(?:[A-Z0-9]|F\d+|Up|Down|,)\b|Ctrl\+,")


def documented_keys() -> set[str]:
    """Every modified key combination in the guide's keyboard tables (the first column of each row)."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## Keyboard shortcuts"):text.index("## The command line")]
    keys: set[str] = set()
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith("| keys") or line.startswith("| ---"):
            continue
        first = line.split("|")[1]
        first = first.split("(Windows")[0]  # the platform variants name Windows' own bindings
        if "Ctrl+1 … Ctrl+9" in first:
            keys |= {f"Ctrl+{n}" for n in range(1, 10)}
            continue
        keys |= set(COMBO.findall(first))
    return keys


#: keys the guide names for a platform's standard binding (Quit, Close): the window binds the standard key,
#: whatever the platform makes of it (the offscreen test platform makes nothing of some)
STANDARD = {"Ctrl+Q": QKeySequence.StandardKey.Quit, "Ctrl+W": QKeySequence.StandardKey.Close}


def shortcuts_in(window) -> set[str]:  # type: ignore[no-untyped-def]
    found: set[str] = set()
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            found.add(button.shortcut().toString())
    for action in window.findChildren(QAction):
        found |= {k.toString() for k in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        found |= {k.toString() for k in shortcut.keys()}  # noqa: SIM118 - QShortcut.keys(), not a dict
    return found


def test_every_documented_shortcut_exists(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    keys = documented_keys()
    assert {"Ctrl+Shift+J", "Ctrl+Shift+K", "Ctrl+Shift+E", "Ctrl+Shift+D", "Ctrl+Shift+P", "Ctrl+N",
            "Ctrl+F", "Ctrl+Shift+L", "Ctrl+1", "Ctrl+9"} <= keys, "the table lost a row of the core path"
    open_case(window, case_file)
    window.workspace.navigate("drafts")  # the drafting desk's own keys exist once it is built
    flush_events()
    window.workspace.navigate("joint")
    bound = shortcuts_in(window)
    for key, standard in STANDARD.items():
        if key in keys and any(a.shortcut() == QKeySequence(standard) for a in window.findChildren(QAction)):
            bound.add(key)
    missing = {k for k in keys if QKeySequence(k).toString() not in bound}
    assert not missing, f"documented but not bound: {sorted(missing)}"


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,  # type: ignore[no-untyped-def]
          window=None) -> None:
    """A key press where the keyboard focus is (the window itself when a closed dialog took the focus along)."""
    target = QApplication.focusWidget() or window
    assert target is not None
    qtbot.keyClick(target, key, modifiers)
    flush_events()


def answer_attendance(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Who is in the room, asked as a session starts: Enter starts it with the list as filled."""
    from iomed_desk.gui.process_attendance import AttendanceDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AttendanceDialog))
    dialog = QApplication.activeModalWidget()
    window = dialog.parentWidget().window()
    press(qtbot, Qt.Key.Key_Return)
    with qtbot.waitActive(window):  # a window manager gives the window back its activation; offscreen has none
        window.activateWindow()


def test_the_documented_path_by_keys_only(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    open_case(window, case_file)
    workspace = window.workspace
    window.activateWindow()
    workspace.sidebar.setFocus()
    party = workspace._session.case.parties[0]

    press(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    answer_attendance(qtbot)
    assert workspace._session.running_session().channel == Channel.joint()
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert workspace.page == str(party.channel)
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    answer_attendance(qtbot)
    assert workspace._session.running_session().channel == party.channel
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert workspace.page == "joint"

    press(qtbot, Qt.Key.Key_N, CTRL)  # in the running session's channel: the caucus
    editor = workspace.notes.editor
    assert workspace.page == str(party.channel) and editor.title_edit.hasFocus()
    title, body = marker("title"), marker("body")
    qtbot.keyClicks(editor.title_edit, title)
    press(qtbot, Qt.Key.Key_Return)
    assert editor.body_edit.hasFocus()
    qtbot.keyClicks(editor.body_edit, body)
    press(qtbot, Qt.Key.Key_Tab)
    tag = QApplication.focusWidget()
    assert isinstance(tag, QToolButton) and tag in editor.tag_buttons.values()
    press(qtbot, Qt.Key.Key_Space)
    assert tag.isChecked()

    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = next(d for d in QApplication.topLevelWidgets() if isinstance(d, DisclosureDialog) and d.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    flush_events()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    with qtbot.waitActive(window):  # a window manager gives the window back its activation; offscreen has none
        window.activateWindow()
    assert workspace.notes.list_view.hasFocus(), "the keyboard is back on the notes list"
    note = workspace._session.note(editor.note_id) if hasattr(workspace._session, "note") else None
    if note is not None:
        assert note.title == title and body in note.body

    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert workspace._session.running_session() is None
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert workspace.joint_screen is not None and workspace.joint_screen.isVisible()
    flush_events()
    assert QApplication.activeWindow() is window, "the projector does not take the mediator's keyboard"
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert workspace.joint_screen is None or not workspace.joint_screen.isVisible()

    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT, window)
    assert workspace.side.isHidden()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert not workspace.side.isHidden() and workspace.search_field.hasFocus(), "finding brings the field back"

    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.locked
