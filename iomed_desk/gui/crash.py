"""The one crash dialog: a bug happened; show what to copy, never the case's content.

Tracebacks name files and lines, not note text; the details are shown for the
user to copy by hand and are not written anywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

_suppress_dialog = False
reported: list[str] = []


def show_crash(details: str) -> None:
    reported.append(details)
    if _suppress_dialog or QApplication.instance() is None:
        return
    dlg = QDialog(QApplication.activeWindow())
    dlg.setWindowTitle("IOMed Desk — unexpected error")
    layout = QVBoxLayout(dlg)
    layout.addWidget(QLabel("Something went wrong inside IOMed Desk. Your saved work is safe in the case file.\n"
                            "If you report this, copy the details below (they contain no case content)."))
    text = QPlainTextEdit(details)
    text.setReadOnly(True)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    layout.addWidget(buttons)
    dlg.resize(640, 360)
    dlg.exec()
