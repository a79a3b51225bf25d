"""A PNG line chart drawn with Qt's QPainter on a QImage (offscreen), log-log axes.

Kept to what the benchmark report needs: a few series of (x, y) points, a
dashed target line, labelled ticks and a legend. No matplotlib.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Series:
    label: str
    points: Sequence[tuple[float, float]]
    colour: str
    dashed: bool = False


def _app():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def _ticks(low: float, high: float) -> list[float]:
    out = []
    for exp in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        for m in (1, 2, 5):
            v = m * 10 ** exp
            if low <= v <= high:
                out.append(v)
    return out


def _label(v: float) -> str:
    if v >= 1000:
        return f"{v / 1000:g}k" if v < 1_000_000 else f"{v / 1_000_000:g}M"
    return f"{v:g}"


def line_chart(path: Path, title: str, x_label: str, y_label: str, series: Sequence[Series],
               target: tuple[str, float] | None = None, size: tuple[int, int] = (900, 560)) -> None:
    app = _app()
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    left, right, top, bottom = 78, 210, 48, 62
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    xs = [x for s in series for x, _ in s.points]
    ys = [y for s in series for _, y in s.points if y > 0] + ([target[1]] if target else [])
    x_low, x_high = min(xs) / 1.5, max(xs) * 1.5
    y_low, y_high = min(ys) / 1.6, max(ys) * 1.6

    def px(x: float) -> float:
        return plot.left() + (math.log10(x) - math.log10(x_low)) / (math.log10(x_high) - math.log10(x_low)) * plot.width()

    def py(y: float) -> float:
        return plot.bottom() - (math.log10(y) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low)) * plot.height()

    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    p.setFont(font)
    grid = QPen(QColor("#e3e3e3"))
    p.setPen(QPen(QColor("#333333")))
    bold = QFont(font)
    bold.setPixelSize(16)
    bold.setBold(True)
    p.setFont(bold)
    p.drawText(QRectF(0, 8, width, 30), Qt.AlignmentFlag.AlignHCenter, title)
    p.setFont(font)
    for v in _ticks(y_low, y_high):
        y = py(v)
        p.setPen(grid)
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QPen(QColor("#333333")))
        p.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   _label(v))
    for v in sorted({x for s in series for x, _ in s.points}):
        x = px(v)
        p.setPen(grid)
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(QPen(QColor("#333333")))
        p.drawText(QRectF(x - 40, plot.bottom() + 6, 80, 18), Qt.AlignmentFlag.AlignHCenter, _label(v))
    p.setPen(QPen(QColor("#333333"), 1.2))
    p.drawRect(plot)
    p.drawText(QRectF(plot.left(), height - 28, plot.width(), 20), Qt.AlignmentFlag.AlignHCenter, x_label)
    p.save()
    p.translate(18, plot.center().y())
    p.rotate(-90)
    p.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 20), Qt.AlignmentFlag.AlignHCenter, y_label)
    p.restore()
    legend_y = plot.top() + 4
    if target:
        pen = QPen(QColor("#c0392b"), 1.6, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), py(target[1])), QPointF(plot.right(), py(target[1])))
    for s in series:
        pen = QPen(QColor(s.colour), 2.4, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        pts = [QPointF(px(x), py(y)) for x, y in s.points if y > 0]
        for a, b in zip(pts, pts[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(QColor(s.colour))
        for pt in pts:
            p.drawEllipse(pt, 3.5, 3.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawLine(QPointF(plot.right() + 14, legend_y + 9), QPointF(plot.right() + 40, legend_y + 9))
        p.setPen(QPen(QColor("#333333")))
        p.drawText(QRectF(plot.right() + 46, legend_y, right - 50, 36), Qt.TextFlag.TextWordWrap, s.label)
        legend_y += 40
    if target:
        p.setPen(QPen(QColor("#c0392b"), 1.6, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.right() + 14, legend_y + 9), QPointF(plot.right() + 40, legend_y + 9))
        p.setPen(QPen(QColor("#333333")))
        p.drawText(QRectF(plot.right() + 46, legend_y, right - 50, 36), Qt.TextFlag.TextWordWrap, target[0])
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    del app
