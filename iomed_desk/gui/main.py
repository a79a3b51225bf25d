"""Starting the desktop application: process hygiene first, then Qt, then the main window.

`iomed-desk` (no arguments) and `iomed-desk gui [CASE]` both end up in `main`.
`--smoke` opens the start window offscreen, paints it once and exits 0: a
packaging check that needs no display.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from iomed_desk import __version__
from iomed_desk.core.errors import UserError
from iomed_desk.gui import i18n, messages
from iomed_desk.gui.display_check import display_problem, release_probe
from iomed_desk.gui.hygiene import HygieneReport, harden_process, install_capture_guard
from iomed_desk.gui.settings import LANGUAGE, Settings
from iomed_desk.gui.style import STYLE_SHEET
from iomed_desk.warnings_policy import quiet_third_party_deprecations

APP_NAME = "IOMed Desk"

def configure_application(app: QCoreApplication) -> None:
    """Names, the INI settings format in the user's config folder, and the look; tests call this too."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APP_NAME)
        app.setStyle("Fusion")
        app.setStyleSheet(STYLE_SHEET)
        app.setProperty("iomedStylePalette", app.palette().cacheKey())


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A `UserError` that escaped a slot is shown as a message; anything else is a bug: the crash dialog."""
    if isinstance(value, UserError):
        messages.error(QApplication.activeWindow(), value.message)
        return
    from iomed_desk.gui.crash import show_crash

    show_crash("".join(traceback.format_exception(kind, value, tb)))


def install_excepthook() -> None:
    sys.excepthook = _excepthook


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="iomed-desk gui", description="The IOMed Desk window.")
    parser.add_argument("case", nargs="?", type=Path, help="open this case file's unlock dialog at once")
    parser.add_argument("--smoke", action="store_true", help="open the start window offscreen, paint it, exit")
    return parser.parse_args(argv)


def build_window(settings: Settings, case: Path | None = None, report: HygieneReport | None = None):  # type: ignore[no-untyped-def]
    """The main window, shown, with `case`'s unlock dialog open if given."""
    from iomed_desk.gui.main_window import MainWindow

    window = MainWindow(settings, capture_note=report.capture_exclusion if report else "")
    window.show()
    if case is not None:
        window.open_path(case)
    return window


def main(argv: list[str] | None = None) -> int:
    quiet_third_party_deprecations()
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    report = harden_process()
    if args.smoke and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if QApplication.instance() is None and (problem := display_problem()):
        print(f"iomed-desk: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    release_probe()
    assert isinstance(app, QApplication)
    configure_application(app)  # first: it names the settings file
    settings = Settings()
    i18n.with_cjk_fallback(app, i18n.register_fonts())
    i18n.install_translator(app, settings.get(LANGUAGE))
    install_capture_guard(app)
    install_excepthook()
    window = build_window(settings, None if args.smoke else args.case, report)
    if args.smoke:
        image = window.grab()
        window.hide()  # not close(): a smoke run leaves no window geometry in the user's settings
        window.deleteLater()
        return 0 if not image.isNull() and image.width() > 0 else 1
    QTimer.singleShot(0, window.raise_)
    from iomed_desk.gui.main_window import WARM_UP_MS, warm_up

    QTimer.singleShot(WARM_UP_MS, warm_up)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
