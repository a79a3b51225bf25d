"""Locking: by the panic key, by idle time, by the system's screen lock; nothing of the case left behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Channel
from iomed_desk.gui.settings import IDLE_LOCK_SECONDS, Settings
from iomed_desk.store.keys import derive_key
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MARKER, flush_events, marker, open_case
from tests.gui.threads import ThreadSpy
from tests.gui.widget_text import editors_with_undo, holders_of
from tests.gui.widget_text import type_text as typed

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    typed(widget, text)


def type_note(qtbot, window, channel: str, title: str, body: str) -> str:  # type: ignore[no-untyped-def]
    """A new note in `channel` through the menu's New note, typed key by key into the real editor."""
    workspace = window.workspace
    assert workspace.navigate(channel)
    window.menus.attached["note.new"].trigger()
    editor = workspace.notes.editor
    type_text(qtbot, editor.title_edit, title)
    type_text(qtbot, editor.body_edit, body)
    assert editor.is_dirty()
    return workspace.notes.current_note_id()


def assert_nothing_left(window) -> None:  # type: ignore[no-untyped-def]
    """Once the event loop has turned (the workspace is deleted then), nothing of the case is in any widget."""
    flush_events()
    assert window.locked and window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.lock_screen
    assert window.statusBar().currentMessage() == "Locked"
    assert window.windowTitle() == "Locked — IOMed Desk"
    assert holders_of(MARKER) == []
    assert editors_with_undo() == []


def saved_notes(path: Path) -> dict[str, tuple[str, str]]:
    session = unlock(path, PASSPHRASE)
    try:
        found = {}
        for channel in [Channel.joint(), Channel.mediator(), *(p.channel for p in session.case.parties)]:
            for note in session.notes_in(channel):
                found[note.id] = (note.title, note.body)
        return found
    finally:
        session.close()


def unlock_from_lock_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase and press Return: busy at once, the key derived on a worker, then the case back."""
    panel = window.lock_screen.panel
    qtbot.keyClicks(panel.field, PASSPHRASE)
    with ThreadSpy(derive_key) as kdf:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        assert panel.busy and panel.progress.isVisible()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    kdf.assert_ran_off_the_gui_thread()


def test_panic_key_locks_saves_everything_and_unlock_returns_to_the_note(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    first_body = marker("joint-body") + "\nline two with ünïcode and 中文"
    type_note(qtbot, window, "joint", marker("joint-title"), first_body)
    title, body = marker("caucus-title"), marker("caucus-body") + " the last words typed"
    note_id = type_note(qtbot, window, "party:p1", title, body)
    editor = window.workspace.notes.editor

    qtbot.keyClick(editor.body_edit, Qt.Key.Key_L, CTRL_SHIFT)  # before the autosave had a chance

    assert_nothing_left(window)
    saved = saved_notes(case_file)
    assert saved[note_id] == (title, body)
    assert (title, body) in saved.values() and any(b == first_body for _t, b in saved.values())

    unlock_from_lock_screen(qtbot, window)
    assert window.lock_screen is None and window.statusBar().currentMessage() == "Unlocked"
    workspace = window.workspace
    assert workspace.page == "party:p1"
    assert workspace.notes.current_note_id() == note_id
    assert workspace.notes.editor.body_edit.toPlainText() == body


def test_idle_time_locks_and_everything_typed_is_saved(qtbot, window, settings: Settings,
                                                       case_file: Path) -> None:
    settings.set(IDLE_LOCK_SECONDS, 1)
    open_case(window, case_file)
    assert window.idle.seconds == 1 and window.idle.watching
    title, body = marker("idle-title"), marker("idle-body") + " typed, then the mediator stepped out"
    note_id = type_note(qtbot, window, "party:p2", title, body)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert_nothing_left(window)
    assert not window.idle.watching
    assert saved_notes(case_file)[note_id] == (title, body)


def test_panic_key_works_behind_a_modal_dialog(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    type_note(qtbot, window, "party:p1", marker("t"), marker("b"))
    dialog = window.workspace.disclose_note()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyPress(QApplication.focusWidget() or dialog, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.locked, timeout=2_000)  # the modal dialog blocks the shortcut: the filter locks
    assert_nothing_left(window)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)


def test_menu_lock_and_system_screen_lock(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    lock_action = window.menus.actions["file.lock"]
    assert lock_action.shortcut().toString() == "Ctrl+Shift+L" and lock_action.isEnabled()
    lock_action.trigger()
    assert_nothing_left(window)
    assert not lock_action.isEnabled()
    unlock_from_lock_screen(qtbot, window)

    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert_nothing_left(window)


def test_wrong_passphrase_on_the_lock_screen_stays_locked(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    window.lock()
    panel = window.lock_screen.panel
    qtbot.keyClicks(panel.field, "wrong wrong wrong")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert window.locked and "Wrong passphrase" in panel.message.text()
    assert holders_of(MARKER) == []


def test_lock_waits_for_a_running_backup(qtbot, window, case_file: Path, tmp_path: Path) -> None:
    open_case(window, case_file)
    dest = tmp_path / "backup.iomed"
    window.backup_to(dest)
    assert window.lock() is False  # the backup is running: the lock is queued, not skipped
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert dest.exists()
    assert_nothing_left(window)


def test_close_case_from_the_lock_screen(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    window.lock()
    window.lock_screen.panel.cancel_button.click()
    assert not window.locked and window.session is None
    assert window.stack.currentWidget() is window.start_page
    assert window.statusBar().currentMessage() == "Case closed"


SCREENSAVER_SCRIPT = """
import os, subprocess, time
daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)
try:
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
    from PySide6.QtWidgets import QApplication
    from iomed_desk.gui.lock import SystemLockWatcher
    app = QApplication([])
    watcher = SystemLockWatcher(session_bus=True)
    locked = []
    watcher.system_locked.connect(lambda: locked.append(True))
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
    end = time.time() + 5
    while not locked and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    print(watcher.dbus_connected, bool(locked))
finally:
    daemon.terminate()
    daemon.wait(5)
"""


@pytest.mark.skipif(shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
                    reason="needs dbus-daemon and dbus-send")
def test_the_desktop_screen_lock_signal_locks(tmp_path: Path) -> None:
    """In a child process with its own session bus, so this test run never holds a D-Bus connection."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", SCREENSAVER_SCRIPT], cwd=Path(__file__).resolve().parents[2],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "True"]


def test_input_postpones_the_idle_lock_and_the_apps_own_timers_do_not(qtbot, window, settings: Settings,
                                                                      case_file: Path) -> None:
    """Typing, clicking and scrolling restart the idle countdown; the app's clocks ticking do not.

    No stopwatch: a 60 s countdown is read before and after each event, so a slow machine only
    makes the difference larger, never flips it.
    """
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    settings.set(IDLE_LOCK_SECONDS, 60)
    idle = window.idle
    # Qt schedules a coarse 60 s timer to the nearest whole second, so right after a start the countdown
    # reads anywhere from 59.5 s to 60.5 s; a precise one reads 60 s, so "a second went by" is exact.
    # Only how the countdown is read changes: what restarts it is the app's own.
    countdown = idle.findChild(QTimer)
    assert countdown is not None and countdown.isSingleShot()
    countdown.setTimerType(Qt.TimerType.PreciseTimer)
    open_case(window, case_file)
    assert idle.watching and countdown.isActive()
    workspace = window.workspace
    assert workspace.navigate("party:p1")

    def spent_then(act) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        qtbot.wait(1_100)  # the session clock and the app's other timers tick meanwhile
        before = idle.remaining_ms()
        act()
        return before, idle.remaining_ms()

    before, after = spent_then(lambda: None)
    assert after <= before <= 60_000 - 1_000, "the app's own timers restarted the idle countdown"

    target = workspace.notes
    before, after = spent_then(lambda: qtbot.keyClick(target, Qt.Key.Key_Shift))
    assert after > before, "a key press did not postpone the lock"
    before, after = spent_then(lambda: qtbot.mouseClick(target, Qt.MouseButton.LeftButton,
                                                        pos=QPoint(5, 5)))
    assert after > before, "a click did not postpone the lock"

    def scroll() -> None:
        pos = QPointF(10, 10)
        QApplication.sendEvent(target, QWheelEvent(pos, target.mapToGlobal(pos), QPoint(0, 0),
                                                   QPoint(0, -120), Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                                   False))
    before, after = spent_then(scroll)
    assert after > before, "scrolling did not postpone the lock"
    assert not window.locked
