"""Settings as one typed table over QSettings: key, default, type, description.

Preferences and file paths only; never content, never secrets. The table is
the only place a setting is named, so a scan of the settings file can be
checked against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", int, bool, str, list)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type
    description: str


IDLE_LOCK_SECONDS = Setting("lock/idle_seconds", 300, int, "Lock the case after this many seconds without input.")
CLIPBOARD_SECONDS = Setting("clipboard/clear_seconds", 30, int, "Clear copied caucus text after this many seconds.")
SECURE_ROOM = Setting("room/secure_room_mode", False, bool,
                      "Secure-room mode: never use the keyring, keep no list of recent cases.")
JOINT_SCREEN_DISPLAY = Setting("room/joint_screen_display", "", str,
                               "Name of the display for the joint screen (empty: a second display if any).")
IDLE_KEEPS_JOINT_SCREEN = Setting("lock/idle_keeps_joint_screen", True, bool,
                                  "When the idle lock comes during a joint session, leave the joint screen's text up "
                                  "(joint material only); the panic lock always blanks it.")
RECENT_CASES = Setting("files/recent_cases", [], list, "Paths of recently opened case files (never in secure-room mode).")
LAST_FOLDER = Setting("files/last_folder", "", str, "The folder last used to open or create a case.")
LANGUAGE = Setting("ui/language", "", str, "Interface language (empty: follow the system); applied on restart.")
WINDOW_GEOMETRY = Setting("ui/window_geometry", "", str, "Main window geometry (base64), no content.")
SIDEBAR_SHOWN = Setting("ui/sidebar_shown", True, bool,
                        "Show the case sidebar (Ctrl+Shift+B folds it away on a small screen).")
REMEMBERED_CASES = Setting("files/remembered_cases", [], list,
                           "'<case id>=<path>' for cases whose key is in the OS keyring (ids and paths, never keys).")
AUDIT_HEADS = Setting("integrity/audit_heads", [], list,
                      "'<case id>=<seq>:<hash>': the newest audit-chain head seen of each case, to flag a case file "
                      "rolled back or swapped for an older copy (ids and hashes, never content; kept in secure-room "
                      "mode too).")

ALL: tuple[Setting[Any], ...] = (IDLE_LOCK_SECONDS, IDLE_KEEPS_JOINT_SCREEN, CLIPBOARD_SECONDS, SECURE_ROOM, JOINT_SCREEN_DISPLAY,
                                 RECENT_CASES, LAST_FOLDER, LANGUAGE, WINDOW_GEOMETRY, REMEMBERED_CASES,
                                 AUDIT_HEADS)
MAX_RECENT = 8


class Settings:
    """Typed access over one `QSettings`, created on first use (after the application set its names and paths).

    Writes are not synced one by one: QSettings writes the file from the event
    loop (its atomic save fsyncs, tens of milliseconds that the GUI thread should
    not pay per value); `flush` writes now, on quit.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings

    def _store(self) -> QSettings:
        if self._q is None:
            self._q = QSettings()
        return self._q

    def flush(self) -> None:
        self._store().sync()

    def get(self, setting: Setting[T]) -> T:
        raw = self._store().value(setting.key, setting.default)
        try:
            if setting.kind is bool:
                return (raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")) # type: ignore[return-value]
            if setting.kind is int:
                return int(raw)  # type: ignore[return-value]
            if setting.kind is list:
                if raw is None or raw == "":
                    return []  # type: ignore[return-value]
                return [str(v) for v in (raw if isinstance(raw, list) else [raw])]  # type: ignore[return-value]
            return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes {setting.kind.__name__}")
        self._store().setValue(setting.key, value)

    def add_recent(self, path: str) -> None:
        if self.get(SECURE_ROOM):
            return
        recent = [p for p in self.get(RECENT_CASES) if p != path]
        self.set(RECENT_CASES, [path, *recent][:MAX_RECENT])

    def recent(self) -> list[str]:
        return [] if self.get(SECURE_ROOM) else self.get(RECENT_CASES)
