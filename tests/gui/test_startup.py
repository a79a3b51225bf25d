"""The first window at once (issue 15, item 6): the start window is painted, and the main window is usable,
before the case layers load; the main window then takes the first one's place without losing what was
asked of it, and the first case opened brings the case layers (the warnings policy before them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent, QKeySequence

from iomed_desk.gui import main as start
from iomed_desk.gui.first_window import FirstWindow
from iomed_desk.gui.settings import Settings
from iomed_desk.gui.start_window import DEMO_PASSPHRASE
from tests.gui.conftest import PASSPHRASE, make_case

ROOT = Path(__file__).resolve().parents[2]
#: what the start window must not wait for: the case layers, and what they bring
CASE_LAYERS = ("sqlcipher3", "cryptography", "pyhanko", "reportlab", "iomed_desk.store",
               "iomed_desk.app.case_session")
HEAVY = (*CASE_LAYERS, "iomed_desk.gui.main_window")

#: records, at each start-up milestone, which of HEAVY are imported, which windows show, and whether PySide's
#: `Qt` namespace (~90 enums, 15-30 ms) was built; ENTRY is how the child starts
MILESTONE_RECORDER = f"""
import json, sys
import PySide6.QtCore
from iomed_desk.gui import main as start
seen = {{}}
heavy = {HEAVY!r}
case_layers = {CASE_LAYERS!r}
def milestone(name):
    from PySide6.QtWidgets import QApplication
    shown = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen[name] = {{"loaded": [m for m in heavy if m in sys.modules], "shown": shown,
                   "qt_namespace": "Qt" in vars(PySide6.QtCore)}}
start.MILESTONES.append(milestone)
"""

SMOKE = MILESTONE_RECORDER + """
if sys.argv[1] == "console":  # the console script's road (the .desktop file runs `iomed-desk gui %f`)
    from iomed_desk.cli import main
    code = main(["gui", "--smoke"])
else:
    code = start.main(["--smoke"])
print(json.dumps(seen))
sys.exit(code)
"""

#: starts as `iomed-desk gui CASE` does, types the passphrase into the unlock dialog the window opens, and
#: records what is loaded once the case is open; an import watcher notes, as each case layer is first
#: imported, whether the warnings policy is already in force
OPEN_CASE = MILESTONE_RECORDER + """
import warnings
from pathlib import Path
from PySide6.QtCore import QTimer  # (Qt and QtTest only once the window is usable: see MILESTONE_RECORDER)
from PySide6.QtWidgets import QApplication
case, passphrase = Path(sys.argv[1]), sys.argv[2]
policy_at_import = {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in case_layers and name not in policy_at_import and name != "cryptography":
            policy_at_import[name] = any(getattr(f[2], "__name__", "") == "CryptographyDeprecationWarning"
                                         for f in warnings.filters)
        return None

sys.meta_path.insert(0, Watch())

def main_window():
    from iomed_desk.gui.main_window import MainWindow
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def step():
    window = main_window()
    if window.session is not None:
        seen["opened"] = {"loaded": [m for m in heavy if m in sys.modules], "title": window.windowTitle(),
                          "workspace": window.stack.currentWidget() is window.workspace,
                          "policy_at_import": policy_at_import}
        QApplication.exit(0)
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from iomed_desk.gui.unlock_dialog import UnlockDialog
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    if dialogs and not dialogs[0].panel.field.text():
        QTest.keyClicks(dialogs[0].panel.field, passphrase)
        QTest.keyClick(dialogs[0].panel.field, Qt.Key.Key_Return)
    QTimer.singleShot(50, step)

start.MILESTONES.append(lambda name: name == "usable" and QTimer.singleShot(0, step))
QTimer.singleShot(60_000, lambda: QApplication.exit(3))
code = start.main([str(case)])
print(json.dumps(seen))
sys.exit(code)
"""


def _child(tmp_path: Path, program: str, *args: str, warnings: str = "") -> tuple[dict, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": warnings}
    out = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stderr


def test_nothing_on_the_first_paint_path_imports_the_case_layers(tmp_path: Path) -> None:
    seen, _ = _child(tmp_path, SMOKE, "module")
    assert seen["first_paint"]["loaded"] == []
    assert seen["first_paint"]["shown"] == ["firstWindow"]
    assert not seen["first_paint"]["qt_namespace"]


def test_the_usable_start_window_waits_for_no_case_layer(tmp_path: Path) -> None:
    """The main window in the first one's place, its start page working: still no case layer, no `Qt` enums."""
    for road in ("module", "console"):
        seen, _ = _child(tmp_path, SMOKE, road)
        usable = seen["usable"]
        assert "firstWindow" not in usable["shown"], road  # (a smoke run hides the main window at once)
        assert set(usable["loaded"]) == {"iomed_desk.gui.main_window"}, road
        assert not usable["qt_namespace"], road
        assert seen["first_paint"]["loaded"] == [], road


def test_opening_a_case_brings_the_case_layers_after_the_warnings_policy(tmp_path: Path) -> None:
    """`iomed-desk gui CASE`: the unlock dialog comes up over the usable window, the passphrase opens the case
    in the workspace; sqlcipher3 and the store are imported then, each after the warnings policy, and with
    every warning shown (PYTHONWARNINGS=default) no other library's deprecation reaches stderr."""
    case = make_case(tmp_path / "harbour.iomed")
    seen, stderr = _child(tmp_path, OPEN_CASE, str(case), PASSPHRASE, warnings="default")
    usable = seen["usable"]
    assert usable["loaded"] == ["iomed_desk.gui.main_window"] and not usable["qt_namespace"]
    assert usable["shown"] == ["mainWindow"]
    opened = seen["opened"]
    assert opened["workspace"] and opened["title"].startswith("harbour.iomed")
    assert {"sqlcipher3", "cryptography", "iomed_desk.store", "iomed_desk.app.case_session"} <= set(opened["loaded"])
    # the export layer (pyHanko, reportlab: ~0.5 s and ~50 MiB at 100,000 notes) waits for an export
    assert not {"pyhanko", "reportlab"} & set(opened["loaded"]), opened["loaded"]
    policy = opened["policy_at_import"]
    assert {"sqlcipher3", "iomed_desk.store", "iomed_desk.app.case_session"} <= set(policy)
    assert all(policy.values()), policy
    assert "DeprecationWarning" not in stderr, stderr


def test_the_start_page_settings_made_by_name_take_effect(qtbot, window) -> None:
    """The start page and menus set enum-valued properties by name (no `Qt` namespace at start-up): Qt
    would refuse a misspelt one silently, so each is read back; the hand cursor comes with the pointer."""
    page = window.start_page
    assert page.footer.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert page.recent_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.recent_list.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert page.demo_card.description.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    lock = window.menus.actions["file.lock"]
    assert lock.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert lock.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert window.menus.actions["file.new"].shortcut() == QKeySequence("Ctrl+Shift+N")
    assert not window.menus.actions["file.settings"].shortcut().isEmpty()
    for card in (page.new_card, page.open_card, page.demo_card):
        assert card.button.cursor().shape() == Qt.CursorShape.ArrowCursor
        card.enterEvent(QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
        assert card.button.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_the_start_page_shows_the_demo_passphrase_the_demo_is_written_with() -> None:
    from iomed_desk.app.demo import DEMO_PASSPHRASE as written_with

    assert written_with == DEMO_PASSPHRASE


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
