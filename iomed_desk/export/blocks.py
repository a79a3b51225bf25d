"""The agreement's people: the list of parties up front and a signature block per signatory.

Everything here is the fixed frame around the agreed clauses, in the agreement's
own languages (labels.py): a party's kind is printed as words of each language,
never as its code, and each signatory's block names them, their capacity and
their authority. A party that signs digitally gets one signature field per block.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from iomed_desk.export.document import AgreementDocument, DocParty, DocSignatory, party_field_name
from iomed_desk.export.labels import chinese_only, colon, in_brackets, label, labels
from iomed_desk.export.layout import MUTED, FieldPlacement, SignatureBox, style_for

BOX_WIDTH = 74 * mm
BOX_HEIGHT = 24 * mm
_BLANK = "…" * 14


def kind_words(party: DocParty, languages: tuple[str, ...]) -> str:
    """The party's kind in each language ("State / 国家"); empty when none is recorded."""
    return labels(f"kind:{party.kind}", languages) if party.kind else ""


class PeopleBlocks:
    """Flowables for the parties list and the signature blocks of one document."""

    def __init__(self, doc: AgreementDocument, sheet: dict, font: str,
                 placements: dict[str, FieldPlacement]) -> None:
        self.doc = doc
        self.sheet = sheet
        self.font = font
        self.placements = placements

    def p(self, text: str, style: str, language: str) -> Paragraph:
        return Paragraph(text, style_for(self.sheet, style, language))

    def _last(self) -> str:
        """The language whose style lays out a line mixing all of them (CJK wraps per character)."""
        return self.doc.languages[-1]

    def parties(self) -> list[Flowable]:
        """(1) Name (State / 国家), and a line naming its representatives, per party."""
        langs = self.doc.languages
        out: list[Flowable] = []
        for number, party in enumerate(self.doc.parties, start=1):
            kind = kind_words(party, langs)
            space = "" if chinese_only(langs) else " "
            kind = f"{space}<font size=8.5 color='#{MUTED.hexval()[2:]}'>{escape(in_brackets(kind, langs))}</font>" \
                if kind else ""
            out.append(Paragraph(f"{escape(party.name)}{kind}", style_for(self.sheet, "party", self._last()),
                                 bulletText=f"({number})"))
            # an individual who comes in person is not "represented by" themselves
            others = [r for r in party.representatives if " ".join(r.split()) != " ".join(party.name.split())]
            if others:
                reps = ("、" if chinese_only(langs) else ", ").join(escape(r) for r in others)
                out.append(self.p(f"{escape(labels('represented_by', langs) + colon(langs))}{reps}", "text",
                                  self._last()))
        return out

    def grid(self) -> Table:
        """Every signatory's block, two to a row, each party's blocks together and in party order."""
        cells = [self.block(i, j, signatory)
                 for i, party in enumerate(self.doc.parties)
                 for j, signatory in enumerate(party.blocks)]
        rows = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
        grid = Table(rows, colWidths=["50%", "50%"], hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("FONTNAME", (0, 0), (-1, -1), self.font),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm)]))
        return grid

    def block(self, index: int, signatory_index: int, signatory: DocSignatory) -> list[Flowable]:
        """For and on behalf of <party> (each language), the box, then name, capacity, authority."""
        doc, langs = self.doc, self.doc.languages
        party = doc.parties[index]
        digital = doc.signature_modes[index] == "digital"
        head = "<br/>".join(escape(label("for_party", lang, party=party.name)) for lang in langs)
        flows: list[Flowable] = [self.p(head, "meta", self._last()), Spacer(1, 2 * mm),
                                 self.box(party_field_name(index, signatory_index) if digital else None),
                                 Spacer(1, 1.5 * mm)]
        for key, value in (("name", signatory.name), ("capacity", signatory.capacity),
                           ("authority", signatory.authority)):
            if value.strip() or not digital:
                flows.append(self.p(escape(labels(key, langs) + colon(langs) + (value.strip() or _BLANK)),
                                    "small", self._last()))
        note = "digital_note" if digital else "paper_note"
        flows.append(self.p("<br/>".join(escape(label(note, lang)) for lang in langs), "small", self._last()))
        return flows

    def box(self, field: str | None) -> SignatureBox:
        caption = field or labels("paper_box", self.doc.languages)
        return SignatureBox(BOX_WIDTH, BOX_HEIGHT, field, self.placements, caption, self.font)
