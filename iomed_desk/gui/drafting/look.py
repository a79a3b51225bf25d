"""How the drafting desk looks, in one place its views and dialogs all use.

The colours, the stance marks, the one-line clause summary, the local time and
the sizing of dialogs with wrapped text. A leaf module: it imports no other
part of the desk, so any of them can use it without an import circle.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from iomed_desk.core.tabling import Stance
from iomed_desk.gui.dates import local_text

ACCENT = "#2d5b88"
SELECTED_TINT = "#e4ecf4"

#: stance -> (mark, text colour, cell background); the mark and word carry the meaning, colour helps
STANCE_LOOK: dict[Stance | None, tuple[str, str, str]] = {
    Stance.ACCEPT: ("✓", "#1d6b3c", "#e3f2e7"),
    Stance.REJECT: ("✗", "#a12d33", "#f9e4e4"),
    Stance.RESERVE: ("?", "#8a5d00", "#fbf0d6"),
    None: ("—", "#8a93a0", ""),
}


def stance_label(stance: Stance | None) -> str:
    return QCoreApplication.translate("Stances", {
        Stance.ACCEPT: "Accept", Stance.REJECT: "Reject", Stance.RESERVE: "Reserve", None: "No position"}[stance])


def channel_note_style(colour: str) -> str:
    """A note in a channel's colour: a bar on the left and a faint tint of the same colour."""
    c = QColor(colour)
    return (f"QLabel#channelNote {{ border: 0px; border-left: 4px solid {colour}; padding: 6px 10px; "
            f"background: rgba({c.red()}, {c.green()}, {c.blue()}, 0.08); }}")


def fit_to_width(dialog: QDialog, width: int) -> None:
    """Size a dialog for its wrapped labels: Qt does not apply height-for-width to top-level windows."""
    layout = dialog.layout()
    height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else 0
    dialog.setMinimumSize(width, max(height, dialog.minimumSizeHint().height()))
    dialog.resize(width, dialog.minimumHeight())


def first_line(text: str, limit: int = 140) -> str:
    """The text on one line, cut to `limit` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def format_time(moment: datetime) -> str:
    """Local time in the interface's locale (gui/dates.py)."""
    return local_text(moment)
