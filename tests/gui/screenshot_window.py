"""The main window for the pictures in docs/screenshots: made after the language's translator (so its
menus speak it), a case open, at 1024x700; torn down and the interface back in English afterwards.
The pictures go to docs/screenshots when IOMED_SCREENSHOTS is set, else to the test's own folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication

from iomed_desk.app.opening import unlock
from iomed_desk.gui.i18n import install_translator, register_fonts
from iomed_desk.gui.main_window import MainWindow
from iomed_desk.gui.settings import Settings
from tests.gui.conftest import flush_events

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@contextlib.contextmanager
def case_window(settings: Settings, case: Path, passphrase: str, language: str,
                tmp_path: Path) -> Iterator[tuple[MainWindow, Path]]:
    """(the window with `case` open in `language` at 1024x700, the folder the pictures go to)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    register_fonts()
    install_translator(app, language)
    target = SHOTS if os.environ.get("IOMED_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings)
    window.show()
    try:
        assert window.adopt(unlock(case, passphrase), window.tr("Case opened"))
        window.resize(1024, 700)
        yield window, target
    finally:
        window.close()
        window.deleteLater()
        flush_events()
        install_translator(app, "en")
