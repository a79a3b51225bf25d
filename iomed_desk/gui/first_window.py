"""The window painted before the case layers are loaded: the start page, at once.

The main window's module imports the case and app layers (sqlcipher3, the
cryptography package), which take longer to load than Qt takes to paint.
So the process first shows this window, which looks like the main window's
start page and imports none of them, and on the next event-loop turn the main
window is built, put where this one is, shown, and this one goes. A choice made
on this page in between (a click, a key) is passed on, not lost.

Nothing here touches PySide's `Qt` namespace before the first paint: its ~90 enums are built as
Python enums on first access, which costs a fifth of a bare window's whole start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from iomed_desk.gui.settings import WINDOW_GEOMETRY, Settings
from iomed_desk.gui.start_window import StartPage

#: the main window's menu titles (its menus' own context, so they read the same in every language)
MENU_TITLES = ("&File", "&Edit", "&Case", "&Session", "&View", "&Help")


class FirstWindow(QMainWindow):
    """The start page and empty menus where the main window will be; remembers what was asked of it."""

    painted = Signal()  # once, after the window was first painted

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstWindow")
        self.setWindowTitle(self.tr("IOMed Desk"))
        self.start_page = StartPage(settings, self, first_paint=True)
        self.setCentralWidget(self.start_page)
        for title in MENU_TITLES:
            self.menuBar().addMenu(QCoreApplication.translate("MainMenus", title)).setEnabled(False)
        self.statusBar().setSizeGripEnabled(True)
        saved = settings.get(WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1280, 800)
        #: what the person asked for before the main window was ready: (start-page signal name, argument)
        self.asked: list[tuple[str, str | None]] = []
        self._painted = False
        page = self.start_page
        page.new_case_requested.connect(lambda: self.asked.append(("new_case_requested", None)))
        page.open_case_requested.connect(lambda: self.asked.append(("open_case_requested", None)))
        page.demo_requested.connect(lambda: self.asked.append(("demo_requested", None)))
        page.open_path_requested.connect(lambda path: self.asked.append(("open_path_requested", path)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def hand_over(self, window: QMainWindow, start_page: StartPage, show: Callable[[], None]) -> None:
        """Put `window` where this one is, `show` it, pass on what was asked here, and go.

        Without `windowState()`, whose value is a `Qt` enum: the usable window reads no `Qt` namespace either.
        """
        if self.isMaximized() or self.isFullScreen():
            window.restoreGeometry(self.saveGeometry())  # the state, and the normal geometry to go back to
        else:
            window.setGeometry(self.geometry())
        show()
        if self.isMinimized():
            window.showMinimized()
        self.hide()
        for name, argument in self.asked:
            signal = getattr(start_page, name)
            if argument is None:
                signal.emit()
            else:
                signal.emit(argument)
        self.asked.clear()
        self.deleteLater()
