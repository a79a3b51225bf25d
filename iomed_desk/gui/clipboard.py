"""Copying confidential text, like KeePassXC's Clipboard: marked secret, cleared after a countdown.

The copy is marked so clipboard managers and clipboard history leave it alone
(KDE's password-manager hint, the macOS concealed type, the Windows
exclude-from-monitoring and clipboard-history formats). It is cleared after the
countdown, on lock and on quit, but only while the clipboard still holds our
text: whatever the user copied since is left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
WIN_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
WIN_HISTORY = "CanIncludeInClipboardHistory"
WIN_CLOUD = "CanUploadToCloudClipboard"


def secret_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """Plain text plus the markers the platform's clipboard managers honour."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    if platform == "darwin":
        mime.setData(MAC_CONCEALED, text.encode("utf-8"))
    elif platform == "win32":
        mime.setData(WIN_EXCLUDE, b"1")
        mime.setData(WIN_HISTORY, b"\x00\x00\x00\x00")
        mime.setData(WIN_CLOUD, b"\x00\x00\x00\x00")
    return mime


class SecureClipboard(QObject):
    """The application's one clipboard writer for case content: `SecureClipboard.instance()`."""

    _instance: SecureClipboard | None = None

    def __init__(self) -> None:
        super().__init__()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @classmethod
    def instance(cls) -> SecureClipboard:
        if cls._instance is None:
            cls._instance = SecureClipboard()
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(cls._instance.clear_if_ours)
        return cls._instance

    def copy(self, text: str, seconds: int) -> None:
        QGuiApplication.clipboard().setMimeData(secret_mime(text))
        self.adopt(text, seconds)

    def adopt(self, text: str, seconds: int) -> None:
        """Start the countdown for text that a text widget has just put on the clipboard itself."""
        self._ours = text
        self._timer.start(max(1, seconds) * 1000)

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def seconds_left(self) -> int:
        return round(self._timer.remainingTime() / 1000) if self._timer.isActive() else 0

    def clear_if_ours(self) -> None:
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None
