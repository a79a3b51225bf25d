"""Page furniture for agreement PDFs: paragraph styles, the page canvas, signature boxes.

Kept apart from `render.py` so the story (what the agreement says) reads
separately from how a page is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

PAGE_SIZE = A4
MARGIN_X = 25 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 32 * mm

INK = colors.HexColor("#1b1f24")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#9aa3ad")


@dataclass(frozen=True)
class FieldPlacement:
    """Where a signature box was drawn: 0-based page and (llx, lly, urx, ury) in points."""

    field_name: str
    page_index: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class Furniture:
    """What every page repeats: running header, footer lines, and the last page's extra line."""

    header: str
    footer_left: str
    page_label: Callable[[int, int], str]
    fingerprint_line: str
    last_page_line: str
    font: str
    created: datetime


def styles(font: str) -> dict[str, ParagraphStyle]:
    """The document's paragraph styles; Chinese ones wrap per character (wordWrap CJK)."""
    base = ParagraphStyle("body", fontName=font, fontSize=10.2, leading=15.2, textColor=INK,
                          spaceAfter=5)
    made = {
        "body": base,
        "kicker": ParagraphStyle("kicker", base, fontSize=8.5, leading=11, textColor=MUTED,
                                 alignment=TA_CENTER, spaceAfter=6),
        "title": ParagraphStyle("title", base, fontSize=19, leading=25, textColor=ACCENT,
                                alignment=TA_CENTER, spaceAfter=14),
        "h1": ParagraphStyle("h1", base, fontSize=11.5, leading=15, textColor=ACCENT,
                             spaceBefore=14, spaceAfter=7, keepWithNext=1),
        "clause": ParagraphStyle("clause", base, fontSize=10.6, leading=15, textColor=ACCENT,
                                 leftIndent=26, bulletIndent=0, bulletFontName=font,
                                 bulletFontSize=10.6, spaceBefore=9, spaceAfter=4,
                                 keepWithNext=1),
        "text": ParagraphStyle("text", base, leftIndent=26, bulletIndent=0, bulletFontName=font,
                               bulletFontSize=7, bulletColor=MUTED),
        "meta": ParagraphStyle("meta", base, fontSize=9.5, leading=13.5, spaceAfter=0),
        "small": ParagraphStyle("small", base, fontSize=8, leading=11, textColor=MUTED,
                                spaceAfter=2),
        "party": ParagraphStyle("party", base, leftIndent=26, bulletIndent=0,
                                bulletFontName=font, spaceAfter=3),
    }
    for name in list(made):
        made[f"{name}-cjk"] = ParagraphStyle(f"{name}-cjk", made[name], wordWrap="CJK")
    return made


def style_for(sheet: dict[str, ParagraphStyle], name: str, language: str) -> ParagraphStyle:
    return sheet[f"{name}-cjk"] if language.startswith("zh") else sheet[name]


def pdf_date(moment: datetime) -> str:
    """A PDF date string for `moment`, in UTC so the bytes never depend on the local zone."""
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def make_canvas_class(furniture: Furniture) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "of y".

    Built per render (a closure, not a module global) so concurrent exports never
    share state.
    """

    class AgreementCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            stamp = pdf_date(furniture.created)
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return AgreementCanvas


def _draw_furniture(canvas: Canvas, furniture: Furniture, page: int, total: int) -> None:
    width, _height = PAGE_SIZE
    right = width - MARGIN_X
    canvas.saveState()
    canvas.setFillColor(MUTED)
    if page > 1:
        canvas.setFont(furniture.font, 7.5)
        canvas.drawRightString(right, PAGE_SIZE[1] - 15 * mm, furniture.header)
    top = 22 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, top, right, top)
    canvas.setFont(furniture.font, 7.5)
    canvas.drawString(MARGIN_X, top - 10, furniture.footer_left)
    canvas.drawRightString(right, top - 10, furniture.page_label(page, total))
    canvas.setFont(furniture.font, 6.4)
    canvas.drawString(MARGIN_X, top - 20, furniture.fingerprint_line)
    if page == total:
        canvas.drawString(MARGIN_X, top - 29, furniture.last_page_line)
    canvas.restoreState()


class SignatureBox(Flowable):
    """A framed box for one signature; records where it landed so a field can sit on it.

    For a paper signer the box carries a printed signature line; for a digital
    signer it stays empty, because the signature's own appearance fills it.
    """

    def __init__(self, width: float, height: float, field_name: str | None,
                 placements: dict[str, FieldPlacement], caption: str, font: str) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.field_name = field_name
        self.placements = placements
        self.caption = caption
        self.font = font

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.roundRect(0, 0, self.width, self.height, 2.5, stroke=1, fill=0)
        c.setFillColor(MUTED)
        c.setFont(self.font, 6.8)
        if self.field_name is None:
            c.setStrokeColor(INK)
            c.setLineWidth(0.5)
            c.line(10, 16, self.width - 10, 16)
            c.drawString(10, 7, self.caption)
        else:
            c.drawRightString(self.width - 4, 4, self.caption)
        c.restoreState()
        if self.field_name is not None:
            x0, y0 = c.absolutePosition(0, 0)
            x1, y1 = c.absolutePosition(self.width, self.height)
            box = (round(x0) + 1, round(y0) + 1, round(x1) - 1, round(y1) - 1)
            self.placements[self.field_name] = FieldPlacement(
                self.field_name, c.getPageNumber() - 1, box)
