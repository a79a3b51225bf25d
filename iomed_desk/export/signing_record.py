"""The take-home signing record: one page per party ("Copy for <party>") and one for the mediator.

It names the case, the agreement and its fingerprint, the SHA-256 of the final PDF, the export's
number (and, for a re-export, its reason and the earlier export's PDF SHA-256), and one line per
signer from the ceremony (core/ceremony.py). The page is drawn with the embedded CJK-capable font
(export/fonts.py), and the record itself is embedded as JSON (`signing-record.json`), the same
bytes as the RECORD.json written beside it, so `iomed-desk verify AGREEMENT.pdf --record` reads
either. Rendering takes a moment: call it on a worker.
"""

from __future__ import annotations

import json
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from iomed_desk.core.ceremony import KeyHolding, SignerLine, SigningRecord
from iomed_desk.export.fonts import ensure_font
from iomed_desk.export.record_check import RECORD_JSON_NAME

MEDIATOR_COPY = ""


def record_json(record: SigningRecord) -> bytes:
    """The machine-readable record: UTF-8 JSON, keys sorted, as written beside the PDF and embedded in it."""
    return (json.dumps(record.as_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def render_record(record: SigningRecord, copy_for: str, created: datetime) -> bytes:
    """The one-page record PDF for `copy_for` (a party's name; `MEDIATOR_COPY` for the mediator's),
    with the record's JSON embedded."""
    for size in (9.0, 8.0, 7.0, 6.0, 5.0):
        pdf, pages = _render(record, copy_for, size)
        if pages == 1:
            return _embed(pdf, record_json(record), created)
    raise ValueError("The signing record does not fit on one page.")


def _render(record: SigningRecord, copy_for: str, size: float) -> tuple[bytes, int]:
    font = ensure_font()
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.35)
    head = ParagraphStyle("head", parent=body, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=size)
    mono = ParagraphStyle("mono", parent=body, fontSize=size - 0.5)
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Signing record", author="IOMed Desk",
                            subject=f"{record.case_reference}, export {record.export_number}",
                            invariant=True, initialFontName=font)
    who = f"Copy for {copy_for}" if copy_for else "Copy for the mediator"

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story = [p(f"Signing record — {who}", head),
             p(f"Case: {record.case_reference}"), p(f"Agreement: {record.title}"),
             p(f"Export number: {record.export_number}, made {_when(record.exported_at)}"
               + (f", file {record.file_name}" if record.file_name else "")),
             p("Agreement fingerprint (SHA-256 of the canonical text):"), p(record.fingerprint, mono),
             p("SHA-256 of the final PDF (compare with sha256sum of your copy):"), p(record.pdf_sha256, mono)]
    if record.previous_number is not None or record.reason:
        story.append(p(f"This export replaces export {record.previous_number} (its PDF SHA-256: "
                       f"{record.previous_pdf_sha256 or 'not recorded'}). Reason given: {record.reason}"))
    story += [Spacer(1, size), p("Signers (identity documents are recorded by their last 4 characters only):")]
    signer_style = ParagraphStyle("signer", parent=body, leftIndent=size * 1.6, firstLineIndent=-size * 1.6)
    story += [Paragraph("<br/>".join(escape(line) for line in signer_lines(n, s)), signer_style)
              for n, s in enumerate(record.signers, start=1)]
    story += [Spacer(1, size),
              p("To check your copy of the agreement against this record: iomed-desk verify AGREEMENT.pdf "
                "--record THIS-RECORD.pdf (or its .json). A signature by any other certificate, even one "
                "issued later in the same name, does not match.")]
    pages = [0]

    def count(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        pages[0] = canvas.getPageNumber()

    doc.build(story, onFirstPage=count, onLaterPages=count)
    return out.getvalue(), pages[0]


def signer_lines(number: int, signer: SignerLine) -> list[str]:
    """One signer as the record prints it: who, for whom and in what role; how the key was held and
    what was checked; then the certificate (or the paper signature's witness) and the time."""
    who = ", ".join(v for v in (signer.signatory, signer.capacity) if v)
    first = f"{number}. {signer.field}: {who}" + (f", for {signer.party}" if signer.party_id else "")
    lines = [first, f"key: {signer.holding.label}"]
    if signer.checks.identity:
        lines.append(f"identity: {signer.checks.identity}")
    if signer.checks.authority:
        lines.append(f"authority: {signer.checks.authority}")
    if signer.holding is KeyHolding.PAPER:
        lines.append(f"signed on paper, witnessed by {signer.witness} at {_when(signer.witnessed_at)}"
                     if signer.witness and signer.witnessed_at else "awaiting the paper signature")
    else:
        lines += [f"certificate serial {signer.cert_serial}", f"certificate SHA-256 {signer.cert_sha256}"]
        if signer.signed_at:
            lines.append(f"signed {_when(signer.signed_at)} (signer's clock)")
    return lines


def _when(moment: datetime | None) -> str:
    return moment.isoformat(sep=" ", timespec="seconds") if moment else ""


def _embed(pdf: bytes, data: bytes, created: datetime) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    stream = EmbeddedFileObject.from_file_data(
        writer, data, compress=True, mime_type="application/json",
        params=EmbeddedFileParams(creation_date=created, modification_date=created))
    spec = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Filespec"),
        pdf_name("/F"): pdf_string(RECORD_JSON_NAME),
        pdf_name("/UF"): pdf_string(RECORD_JSON_NAME),
        pdf_name("/EF"): generic.DictionaryObject({pdf_name("/F"): stream.ef_stream_ref,
                                                   pdf_name("/UF"): stream.ef_stream_ref}),
        pdf_name("/Desc"): generic.TextStringObject("The signing record, machine-readable"),
        pdf_name("/AFRelationship"): pdf_name("/Data"),
    })
    spec_ref = writer.add_object(spec)
    root = writer.root
    root[pdf_name("/Names")] = writer.add_object(generic.DictionaryObject({
        pdf_name("/EmbeddedFiles"): generic.DictionaryObject({
            pdf_name("/Names"): generic.ArrayObject([pdf_string(RECORD_JSON_NAME), spec_ref])})}))
    root[pdf_name("/AF")] = generic.ArrayObject([spec_ref])
    writer.update_root()
    writer.ensure_output_version((1, 7))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
