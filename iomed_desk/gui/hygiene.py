"""Process hygiene at start-up: no core dumps, and windows kept out of screen capture where possible.

The process part (core dumps off, not dumpable) is app/process.py's, shared with the
command line; this module adds what only a window needs. What each platform can do
(also summarised in the About dialog's security note):

- Linux: `RLIMIT_CORE` 0 and `prctl(PR_SET_DUMPABLE, 0)`, so a crash writes no
  core file and other processes of the same user cannot ptrace or read
  `/proc/<pid>/mem`. X11 and Wayland offer an application no way to refuse
  screen capture; that is documented, not done.
- macOS: `RLIMIT_CORE` 0; windows get `NSWindowSharingNone` when pyobjc is
  installed (it is optional), so screenshots and screen sharing show them blank.
  Without pyobjc the windows can be captured.
- Windows: every top-level window gets `SetWindowDisplayAffinity(hwnd,
  WDA_EXCLUDEFROMCAPTURE)` when it is shown (Windows 10 2004 and later; older
  versions fall back to `WDA_MONITOR`, which shows the window black). Windows has
  no core-dump rlimit; Windows Error Reporting is a system policy.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from iomed_desk.app.process import harden, is_dumpable

__all__ = ["CaptureGuard", "HygieneReport", "harden_process", "install_capture_guard", "is_dumpable"]

WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


@dataclass
class HygieneReport:
    """What was actually done, so About and the tests can say so rather than assume."""

    core_dumps_disabled: bool = False
    not_dumpable: bool = False
    capture_exclusion: str = "not available on this platform"
    notes: list[str] = field(default_factory=list)


def harden_process() -> HygieneReport:
    """Call first thing in `main`, before any case is opened."""
    done = harden()
    report = HygieneReport(core_dumps_disabled=done.core_dumps_disabled, not_dumpable=done.not_dumpable,
                           notes=list(done.notes))
    t = QCoreApplication.translate
    if sys.platform == "win32":
        report.capture_exclusion = t("Hygiene", "Windows display affinity (WDA_EXCLUDEFROMCAPTURE)")
    elif sys.platform == "darwin":
        report.capture_exclusion = (t("Hygiene", "macOS window sharing type: none") if _has_pyobjc()
                                    else t("Hygiene", "not available: install pyobjc to exclude windows from capture"))
    else:
        report.capture_exclusion = t("Hygiene", "not available: X11 and Wayland let any client capture the screen")
    return report


def _has_pyobjc() -> bool:
    try:
        import objc  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def _exclude_from_capture(window: QWidget) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        hwnd = int(window.winId())
        if not user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
            user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR)
    elif sys.platform == "darwin" and _has_pyobjc():  # pragma: no cover - macOS only
        with contextlib.suppress(Exception):
            import objc  # type: ignore[import-not-found]

            view = objc.objc_object(c_void_p=int(window.winId()))
            view.window().setSharingType_(NS_WINDOW_SHARING_NONE)


class CaptureGuard(QObject):
    """App-wide event filter: each top-level window, when first shown, is excluded from screen capture."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = sys.platform == "win32" or (sys.platform == "darwin" and _has_pyobjc())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (self.active and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow()):
            _exclude_from_capture(watched)
        return False


def install_capture_guard(app: QApplication) -> CaptureGuard:
    """Installed only where it can act, so other platforms pay nothing per event."""
    guard = CaptureGuard(app)
    if guard.active:
        app.installEventFilter(guard)
    return guard
