"""Opening a case: wrong passphrase then the right one, the key derived on a worker while the GUI answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from iomed_desk.gui.main import build_window
from iomed_desk.gui.passphrase_field import PassphraseField
from iomed_desk.gui.settings import REMEMBERED_CASES, SECURE_ROOM, Settings
from iomed_desk.gui.unlock_dialog import UnlockDialog, record_remembered, remembered_case_id
from iomed_desk.store.keys import derive_key
from tests.conftest import PASSPHRASE
from tests.gui.threads import ThreadSpy


def _dialog(window) -> UnlockDialog:  # type: ignore[no-untyped-def]
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_wrong_then_right_passphrase_derives_the_key_off_the_gui_thread(qtbot, window, case_file: Path) -> None:
    window.open_path(case_file)
    dialog = _dialog(window)
    panel = dialog.panel

    qtbot.keyClicks(panel.field, "not the passphrase")
    with ThreadSpy(derive_key) as wrong:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        assert panel.busy and panel.progress.isVisible()
        qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    wrong.assert_ran_off_the_gui_thread()
    assert "Wrong passphrase" in panel.message.text()
    assert dialog.isVisible() and window.session is None
    assert panel.field.text() == ""

    qtbot.keyClicks(panel.field, PASSPHRASE)
    with ThreadSpy(derive_key) as right:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        assert panel.busy and panel.progress.isVisible()
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    right.assert_ran_off_the_gui_thread()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    assert window.session.path == case_file
    assert window.stack.currentWidget() is window.workspace
    assert window.statusBar().currentMessage() == "Case opened"


def test_empty_passphrase_is_refused_without_work(qtbot, window, case_file: Path) -> None:
    window.open_path(case_file)
    panel = _dialog(window).panel
    panel.unlock_button.click()
    assert not panel.busy
    assert panel.message.text() == "Type the case's passphrase."


def test_cancel_closes_without_opening(qtbot, window, case_file: Path) -> None:
    window.open_path(case_file)
    dialog = _dialog(window)
    dialog.panel.cancel_button.click()
    assert not dialog.isVisible() and window.session is None


def test_not_a_case_file_says_so(qtbot, window, tmp_path: Path) -> None:
    junk = tmp_path / "notes.iomed"
    junk.write_bytes(b"hello")
    window.open_path(junk)
    panel = _dialog(window).panel
    qtbot.keyClicks(panel.field, PASSPHRASE)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "empty" in panel.message.text() or "too small" in panel.message.text()


def test_gui_case_argument_opens_that_cases_unlock_dialog(qtbot, settings: Settings, case_file: Path) -> None:
    window = build_window(settings, case_file)
    qtbot.addWidget(window)
    dialog = _dialog(window)
    assert dialog.panel.path == case_file
    assert dialog.panel.field.hasFocus() or QApplication.focusWidget() in (dialog.panel.field, None)
    dialog.reject()


def test_passphrase_field_keeps_nothing(qtbot) -> None:
    field = PassphraseField(accessible_name="Passphrase")
    qtbot.addWidget(field)
    field.show()
    assert field.echoMode() == QLineEdit.EchoMode.Password
    hints = field.inputMethodHints()
    for hint in (Qt.InputMethodHint.ImhSensitiveData, Qt.InputMethodHint.ImhNoPredictiveText,
                 Qt.InputMethodHint.ImhHiddenText):
        assert hints & hint
    assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    qtbot.keyClicks(field, "secret words")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)  # cut is refused
    assert field.text() == "secret words"
    QApplication.clipboard().clear()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "secret" not in QApplication.clipboard().text()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo is refused
    assert field.text() == ""
    qtbot.keyClicks(field, "again")
    field.hide()
    assert field.text() == "" and not field.isUndoAvailable()


def test_remembered_key_opens_without_asking(qtbot, window, settings: Settings, case_file: Path,
                                             monkeypatch) -> None:
    from iomed_desk.app.opening import derive_key_for, unlock
    from iomed_desk.gui import unlock_dialog

    key = derive_key_for(case_file, PASSPHRASE)
    with_case = unlock(case_file, PASSPHRASE)
    case_id = with_case.case.id
    with_case.close()
    monkeypatch.setattr(unlock_dialog, "recall_key", lambda wanted: key if wanted == case_id else None)
    record_remembered(settings, case_file, case_id)
    assert settings.get(REMEMBERED_CASES) == [f"{case_id}={case_file.resolve()}"]
    window.open_path(case_file)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def test_secure_room_never_uses_a_remembered_key(settings: Settings, case_file: Path) -> None:
    record_remembered(settings, case_file, "case-x")
    assert remembered_case_id(settings, case_file) == "case-x"
    settings.set(SECURE_ROOM, True)
    assert remembered_case_id(settings, case_file) is None
    record_remembered(settings, case_file, "case-y")
    settings.set(SECURE_ROOM, False)
    assert remembered_case_id(settings, case_file) == "case-x"


def test_a_missing_file_is_said_at_once(qtbot, window, tmp_path: Path) -> None:
    from iomed_desk.gui import messages

    messages.set_next_answer(messages.Button.Ok)
    assert window.open_path(tmp_path / "gone.iomed") is None
    assert "There is no case file" in messages.shown[-1][2]
