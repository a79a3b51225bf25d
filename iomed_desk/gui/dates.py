"""Times as the interface's locale writes them (QLocale), in the computer's time zone.

English keeps the "09 Mar 2026 14:05" form; Chinese gets "2026年3月9日 14:05" rather than an English
month or a month name wedged between day and year.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_text(moment: datetime | None, *, year: bool = True, seconds: bool = False) -> str:
    if moment is None:
        return ""
    when = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))  # local time
    locale = QLocale()
    clock = "HH:mm:ss" if seconds else "HH:mm"
    if locale.language() == QLocale.Language.Chinese:
        date = "yyyy年M月d日" if year else "M月d日"
    else:
        date = "dd MMM yyyy" if year else "dd MMM"
    return locale.toString(when, f"{date} {clock}")
