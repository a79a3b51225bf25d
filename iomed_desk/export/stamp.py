"""The visible stamp inside a signature box, drawn by reportlab with the embedded agreement font.

pyHanko's own text stamps use a non-embedded Courier (the file could not be
PDF/A, and a Chinese name would not show), and its embedded-font path needs
fontTools and HarfBuzz. So the stamp is drawn here, with reportlab (which
subsets and embeds WenQuanYi Micro Hei), as a one-page PDF exactly the size of
the box, and pyHanko imports that page as the appearance's only content.
The stamp says who signed, when by their own clock (there is no time-stamp
authority) at the seat's time with its UTC offset, and whether the certificate was issued in the room, in the agreement's
language (its first, read from the catalogue's /Lang, which the renderer sets).
Deterministic: the same signer, time and box give the same bytes.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from cryptography import x509
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.layout import (
    AxisAlignment,
    BoxConstraints,
    InnerScaling,
    Margins,
    SimpleBoxLayoutRule,
)
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.identity import common_name, is_in_room

INK = (0.12, 0.23, 0.37)
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_SIZE, _MIN_SIZE, _PAD = 7.0, 4.0, 2.0


#: what a stamp says, in the agreement's language (the first, for a two-language agreement)
_WORDS = {
    "en": ("Digitally signed by {name}", "signer's clock, no time-stamp authority", "certificate issued in the room"),
    "zh-Hans": ("数字签名人：{name}", "签名人本机时间，无时间戳服务", "证书于调解现场签发"),
    "zh-Hant": ("數碼簽署人：{name}", "簽署人本機時間，無時間戳服務", "證書於調解現場簽發"),
}


def stamp_lines(cert: x509.Certificate, signed_at: datetime, language: str = "en") -> tuple[str, ...]:
    """What the stamp says, line by line, in `language` (English for any language it does not know)."""
    signed_by, clock, in_room = _WORDS.get(language, _WORDS["en"])
    lines = [signed_by.format(name=common_name(cert)), stamp_time(signed_at), clock]
    if is_in_room(cert):
        lines.append(in_room)
    return tuple(lines)


def stamp_time(signed_at: datetime) -> str:
    """The signing time as the clock of its zone read it, with that zone's UTC offset:
    "2026-12-07 17:30:00 UTC+08:00" (the seat's time when the signer passed the seat's zone)."""
    offset = signed_at.utcoffset()
    if offset is None:
        raise ValueError("a stamp needs an aware signing time")
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{signed_at.strftime(TIME_FORMAT)} UTC{sign}{hours:02d}:{mins:02d}"


def document_language(catalogue: object) -> str:
    """The agreement's (first) language, as its renderer wrote it in the catalogue's /Lang; "en" if none."""
    try:
        return str(catalogue["/Lang"])  # type: ignore[index]
    except (KeyError, TypeError):
        return "en"


@one_drawing_at_a_time
def stamp_pdf(lines: tuple[str, ...], width: float, height: float) -> bytes:
    """A one-page PDF of `width` x `height` points with `lines` drawn to fit, font embedded."""
    font = ensure_font()
    inner = max(width - 2 * _PAD, 1.0)
    size = _SIZE
    widest = max(stringWidth(line, font, _SIZE) for line in lines)
    if widest > inner:
        size = max(_MIN_SIZE, _SIZE * inner / widest)
    leading = size * 1.25
    size = min(size, (height - 2 * _PAD) / (len(lines) * 1.25)) if height > 2 * _PAD else size
    leading = size * 1.25
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=font)
    canvas.setFillColorRGB(*INK)
    y = height - _PAD - size
    for line in lines:
        canvas.setFont(font, size)
        fitted = line
        while fitted and stringWidth(fitted, font, size) > inner:
            fitted = fitted[:-2] + "…"
        canvas.drawString(_PAD, y, fitted)
        y -= leading
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class _ImportedPage(PdfContent):
    """The first page of a PDF held in memory, as a form XObject (pyHanko's own reads a file)."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self._pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(self._pdf)), page_ix=0)
        self.resources.xobject["/Stamp"] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/Stamp Do"


def stamp_style(cert: x509.Certificate, signed_at: datetime, box: tuple[float, float],
                language: str = "en") -> StaticStampStyle:
    """pyHanko's appearance for a box of `box` = (width, height): the reportlab page, unscaled."""
    width, height = box
    return StaticStampStyle(
        background=_ImportedPage(stamp_pdf(stamp_lines(cert, signed_at, language), width, height)),
        background_opacity=1.0,
        border_width=0,
        background_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN,
                                              y_align=AxisAlignment.ALIGN_MIN,
                                              margins=Margins(), inner_content_scaling=InnerScaling.NO_SCALING),
    )
