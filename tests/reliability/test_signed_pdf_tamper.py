"""Issue 6, reliability 7: the signed-PDF tamper set, and untouched exports.

One agreement certified by the mediator, signed by three parties and attested (locked) is
tampered with in every way the issue lists: bit flips in the signed ranges,
page content replaced or added in an incremental update, annotations laid
over the text, bytes appended after the end, edits to the signature
dictionary (its CMS, its time, its reason) and to /ByteRange. `verify_pdf`
must reject every one (a report that is not ok, or InvalidInput for a file
too damaged to read), and accept every untouched export.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.identity import issue_party_identity, new_identity, write_certificate
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.signers import AgreementSigner, KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.sample import EXPORT_TIME, sample_agreement
from tests.reliability.helpers import figure

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


class Signed:
    def __init__(self, folder: Path) -> None:
        self.mediator = new_identity("Dr. Sofia Lindqvist", organisation="IOMed")
        self.folder = folder
        self.path = folder / "agreement.pdf"
        export_and_sign(sample_agreement(), self.path, KeySigner(self.mediator), self.parties(), EXPORT_TIME)
        self.pdf = self.path.read_bytes()
        self.trust = [self.mediator.certificate]

    def export(self, n: int) -> Path:
        out = self.folder / f"export-{n}.pdf"
        doc = sample_agreement(clauses=1 + n % 7)
        export_and_sign(doc, out, KeySigner(self.mediator), self.parties(), EXPORT_TIME + timedelta(minutes=n))
        return out

    def parties(self) -> dict[int, AgreementSigner]:
        """In-room signers issued afresh: an in-room key signs only once."""
        return {i: KeySigner.from_issued(issue_party_identity(self.mediator, f"Representative {i + 1}", "2468"),
                                         "2468") for i in range(3)}


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    return Signed(tmp_path_factory.mktemp("signed"))


def rejected(pdf: bytes, trust: list) -> bool:  # type: ignore[type-arg]
    try:
        return not verify_pdf(pdf, trust).ok
    except InvalidInput:
        return True


def update(pdf: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _page(writer: IncrementalPdfFileWriter, index: int = 0):  # type: ignore[no-untyped-def]
    ref = writer.root["/Pages"].raw_get("/Kids")[index]
    return ref, ref.get_object()


def add_content(writer: IncrementalPdfFileWriter) -> None:
    stream = generic.StreamObject(stream_data=b"BT /F1 18 Tf 72 500 Td (USD 4,850,000) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))


def replace_content(writer: IncrementalPdfFileWriter) -> None:
    _, page = _page(writer)
    stream = generic.StreamObject(stream_data=b"q 1 1 1 rg 0 0 600 900 re f Q BT 72 700 Td (Void) Tj ET")
    page[pdf_name("/Contents")] = writer.add_object(stream)
    writer.update_container(page)


def replace_existing_stream(writer: IncrementalPdfFileWriter) -> None:
    """Same object number, new bytes: the classic 'shadow' update of a signed page's content."""
    _, page = _page(writer)
    contents = page.raw_get("/Contents")
    ref = contents[0] if isinstance(contents, generic.ArrayObject) else contents
    stream = ref.get_object()
    stream._data = b"q 1 1 1 rg 0 0 600 900 re f Q"  # noqa: SLF001 - deliberately forging the stream
    stream._encoded_data = None  # noqa: SLF001
    writer.mark_update(ref)


def annotation(subtype: str, extra: dict) -> Callable[[IncrementalPdfFileWriter], None]:  # type: ignore[type-arg]
    def annotate(writer: IncrementalPdfFileWriter) -> None:
        _, page = _page(writer)
        note = generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name(subtype),
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (60, 480, 540, 560)]),
            **extra})
        existing = page.get("/Annots")
        annots = generic.ArrayObject(list(existing) if existing is not None else [])
        annots.append(writer.add_object(note))
        page[pdf_name("/Annots")] = annots
        writer.update_container(page)
    return annotate


def edit_in_place(pdf: bytes, pattern: bytes, make: Callable[[bytes], bytes], occurrence: int = -1) -> bytes:
    """Replace one match of `pattern` with bytes of the same length."""
    matches = list(re.finditer(pattern, pdf))
    m = matches[occurrence]
    new = make(m.group(0))
    assert len(new) == len(m.group(0))
    return pdf[:m.start()] + new + pdf[m.end():]


def signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    a, b, c, d = (int(v) for v in _BYTE_RANGE.findall(pdf)[-1])
    return [(a, a + b), (c, c + d)]


def tamper_set(pdf: bytes, flips: int) -> dict[str, list[bytes]]:
    rng = random.Random(7)
    ranges = signed_ranges(pdf)
    total = sum(e - s for s, e in ranges)
    flipped = []
    for _ in range(flips):
        offset = rng.randrange(total)
        for start, end in ranges:
            if offset < end - start:
                pos = start + offset
                break
            offset -= end - start
        data = bytearray(pdf)
        data[pos] ^= 1 << rng.randrange(8)
        flipped.append(bytes(data))

    def same_width(number: bytes, delta: int) -> bytes:
        value = str(int(number) + delta).encode()
        return value.rjust(len(number), b"0") if len(value) <= len(number) else number

    def br_edit(fn: Callable[[list[int]], list[int]]) -> Callable[[bytes], bytes]:
        def make(text: bytes) -> bytes:
            nums = [int(v) for v in _BYTE_RANGE.match(text).groups()]  # type: ignore[union-attr]
            new = fn(nums)
            out = text
            for old, value in zip(nums, new, strict=True):
                out = out.replace(str(old).encode(), str(value).encode().rjust(len(str(old)), b" "), 1)
            return out
        return make

    return {
        "bit flip in a signed range": flipped,
        "page content replaced or added in an incremental update": [
            update(pdf, add_content), update(pdf, replace_content), update(pdf, replace_existing_stream)],
        "annotation overlay in an incremental update": [
            update(pdf, annotation("/Text", {pdf_name("/Contents"): generic.TextStringObject("USD 4,850,000")})),
            update(pdf, annotation("/FreeText", {
                pdf_name("/Contents"): generic.TextStringObject("The payment is waived."),
                pdf_name("/DA"): generic.TextStringObject("/Helv 14 Tf 0 g")})),
            update(pdf, annotation("/Square", {pdf_name("/IC"): generic.ArrayObject(
                [generic.FloatObject(1), generic.FloatObject(1), generic.FloatObject(1)])})),
        ],
        "bytes appended after the end": [pdf + b"\n", pdf + b"% comment\n", pdf + b"x" * 100,
                                         pdf + b"\n%%EOF\n", pdf + pdf[-2000:]],
        "edit to the signature dictionary": [
            edit_in_place(pdf, rb"/Contents\s*<[0-9a-fA-F]{200}", lambda t: t[:-1] + (b"0" if t[-1:] != b"0" else b"1")),
            edit_in_place(pdf, rb"/Contents\s*<[0-9a-fA-F]{200}", lambda t: t[:-1] + (b"0" if t[-1:] != b"0" else b"1"),
                          occurrence=0),
            edit_in_place(pdf, rb"/M\s*\(D(?::|\\072)\d{4}", lambda t: t[:-1] + (b"9" if t[-1:] != b"9" else b"8")),
            edit_in_place(pdf, rb"/Reason\s*\(.", lambda t: t[:-1] + (b"X" if t[-1:] != b"X" else b"Y")),
        ],
        "edit to /ByteRange": [
            edit_in_place(pdf, _BYTE_RANGE.pattern, br_edit(lambda n: [n[0], n[1], n[2], n[3] - 10])),
            edit_in_place(pdf, _BYTE_RANGE.pattern, br_edit(lambda n: [n[0], n[1] - 1, n[2] - 1, n[3]])),
            edit_in_place(pdf, _BYTE_RANGE.pattern, br_edit(lambda n: [n[0], n[1], n[2] + 2, n[3] - 2])),
            edit_in_place(pdf, _BYTE_RANGE.pattern, br_edit(lambda n: [n[0], n[1], n[2], n[3] - 10]), occurrence=0),
        ],
    }


@pytest.mark.parametrize("flips", [pytest.param(20, id="fast"), pytest.param(300, id="full", marks=pytest.mark.slow)])
def test_every_tampered_pdf_is_rejected(signed: Signed, flips: int) -> None:
    cases = tamper_set(signed.pdf, flips)
    per_kind = {kind: sum(rejected(pdf, signed.trust) for pdf in pdfs) for kind, pdfs in cases.items()}
    total = sum(len(v) for v in cases.values())
    accepted = total - sum(per_kind.values())
    scale = "full" if flips >= 300 else "fast"
    figure(f"tamper.{scale}", "signed-PDF tamper set: rejected", f"{total - accepted}/{total}", "100%",
           accepted == 0, scale=scale, per_kind={k: f"{per_kind[k]}/{len(cases[k])}" for k in cases})
    assert accepted == 0, {k: f"{per_kind[k]}/{len(cases[k])}" for k in cases}


@pytest.mark.parametrize("count", [pytest.param(4, id="fast"), pytest.param(50, id="full", marks=pytest.mark.slow)])
def test_untouched_exports_are_accepted(signed: Signed, count: int) -> None:
    accepted = pdfsig_ok = 0
    pdfsig = shutil.which("pdfsig")
    cert = signed.folder / "mediator.pem"
    write_certificate(cert, signed.mediator.certificate)
    for n in range(count):
        path = signed.export(n)
        report = verify_pdf(path, signed.trust)
        accepted += report.ok and len(report.signatures) == 5  # certification, 3 parties, attestation
        if pdfsig:
            out = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, timeout=60)
            pdfsig_ok += out.stdout.count("Signature is Valid") == 5
        path.unlink()
    scale = "full" if count >= 50 else "fast"
    figure(f"untouched.{scale}", "untouched exports accepted", f"{accepted}/{count}", "100%", accepted == count,
           scale=scale, pdfsig_all_five_valid=f"{pdfsig_ok}/{count}" if pdfsig else "pdfsig not installed")
    assert accepted == count
