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

from iomed_desk.export.blocks import PeopleBlocks
from iomed_desk.export.document import (
    MEDIATOR_FIELD,
    AgreementDocument,
    text_in,
)
from iomed_desk.export.fields import add_signature_fields
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.labels import colon, format_date, label, labels, place_name, place_names
from iomed_desk.export.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    FieldPlacement,
    Furniture,
    make_canvas_class,
    style_for,
    styles,
)

_TAGS = {"en": "EN", "zh-Hans": "中文", "zh-Hant": "中文"}

#: The page layout this renderer draws, named in every canonical agreement it exports (its
#: `layout`), so the fingerprint covers it. Raise it with any change here or in layout.py, blocks.py,
#: labels.py or the font that would draw other pages from the same text, and keep the earlier
#: layout's parameters under a switch where that is cheap (add it to LAYOUTS): verify can then
#: still draw an older export's pages. A layout not in LAYOUTS is reported "cannot compare"
#: (export/text_check.py), never "pages differ".
LAYOUT = 1
LAYOUTS = frozenset({1})


@dataclass(frozen=True)
class RenderedAgreement:
    """The unsigned PDF and where each signature field sits."""

    pdf: bytes
    fields: tuple[FieldPlacement, ...]


@one_drawing_at_a_time
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
    return [slot.field_name for slot in doc.signature_slots] + [MEDIATOR_FIELD]


def _furniture(doc: AgreementDocument, font: str, created: datetime) -> Furniture:
    langs = doc.languages
    return Furniture(
        header=f"{doc.case_reference} · {doc.title}",
        footer_left=f"{labels('case_reference', langs)}{colon(langs)}{doc.case_reference}",
        page_label=lambda page, total: labels("page_of", langs, page=str(page), pages=str(total)),
        fingerprint_line=f"{labels('fingerprint', langs)}{colon(langs)}{doc.fingerprint}",
        last_page_line=f"{labels('audit_head', langs)}{colon(langs)}{doc.audit_head}",
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
        self.people = PeopleBlocks(doc, self.sheet, font, placements)

    def p(self, text: str, style: str, language: str = "en", **kw: str) -> Paragraph:
        return Paragraph(text, style_for(self.sheet, style, language), **kw)

    def joined(self, key: str, **values: str) -> str:
        return escape(labels(key, self.doc.languages, **values))

    def story(self) -> list[Flowable]:
        return [*self.front(), *self.recitals(), *self.clauses(), PageBreak(),
                *self.annexes(), *self.signatures()]

    def front(self) -> list[Flowable]:
        doc, langs = self.doc, self.doc.languages
        dates = " / ".join(format_date(doc.date, lang) for lang in langs)
        meta = [
            [self.p(self.joined("case_reference"), "small"), self.p(escape(doc.case_reference), "meta")],
            *([[self.p(self.joined("place"), "small"), self.p(escape(place_names(doc.place, langs)), "meta")]]
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
        out += self.people.parties()
        out.append(self.p(self.joined("mediators"), "h1"))
        out.append(self.p("; ".join(escape(m) for m in doc.mediators), "text"))
        return out

    def recitals(self) -> list[Flowable]:
        """The document's own recitals, then the words that turn to the operative clauses. Without
        recitals there is nothing to turn from: the agreed clauses (the templates' first, "This
        Agreement is made between", then their own "Recitals") speak for themselves, and a "the
        parties agree as follows" printed above a recitals clause would call the recitals terms."""
        if not self.doc.recitals:
            return []
        out: list[Flowable] = [self.p(self.joined("recitals"), "h1")]
        for index, recital in enumerate(self.doc.recitals):
            letter = f"({chr(ord('A') + index % 26)})"
            for n, lang in enumerate(self.doc.languages):
                out.extend(self.language_block(text_in(recital, lang), lang,
                                               letter if n == 0 else None))
        out += [Spacer(1, 2 * mm), self.p(self.joined("operative"), "body")]
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
        """The agreed clauses, and nothing else: no clause of the renderer's own."""
        doc = self.doc
        out: list[Flowable] = []
        for clause in doc.clauses:
            out.extend(self.clause(clause.number, {lang: clause.heading(lang) for lang in doc.languages},
                                   {lang: clause.body(lang) for lang in doc.languages}))
        return out

    def clause(self, number: str, headings: dict[str, str], bodies: dict[str, str]) -> list[Flowable]:
        heading = " / ".join(escape(h) for h in headings.values() if h.strip())
        lang0 = self.doc.languages[0]
        out: list[Flowable] = [self.p(heading or "&nbsp;", "clause", lang0,
                                      bulletText=f"{number}.")]
        for lang, body in bodies.items():
            out.extend(self.language_block(body, lang))
        return out

    def annexes(self) -> list[Flowable]:
        """The annexed files, each with its SHA-256, on a page of their own; nothing (and the pages of an
        agreement without annexes unchanged) when there are none."""
        doc = self.doc
        if not doc.annexes:
            return []
        out: list[Flowable] = [self.p(self.joined("annexes"), "h1")]
        for lang in doc.languages:
            out.append(self.p(escape(label("annex_note", lang)), "body", lang))
        out.append(Spacer(1, 2 * mm))
        lang0 = doc.languages[0]
        for annex in doc.annexes:
            line = label("annex_line", lang0, label=annex.label, file=annex.file_name, media=annex.media_type,
                         size=str(annex.size))
            out += [self.p(escape(line), "meta", lang0),
                    self.p(escape(f"SHA-256{colon(doc.languages)}{annex.sha256}"), "small", lang0),
                    Spacer(1, 1.5 * mm)]
        return [*out, PageBreak()]

    def signatures(self) -> list[Flowable]:
        doc, langs = self.doc, self.doc.languages
        out: list[Flowable] = [self.p(self.joined("signatures"), "h1")]
        for lang in langs:
            when = format_date(doc.date, lang)
            witness = (label("in_witness", lang, place=place_name(doc.place, lang), date=when)
                       if doc.place.strip() else label("in_witness_no_place", lang, date=when))
            out.append(self.p(escape(witness), "body", lang))
        out.append(Spacer(1, 3 * mm))
        out.append(self.people.grid())
        out.append(CondPageBreak(80 * mm))
        out.append(KeepTogether(self.attestation()))
        return out

    def attestation(self) -> list[Flowable]:
        doc = self.doc
        mediator, others = doc.mediators[0], doc.mediators[1:]
        out: list[Flowable] = [self.p(self.joined("attestation"), "h1")]
        for lang in doc.languages:
            co = label("co_mediators", lang, others=", ".join(others)) if others else ""
            text = label("attestation_text", lang, mediator=mediator,
                         reference=doc.case_reference, co=co)
            out.append(self.p(escape(text), "body", lang))
        if doc.declaration_dates:
            for lang in doc.languages:
                answered = label("declarations_all" if doc.declarations_acknowledged else "declarations_not_all", lang)
                dates = label("date_separator", lang).join(format_date(d, lang) for d in doc.declaration_dates)
                out.append(self.p(escape(label("declarations", lang, dates=dates, answered=answered)), "body", lang))
        out += [Spacer(1, 2 * mm), self.people.box(MEDIATOR_FIELD), Spacer(1, 1.5 * mm),
                self.p(escape(labels("name", doc.languages) + colon(doc.languages) + mediator), "small",
                       doc.languages[-1])]
        return out
