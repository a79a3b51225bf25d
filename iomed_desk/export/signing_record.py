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
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.labels import colon
from iomed_desk.export.record_check import RECORD_JSON_NAME
from iomed_desk.export.record_labels import record_label, record_labels, role

MEDIATOR_COPY = ""


def record_json(record: SigningRecord) -> bytes:
    """The machine-readable record: UTF-8 JSON, keys sorted, as written beside the PDF and embedded in it."""
    return (json.dumps(record.as_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def render_record(record: SigningRecord, copy_for: str, created: datetime,
                  languages: tuple[str, ...] = ("en",)) -> bytes:
    """The one-page record PDF for `copy_for` (a party's name; `MEDIATOR_COPY` for the mediator's),
    worded in the agreement's `languages` (each sentence in each, in order), with the record's JSON
    embedded."""
    languages = tuple(languages) or ("en",)
    for size in (9.0, 8.0, 7.0, 6.0, 5.0, 4.5):
        pdf, pages = _render(record, copy_for, size, languages)
        if pages == 1:
            return _embed(pdf, record_json(record), created)
    raise ValueError("The signing record does not fit on one page.")


@one_drawing_at_a_time
def _render(record: SigningRecord, copy_for: str, size: float, languages: tuple[str, ...]) -> tuple[bytes, int]:
    font = ensure_font()
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.35)
    head = ParagraphStyle("head", parent=body, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=size)
    mono = ParagraphStyle("mono", parent=body, fontSize=size - 0.5)
    first = languages[0]
    sep = colon(languages)
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=record_labels("title", languages, who=copy_for or "—"),
                            author="IOMed Desk", lang=first,
                            subject=f"{record.case_reference}, export {record.export_number}",
                            invariant=True, initialFontName=font)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    def each(key: str, style: ParagraphStyle = body, **values: object) -> list[Paragraph]:
        """The sentence `key` once per language, in the agreement's order."""
        return [p(text, style) for text in dict.fromkeys(record_label(key, lg, **values) for lg in languages)]

    def who(lang: str) -> str:
        return (record_label("copy_for", lang, party=copy_for) if copy_for
                else record_label("copy_mediator", lang))

    made = record_labels("export", languages, number=record.export_number, when=_when(record.exported_at))
    if record.file_name:
        made += ", " + record_labels("file", languages, name=record.file_name)
    story = [p(record_label("title", lg, who=who(lg)), head) for lg in languages]
    story += [p(f"{record_labels('case', languages)}{sep}{record.case_reference}"),
              p(f"{record_labels('agreement', languages)}{sep}{record.title}"), p(made),
              *each("fingerprint"), p(record.fingerprint, mono), *each("pdf_sha256"), p(record.pdf_sha256, mono)]
    if record.previous_number is not None or record.reason:
        story += [p(record_label("replaces", lg, number=record.previous_number, reason=record.reason,
                                 sha=record.previous_pdf_sha256 or record_label("not_recorded", lg)))
                  for lg in languages]
    story += [Spacer(1, size), *each("signers")]
    signer_style = ParagraphStyle("signer", parent=body, leftIndent=size * 1.6, firstLineIndent=-size * 1.6)
    story += [Paragraph("<br/>".join(escape(line) for line in signer_lines(n, s, languages)), signer_style)
              for n, s in enumerate(record.signers, start=1)]
    story += [Spacer(1, size), *each("how_to_check")]
    pages = [0]

    def count(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        pages[0] = canvas.getPageNumber()

    doc.build(story, onFirstPage=count, onLaterPages=count)
    return out.getvalue(), pages[0]


def signer_lines(number: int, signer: SignerLine, languages: tuple[str, ...] = ("en",)) -> list[str]:
    """One signer as the record prints it: who, for whom and in what role; how the key was held and
    what was checked; then the certificate (or the paper signature's witness) and the time. Labels
    in the agreement's languages ("key / 密鑰: ..."), names and hashes as recorded."""
    def say(key: str, **values: object) -> str:
        return record_labels(key, languages, **values)

    sep = colon(languages)
    who = ", ".join(v for v in (signer.signatory, role(signer.capacity, languages)) if v)
    first = f"{number}. {signer.field}: {who}" + (f", {say('for', party=signer.party)}" if signer.party_id else "")
    lines = [first, f"{say('key')}{sep}{say('holding:' + signer.holding.value)}"]
    identity, authority = signer.checks.identity, signer.checks.authority
    if identity:
        lines.append(f"{say('identity')}{sep}"
                     + " / ".join(dict.fromkeys(record_label("ending", lg, last4=identity.last4,
                                                             document=record_label("id:" + identity.document.value, lg))
                                                for lg in languages)))
    if authority:
        lines.append(f"{say('authority')}{sep}{say('instrument:' + authority.instrument.value)}"
                     + (f", {authority.detail}" if authority.detail else ""))
    if signer.holding is KeyHolding.PAPER:
        lines.append(say("paper_signed", witness=signer.witness, when=_when(signer.witnessed_at))
                     if signer.witness and signer.witnessed_at else say("paper_awaiting"))
    else:
        lines += [f"{say('cert_serial')} {signer.cert_serial}", f"{say('cert_sha256')} {signer.cert_sha256}"]
        if signer.signed_at:
            lines.append(say("signed", when=_when(signer.signed_at)))
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
