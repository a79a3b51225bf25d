"""Does a signed agreement show the text it fingerprints? Re-render it and compare.

The canonical agreement is read from the revision the first signature signed
(so a text attached later counts for nothing) and must be the same in the
final revision; its SHA-256 is the fingerprint. The pages are drawn again from
it with this app's own deterministic renderer and compared, page by page, with
the pages of the file as a reader shows them (see `page_compare`). The footer
of every rendered page prints the fingerprint, so a file whose printed
fingerprint is not its embedded text's differs on every page. Each annex the
text lists is checked against the file embedded for it (`annex_check`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import EmbeddedPdfSignature

from iomed_desk.core.canonical_agreement import NotCanonical, fingerprint, parse
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.annex_check import check_annexes
from iomed_desk.export.canonical import NoEmbeddedText, document_for, embedded_agreement
from iomed_desk.export.page_compare import Unreadable, differing_pages, page_digests
from iomed_desk.export.render import LAYOUT, LAYOUTS, render_pdf
from iomed_desk.export.report import TextCheck

#: Only the pages are compared, so the creation date of the re-rendered file does not matter.
_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def signed_root(reader: PdfFileReader, signatures: list[EmbeddedPdfSignature]) -> generic.DictionaryObject:
    """The catalogue of the revision the first signature signed (the final one when nothing is signed).

    Raises `NoEmbeddedText` when that revision cannot be read.
    """
    if not signatures:
        return reader.root
    try:
        first = min(signatures, key=lambda s: s.signed_revision)
        return reader.get_historical_root(first.signed_revision)
    except Exception as exc:  # noqa: BLE001 - a revision that cannot be read holds no text
        raise NoEmbeddedText(f"the first signed revision cannot be read ({type(exc).__name__})") from None


def extract_text(reader: PdfFileReader, signatures: list[EmbeddedPdfSignature]) -> bytes:
    """The embedded canonical bytes as signed: from the first signature's revision, if signed.

    Raises `NoEmbeddedText` when that revision has none, or when a later revision changed it.
    """
    final = embedded_agreement(reader.root)
    if not signatures:
        return final
    signed_root_ = signed_root(reader, signatures)
    try:
        signed = embedded_agreement(signed_root_)
    except NoEmbeddedText:
        raise NoEmbeddedText("the agreement text was attached after the first signature, "
                             "which therefore does not cover it") from None
    if signed != final:
        raise NoEmbeddedText("the embedded agreement text was changed after the first signature")
    return signed


def check_text(reader: PdfFileReader, signatures: list[EmbeddedPdfSignature],
               expect_fingerprint: str | None = None) -> TextCheck:
    """Recompute the fingerprint from the embedded text and compare its rendering with the pages."""
    expected = expect_fingerprint.strip().lower() if expect_fingerprint else None
    try:
        data = extract_text(reader, signatures)
    except NoEmbeddedText as exc:
        return TextCheck(None, problems=(str(exc),), expected_fingerprint=expected)
    digest = fingerprint(data)
    problems = []
    if expected is not None and expected != digest:
        problems.append(f"the agreement fingerprint is {digest}, not the expected {expected}: "
                        "this is not the agreement that fingerprint names")
    try:
        agreement = parse(data)
    except NotCanonical as exc:
        return TextCheck(digest, problems=(*problems, f"the embedded agreement text is unusable: {exc.message}"),
                         expected_fingerprint=expected)
    layout = agreement.layout
    annexes, annex_problems = check_annexes(signed_root(reader, signatures), reader.root, agreement.annexes)
    problems += annex_problems
    if layout not in LAYOUTS:
        return TextCheck(digest, problems=(*problems, cannot_compare(layout)), expected_fingerprint=expected,
                         layout=layout, annexes=annexes)
    try:
        want = expected_pages(data)
    except NotCanonical as exc:
        return TextCheck(digest, problems=(*problems, f"the embedded agreement text is unusable: {exc.message}"),
                         expected_fingerprint=expected, annexes=annexes)
    except InvalidInput as exc:
        return TextCheck(digest, problems=(*problems, f"the embedded agreement cannot be rendered: {exc.message}"),
                         expected_fingerprint=expected, annexes=annexes)
    except Exception as exc:  # noqa: BLE001 - a text crafted to break the layout is a bad text, not a bug here
        return TextCheck(digest, problems=(*problems, f"the embedded agreement cannot be rendered "
                                                      f"({type(exc).__name__})"), expected_fingerprint=expected,
                         annexes=annexes)
    try:
        got = page_digests(reader)
    except Unreadable as exc:
        return TextCheck(digest, problems=(*problems, str(exc)), expected_fingerprint=expected, annexes=annexes)
    differ = differing_pages(want, got)
    if len(want) != len(got):
        problems.append(f"the document has {len(got)} page(s); the embedded text renders to {len(want)}")
    shared = min(len(want), len(got))
    if shared > 1 and all(n in differ for n in range(1, shared + 1)):
        problems.append("every page differs from the text the fingerprint covers (the footer prints "
                        "another fingerprint, or the pages were made from another text)")
    else:
        problems += [f"page {n} differs from the text the fingerprint covers" for n in differ if n <= shared]
    return TextCheck(digest, pages=len(got), differing_pages=differ, problems=tuple(problems),
                     expected_fingerprint=expected, layout=layout, pages_compared=True, annexes=annexes)


def cannot_compare(layout: int) -> str:
    """Why the pages of an agreement drawn by another renderer layout are not compared: not a
    difference found, a comparison this program cannot make (verify with the version that drew it)."""
    return (f"the pages were drawn by renderer layout {layout}; this verifier draws layout {LAYOUT}, so the "
            "page comparison cannot be made (the embedded text, its fingerprint and the signatures were "
            f"checked; verify with a version of IOMed Desk that draws layout {layout})")


@lru_cache(maxsize=4)
def expected_pages(data: bytes) -> tuple[bytes, ...]:
    """The page digests of the canonical bytes `data`, rendered by this app's renderer.

    A pure function of `data` (the renderer is deterministic), so verifying the
    same agreement again, or right after export, does not render it again.
    Raises `NotCanonical` or `InvalidInput` when the text cannot be rendered.
    """
    rendered = render_pdf(document_for(parse(data)), _ANY_TIME)
    return page_digests(PdfFileReader(BytesIO(rendered)))
