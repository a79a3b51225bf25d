"""Rendering: deterministic bytes, embedded CJK font, the furniture on every page, fields on the boxes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from io import BytesIO

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.document import DocClause
from iomed_desk.export.render import render_agreement, render_pdf
from tests.export.conftest import tool
from tests.export.sample import EXPORT_TIME, sample_document


def pdf_text(pdf: bytes, tmp_path, *pages: int) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    args = [tool("pdftotext"), "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def rendered():
    return render_agreement(sample_document(), EXPORT_TIME)


def test_same_document_and_time_render_identical_bytes(rendered) -> None:
    assert render_pdf(sample_document(), EXPORT_TIME) == rendered.pdf


def test_rendering_is_identical_in_a_fresh_process(rendered) -> None:
    code = (
        "import hashlib, sys\n"
        "from iomed_desk.export.render import render_pdf\n"
        "from tests.export.sample import EXPORT_TIME, sample_document\n"
        "sys.stdout.write(hashlib.sha256(render_pdf(sample_document(), EXPORT_TIME)).hexdigest())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout == hashlib.sha256(rendered.pdf).hexdigest()


def test_a_different_time_changes_only_the_dates(rendered) -> None:
    later = render_pdf(sample_document(), EXPORT_TIME + timedelta(hours=1))
    assert later != rendered.pdf
    assert len(later) == len(rendered.pdf)


def test_metadata_names_the_case(rendered) -> None:
    info = PdfFileReader(BytesIO(rendered.pdf)).trailer["/Info"]
    assert info["/Title"] == sample_document().title
    assert "IOMed-2026-0142" in info["/Keywords"]
    assert sample_document().fingerprint in info["/Keywords"]
    assert "IOMed-2026-0142" in info["/Subject"]
    assert info["/Author"] == "Dr. Sofia Lindqvist"
    assert str(info["/CreationDate"]).startswith("D:20260302093000")


def test_only_the_embedded_font_is_used(rendered, tmp_path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(rendered.pdf)
    out = subprocess.run([tool("pdffonts"), str(path)], check=True, capture_output=True,
                         text=True).stdout
    fonts = out.splitlines()[2:]
    assert fonts, out
    for line in fonts:
        assert "WenQuanYiMicroHei" in line and " yes yes " in line, line


def test_chinese_and_english_text_are_extractable(rendered, tmp_path) -> None:
    text = pdf_text(rendered.pdf, tmp_path)
    assert "Settlement payment" in text
    assert "和解款项" in text
    assert "东方共和国" in text
    assert "调解员证明" in text
    assert "Singapore Convention on Mediation" in text
    assert "prevails" not in text and "为准" not in text  # only a clause the parties accepted may say so


def test_footer_on_every_page_and_audit_head_on_the_last(rendered, tmp_path) -> None:
    doc = sample_document()
    pages = len(PdfFileReader(BytesIO(rendered.pdf)).root["/Pages"]["/Kids"])
    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(rendered.pdf, tmp_path, page)
        assert f"Page {page} of {pages}" in text
        assert f"第 {page} 页，共 {pages} 页" in text
        assert doc.fingerprint in text
        assert "IOMed-2026-0142" in text
        assert (doc.audit_head in text) == (page == pages)


def test_one_empty_field_per_digital_signer_on_its_box(rendered) -> None:
    reader = PdfFileReader(BytesIO(rendered.pdf))
    fields = {name for name, _value, _ref in enumerate_sig_fields(reader, filled_status=False)}
    assert fields == {"Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"}
    last = len(reader.root["/Pages"]["/Kids"]) - 1
    boxes = {f.field_name: f for f in rendered.fields}
    assert boxes["Sig-Mediator"].page_index == last
    for place in rendered.fields:
        llx, lly, urx, ury = place.box
        assert 0 < llx < urx < 595 and 0 < lly < ury < 842
        page = reader.root["/Pages"]["/Kids"][place.page_index]
        rects = [[round(float(v)) for v in a["/Rect"]] for a in (r.get_object() for r in page["/Annots"])
                 if a.get("/T") == place.field_name]
        assert rects == [list(place.box)]


def test_paper_signer_gets_a_printed_line_and_no_field(tmp_path) -> None:
    doc = sample_document(modes=("digital", "paper", "digital"))
    result = render_agreement(doc, EXPORT_TIME)
    names = [f.field_name for f in result.fields]
    assert names == ["Sig-Party-1", "Sig-Party-3", "Sig-Mediator"]
    assert "To be signed by hand on the printed original." in pdf_text(result.pdf, tmp_path)


def test_single_language_document_has_no_languages_clause(tmp_path) -> None:
    text = pdf_text(render_pdf(sample_document(languages=("en",)), EXPORT_TIME), tmp_path)
    assert "prevails" not in text
    assert "Page 1 of" in text and "页" not in text


def test_traditional_chinese_labels(tmp_path) -> None:
    base = sample_document(languages=("en",))
    clauses = tuple(DocClause(c.number, {"zh-Hant": "條款"}, {"zh-Hant": "本條款適用。"})
                    for c in base.clauses)
    doc = replace(base, languages=("zh-Hant",), recitals=(),
                  clauses=clauses)
    text = pdf_text(render_pdf(doc, EXPORT_TIME), tmp_path)
    assert "調解員證明" in text and "第 1 頁" in text and "本條款適用" in text


def test_markup_characters_are_printed_literally(tmp_path) -> None:
    text = pdf_text(render_pdf(sample_document(), EXPORT_TIME), tmp_path)
    assert "ARB/24/7 & all related proceedings <with" in text


def test_a_long_agreement_renders(tmp_path) -> None:
    result = render_agreement(sample_document(clauses=60), EXPORT_TIME)
    assert len(result.fields) == 4
    assert "60." in pdf_text(result.pdf, tmp_path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"languages": ()}, "one or two languages"),
        ({"languages": ("en", "fr")}, "Unsupported"),
        ({"fingerprint": "abc"}, "fingerprint"),
        ({"signature_modes": ("digital",)}, "one signature mode per party"),
        ({"signature_modes": ("digital", "ink", "paper")}, "'digital' or 'paper'"),
        ({"mediators": ()}, "mediator"),
        ({"clauses": ()}, "at least one clause"),
    ],
)
def test_invalid_documents_are_refused(change, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        replace(sample_document(), **change)


def test_a_clause_missing_a_language_is_refused() -> None:
    doc = sample_document()
    broken = (DocClause("1", {"en": "x"}, {"en": "only English"}),)
    with pytest.raises(InvalidInput, match="no zh-Hans text"):
        replace(doc, clauses=broken)


def test_an_agreement_without_a_place_says_only_the_date(tmp_path) -> None:
    text = pdf_text(render_pdf(replace(sample_document(), place=""), EXPORT_TIME), tmp_path)
    assert "have signed this Agreement on 2 March 2026." in text
    assert "各方于2026年3月2日签署本协议" in text
    assert "Place" not in text


def test_concurrent_renders_on_worker_threads_match_serial_ones(rendered) -> None:
    from concurrent.futures import ThreadPoolExecutor

    docs = [sample_document(), sample_document(languages=("en",)), sample_document(clauses=9)]
    serial = [render_pdf(d, EXPORT_TIME) for d in docs]
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(lambda d: render_pdf(d, EXPORT_TIME), docs)) == serial
    assert serial[0] == rendered.pdf
