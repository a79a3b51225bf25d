"""The application's style sheet, and re-applying it when the system palette changes.

Kept apart from `main` (which sets it at start-up) so the main window can
refresh it without importing the start-up module.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

#: palette-relative, so the same rules read well in a light or a dark palette
STYLE_SHEET = """
QLabel#appTitle { font-size: 30px; font-weight: 600; }
QLabel#subtitle { font-size: 15px; color: palette(placeholder-text); }
QLabel#pageTitle { font-size: 20px; font-weight: 600; }
QLabel#dialogHeading { font-size: 17px; font-weight: 600; }
QLabel#sectionHeading { font-size: 13px; font-weight: 600; color: palette(placeholder-text); }
QLabel#secondary, QLabel#hint { color: palette(placeholder-text); }
QLabel#footnote { font-size: 12px; color: palette(placeholder-text); }
QLabel#errorMessage { color: #c0392b; }
QFrame#partyRow { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }
QFrame#card, QFrame#actionCard { background: palette(base); border: 1px solid palette(midlight); border-radius: 10px; }
QPushButton#bigButton, QPushButton#primaryBigButton {
    font-size: 15px; padding: 10px 18px; border-radius: 6px;
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text); }
QPushButton#bigButton:hover { border-color: palette(highlight); }
QPushButton#primaryBigButton { background: #1f6f8b; color: white; border: 1px solid #1a5f77; }
QPushButton#primaryBigButton:hover { background: #23809f; }
QPushButton#bigButton:focus, QPushButton#primaryBigButton:focus { border: 2px solid palette(highlight); }
QPushButton#bigButton:disabled { color: palette(placeholder-text); }
QListWidget#recentList { border: 1px solid palette(midlight); border-radius: 8px; padding: 4px;
                         background: palette(base); }
QListWidget#recentList::item { padding: 7px 10px; border-radius: 5px; }
QWidget#unlockPanel QLineEdit { padding: 7px 9px; border: 1px solid palette(mid); border-radius: 6px;
                                background: palette(base); }
QWidget#unlockPanel QLineEdit:focus { border-color: palette(highlight); }
QPushButton#primaryButton, QPushButton#secondaryButton { padding: 7px 18px; border-radius: 6px; }
QPushButton#primaryButton { background: #1f6f8b; color: white; border: 1px solid #1a5f77; }
QPushButton#primaryButton:hover { background: #23809f; }
QPushButton#primaryButton:disabled { background: palette(midlight); color: palette(placeholder-text);
                                     border-color: palette(midlight); }
QPushButton#secondaryButton { border: 1px solid palette(mid); background: palette(button); }
QPushButton#primaryButton:focus, QPushButton#secondaryButton:focus { border: 2px solid palette(highlight); }
QProgressBar { border: none; background: palette(midlight); border-radius: 3px; }
QProgressBar::chunk { background: palette(highlight); border-radius: 3px; }
"""


def refresh_style_sheet() -> None:
    """Once per application palette: style sheets resolve palette() colours when they are set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    key = QApplication.palette().cacheKey()
    if app.property("iomedStylePalette") in (None, key):  # None: the palette the sheet was first set with
        app.setProperty("iomedStylePalette", key)
        return
    app.setProperty("iomedStylePalette", key)
    sheet = app.styleSheet()
    app.setStyleSheet("")
    app.setStyleSheet(sheet)
    app.setProperty("iomedStylePalette", QApplication.palette().cacheKey())
