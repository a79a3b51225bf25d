"""The main window's conventions: menus and standard shortcuts, status bar, geometry, About, dark palette,
accessible names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextBrowser, QWidget

from iomed_desk import __version__
from iomed_desk.gui.about import LICENCES, AboutDialog
from iomed_desk.gui.lock import LockScreen
from iomed_desk.gui.main_window import MainWindow
from iomed_desk.gui.new_case_wizard import NewCaseWizard
from iomed_desk.gui.settings import WINDOW_GEOMETRY, Settings
from iomed_desk.gui.settings_dialog import SettingsDialog
from iomed_desk.gui.unlock_dialog import UnlockDialog
from tests.gui.conftest import open_case
from tests.gui.process_helpers import accept_attendance

Key = QKeySequence.StandardKey


def _menu_texts(window: MainWindow, menu: str) -> list[str]:
    return [a.text() for a in window.menus.menus[menu].actions() if not a.isSeparator()]


def test_menus_and_standard_shortcuts(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Case", "&Session", "&View", "&Help"]
    actions = window.menus.actions
    assert actions["file.open"].shortcut() == QKeySequence(Key.Open)
    assert actions["file.quit"].shortcut() == QKeySequence(Key.Quit)
    assert actions["file.close"].shortcut() == QKeySequence(Key.Close)
    assert actions["file.lock"].shortcut() == QKeySequence("Ctrl+Shift+L")
    assert not actions["file.settings"].shortcut().isEmpty()
    assert "&Backup…" in _menu_texts(window, "file") and "Change &passphrase…" in _menu_texts(window, "file")
    for key in ("file.backup", "file.passphrase", "file.lock", "file.close"):
        assert not actions[key].isEnabled(), key
    assert _menu_texts(window, "case") == ["New note", "Delete note", "Disclose…", "Signatories…", "Place and time zone…",
                                             "Export and sign the agreement…", "Attest after paper signatures…",
                                             "&Impartiality record…", "P&rocess"]
    assert not any(a.isEnabled() for a in window.menus.menus["case"].actions())


def test_an_open_case_fills_the_menus_and_closing_empties_them(qtbot, window, case_file: Path) -> None:
    open_case(window, case_file)
    attached = window.menus.attached
    assert set(attached) == {"note.new", "note.delete", "note.disclose", "session.joint", "session.caucus",
                             "session.end", "search", "view.joint_screen", "edit.copy_secure", "agreement.export",
                             "case.signatories", "case.place", "exhibit.import", "session.attendance"}
    assert attached["note.new"].shortcut() == QKeySequence(Key.New)
    assert attached["search"].shortcut() == QKeySequence(Key.Find)
    assert attached["note.new"] in window.menus.menus["case"].actions()
    assert attached["session.caucus"].menu() is not None
    assert window.menus.actions["file.lock"].isEnabled()
    attached["session.joint"].trigger()
    accept_attendance(qtbot)
    assert window.statusBar().currentMessage() == "Joint session started"
    window.close_case()
    assert window.menus.attached == {}
    assert _menu_texts(window, "session") == ["Start joint session", "Start caucus with", "End session",
                                              "Attendance…"]
    assert window.windowTitle() == "IOMed Desk"


def test_window_title_names_the_file_not_the_case(window, case_file: Path) -> None:
    open_case(window, case_file)
    assert window.windowTitle() == f"{case_file.name} — IOMed Desk"


def test_geometry_is_restored(qtbot, settings: Settings) -> None:
    first = MainWindow(settings)
    first.show()
    first.setGeometry(QRect(40, 50, 720, 500))  # the offscreen screen is 800x600
    first.close()
    assert settings.get(WINDOW_GEOMETRY)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 500)
    first.deleteLater()


def test_about_names_the_version_and_licences(qtbot, window) -> None:
    window.menus.actions["help.about"].trigger()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
    text = about.findChild(QTextBrowser, "licences").toPlainText()
    assert all(name in text and licence in text for name, licence in LICENCES)
    assert any(__version__ in label.text() for label in about.findChildren(QLabel))
    about.reject()


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#1e1f22"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#26282c"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#2d3035"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6"), (QPalette.ColorRole.Mid, "#4a4d52"),
                         (QPalette.ColorRole.Midlight, "#3a3d42"), (QPalette.ColorRole.Highlight, "#3d7fa0")):
        palette.setColor(role, QColor(colour))
    return palette


def _mean_lightness(widget: QWidget) -> float:
    image = widget.grab().toImage()
    step = 7
    values = [QColor(image.pixel(x, y)).lightness()
              for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(values) / len(values)


def test_works_in_a_dark_palette(qtbot, window, case_file: Path) -> None:
    app = QApplication.instance()
    original = app.palette()
    try:
        app.setPalette(_dark_palette())  # as when the system turns dark while the window is open
        qtbot.wait(1)
        assert _mean_lightness(window) < 80
        page = window.start_page
        title = page.findChild(QWidget, "appTitle")
        assert title.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        open_case(window, case_file)
        window.lock()
        assert _mean_lightness(window.lock_screen) < 90
    finally:
        app.setPalette(original)


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name (no accessible name, no text of their own)."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) or w.focusPolicy() == w.focusPolicy().NoFocus or isinstance(w, QLabel):
            continue
        if type(w).__name__ in ("QScrollBar", "QSplitterHandle") or w.objectName().startswith("qt_"):
            continue
        named = bool(w.accessibleName()) or (isinstance(w, QAbstractButton) and bool(w.text().strip("&")))
        if not named:
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def test_controls_have_accessible_names(qtbot, window, settings: Settings, case_file: Path) -> None:
    assert unnamed_controls(window.start_page) == []
    for dialog in (UnlockDialog(case_file, settings), SettingsDialog(settings), NewCaseWizard(settings),
                   LockScreen(case_file, settings)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        if isinstance(dialog, NewCaseWizard):
            for page_id in dialog.pageIds()[1:]:
                dialog.page(page_id).show()
                assert unnamed_controls(dialog.page(page_id)) == [], type(dialog.page(page_id)).__name__


def test_verify_pdf_is_in_the_file_menu_without_a_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.gui.verify_dialog import VerifyDialog


    assert "&Verify PDF…" in _menu_texts(window, "file")
    window.menus.actions["file.verify"].trigger()
    dialogs = [w for w in window.findChildren(VerifyDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
