"""The text of an exhibit, for the search index and for showing DOCX/XLSX as text (issue 18).

Read from the stored chunks (a seekable `ChunkReader`), never from a copy: PDF text with pypdf (a
page at a time, at most `MAX_PAGES` pages and `MAX_TEXT` characters); DOCX paragraphs and XLSX
cells parsed as a stream of XML events. A PDF whose text cannot be read is kept and indexed as no
text. A ZIP is checked before anything is decompressed: its central directory's size and entry
count, each part's declared size and compression ratio and the total (a zip bomb is refused, not
unpacked); XML parts must be UTF-8 without a DOCTYPE (so no entity can be declared, let alone
expanded), and each is read at most `MAX_PART` bytes.
"""

from __future__ import annotations

import contextlib
import logging
import struct
import zipfile
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree import ElementTree

from iomed_desk.core.exhibits import MAX_TEXT, ExhibitRefused, MediaType, ooxml_kind, unsupported

MAX_PAGES = 5000
MAX_ENTRIES = 10_000
MAX_DIRECTORY = 8 * 1024 * 1024
#: the most bytes read out of one XML part, and the most any one part or all may declare
MAX_PART = 64 * 1024 * 1024
MAX_DECLARED_PART = 512 * 1024 * 1024
MAX_DECLARED_TOTAL = 2 * 1024 * 1024 * 1024
#: a part bigger than `RATIO_FLOOR` bytes must not be compressed more than `MAX_RATIO` times
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def bomb() -> ExhibitRefused:
    return ExhibitRefused("This file is a ZIP archive that would unpack to far more than it holds (a zip bomb); "
                          "it was not added.")


class _Text:
    """Collects text up to `MAX_TEXT` characters; `full` once the limit is reached."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    @property
    def full(self) -> bool:
        return self.length >= MAX_TEXT

    def add(self, text: str) -> None:
        if not self.full and text:
            text = text[:MAX_TEXT - self.length]
            self.parts.append(text)
            self.length += len(text)

    def value(self) -> str:
        return "".join(self.parts)


# -- ZIP ---------------------------------------------------------------------------------------------
def _check_directory(stream: BinaryIO) -> None:
    """The end-of-central-directory record: entry count and directory size bounded before zipfile reads it."""
    size = stream.seek(0, 2)
    tail_len = min(size, 22 + 65535)
    stream.seek(size - tail_len)
    tail = stream.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        raise unsupported()
    entries, directory = struct.unpack("<HI", tail[at + 10:at + 16])
    if entries >= 0xFFFF or directory >= 0xFFFFFFFF:  # zip64: no office document under the cap needs it
        raise bomb()
    if entries > MAX_ENTRIES or directory > MAX_DIRECTORY:
        raise bomb()
    stream.seek(0)


def open_package(stream: BinaryIO) -> tuple[zipfile.ZipFile, MediaType]:
    """The ZIP checked against bombs and its kind from [Content_Types].xml."""
    _check_directory(stream)
    try:
        z = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise unsupported() from None
    total = 0
    for info in z.infolist():
        total += info.file_size
        if info.file_size > MAX_DECLARED_PART or total > MAX_DECLARED_TOTAL:
            raise bomb()
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise bomb()
    try:
        types = _read_part(z, "[Content_Types].xml", 1024 * 1024)
    except KeyError:
        raise unsupported() from None
    return z, ooxml_kind(types)


def _read_part(z: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with z.open(name) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise bomb()
    return data


class _GuardedXml:
    """A part's bytes for the XML parser: UTF-8 only, no DOCTYPE or ENTITY declaration, `MAX_PART` at most."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._tail = b""
        self._read = 0
        self._first = True

    def read(self, n: int = 65536) -> bytes:
        data = self._raw.read(min(n, 65536) if n and n > 0 else 65536)
        if self._first:
            self._first = False
            if data.startswith((b"\xfe\xff", b"\xff\xfe")) or (len(data) > 1 and data[1:2] == b"\x00"):
                raise unsupported()
        self._read += len(data)
        if self._read > MAX_PART:
            return b""  # the text so far is kept; the rest of a huge part is not read
        window = self._tail + data
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            raise ExhibitRefused("This document declares XML entities or a DOCTYPE, which office documents "
                                 "never need; it was not added.")
        self._tail = window[-9:]
        return data


def _events(z: zipfile.ZipFile, name: str) -> Iterator[ElementTree.Element]:
    """End events of a part's elements; each element is cleared by the caller's loop moving on."""
    with z.open(name) as raw:
        try:
            for _, element in ElementTree.iterparse(_GuardedXml(raw), events=("end",)):  # type: ignore[arg-type]
                yield element
        except ElementTree.ParseError:
            return


def _docx(z: zipfile.ZipFile) -> str:
    out = _Text()
    paragraph: list[str] = []
    for element in _events(z, "word/document.xml"):
        if element.tag == f"{_W}t":
            paragraph.append(element.text or "")
        elif element.tag == f"{_W}tab":
            paragraph.append("\t")
        elif element.tag == f"{_W}p":
            out.add("".join(paragraph) + "\n")
            paragraph = []
            element.clear()
        elif element.tag == f"{_W}body":
            element.clear()
        if out.full:
            break
    return out.value()


def _xlsx(z: zipfile.ZipFile) -> str:
    out = _Text()
    shared: list[str] = []
    names = set(z.namelist())
    if "xl/sharedStrings.xml" in names:
        size = 0
        for element in _events(z, "xl/sharedStrings.xml"):
            if element.tag == f"{_S}si":
                text = "".join(t.text or "" for t in element.iter(f"{_S}t"))
                size += len(text)
                if size > MAX_TEXT * 4:
                    break
                shared.append(text)
                element.clear()
    sheets = sorted((n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")),
                    key=lambda n: (len(n), n))
    for sheet in sheets:
        row: list[str] = []
        for element in _events(z, sheet):
            if element.tag == f"{_S}c":
                row.append(_cell(element, shared))
                element.clear()
            elif element.tag == f"{_S}row":
                out.add("\t".join(c for c in row) + "\n")
                row = []
                element.clear()
            if out.full:
                return out.value()
    return out.value()


def _cell(c: ElementTree.Element, shared: list[str]) -> str:
    kind = c.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(f"{_S}t"))
    v = c.find(f"{_S}v")
    value = (v.text or "") if v is not None else ""
    if kind == "s":
        with contextlib.suppress(ValueError, IndexError):
            return shared[int(value)]
        return ""
    return value


def ooxml_text(z: zipfile.ZipFile, kind: MediaType) -> str:
    try:
        return _docx(z) if kind is MediaType.DOCX else _xlsx(z)
    except KeyError:
        return ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError):
        return ""  # a damaged part (bad CRC, truncated): kept, indexed as what was read so far (none)


# -- PDF ---------------------------------------------------------------------------------------------
def pdf_text(stream: BinaryIO) -> str:
    """The text of a PDF's pages, or "" if it cannot be read (a damaged or encrypted PDF is kept)."""
    import pypdf

    out = _Text()
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # its warnings about damaged files say nothing the user needs
    try:
        reader = pypdf.PdfReader(stream, strict=False)
        if reader.is_encrypted:
            return ""
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES or out.full:
                break
            out.add((page.extract_text() or "") + "\n")
            # pypdf keeps every object it resolved (an image's bytes too): drop them page by page,
            # so a 200 MB PDF is read with one page's objects in memory, not all of them
            reader.resolved_objects.clear()
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on damaged input; the exhibit is kept without text
        return out.value()
    finally:
        quiet.setLevel(level)
    return out.value()


def plain_text(stream: BinaryIO) -> str:
    data = stream.read(MAX_TEXT * 4)
    return data.decode("utf-8", errors="ignore")[:MAX_TEXT]


def extract(stream: BinaryIO, kind: MediaType, package: zipfile.ZipFile | None = None) -> str:
    """The text to index for a file of `kind` (images have none)."""
    if kind is MediaType.PDF:
        return pdf_text(stream)
    if kind is MediaType.TEXT:
        return plain_text(stream)
    if kind.is_ooxml and package is not None:
        return ooxml_text(package, kind)
    return ""
