"""Tampering: any change to a signed byte, any content added later, anything appended, is caught.

All cases start from the one signed agreement made per session (see conftest).
"""

from __future__ import annotations

import random
import re
from io import BytesIO

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.identity import new_identity
from iomed_desk.export.render import render_pdf
from iomed_desk.export.report import Coverage, LaterChanges
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.sample import EXPORT_TIME, sample_document

FLIPS = 200


def signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    """The two byte ranges of the last signature, which together cover every signed byte."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    a, b, c, d = (int(v) for v in found[-1])
    return [(a, a + b), (c, c + d)]


def test_random_bit_flips_in_signed_bytes_are_always_caught(signed) -> None:
    rng = random.Random(20260302)
    ranges = signed_ranges(signed.pdf)
    total = sum(end - start for start, end in ranges)
    reported = unreadable = 0
    for _ in range(FLIPS):
        offset = rng.randrange(total)
        for start, end in ranges:
            if offset < end - start:
                position = start + offset
                break
            offset -= end - start
        data = bytearray(signed.pdf)
        data[position] ^= 1 << rng.randrange(8)
        try:
            report = verify_pdf(bytes(data), signed.trust)
        except InvalidInput:
            unreadable += 1  # damaged beyond parsing: exit code 2, never "ok"
            continue
        reported += 1
        assert not report.ok, f"flip at byte {position} went unnoticed"
    assert reported + unreadable == FLIPS
    assert reported > FLIPS // 2  # most damage is reported signature by signature


def _append_update(pdf: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_changed_page_content_in_a_later_update_is_a_modification(signed) -> None:
    def overwrite(writer: IncrementalPdfFileWriter) -> None:
        stream = generic.StreamObject(stream_data=b"q 1 0 0 rg 70 400 300 40 re f Q")
        writer.add_stream_to_page(1, writer.add_object(stream))

    report = verify_pdf(_append_update(signed.pdf, overwrite), signed.trust)
    assert not report.ok
    last = report.signatures[-1]
    assert last.intact and last.coverage is Coverage.ENTIRE_REVISION
    assert last.later_changes is LaterChanges.MODIFIED
    assert all(s.later_changes is LaterChanges.MODIFIED for s in report.signatures)
    assert "modified after this signature" in report.to_text()


def test_an_annotation_added_later_is_not_accepted(signed) -> None:
    def annotate(writer: IncrementalPdfFileWriter) -> None:
        page_ref = writer.root["/Pages"].raw_get("/Kids")[0]
        page = page_ref.get_object()
        note = generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Text"),
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (80, 700, 100, 720)]),
            pdf_name("/Contents"): generic.TextStringObject("The payment is USD 4,850,000."),
        })
        annots = generic.ArrayObject([writer.add_object(note)])
        page[pdf_name("/Annots")] = annots
        writer.update_container(page)

    report = verify_pdf(_append_update(signed.pdf, annotate), signed.trust)
    assert not report.ok
    assert report.signatures[-1].later_changes is LaterChanges.MODIFIED


@pytest.mark.parametrize("extra", [b"\n", b"% a comment\n", b"x" * 100])
def test_bytes_appended_after_the_end_are_not_ok(signed, extra: bytes) -> None:
    report = verify_pdf(signed.pdf + extra, signed.trust)
    assert not report.ok
    assert all(s.intact for s in report.signatures)  # the signatures themselves still hold...
    assert any("follow the end of the last signed range" in p for p in report.problems)
    assert any("does not cover the entire file" in p for p in report.problems)


def test_a_stranger_signing_afterwards_is_reported_untrusted(signed) -> None:
    def add_field(writer: IncrementalPdfFileWriter) -> None:
        from pyhanko.sign.fields import SigFieldSpec, append_signature_field

        append_signature_field(writer, SigFieldSpec("Sig-Stranger", on_page=0, box=(50, 50, 150, 90)))

    with_field = _append_update(signed.pdf, add_field)
    stranger = KeySigner(new_identity("Mallory"))
    report = verify_pdf(sign_pdf(with_field, "Sig-Stranger", stranger), signed.trust)
    assert not report.ok
    assert report.signatures[-1].signer == "Mallory" and not report.signatures[-1].trusted


def test_an_unsigned_pdf_is_not_ok() -> None:
    report = verify_pdf(render_pdf(sample_document(), EXPORT_TIME), [])
    assert not report.ok and report.signatures == ()
    assert report.problems == ("the PDF carries no signature",)
    assert "Sig-Mediator" in report.unsigned_fields


@pytest.mark.parametrize("cut", ["last byte", "last 300 bytes", "half"])
def test_truncated_file_is_invalid_input(signed, cut: str) -> None:
    keep = {"last byte": len(signed.pdf) - 1, "last 300 bytes": len(signed.pdf) - 300,
            "half": len(signed.pdf) // 2}[cut]
    with pytest.raises(InvalidInput, match="truncated"):
        verify_pdf(signed.pdf[:keep], signed.trust)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 a zip file, not a PDF", "not a PDF"),
        (b"%PDF-1.7\n" + b"\x00" * 200 + b"\n%%EOF\n", "damaged"),
    ],
)
def test_empty_and_non_pdf_input_is_invalid_input(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as caught:
        verify_pdf(data, [])
    assert caught.value.exit_code == 2
    assert "\n" not in caught.value.message


def test_unreadable_path_is_invalid_input(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="Cannot read"):
        verify_pdf(tmp_path / "missing.pdf", [])
