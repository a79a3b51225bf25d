"""The negotiation dance (issue 17, item 1): each party's communicated moves on one issue over time.

Drawn with QPainter from `OffersDesk.moves(issue, audience)`: the mediator's view or what one party
may see (the page passes the audience's moves, so a party's view never has a move it may not see;
private figures are never moves). One line per party in its colour, a dot per move (filled for an
offer, ringed for a demand), figures on the vertical axis, the order of the moves on the horizontal
one (sessions are hours or weeks apart; the order is what matters).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from iomed_desk.core.model import Case
from iomed_desk.core.offers import Kind, Move, NegotiationIssue, format_figure


def _t(text: str) -> str:
    return QCoreApplication.translate("OffersChart", text)


class OffersChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offersChart")
        self.setAccessibleName(_t("Negotiation dance chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)
        self.issue: NegotiationIssue | None = None
        self.lines: list[tuple[str, QColor, list[Move]]] = []
        self.caption = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 240)

    def show_moves(self, case: Case, issue: NegotiationIssue | None, moves: dict[str, list[Move]],
                   caption: str) -> None:
        """Draw `moves` (party id -> its moves, oldest first) for `issue`; `caption` says whose view it is."""
        self.issue, self.caption = issue, caption
        names = {p.id: (p.name, QColor(p.colour)) for p in case.parties}
        self.lines = [(names[pid][0], names[pid][1], list(ms)) for pid, ms in moves.items() if ms and pid in names]
        count = sum(len(ms) for _n, _c, ms in self.lines)
        self.setAccessibleDescription(QCoreApplication.translate("OffersChart", "%n move(s) charted", "", count))
        self.update()

    def clear(self) -> None:
        self.issue, self.lines, self.caption = None, [], ""
        self.setAccessibleDescription("")
        self.update()

    def _label(self, value: Decimal) -> str:
        issue = self.issue
        return format_figure(value, issue.unit, issue.currency) if issue else str(value)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlpha(60)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = QFontMetrics(self.font())
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, fm.height()), Qt.AlignmentFlag.AlignLeft, self.caption)
        painter.save()
        painter.setPen(faint.darker(300) if faint.lightness() > 128 else faint.lighter(300))
        caption_width = fm.horizontalAdvance(self.caption) + 24
        painter.drawText(QRectF(caption_width, 4, max(self.width() - caption_width - 8, 0), fm.height()),
                         Qt.AlignmentFlag.AlignRight, _t("filled: offer, ring: demand; in the order made"))
        painter.restore()
        moves = [m for _n, _c, ms in self.lines for m in ms]
        if not moves:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _t("No communicated moves on this issue yet"))
            return
        low, high = min(m.figure for m in moves), max(m.figure for m in moves)
        if low == high:
            low, high = low - (abs(low) / 10 or 1), high + (abs(high) / 10 or 1)
        labels = [self._label(v) for v in (high, (low + high) / 2, low)]
        left = 14 + max(fm.horizontalAdvance(s) for s in labels)
        legend_h = fm.height() + 8
        area = QRectF(left, 10 + fm.height() + 6, self.width() - left - 18,
                      self.height() - (10 + fm.height() + 6) - legend_h - 14)
        order = sorted({(m.at, m.offer_id) for m in moves})
        index = {oid: i for i, (_at, oid) in enumerate(order)}
        steps = max(len(order) - 1, 1)

        def point(m: Move) -> QPointF:
            x = area.left() + area.width() * (index[m.offer_id] / steps if len(order) > 1 else 0.5)
            y = area.bottom() - area.height() * float((m.figure - low) / (high - low))
            return QPointF(x, y)

        painter.setPen(QPen(faint, 1))
        for i, label in enumerate(labels):
            y = area.top() + area.height() * i / 2
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.save()
            painter.setPen(text)
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 8, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.restore()
        x = area.left()
        for name, colour, ms in self.lines:
            painter.setPen(QPen(colour, 2.5))
            points = [point(m) for m in ms]
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            for m, p in zip(ms, points, strict=True):
                painter.setBrush(colour if m.kind is Kind.OFFER else pal.color(QPalette.ColorRole.Base))
                painter.drawEllipse(p, 4.5, 4.5)
            painter.setBrush(colour)
            ly = self.height() - legend_h / 2 - 4
            painter.drawEllipse(QPointF(x + 5, ly), 5, 5)
            painter.setPen(text)
            painter.drawText(QPointF(x + 15, ly + fm.ascent() / 2 - 1), name)
            x += 15 + fm.horizontalAdvance(name) + 22
