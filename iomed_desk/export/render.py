"""Render an `AgreementDocument` to PDF bytes, with empty signature fields on the boxes.

The output is deterministic (reportlab invariant mode, creation date = the given
time, a stable trailer ID), so re-exporting the same agreement at the same
moment yields the same bytes and a test can prove nothing random leaks in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from iomed_desk.export.document import (
    MEDIATOR_FIELD,
    AgreementDocument,
    party_field_name,
    text_in,
)
from iomed_desk.export.fields import add_signature_fields
from iomed_desk.export.fonts import ensure_font
from iomed_desk.export.labels import format_date, label, labels, language_list
from iomed_desk.export.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    FieldPlacement,
    Furniture,
    SignatureBox,
    make_canvas_class,
    style_for,
    styles,
)

_TAGS = {"en": "EN", "zh-Hans": "中文", "zh-Hant": "中文"}
_BOX_WIDTH = 74 * mm
_BOX_HEIGHT = 24 * mm


@dataclass(frozen=True)
class RenderedAgreement:
    """The unsigned PDF and where each signature field sits."""

    pdf: bytes
    fields: tuple[FieldPlacement, ...]


def render_agreement(doc: AgreementDocument, created: datetime) -> RenderedAgreement:
    """Lay out the agreement and add one empty signature field per digital signer."""
    font = ensure_font()
    placements: dict[str, FieldPlacement] = {}
    builder = _Story(doc, font, placements)
    out = BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
        title=doc.title, author="; ".join(doc.mediators),
        subject=f"Settlement agreement, case {doc.case_reference}",
        keywords=", ".join(("settlement agreement", "mediation", doc.case_reference,
                            f"sha256:{doc.fingerprint}")),
        creator="IOMed Desk", lang=doc.languages[0], initialFontName=font,
    )
    template.build(builder.story(), canvasmaker=make_canvas_class(_furniture(doc, font, created)))
    fields = tuple(placements[name] for name in _field_order(doc))
    return RenderedAgreement(add_signature_fields(out.getvalue(), fields), fields)


def render_pdf(doc: AgreementDocument, created: datetime) -> bytes:
    """Just the PDF bytes of `render_agreement`."""
    return render_agreement(doc, created).pdf


def _field_order(doc: AgreementDocument) -> list[str]:
    return [party_field_name(i) for i in doc.digital_parties] + [MEDIATOR_FIELD]


def _furniture(doc: AgreementDocument, font: str, created: datetime) -> Furniture:
    langs = doc.languages
    return Furniture(
        header=f"{doc.case_reference} · {doc.title}",
        footer_left=f"{labels('case_reference', langs)}: {doc.case_reference}",
        page_label=lambda page, total: labels("page_of", langs, page=str(page), pages=str(total)),
        fingerprint_line=f"{labels('fingerprint', langs)}: {doc.fingerprint}",
        last_page_line=f"{labels('audit_head', langs)}: {doc.audit_head}",
        font=font, created=created,
    )


def _markup(text: str) -> list[str]:
    """Split plain text into paragraphs (blank lines) and escape it for reportlab markup."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    return [escape(b).replace("\n", "<br/>") for b in blocks]


class _Story:
    """Builds the flowables, top to bottom, in the order a lawyer expects them."""

    def __init__(self, doc: AgreementDocument, font: str,
                 placements: dict[str, FieldPlacement]) -> None:
        self.doc = doc
        self.font = font
        self.sheet = styles(font)
        self.placements = placements
        self.bilingual = len(doc.languages) > 1

    def p(self, text: str, style: str, language: str = "en", **kw: str) -> Paragraph:
        return Paragraph(text, style_for(self.sheet, style, language), **kw)

    def joined(self, key: str, **values: str) -> str:
        return escape(labels(key, self.doc.languages, **values))

    def story(self) -> list[Flowable]:
        return [*self.front(), *self.recitals(), *self.clauses(), PageBreak(),
                *self.signatures()]

    def front(self) -> list[Flowable]:
        doc, langs = self.doc, self.doc.languages
        dates = " / ".join(format_date(doc.date, lang) for lang in langs)
        meta = [
            [self.p(self.joined("case_reference"), "small"), self.p(escape(doc.case_reference), "meta")],
            *([[self.p(self.joined("place"), "small"), self.p(escape(doc.place), "meta")]]
              if doc.place.strip() else []),
            [self.p(self.joined("date"), "small"), self.p(escape(dates), "meta")],
        ]
        table = Table(meta, colWidths=[45 * mm, None], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), self.font),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out: list[Flowable] = [
            self.p(escape(doc.case_reference), "kicker"),
            self.p(escape(doc.title), "title"),
            table,
            Spacer(1, 4 * mm),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=2 * mm),
            self.p(self.joined("parties"), "h1"),
        ]
        for number, party in enumerate(doc.parties, start=1):
            kind = f" <font size=8.5 color='#5b6470'>({escape(party.kind)})</font>" if party.kind else ""
            out.append(self.p(f"{escape(party.name)}{kind}", "party", bulletText=f"({number})"))
            if party.representatives:
                reps = ", ".join(escape(r) for r in party.representatives)
                out.append(self.p(f"{self.joined('represented_by')}: {reps}", "text"))
        out.append(self.p(self.joined("mediators"), "h1"))
        out.append(self.p("; ".join(escape(m) for m in doc.mediators), "text"))
        return out

    def recitals(self) -> list[Flowable]:
        if not self.doc.recitals:
            return []
        out: list[Flowable] = [self.p(self.joined("recitals"), "h1")]
        for index, recital in enumerate(self.doc.recitals):
            letter = f"({chr(ord('A') + index % 26)})"
            for n, lang in enumerate(self.doc.languages):
                out.extend(self.language_block(text_in(recital, lang), lang,
                                               letter if n == 0 else None))
        return out

    def language_block(self, text: str, lang: str, bullet: str | None = None) -> list[Flowable]:
        """One language's text; in a bilingual document each first paragraph carries its tag."""
        tag = bullet or (_TAGS[lang] if self.bilingual else None)
        flows: list[Flowable] = []
        for i, para in enumerate(_markup(text)):
            kw = {"bulletText": tag} if i == 0 and tag else {}
            flows.append(self.p(para, "text", lang, **kw))
        return flows

    def clauses(self) -> list[Flowable]:
        doc = self.doc
        out: list[Flowable] = [Spacer(1, 2 * mm), self.p(self.joined("operative"), "body")]
        for clause in doc.clauses:
            out.extend(self.clause(clause.number, {lang: clause.heading(lang) for lang in doc.languages},
                                   {lang: clause.body(lang) for lang in doc.languages}))
        if self.bilingual:
            number = _next_number(doc.clauses[-1].number, len(doc.clauses))
            bodies = {lang: label("languages_clause", lang,
                                  languages=language_list(doc.languages, lang),
                                  prevailing=label(f"lang:{doc.prevailing_language}", lang))
                      for lang in doc.languages}
            headings = {lang: label("languages_heading", lang) for lang in doc.languages}
            out.extend(self.clause(number, headings, bodies))
        return out

    def clause(self, number: str, headings: dict[str, str], bodies: dict[str, str]) -> list[Flowable]:
        heading = " / ".join(escape(h) for h in headings.values() if h.strip())
        lang0 = self.doc.languages[0]
        out: list[Flowable] = [self.p(heading or "&nbsp;", "clause", lang0,
                                      bulletText=f"{number}.")]
        for lang, body in bodies.items():
            out.extend(self.language_block(body, lang))
        return out

    def signatures(self) -> list[Flowable]:
        doc, langs = self.doc, self.doc.languages
        out: list[Flowable] = [self.p(self.joined("signatures"), "h1")]
        for lang in langs:
            when = format_date(doc.date, lang)
            witness = (label("in_witness", lang, place=doc.place.strip(), date=when)
                       if doc.place.strip() else label("in_witness_no_place", lang, date=when))
            out.append(self.p(escape(witness), "body", lang))
        out.append(Spacer(1, 3 * mm))
        cells = [self.party_block(i) for i in range(len(doc.parties))]
        rows = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
        grid = Table(rows, colWidths=["50%", "50%"], hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("FONTNAME", (0, 0), (-1, -1), self.font),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)]))
        out.append(grid)
        out.append(CondPageBreak(80 * mm))
        out.append(KeepTogether(self.attestation()))
        return out

    def party_block(self, index: int) -> list[Flowable]:
        doc = self.doc
        party = doc.parties[index]
        digital = doc.signature_modes[index] == "digital"
        field = party_field_name(index) if digital else None
        head = "<br/>".join(escape(label("for_party", lang, party=party.name))
                            for lang in doc.languages)
        flows: list[Flowable] = [self.p(head, "meta", doc.languages[-1]), Spacer(1, 2 * mm),
                                 self.box(field)]
        names = ", ".join(party.representatives) or "…" * 12
        flows.append(Spacer(1, 1.5 * mm))
        flows.append(self.p(f"{self.joined('name')}: {escape(names)}", "small", doc.languages[-1]))
        note = "digital_note" if digital else "paper_note"
        flows.append(self.p("<br/>".join(escape(label(note, lang)) for lang in doc.languages),
                            "small", doc.languages[-1]))
        return flows

    def box(self, field: str | None) -> SignatureBox:
        caption = field or labels("paper_box", self.doc.languages)
        return SignatureBox(_BOX_WIDTH, _BOX_HEIGHT, field, self.placements, caption, self.font)

    def attestation(self) -> list[Flowable]:
        doc = self.doc
        mediator, others = doc.mediators[0], doc.mediators[1:]
        out: list[Flowable] = [self.p(self.joined("attestation"), "h1")]
        for lang in doc.languages:
            co = label("co_mediators", lang, others=", ".join(others)) if others else ""
            text = label("attestation_text", lang, mediator=mediator,
                         reference=doc.case_reference, co=co)
            out.append(self.p(escape(text), "body", lang))
        out += [Spacer(1, 2 * mm), self.box(MEDIATOR_FIELD), Spacer(1, 1.5 * mm),
                self.p(f"{self.joined('name')}: {escape(mediator)}", "small", doc.languages[-1])]
        return out


def _next_number(last: str, count: int) -> str:
    """The number after the last agreed clause, for the added languages clause."""
    return str(int(last) + 1) if last.isdigit() else str(count + 1)
