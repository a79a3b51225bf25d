"""The first window at once (issue 15, item 6): the start window is painted before the case layers load,
and the main window then takes its place without losing what was asked of the first one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from iomed_desk.gui import main as start
from iomed_desk.gui.first_window import FirstWindow
from iomed_desk.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlcipher3", "cryptography", "pyhanko", "reportlab", "iomed_desk.store", "iomed_desk.app.case_session",
         "iomed_desk.gui.main_window")

CHILD = f"""
import json, sys
from iomed_desk.gui import main as start
seen = {{}}
heavy = {HEAVY!r}
def milestone(name):
    from PySide6.QtWidgets import QApplication
    shown = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen[name] = {{"loaded": [m for m in heavy if m in sys.modules], "shown": shown}}
start.MILESTONES.append(milestone)
code = start.main(["--smoke"])
print(json.dumps(seen))
sys.exit(code)
"""


def test_nothing_on_the_first_paint_path_imports_the_case_layers(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["first_paint"]["loaded"] == []
    assert seen["first_paint"]["shown"] == ["firstWindow"]
    # the check can see them: once the main window is up, the case layers are loaded
    assert {"sqlcipher3", "cryptography", "iomed_desk.app.case_session"} <= set(seen["usable"]["loaded"])
    assert "firstWindow" not in seen["usable"]["shown"]


def test_a_click_on_the_first_window_is_carried_to_the_main_window(qtbot, settings: Settings) -> None:
    """The person clicked New case… before the main window was ready: the new-case wizard opens anyway."""
    launch = start.Launch(settings)
    first = launch.first
    assert isinstance(first, FirstWindow)
    launch.start()
    qtbot.waitExposed(first)
    where = first.geometry()
    qtbot.mouseClick(first.start_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launch.window is not None, timeout=10_000)
    window = launch.window
    qtbot.addWidget(window)
    assert window.isVisible() and launch.first is None
    assert window.geometry() == where
    from iomed_desk.gui.new_case_wizard import NewCaseWizard

    qtbot.waitUntil(lambda: any(isinstance(w, NewCaseWizard) and w.isVisible()
                                for w in window.findChildren(NewCaseWizard)), timeout=5000)
    for wizard in window.findChildren(NewCaseWizard):
        wizard.reject()
