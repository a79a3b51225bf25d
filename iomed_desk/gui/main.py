"""Starting the desktop application: process hygiene first, then Qt, then the first window, then the rest.

`iomed-desk` (no arguments) and `iomed-desk gui [CASE]` both end up in `main`.
The start window is painted before the case and app layers are imported
(`FirstWindow`: nothing on that path loads sqlcipher3 or cryptography); once it
has been painted, the next event-loop turn builds the main window in its place,
still without them: they come with the first case opened (or `warm_up`, a
moment later), the warnings policy first (main_window.load_case_layers).
`--smoke` does all of that offscreen, grabbing both windows, and exits 0: a
packaging check that needs no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace, TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from iomed_desk import __version__
from iomed_desk.core.errors import UserError
from iomed_desk.gui import i18n
from iomed_desk.gui.display_check import display_problem, release_probe
from iomed_desk.gui.first_window import FirstWindow
from iomed_desk.gui.hygiene import HygieneReport, harden_process, install_capture_guard
from iomed_desk.gui.settings import LANGUAGE, Settings
from iomed_desk.gui.style import STYLE_SHEET

if TYPE_CHECKING:
    import argparse

APP_NAME = "IOMed Desk"
#: if the first window is never painted (started minimised), the main window is built after this anyway
TAKE_OVER_LATEST_MS = 1000
#: called with "first_paint" and "usable" as start-up reaches them (benchmarks/bench_startup.py listens)
MILESTONES: list[Callable[[str], None]] = []


def _milestone(name: str) -> None:
    for hook in MILESTONES:
        hook(name)

#: Qt's own command-line option: the application is made with the Fusion style, so no Python
#: QStyle object (and its ~40 enums) is built before the first paint, as `setStyle` would
STYLE_ARGUMENTS = ["-style", "Fusion"]


def configure_application(app: QCoreApplication, *, fusion: bool = False) -> None:
    """Names, the INI settings format in the user's config folder, and the look; tests call this too.

    `fusion`: the application was made with `STYLE_ARGUMENTS`, so the style is set already.
    """
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APP_NAME)
        if not fusion:
            app.setStyle("Fusion")
        app.setStyleSheet(STYLE_SHEET)
        app.setProperty("iomedStylePalette", app.palette().cacheKey())
        from iomed_desk.gui.collector import collect_on_gui_thread

        collect_on_gui_thread(app)  # cycles are collected on the GUI thread, never on a worker


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A `UserError` that escaped a slot is shown as a message; anything else is a bug: the crash dialog."""
    import traceback

    if isinstance(value, UserError):
        from iomed_desk.gui import messages

        messages.error(QApplication.activeWindow(), value.message)
        return
    from iomed_desk.gui.crash import show_crash

    show_crash("".join(traceback.format_exception(kind, value, tb)))


def cjk_at_first_paint(settings: Settings) -> bool:
    """Whether the start window shows Chinese when first painted: a Chinese interface, or a recent
    case whose name or folder is not plain ASCII. Otherwise the shipped CJK font (6 ms to register)
    waits until after the first paint (`Launch.take_over`)."""
    language = i18n.language_for(settings.get(LANGUAGE), QLocale.system())
    if language != "en":
        return True
    return any(not path.isascii() for path in settings.recent())


def use_cjk_font(app: QApplication) -> None:
    """Register the shipped CJK font and make it the application font's fallback (once is enough)."""
    i18n.with_cjk_fallback(app, i18n.register_fonts())


def install_excepthook() -> None:
    sys.excepthook = _excepthook


def parse_args(argv: list[str]) -> SimpleNamespace | argparse.Namespace:
    """`[case] [--smoke]`: the usual command lines are read here; argparse (its parser and gettext's
    catalogue lookups, ~4 ms before the first paint) only for anything else, --help and errors."""
    paths = [a for a in argv if a != "--smoke"]
    if len(paths) <= 1 and not any(a.startswith("-") for a in paths):
        return SimpleNamespace(case=Path(paths[0]) if paths else None, smoke="--smoke" in argv)
    import argparse

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


class Launch:
    """The first window now; once it has been painted, on the next event-loop turn, the main window."""

    def __init__(self, settings: Settings, case: Path | None = None, report: HygieneReport | None = None, *,
                 smoke: bool = False) -> None:
        self.settings, self.case, self.report, self.smoke = settings, case, report, smoke
        self.first: FirstWindow | None = FirstWindow(settings)
        self.window = None  # the MainWindow, once built
        self.result = 0
        self.first.painted.connect(self._painted)

    def start(self) -> None:
        assert self.first is not None
        self.first.show()
        if self.smoke:
            image = self.first.grab()  # paints it now (offscreen there is no screen to wait for)
            self.result = 0 if not image.isNull() and image.width() > 0 else 1
        QTimer.singleShot(TAKE_OVER_LATEST_MS, self.take_over)

    def _painted(self) -> None:
        _milestone("first_paint")
        QTimer.singleShot(0, self.take_over)

    def take_over(self) -> None:
        """Build the main window where the first one is and show it instead; the case layers (and the
        warnings policy before them) come with the first case opened or `warm_up` (main_window.py)."""
        first, self.first = self.first, None
        if first is None:
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and not i18n.fonts_registered():
            use_cjk_font(app)
        from iomed_desk.gui.main_window import WARM_UP_MS, MainWindow, warm_up

        window = MainWindow(self.settings, capture_note=self.report.capture_exclusion if self.report else "")
        self.window = window
        first.hand_over(window, window.start_page, window.show)
        if self.smoke:
            image = window.grab()
            window.hide()  # not close(): a smoke run leaves no window geometry in the user's settings
            window.deleteLater()
            if image.isNull() or image.width() <= 0:
                self.result = 1
            _milestone("usable")
            QApplication.exit(self.result)
            return
        window.activateWindow()
        _milestone("usable")
        if self.case is not None:
            window.open_path(self.case)
        QTimer.singleShot(WARM_UP_MS, warm_up)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    report = harden_process()
    if args.smoke and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if QApplication.instance() is None and (problem := display_problem()):
        print(f"iomed-desk: {problem}", file=sys.stderr)
        return 2
    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0] if sys.argv else APP_NAME, *STYLE_ARGUMENTS])
    release_probe()
    assert isinstance(app, QApplication)
    configure_application(app, fusion=existing is None)  # first: it names the settings file
    settings = Settings()
    i18n.install_translator(app, settings.get(LANGUAGE))
    if cjk_at_first_paint(settings):
        use_cjk_font(app)
    install_capture_guard(app)
    install_excepthook()
    launch = Launch(settings, None if args.smoke else args.case, report, smoke=args.smoke)
    launch.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
