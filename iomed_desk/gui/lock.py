"""What makes the case lock, and the screen shown while it is locked.

Three triggers, all ending in one `MainWindow.lock()` (which follows STYLE.md's
order): an app-wide inactivity filter, the panic shortcut Ctrl+Shift+L (also
caught by the filter, so it works even behind a modal dialog), and the
system's screen lock where Qt reports it. The inactivity lock is announced:
a countdown banner shows for the last 30 seconds, and any input puts it away.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    SLOT,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.gui.settings import Settings
from iomed_desk.gui.shortcuts import PANIC_SHORTCUT
from iomed_desk.gui.unlock_dialog import UnlockPanel

#: how long the countdown banner shows before the idle lock (at most half the idle time)
WARNING_SECONDS = 30

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


def clear_clipboard_if_ours() -> None:
    try:
        from iomed_desk.gui.clipboard import SecureClipboard
    except ImportError:
        return
    SecureClipboard.instance().clear_if_ours()


def close_open_dialogs(keep: QWidget | None = None) -> None:
    """Close popups and every visible dialog (their text may come from the case); `keep` stays."""
    for _ in range(10):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep:
            widget.reject()


def collect_leftovers() -> None:
    """Once the loop has deleted the workspace: free wrappers that kept some of its widgets alive in cycles."""
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _is_panic(event: QKeyEvent) -> bool:
    combo = event.keyCombination()
    return QKeySequence(combo) == QKeySequence(PANIC_SHORTCUT)


class IdleWatcher(QObject):
    """Restarts one single-shot timer on every input event in the application; `idle` fires when it runs out.

    Also watches for the panic key in every window, so a modal dialog cannot swallow it.
    """

    idle = Signal()
    panic = Signal()
    warning = Signal()            # the countdown to the idle lock has begun
    warning_cancelled = Signal()  # input came in time (or watching stopped)

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ran_out)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(self._warn)
        self._installed = False
        self._timed = False
        self.warning_shown = False
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        total = max(1, int(seconds)) * 1000
        self.set_interval_ms(total, min(WARNING_SECONDS * 1000, total // 2))

    def set_interval_ms(self, total_ms: int, warning_ms: int) -> None:
        """Lock after `total_ms` without input, the countdown showing for its last `warning_ms` (the
        settings give seconds; tests use this to wait less)."""
        self._timer.setInterval(max(1, total_ms))
        self._warn_timer.setInterval(max(0, total_ms - warning_ms))
        if self._timed:
            self._restart()

    def _restart(self) -> None:
        self._timer.start()
        self._warn_timer.start()
        self._cancel_warning()

    def _cancel_warning(self) -> None:
        if self.warning_shown:
            self.warning_shown = False
            self.warning_cancelled.emit()

    def _warn(self) -> None:
        self.warning_shown = True
        self.warning.emit()

    def _ran_out(self) -> None:
        self._warn_timer.stop()
        self._cancel_warning()
        self.idle.emit()

    @property
    def seconds(self) -> int:
        return self._timer.interval() // 1000

    def remaining_ms(self) -> int:
        """Time left before `idle` fires; -1 when not watching."""
        return self._timer.remainingTime()

    def start(self) -> None:
        """Watch from now on (a case is open)."""
        self._install()
        self._timed = True
        self._restart()

    def watch_panic_only(self) -> None:
        """No idle countdown, but the panic key still works (locked, with the joint screen left up)."""
        self._install()
        self._timed = False
        self._timer.stop()
        self._warn_timer.stop()
        self._cancel_warning()

    def _install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        self._timed = False
        self._timer.stop()
        self._warn_timer.stop()
        self._cancel_warning()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def watching(self) -> bool:
        return self._installed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _INPUT_EVENTS:
            if self._timed:
                self._restart()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _is_panic(event):
                # Consumed here; the lock runs on the next loop iteration, not inside this widget's event.
                event.accept()
                QTimer.singleShot(0, self.panic.emit)
                return True
        return False


class IdleCountdown(QFrame):
    """The banner before the idle lock: how many seconds are left and that any input keeps the case open."""

    def __init__(self, watcher: IdleWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleCountdown")
        self.setAccessibleName(self.tr("Idle lock countdown"))
        self.setStyleSheet("QFrame#idleCountdown { background: #fff3cd; border-bottom: 1px solid #e0c36a; }"
                           " QFrame#idleCountdown QLabel { color: #5c4400; font-weight: 600; }")
        self._watcher = watcher
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._label, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update)
        watcher.warning.connect(self._begin)
        watcher.warning_cancelled.connect(self._end)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def _begin(self) -> None:
        self._update()
        self.show()
        self._tick.start()

    def _end(self) -> None:
        self._tick.stop()
        self.hide()

    def _update(self) -> None:
        left = max(0, round(self._watcher.remaining_ms() / 1000))
        self._label.setText(self.tr("The case locks in %1 s for lack of activity — press any key or move the "
                                    "mouse to keep it open.").replace("%1", str(left)))


class SystemLockWatcher(QObject):
    """Emits `system_locked` when the platform says the screen locked or the app was suspended.

    Qt reports `Qt.ApplicationSuspended` on mobile-like platforms and some
    desktops; on a Linux desktop with a session bus, the freedesktop
    ScreenSaver's `ActiveChanged(true)` (a local D-Bus signal, no network) is
    watched too. Elsewhere the idle timer and the panic key remain.
    """

    system_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus: bool | None = None) -> None:
        """`session_bus`: watch the D-Bus screensaver (None: when there is a desktop session to watch)."""
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        if session_bus is None:
            session_bus = (sys.platform.startswith("linux") and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
                           and QGuiApplication.platformName() not in ("offscreen", "minimal"))
        self.dbus_connected = session_bus and self._connect_screensaver()

    @Slot(Qt.ApplicationState)
    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.system_locked.emit()

    def _connect_screensaver(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        ok = False
        for path, interface in (("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                                ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
                                ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            # Any sender: desktops differ in who emits it, and a stray signal can only lock the case.
            ok = bus.connect("", path, interface, "ActiveChanged", self,
                             SLOT("_on_screensaver(bool)")) or ok  # type: ignore[call-overload]  # str, as SLOT gives
        return ok

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.system_locked.emit()


class PadlockIcon(QWidget):
    """A padlock drawn in the palette's text colour (no font on every system has the emoji)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(44, 52)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        pen = QPen(colour, 4)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(10, 4, 24, 30), 0, 180 * 16)
        painter.drawLine(QPointF(10, 19), QPointF(10, 24))
        painter.drawLine(QPointF(34, 19), QPointF(34, 24))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(4, 22, 36, 28), 5, 5)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawEllipse(QPointF(22, 33), 3.5, 3.5)
        painter.drawRect(QRectF(20.5, 34, 3, 8))
        painter.end()


class LockScreen(QWidget):
    """Says the case is locked and asks for the passphrase again; names the file, never its content."""

    unlocked = Signal(object)
    close_requested = Signal()

    def __init__(self, path: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.path = Path(path)
        card = QFrame(self)
        card.setObjectName("card")
        card.setFixedWidth(440)
        icon = PadlockIcon(card)
        icon.setAccessibleName(self.tr("Locked"))
        title = QLabel(self.tr("This case is locked"), card)
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        where = QLabel(self.path.name, card)
        where.setObjectName("secondary")
        where.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        explanation = QLabel(self.tr("The case file is closed and nothing of it is left on screen. "
                                     "Enter the passphrase to continue where you left off."), card)
        explanation.setWordWrap(True)
        explanation.setObjectName("secondary")
        explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.panel = UnlockPanel(self.path, settings, use_remembered=False,
                                 cancel_text=self.tr("Close case"), parent=card)
        self.panel.unlocked.connect(self.unlocked)
        self.panel.cancelled.connect(self.close_requested)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 28)
        inner.setSpacing(10)
        inner.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(4)
        inner.addWidget(title)
        inner.addWidget(where)
        inner.addSpacing(6)
        inner.addWidget(explanation)
        inner.addSpacing(10)
        inner.addWidget(self.panel)
        row = QHBoxLayout()  # not an alignment flag: a box row passes the card's height-for-width on
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setFocusProxy(self.panel)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        self.panel.field.setFocus()
