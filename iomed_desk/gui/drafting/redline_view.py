"""The redline between two versions: word-level insertions and deletions, moved, added and removed clauses.

Marks never rely on colour alone: insertions are underlined, deletions struck
through, and every clause that changed carries a written badge. The same
document, legend included, is what prints, so a paper redline reads the same
as the screen. The comparison runs on the thread pool; drawing is cheap.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from iomed_desk.core.drafting import DraftVersion
from iomed_desk.core.model import LANGUAGES
from iomed_desk.core.redline import ClauseChange, ClauseStatus, FieldDiff, Op, Redline
from iomed_desk.gui.drafting.look import format_time

INSERT_STYLE = "color:#17603a; background-color:#e1f1e5; text-decoration:underline;"
DELETE_STYLE = "color:#9f2a2f; background-color:#f9e3e3; text-decoration:line-through;"
BADGES = {  # status -> (text colour, background, accent bar)
    "added": ("#17603a", "#e1f1e5", "#2f8a55"),
    "removed": ("#9f2a2f", "#f9e3e3", "#c0444a"),
    "moved": ("#4f3f94", "#ebe7f7", "#6f5fc0"),
    "changed": ("#7a5200", "#faefd6", "#c79a2e"),
    "unchanged": ("#5f6b7a", "#eef0f3", "#d9dde3"),
}
RULE = '<p style="font-size:6pt; margin:0;">&nbsp;</p>'
SERIF = "'Source Serif 4', Charter, Georgia, 'DejaVu Serif', 'Noto Serif CJK SC', 'WenQuanYi Micro Hei', serif"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Redline", text)


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def segments_html(diff: FieldDiff | None) -> str:
    if diff is None:
        return ""
    parts = []
    for seg in diff.segments:
        if seg.op is Op.EQUAL:
            parts.append(_text(seg.text))
        else:
            style = INSERT_STYLE if seg.op is Op.INSERT else DELETE_STYLE
            parts.append(f'<span style="{style}">{_text(seg.text)}</span>')
    return "".join(parts)


def badge(kind: str, text: str) -> str:
    fg, bg, _bar = BADGES[kind]
    return (f'<span style="color:{fg}; background-color:{bg}; font-family:sans-serif; font-size:small; '
            f'font-weight:600;">&nbsp;{html.escape(text)}&nbsp;</span>')


def _badges(change: ClauseChange) -> list[str]:
    out = []
    if change.status is ClauseStatus.ADDED:
        out.append(badge("added", _tr("ADDED")))
    elif change.status is ClauseStatus.REMOVED:
        out.append(badge("removed", _tr("REMOVED")))
    if change.moved:
        out.append(badge("moved", _tr("MOVED from § %1").replace("%1", str((change.old_index or 0) + 1))))
    if change.changed and change.status not in (ClauseStatus.ADDED, ClauseStatus.REMOVED):
        out.append(badge("changed", _tr("CHANGED")))
    return out


def clause_html(change: ClauseChange, languages: tuple[str, ...]) -> str:
    number = (f"§ {change.new_index + 1}" if change.new_index is not None
              else _tr("former § %1").replace("%1", str((change.old_index or 0) + 1)))
    kind = "moved" if change.moved and not change.changed else change.status.value
    bar = BADGES[kind][2]
    columns = []
    for lang in languages:
        label = (f'<p style="font-family:sans-serif; font-size:small; color:#6b7480; margin:0;">'
                 f'{html.escape(LANGUAGES.get(lang, lang).upper())}</p>' if len(languages) > 1 else "")
        columns.append(
            f'<td valign="top" width="{100 // len(languages)}%">{label}'
            f'<p style="margin-top:2px; margin-bottom:4px; font-weight:600;">'
            f'{segments_html(change.field(lang, "heading"))}</p>'
            f'<p style="margin-top:0; font-family:{SERIF};">{segments_html(change.field(lang, "body"))}</p></td>')
    head = (f'<p style="margin:0 0 4px 0; font-family:sans-serif; color:#3c4450;"><b>{number}</b>&nbsp;&nbsp;'
            + "&nbsp;".join(_badges(change)) + "</p>")
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:14px;"><tr>'
            f'<td width="4" bgcolor="{bar}"></td><td width="12"></td><td>{head}'
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"<td width=18></td>".join(columns)}'
            f'</tr></table></td></tr></table>')


def legend_html() -> str:
    return (f'<span style="{INSERT_STYLE}">{html.escape(_tr("inserted words"))}</span> &nbsp; '
            f'<span style="{DELETE_STYLE}">{html.escape(_tr("deleted words"))}</span> &nbsp; '
            + " &nbsp; ".join(badge(k, t) for k, t in (("moved", _tr("MOVED")), ("added", _tr("ADDED")),
                                                       ("removed", _tr("REMOVED")), ("changed", _tr("CHANGED")))))


def redline_html(draft_name: str, old: DraftVersion, new: DraftVersion, red: Redline,
                 changes_only: bool = False) -> str:
    """The whole redline as one document: title, what was compared, legend, summary, clauses."""
    counts = red.summary
    words = {"changed": _tr("%1 changed"), "moved": _tr("%1 moved"), "added": _tr("%1 added"),
             "removed": _tr("%1 removed")}
    summary = ", ".join(text.replace("%1", str(counts[name])) for name, text in words.items())
    meta = (_tr("Version %1 (%2) compared with version %3 (%4)")
            .replace("%1", str(new.number)).replace("%2", format_time(new.created_at))
            .replace("%3", str(old.number)).replace("%4", format_time(old.created_at)))
    note = f'<p style="margin:2px 0;">{_tr("Note")}: <i>{_text(new.change_note)}</i></p>' if new.change_note else ""
    shown = [c for c in red.changes if not changes_only or c.status is not ClauseStatus.UNCHANGED]
    body = "".join(clause_html(c, new.languages) for c in shown) or (
        f'<p style="color:#6b7480;">{html.escape(_tr("No differences between these versions."))}</p>')
    return (f'<html><body style="font-family:{SERIF}; color:#1f2630;">'
            f'<p style="font-family:sans-serif; font-size:small; color:#6b7480; margin:0;">'
            f'{html.escape(_tr("REDLINE · MEDIATOR’S COPY"))}</p>'
            f'<h2 style="font-family:sans-serif; margin:2px 0 4px 0;">{html.escape(draft_name)}</h2>'
            f'<div style="font-family:sans-serif; font-size:small; color:#3c4450;"><p style="margin:2px 0;">'
            f'{html.escape(meta)}</p>{note}<p style="margin:2px 0;">{html.escape(_tr("Changes"))}: '
            f'{html.escape(summary)}</p><p style="margin:6px 0 14px 0;">{html.escape(_tr("Legend"))}: '
            f'{legend_html()}</p></div>{RULE}{body}</body></html>')


class RedlineView(QWidget):
    """A read-only redline document; `ready` fires when a comparison has been drawn."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("redlineDocument")
        self.browser.setAccessibleName(self.tr("Redline between two versions"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.redline: Redline | None = None
        self._html = ""

    def show_redline(self, draft_name: str, old: DraftVersion, new: DraftVersion, red: Redline,
                     changes_only: bool = False) -> None:
        self.redline = red
        self._html = redline_html(draft_name, old, new, red, changes_only)
        self.browser.setHtml(self._html)
        self.ready.emit()

    def show_message(self, text: str) -> None:
        self.redline = None
        self._html = ""
        self.browser.setHtml(f'<p style="color:#6b7480; font-family:sans-serif;">{html.escape(text)}</p>')

    def html(self) -> str:
        return self._html

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def print_to(self, printer: QPrinter) -> None:
        """Print the redline as shown (legend included), laid out for the printer's page."""
        doc = QTextDocument()
        doc.setHtml(self._html)
        doc.setDocumentMargin(0)
        doc.print_(printer)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print redline"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def wipe(self) -> None:
        self.redline = None
        self._html = ""
        self.browser.clear()
        self.browser.clearHistory()
        self.browser.document().clearUndoRedoStacks()
