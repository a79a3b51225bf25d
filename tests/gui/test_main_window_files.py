"""Whole-file operations from the File menu: open through Qt's file dialog, backup, passphrase change, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from iomed_desk.app.opening import unlock
from iomed_desk.core.errors import WrongPassphrase
from iomed_desk.gui import main_window as main_window_module
from iomed_desk.gui import messages
from iomed_desk.gui.passphrase_dialog import ChangePassphraseDialog
from iomed_desk.gui.settings import LAST_FOLDER, Settings
from iomed_desk.gui.unlock_dialog import UnlockDialog
from iomed_desk.store.database import CaseDatabase
from iomed_desk.store.keys import derive_key
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_case
from tests.gui.threads import ThreadSpy

NEW_PASSPHRASE = "a longer and different passphrase"


def _answer_file_dialog(path: Path) -> None:
    """When Qt's own file dialog is up (offscreen there is no native one), choose `path` in it."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # as typed: no wait for the folder to load
        dialog.accept()
    QTimer.singleShot(20, answer)


def test_open_case_through_the_file_dialog(qtbot, window, settings: Settings, case_file: Path) -> None:
    _answer_file_dialog(case_file)
    window.menus.actions["file.open"].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].panel.path == case_file
    assert settings.get(LAST_FOLDER) == str(case_file.parent)
    dialogs[0].reject()


def test_backup_runs_on_a_worker_and_opens_on_its_own(qtbot, window, case_file: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    open_case(window, case_file)
    dest = tmp_path / "copy.iomed"
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(dest), "")))
    with ThreadSpy(CaseDatabase.export_copy) as copying:
        window.menus.actions["file.backup"].trigger()
        assert not window.menus.actions["file.backup"].isEnabled()  # one file operation at a time
        assert window.statusBar().currentMessage() == "Writing the backup…"
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
            "Backup written to copy.iomed; its audit record contains head "), timeout=10_000)
    copying.assert_ran_off_the_gui_thread()
    assert window.menus.actions["file.backup"].isEnabled()
    copy = unlock(dest, PASSPHRASE)
    try:
        assert copy.case.title == window.session.case.title
    finally:
        copy.close()


def _change(qtbot, window, current: str, new: str) -> None:  # type: ignore[no-untyped-def]
    window.menus.actions["file.passphrase"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePassphraseDialog)
                  and w.isVisible())
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.repeat, new)
    assert dialog.meter.score >= 3
    dialog.accept()
    assert window.stack.currentWidget() is window.busy_page


def test_change_passphrase_re_keys_and_reopens(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    with ThreadSpy(derive_key, CaseDatabase.replace_key) as rekeying:
        _change(qtbot, window, PASSPHRASE, NEW_PASSPHRASE)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    rekeying.assert_ran_off_the_gui_thread()
    assert window.statusBar().currentMessage() == "Passphrase changed"
    window.close_case()
    try:
        unlock(case_file, PASSPHRASE).close()
        raise AssertionError("the old passphrase still opens the case")
    except WrongPassphrase:
        pass
    unlock(case_file, NEW_PASSPHRASE).close()


def test_a_wrong_current_passphrase_changes_nothing(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    messages.set_next_answer(messages.Button.Ok)
    _change(qtbot, window, "not the passphrase", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.statusBar().currentMessage() == "Passphrase not changed"
    assert "current passphrase is wrong" in messages.shown[-1][2]
    window.close_case()
    unlock(case_file, PASSPHRASE).close()


def test_quitting_with_a_case_open_closes_it(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    window.menus.actions["file.quit"].trigger()
    assert not window.isVisible() and window.session is None
    unlock(case_file, PASSPHRASE).close()  # the file is released
