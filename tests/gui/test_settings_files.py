"""After a GUI run, no file under the test HOME holds case content: settings and Qt's own files hold paths only.

Runs last (see conftest). The settings files are scanned after every test (each
test starts from cleared settings) and the findings collected; here they must be
none, and every file under the test HOME is scanned once more. This module also
drives one full round itself (Qt's file dialog, a typed note, lock, unlock, quit)
so that QtProject.conf and the application's settings file exist even when it
runs alone.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.gui.settings import ALL, JOINT_SCREEN_DISPLAY
from tests.conftest import PASSPHRASE, TEST_HOME
from tests.gui.conftest import CONTENT, MARKER, SETTINGS_LEAKS, content_hits, flush_events, marker
from tests.gui.test_lock import type_note, unlock_from_lock_screen
from tests.gui.test_main_window_files import _answer_file_dialog


def hits_under(folder: Path, needles: tuple[str, ...] = CONTENT) -> list[str]:
    return [f"{path.relative_to(folder)}: {hit}"
            for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
            for hit in content_hits(path.read_bytes(), needles)]


def test_no_content_in_any_file_under_home(qtbot, window, case_file: Path) -> None:
    _answer_file_dialog(case_file)
    window.menus.actions["file.open"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "unlockDialog" and w.isVisible())
    qtbot.keyClicks(dialog.panel.field, PASSPHRASE)
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    window.settings.set(JOINT_SCREEN_DISPLAY, "HDMI-1")
    type_note(qtbot, window, "party:p1", marker("scan-title"), marker("scan-body"))
    window.lock()
    unlock_from_lock_screen(qtbot, window)
    window.close()
    flush_events()
    QSettings().sync()

    qt_conf = [p for p in (TEST_HOME / ".config").iterdir() if p.name.startswith("QtProject")]
    assert qt_conf, "Qt's file dialog wrote no QtProject settings: the scan would prove nothing"
    assert any("lastVisited" in p.read_text(errors="replace") for p in qt_conf)
    assert hits_under(TEST_HOME) == []
    assert SETTINGS_LEAKS == []

    ini = Path(QSettings().fileName())
    assert ini.is_file() and str(ini).startswith(str(TEST_HOME))
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ini, encoding="utf-8")
    keys = {(f"{section}/{key}" if section != "General" else key).lower()
            for section in parser.sections() for key in parser[section]}
    allowed = {s.key.lower() for s in ALL}
    assert keys and keys <= allowed, keys - allowed
    assert {"files/recent_cases", "room/joint_screen_display", "ui/window_geometry"} <= keys


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    (tmp_path / "a.ini").write_bytes(f"x={MARKER}".encode("utf-16-le"))
    (tmp_path / "b.conf").write_text("history=/cases/case.iomed", encoding="utf-8")
    assert hits_under(tmp_path) == [f"a.ini: {MARKER}"]
