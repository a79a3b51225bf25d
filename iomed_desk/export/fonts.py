"""The one embedded font of exported agreements.

WenQuanYi Micro Hei covers Latin and CJK (Simplified and Traditional), so one
font keeps a bilingual agreement consistent and fully embedded: the PDF renders
the same on a reader without Chinese fonts installed.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from importlib.resources import as_file, files
from typing import Any, TypeVar

from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = files("iomed_desk.resources").joinpath("fonts", "wqy-microhei.ttc")

#: Chinese full-width punctuation that must not begin a line (reportlab's own list is
#: Japanese-centred and lacks the full-width comma, semicolon, colon and closing marks).
_CHINESE_CANNOT_START = "\uff0c\uff1b\uff1a\uff01\uff1f\u300b\u3009\u300f\u3011\u2019\u201d"

# reportlab's font registry is per process; registering is idempotent but not atomic.
_lock = threading.Lock()
# reportlab keeps each document's subset of a TrueType font inside the one shared TTFont object
# (TTFont.state, keyed by document), which is not thread-safe: two PDFs built at once on worker
# threads can fail with a KeyError. Every PDF drawn with the font is drawn under this lock.
_drawing = threading.RLock()

_F = TypeVar("_F", bound=Callable[..., Any])


def one_drawing_at_a_time(function: _F) -> _F:
    """Decorator for every function that builds a PDF with reportlab and the bundled font."""

    @functools.wraps(function)
    def serialised(*args: Any, **kwargs: Any) -> Any:
        with _drawing:
            return function(*args, **kwargs)

    return serialised  # type: ignore[return-value]


def ensure_font() -> str:
    """Register the font with reportlab once per process and return its name.

    The font has no bold or italic faces; every style maps to the regular face,
    so `<b>` in a paragraph never falls back to a non-embedded font.
    """
    with _lock:
        _teach_chinese_line_breaking()
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            with as_file(FONT_FILE) as path:  # reportlab reads the whole file while registering
                pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


def _teach_chinese_line_breaking() -> None:
    """Extend reportlab's "cannot start a line" set with Chinese punctuation.

    Its two CJK wrappers look the set up as a module global at wrap time; adding to
    it only ever keeps a mark on the line it closes, so it is safe process-wide.
    """
    for module in (rl_textsplit, rl_paragraph):
        current = module.ALL_CANNOT_START
        missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing
