"""About IOMed Desk: version, what the application promises, and the licences of what it is built on."""

from __future__ import annotations

import html
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from iomed_desk import __version__

#: (component, licence) for everything shipped with or loaded by the application
LICENCES: tuple[tuple[str, str], ...] = (
    ("IOMed Desk", "Apache License 2.0"),
    ("Qt 6 and PySide6 (Qt for Python)", "GNU LGPL v3"),
    ("SQLCipher and sqlcipher3", "BSD-style (Zetetic LLC) / zlib"),
    ("SQLite", "public domain"),
    ("cryptography", "Apache License 2.0 or BSD"),
    ("reportlab", "BSD"),
    ("pyHanko and pyhanko-certvalidator", "MIT"),
    ("keyring", "MIT"),
    ("markdown-it-py", "MIT"),
    ("WenQuanYi Micro Hei font", "Apache License 2.0"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, capture_note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About IOMed Desk"))
        self.setObjectName("aboutDialog")
        title = QLabel(self.tr("IOMed Desk"), self)
        title.setObjectName("pageTitle")
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setObjectName("secondary")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr("A desk for mediators: caucus notes kept apart for each party, disclosure only "
                               "with the consents the case's rules require, in one encrypted case file. "
                               "It opens no network connection, ever."), self)
        blurb.setWordWrap(True)
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(licence)}</td></tr>"
                       for name, licence in LICENCES)
        runtime = self.tr("Python {py}, Qt {qt}, PySide6 {pyside}").format(
            py=sys.version.split()[0], qt=qVersion(), pyside=pyside_version)
        details = QTextBrowser(self)
        details.setObjectName("licences")
        details.setAccessibleName(self.tr("Licences"))
        details.setOpenLinks(False)
        details.setHtml(
            f"<p><b>{html.escape(self.tr('Licences'))}</b></p><table>{rows}</table>"
            f"<p>{html.escape(runtime)}</p>"
            + (f"<p><b>{html.escape(self.tr('Screen capture'))}</b><br>{html.escape(capture_note)}</p>"
               if capture_note else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(version)
        layout.addSpacing(6)
        layout.addWidget(blurb)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)
