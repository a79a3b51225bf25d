"""Markdown rendered for reading, with no way out to the network or the file system.

markdown-it-py runs with raw HTML disabled and images turned into plain links,
and the browser follows no link and loads no resource: a note can never make
the application open a URL or read a file.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable

from markdown_it import MarkdownIt
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from iomed_desk.gui.clipboard import SecureClipboard, secret_mime

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_md.enable(["table", "strikethrough"])
_md.disable(["image"])

STYLE = """
h1 { font-size: 1.45em; font-weight: 600; margin: 0.6em 0 0.3em 0; }
h2 { font-size: 1.25em; font-weight: 600; margin: 0.6em 0 0.3em 0; }
h3 { font-size: 1.1em; font-weight: 600; margin: 0.5em 0 0.2em 0; }
p { margin: 0 0 0.6em 0; }
li { margin: 0 0 0.2em 0; }
blockquote { margin: 0.4em 1.2em; font-style: italic; }
code { font-family: monospace; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; }
"""


def render(text: str) -> str:
    """Markdown to HTML; raw HTML in the text is shown as text, never interpreted."""
    return _md.render(text)


def escape(text: str) -> str:
    return html.escape(text, quote=True)


class MarkdownView(QTextBrowser):
    """A read-only rendered view. Links are shown but never followed; no resource is ever loaded."""

    def __init__(self, parent: QWidget | None = None, *, copy_seconds: Callable[[], int] = lambda: 30) -> None:
        super().__init__(parent)
        self.copy_seconds = copy_seconds
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)

    def show_markdown(self, text: str) -> None:
        self.setHtml(render(text))

    def blank(self) -> None:
        """Drop the text and anything the document may still hold of it."""
        self.clear()
        self.document().clearUndoRedoStacks()

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        return None

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        text = self.textCursor().selection().toPlainText()
        SecureClipboard.instance().adopt(text, self.copy_seconds())
        return secret_mime(text, sys.platform)
