"""Which pages of two PDFs differ in what they show, by a digest of each page's object graph.

A page's digest covers the page dictionary and its inherited attributes
(resources, boxes, rotation), its content streams by their decoded bytes, and
every font program, image and form they reach, walked in a fixed order: object
numbers and compression do not matter, but a changed glyph, a swapped font or
an extra drawing operator does. Annotations count as the signature widgets
they must be (subtype, field name, rectangle, flags); a widget's appearance is
its signer's stamp, drawn inside its box after the text was fixed, and is left
out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
_LEFT_OUT = {"/Parent", "/Annots", "/Contents", *_INHERITED}
_ENCODING = {"/Length", "/Filter", "/DecodeParms", "/DL"}
_WIDGET_KEYS = ("/Type", "/Subtype", "/FT", "/T", "/Rect", "/F")

#: objects visited per page at most; a page that needs more cannot be the renderer's
BUDGET = 200_000
#: pages read at most
MAX_PAGES = 10_000


class Unreadable(Exception):
    """The page tree or a page cannot be walked."""


def page_digests(reader: PdfFileReader) -> tuple[bytes, ...]:
    """One digest per page, in page order; pages that show the same thing have the same digest.

    A page that cannot be read gets a digest no readable page has.
    """
    return tuple(_digest(page) for page in _pages(reader))


def differing_pages(expected: tuple[bytes, ...], actual: tuple[bytes, ...]) -> tuple[int, ...]:
    """1-based numbers of the pages whose digests differ; pages beyond the shorter list differ."""
    differ = [n for n, (a, b) in enumerate(zip(expected, actual, strict=False), start=1) if a != b]
    return (*differ, *range(min(len(expected), len(actual)) + 1, max(len(expected), len(actual)) + 1))


def _pages(reader: PdfFileReader) -> list[generic.DictionaryObject]:
    pages: list[generic.DictionaryObject] = []

    def walk(node: generic.DictionaryObject, depth: int) -> None:
        if depth > 32 or len(pages) > MAX_PAGES:
            raise Unreadable("the page tree is too deep or too large")
        if _get(node, "/Type") == "/Pages":
            kids = node["/Kids"]
            for i in range(len(kids)):
                walk(kids[i], depth + 1)
        else:
            pages.append(node)

    try:
        walk(reader.root["/Pages"], 0)
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged page tree is unreadable input
        raise Unreadable(f"the page tree cannot be read ({type(exc).__name__})") from None
    return pages


def _digest(page: generic.DictionaryObject) -> bytes:
    try:
        walker = _Walker()
        own = generic.DictionaryObject({k: page.raw_get(k) for k in page if k not in _LEFT_OUT})
        parts = [b"page", *walker.encode(own)]
        for key in _INHERITED:
            parts += [key.encode(), *walker.encode(_inherited(page, key))]
        parts += [b"contents", hashlib.sha256(_contents(page)).hexdigest().encode(),
                  b"widgets", repr(_widgets(page)).encode()]
        return hashlib.sha256(b"\x00".join(parts)).digest()
    except Exception as exc:  # noqa: BLE001 - an unreadable page matches nothing
        return b"unreadable:" + type(exc).__name__.encode()


def _inherited(page: generic.DictionaryObject, key: str) -> generic.PdfObject:
    node: generic.DictionaryObject | None = page
    for _ in range(33):
        if node is None:
            return generic.NullObject()
        if key in node:
            return node.raw_get(key)
        node = _get(node, "/Parent")
    raise Unreadable("the page tree is too deep")


def _contents(page: generic.DictionaryObject) -> bytes:
    contents = _get(page, "/Contents")
    if contents is None:
        return b""
    if isinstance(contents, generic.StreamObject):
        return contents.data
    return b"\n".join(contents[i].data for i in range(len(contents)))


def _widgets(page: generic.DictionaryObject) -> list[tuple[object, ...]]:
    annots = _get(page, "/Annots")
    if annots is None:
        return []
    found = []
    for i in range(len(annots)):
        annot = annots[i]
        field = annot if "/T" in annot or "/Parent" not in annot else annot["/Parent"]
        found.append(tuple(_plain(_get(field if k in ("/T", "/FT") else annot, k)) for k in _WIDGET_KEYS))
    return found


def _get(d: generic.DictionaryObject, key: str) -> generic.PdfObject | None:
    """`d[key]` dereferenced, or None when absent or null (pyHanko's `get` would not dereference)."""
    try:
        return d[key]
    except KeyError:
        return None


def _plain(value: object) -> object:
    if isinstance(value, generic.ArrayObject):
        return tuple(_plain(value[i]) for i in range(len(value)))
    return None if value is None else (type(value).__name__, str(value))


class _Walker:
    """Encodes an object graph as a token stream: indirect objects by order of first visit."""

    def __init__(self) -> None:
        self.order: dict[tuple[int, int], int] = {}
        self.visits = 0

    def encode(self, obj: object) -> Iterator[bytes]:
        self.visits += 1
        if self.visits > BUDGET:
            raise Unreadable("too many objects on one page")
        if isinstance(obj, generic.IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in self.order:
                yield b"ref %d" % self.order[key]
                return
            self.order[key] = len(self.order)
            yield b"obj %d" % self.order[key]
            yield from self.encode(obj.get_object())
            return
        name = type(obj).__name__.encode()
        if isinstance(obj, generic.StreamObject):
            yield b"stream"
            yield from self._dict(obj, skip=_ENCODING)
            yield hashlib.sha256(obj.data).hexdigest().encode()
        elif isinstance(obj, generic.DictionaryObject):
            yield b"dict"
            yield from self._dict(obj)
        elif isinstance(obj, generic.ArrayObject):
            yield b"array %d" % len(obj)
            for i in range(len(obj)):
                yield from self.encode(obj.raw_get(i))
        elif isinstance(obj, generic.NullObject):
            yield b"null"
        elif isinstance(obj, generic.BooleanObject):
            yield b"true" if obj.value else b"false"
        elif isinstance(obj, bytes):
            yield name + b" " + repr(bytes(obj)).encode()
        elif isinstance(obj, str | int | Decimal):  # names, text strings, numbers
            yield name + b" " + repr(obj).encode("utf-8", "backslashreplace")
        else:
            raise Unreadable(f"an object of an unknown kind ({type(obj).__name__})")

    def _dict(self, obj: generic.DictionaryObject, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[bytes]:
        keys = sorted(k for k in obj if k not in skip)
        yield b"keys %d" % len(keys)
        for key in keys:
            yield key.encode("utf-8", "backslashreplace")
            yield from self.encode(obj.raw_get(key))
