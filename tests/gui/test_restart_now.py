"""A language change offers "Restart now" (issue 14, item 9): with a case open, the case is closed first (its
edits saved) and the process starts again with the same program; the command it uses really starts
IOMed Desk (run here with --smoke, offscreen)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from iomed_desk.gui import messages
from iomed_desk.gui.main_window import restart_command
from iomed_desk.gui.settings import LANGUAGE
from iomed_desk.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import flush_events, open_case


def test_restart_now_closes_the_case_and_starts_again(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    launched: list[tuple[str, list[str]]] = []
    window.relaunch = lambda program, args: launched.append((program, args)) or True
    open_case(window, case_file)
    window.show_settings()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    messages.set_next_answer(messages.Button.Yes)  # "Restart now?"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    flush_events()
    assert any("Restart now" in text or "restart" in text.lower() for _k, _t, text in messages.shown)
    assert window.settings.get(LANGUAGE) == "zh_HK"
    assert window.session is None, "the case was closed before the restart"
    assert launched == [restart_command()]
    window.settings.set(LANGUAGE, "")


def test_later_keeps_everything_as_it_is(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    launched: list[tuple[str, list[str]]] = []
    window.relaunch = lambda program, args: launched.append((program, args)) or True
    open_case(window, case_file)
    window.show_settings()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    messages.set_next_answer(messages.Button.No)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    flush_events()
    assert window.session is not None and launched == []
    window.settings.set(LANGUAGE, "")


def test_the_restart_command_starts_the_application(tmp_path: Path) -> None:
    program, args = restart_command()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([program, *args, "gui", "--smoke"], env=env, capture_output=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
