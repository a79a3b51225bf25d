"""The bundled CJK font is a fallback only: Latin text is drawn in the system's sans font, Chinese in
WenQuanYi where the primary font has no glyphs.

Checked by what Qt actually draws: the font each glyph run of a label's text resolves to (QTextLayout's
glyph runs and their QRawFont), and a grab of the label, where a Latin '…' must sit on the baseline
(the bottom of its dots level with the bottom of an 'x'), as Latin typography sets it, not raised
to mid-height as the CJK font draws it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from iomed_desk.gui import i18n

LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell", "Arial", "Helvetica", "Segoe UI")


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font as main() sets it up (system font, then the shipped CJK fallback); restored after."""
    before = QApplication.font()
    i18n.with_cjk_fallback(qapp, i18n.register_fonts())
    yield QApplication.font()
    QApplication.setFont(before)


def run_families(text: str, font: QFont) -> set[str]:
    """The families of the fonts Qt draws `text` with (one glyph run per font used)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def label(qtbot, text: str, point_size: float = 28) -> QLabel:  # type: ignore[no-untyped-def]
    widget = QLabel(text)
    font = widget.font()
    font.setPointSizeF(point_size)
    widget.setFont(font)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.setContentsMargins(6, 6, 6, 6)
    qtbot.addWidget(widget)
    widget.adjustSize()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ink_rows(image: QImage, x0: int, x1: int) -> list[int]:
    """Rows holding a dark pixel between columns x0 and x1."""
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(max(0, x0), min(image.width(), x1)))]


def latin_font_present() -> bool:
    return any(f in QFontDatabase.families() for f in LATIN_FAMILIES)


def test_latin_text_is_not_drawn_in_the_cjk_font(qtbot, app_font: QFont) -> None:  # type: ignore[no-untyped-def]
    cjk = i18n.register_fonts()
    assert cjk == "WenQuanYi Micro Hei"
    if not latin_font_present():
        pytest.skip("no Latin sans font on this system")
    widget = label(qtbot, "Settlement Agreement…")
    assert QFontInfo(widget.font()).family() != cjk
    assert cjk not in run_families("Settlement Agreement… “quoted” 27.5m", widget.font())
    assert cjk in widget.font().families()  # still there, as the fallback


def test_the_ellipsis_sits_on_the_baseline(qtbot, app_font: QFont) -> None:  # type: ignore[no-untyped-def]
    if not latin_font_present():
        pytest.skip("no Latin sans font on this system")
    widget = label(qtbot, "x…")
    image = widget.grab().toImage()
    x_width = widget.fontMetrics().horizontalAdvance("x")
    left = widget.contentsRect().left()
    x_rows = ink_rows(image, left, left + x_width)
    dots = ink_rows(image, left + x_width + 1, image.width())
    assert x_rows and dots
    assert abs(max(dots) - max(x_rows)) <= 1, f"the dots end at row {max(dots)}, the baseline is row {max(x_rows)}"
    assert len(dots) <= (max(x_rows) - min(x_rows) + 1) // 2  # dots, not a mid-height row of dots over the x


def test_chinese_still_renders_in_the_shipped_font(qtbot, app_font: QFont) -> None:  # type: ignore[no-untyped-def]
    text = "和解協議 Settlement"
    widget = label(qtbot, text)
    families = run_families(text, widget.font())
    has_other_cjk = any(f for f in QFontDatabase.families()
                        if QFontDatabase.writingSystems(f).count(QFontDatabase.WritingSystem.TraditionalChinese)
                        and f != i18n.register_fonts())
    assert i18n.register_fonts() in families or has_other_cjk
    image = widget.grab().toImage()
    chinese_width = widget.fontMetrics().horizontalAdvance("和解協議")
    left = widget.contentsRect().left()
    assert len(ink_rows(image, left, left + chinese_width)) > widget.fontMetrics().height() // 3
