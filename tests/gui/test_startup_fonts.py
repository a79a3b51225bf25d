"""The shipped CJK font at start-up (issue 15): an English start window is painted before the font is
registered (6 ms of the first paint), but whatever the first window shows in Chinese (the interface
language, a recent case's name) has the font at its first paint, and the main window always has it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setOrganizationName("IOMed Desk")
QCoreApplication.setApplicationName("IOMed Desk")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
from iomed_desk.gui.settings import LANGUAGE, RECENT_CASES, Settings
settings = Settings()
settings.set(LANGUAGE, sys.argv[1])
settings.set(RECENT_CASES, json.loads(sys.argv[2]))
settings.flush()
from iomed_desk.gui import main as start
from iomed_desk.gui import i18n
seen = {}
def milestone(name):
    from PySide6.QtWidgets import QApplication
    family = i18n._font_family
    seen[name] = {"families": QApplication.font().families(), "shipped": family}
start.MILESTONES.append(milestone)
code = start.main(["--smoke"])
print(json.dumps(seen))
sys.exit(code)
"""


def _start(tmp_path: Path, language: str, recent: list[str]) -> dict[str, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "LC_ALL": "en_GB.UTF-8",
           "LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, language, json.dumps(recent)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _has_shipped_font(seen: dict) -> bool:
    return bool(seen["shipped"]) and seen["shipped"] in seen["families"]


@pytest.mark.parametrize(("language", "recent", "at_first_paint"), [
    ("en", ["/cases/harbour.iomed"], False),
    ("zh_HK", ["/cases/harbour.iomed"], True),
    ("zh_CN", [], True),
    ("en", ["/cases/港口特许经营.iomed"], True),
    ("en", ["/案件/harbour.iomed"], True),
])
def test_the_cjk_font_is_there_whenever_the_window_shows_chinese(tmp_path: Path, language: str, recent: list[str],
                                                                 at_first_paint: bool) -> None:
    seen = _start(tmp_path, language, recent)
    assert _has_shipped_font(seen["first_paint"]) is at_first_paint
    # the main window (every page, every case's content) always has it
    assert _has_shipped_font(seen["usable"])
