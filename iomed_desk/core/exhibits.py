"""Exhibits (issue 18): documents kept in the case file as channel items, streamed in chunks.

The domain half, without I/O: what an exhibit is, which files are accepted (the media type is
sniffed from the bytes, never taken from the name), the limits that keep an import bounded in
memory and time, and the labels. The store keeps the bytes in chunks (store/exhibits.py); the app
streams a file in (app/exhibits.py) through a `Sniffer` and a SHA-256 fed chunk by chunk.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput, UserError

#: bytes per stored chunk: big enough that a 200 MB file is 800 rows, small enough to hold one at a time
CHUNK = 256 * 1024
#: the default per-file cap (a case setting)
DEFAULT_CAP = 500 * 1000 * 1000
#: the most text kept per exhibit for search and for showing DOCX/XLSX as text
MAX_TEXT = 2 * 1000 * 1000
MAX_LABEL = 40
MAX_NAME = 255


class MediaType(StrEnum):
    PDF = "application/pdf"
    PNG = "image/png"
    JPEG = "image/jpeg"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    TEXT = "text/plain; charset=utf-8"

    @property
    def short(self) -> str:
        return _SHORT[self]

    @property
    def is_ooxml(self) -> bool:
        return self in (MediaType.DOCX, MediaType.XLSX)


_SHORT = {MediaType.PDF: "PDF", MediaType.PNG: "PNG", MediaType.JPEG: "JPEG", MediaType.DOCX: "DOCX",
          MediaType.XLSX: "XLSX", MediaType.TEXT: "text"}

#: the main part each OOXML kind declares in [Content_Types].xml
OOXML_MAIN = {
    MediaType.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    MediaType.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}


class ExhibitRefused(UserError):
    """A file that cannot become an exhibit (its type, its size, it changed while read, a zip bomb)."""


@dataclass(frozen=True)
class ExhibitFile:
    """One revision of an exhibit's file: what the store keeps beside its chunks."""

    number: int
    name: str
    media_type: MediaType
    size: int
    sha256: str
    created_at: datetime
    author: str


@dataclass(frozen=True)
class Exhibit:
    """An exhibit as one audience sees it: the item, and the file revision that audience may see
    (the current one by its channel, the one consented to through a disclosure)."""

    id: str
    channel: Channel
    label: str
    produced_by: str
    session_id: str | None
    file: ExhibitFile
    current_revision: int

    @property
    def name(self) -> str:
        return self.file.name

    @property
    def sha256(self) -> str:
        return self.file.sha256

    @property
    def size(self) -> int:
        return self.file.size

    @property
    def media_type(self) -> MediaType:
        return self.file.media_type

    @property
    def revision(self) -> int:
        return self.file.number


_LABEL = re.compile(r"^[\w][\w .\-/()]*$")


def clean_label(label: str) -> str:
    """A label like "C-12" or "R-3": short, printable, one line."""
    text = " ".join(label.split())
    if not text:
        raise InvalidInput("An exhibit needs a label (for example C-12).")
    if len(text) > MAX_LABEL or not _LABEL.match(text):
        raise InvalidInput(f"An exhibit's label is up to {MAX_LABEL} letters, digits, spaces and . - / ( ).")
    return text


def clean_name(name: str) -> str:
    """The file's name as shown (no folder, no control characters)."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base:
        raise InvalidInput("An exhibit needs a file name.")
    return base[:MAX_NAME]


def format_size(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= 10 * scale or (unit != "kB" and size >= scale):
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def check_size(size: int, cap: int) -> None:
    if size > cap:
        raise ExhibitRefused(f"This file is {format_size(size)}; an exhibit may be at most {format_size(cap)} "
                             "(the case's limit).")
    if size == 0:
        raise ExhibitRefused("This file is empty.")


class Sniffer:
    """The media type from the bytes as they stream past (fed chunk by chunk, in order).

    PDF, PNG and JPEG by their signatures; a ZIP is a candidate DOCX/XLSX, decided later from its
    [Content_Types].xml (`ooxml_kind`); anything else must be UTF-8 text from its first to its last
    byte (control characters other than tab, line and page breaks refuse it).
    """

    _TEXT_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")

    def __init__(self) -> None:
        self.kind: MediaType | None = None
        self.is_zip = False
        self._pending = b""
        self._decided = False
        self._decoder: codecs.IncrementalDecoder | None = None

    def feed(self, chunk: bytes) -> None:
        if not self._decided:
            self._pending += chunk
            if len(self._pending) < 16:
                return
            chunk, self._pending = self._pending, b""
            self._decide(chunk[:16])
        if self._decoder is not None:
            self._text(chunk)

    def _decide(self, head: bytes) -> None:
        self._decided = True
        if head.startswith(b"%PDF-"):
            self.kind = MediaType.PDF
        elif head.startswith(b"\x89PNG\r\n\x1a\n"):
            self.kind = MediaType.PNG
        elif head.startswith(b"\xff\xd8\xff"):
            self.kind = MediaType.JPEG
        elif head.startswith(b"PK\x03\x04"):
            self.is_zip = True
        else:
            self.kind = MediaType.TEXT
            self._decoder = codecs.getincrementaldecoder("utf-8")("strict")

    def _text(self, chunk: bytes) -> None:
        assert self._decoder is not None
        if self._TEXT_CONTROL.search(chunk):
            raise _unsupported()
        try:
            self._decoder.decode(chunk, final=False)
        except UnicodeDecodeError:
            raise _unsupported() from None

    def finish(self) -> MediaType | None:
        """The kind once every byte was fed (None for a ZIP: the caller decides it from its parts)."""
        if not self._decided:
            chunk, self._pending = self._pending, b""
            self._decide(chunk)
            if self._decoder is not None:
                self._text(chunk)
        if self._decoder is not None:
            try:
                self._decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                raise _unsupported() from None
            self._decoder = None
        return self.kind


def _unsupported() -> ExhibitRefused:
    return ExhibitRefused("This file is not one IOMed Desk keeps as an exhibit: PDF, PNG, JPEG, DOCX, XLSX "
                          "or UTF-8 text.")


def unsupported() -> ExhibitRefused:
    return _unsupported()


def ooxml_kind(content_types: bytes) -> MediaType:
    """DOCX or XLSX from a package's [Content_Types].xml (its main part's declared type)."""
    for kind, main in OOXML_MAIN.items():
        if main.encode() in content_types:
            return kind
    raise _unsupported()
