"""The impartiality record as one A4 page the mediator can show every party.

Two bar charts drawn with reportlab graphics, every party on the same value axis (caucus
time in minutes; then the counts), in the party's colour, each bar labelled with its figure;
then a table of the figures and times. Every string, including the charts' axis labels and
legend, is set in the embedded CJK-capable font (export/fonts.py), so nothing falls back to a
non-embedded base font. The page holds what `ImpartialityRecord` holds: counts and times only.
A record that does not fit is set smaller until it does (and names are shortened).

The page speaks the settlement agreement's languages when the app asks (`labels_in`, from
export/process_labels.py: a sentence per language, a label in each language on one line);
Chinese lines wrap per character.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from iomed_desk.core.impartiality import count_rows, nice_max, short, when
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time
from iomed_desk.export.process_labels import ENGLISH, check_languages, text, texts

if TYPE_CHECKING:
    from iomed_desk.core.impartiality import ImpartialityRecord, PartyFigures


@dataclass(frozen=True)
class Labels:
    """The page's wording: English by default, `labels_in` the agreement's languages. A line break in
    the title, the case line, the promise or the joint line starts a paragraph (one per language)."""

    title: str = "Impartiality record"
    case: str = "Case {reference}, as of {when} ({zone})"
    promise: str = ("Counts and times only: this record shows how the mediator's time and the process were "
                    "shared between the parties. It contains no content of any session, note or draft.")
    time_chart: str = "Caucus time (minutes)"
    count_chart: str = "Counts"
    caucus_minutes: str = "Caucus minutes"
    caucuses: str = "Caucuses"
    disclosures_from: str = "Disclosures from"
    disclosures_to: str = "Disclosures to"
    tablings_seen: str = "Tablings seen"
    positions: str = "Positions recorded"
    party: str = "Party"
    last_caucus: str = "Last caucus"
    tabling_times: str = "Tablings seen at"
    in_caucus: str = "in caucus"
    earlier: str = "+{n} earlier"
    last_position: str = "Last position"
    running: str = "(running)"
    joint: str = ("Joint sessions: {sessions} ({minutes} min). Tabled to all parties: {tablings}. "
                  "Disclosed to all parties: {disclosures}. Revoked disclosures (counted above): {revoked}.")
    none: str = "–"


#: the sentences, a paragraph per language; every other label is joined on one line
_SENTENCES = frozenset({"title", "case", "promise", "joint"})


def labels_in(languages: tuple[str, ...]) -> Labels:
    """The page's wording in the agreement's languages, in its order; English alone is `Labels()`."""
    languages = tuple(languages) or ENGLISH
    check_languages(languages)
    words = {f.name: ("\n".join(dict.fromkeys(text(f"imp:{f.name}", lang) for lang in languages))
                      if f.name in _SENTENCES else texts(f"imp:{f.name}", languages))
             for f in fields(Labels) if f.name != "none"}
    return Labels(**words)


def _chinese(content: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in content)


def render(record: ImpartialityRecord, labels: Labels | None = None) -> bytes:
    """The one-page PDF; set smaller until it fits (ValueError if even the smallest does not)."""
    labels = labels or Labels()
    for size in (9.0, 8.0, 7.0, 6.0):
        pdf, pages = _render(record, labels, size)
        if pages == 1:
            return pdf
    raise ValueError("The impartiality record does not fit on one page.")


def count_names(labels: Labels) -> list[str]:
    return [labels.caucuses, labels.disclosures_from, labels.disclosures_to, labels.tablings_seen,
            labels.positions]


def _chart(font: str, size: float, width: float, title: str, categories: list[str],
           series: list[list[int]], fills: list[str]) -> Drawing:
    """Horizontal bars: one group per category, one bar per party, one value axis for all."""
    bar = max(4.0, size * 1.1)
    groups = len(categories)
    plot_h = groups * (len(series) * bar + bar)
    # room for the longest category name (a bilingual one is long), never less than before
    left = max(size * 11, max((stringWidth(name, font, size) for name in categories), default=0) + size)
    d = Drawing(width, plot_h + size * 4, initialFontName=font, initialFontSize=size)
    d.add(String(0, plot_h + size * 2.4, title, fontName=font, fontSize=size + 1))
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = left, size * 1.6, width - left - size * 3, plot_h
    # the chart draws the first category and the first series lowest: reverse both, so the page reads
    # top-down in the order of the legend
    c.data = [list(reversed(s)) for s in reversed(series)] if series else [[0] * groups]
    c.categoryAxis.categoryNames = list(reversed(categories))
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = size
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -size * 0.4
    c.valueAxis.valueMin = 0
    top = nice_max(max((v for s in series for v in s), default=0))
    c.valueAxis.valueMax = top
    c.valueAxis.valueStep = max(1, top // 5) if top >= 5 else 1
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = size - 1
    c.valueAxis.labelTextFormat = "%d"
    c.barLabelFormat = "%d"
    c.barLabels.fontName = font
    c.barLabels.fontSize = size - 1
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = size * 0.3
    c.barWidth = bar
    c.groupSpacing = bar
    c.barSpacing = 0
    for i, fill in enumerate(reversed(fills)):
        c.bars[i].fillColor = colors.HexColor(fill)
        c.bars[i].strokeColor = None
    d.add(c)
    return d


def _legend(font: str, size: float, width: float, record: ImpartialityRecord) -> Drawing:
    rows = len(record.parties)
    d = Drawing(width, rows * size * 1.5 + size, initialFontName=font, initialFontSize=size)
    legend = Legend()
    legend.x, legend.y = 0, rows * size * 1.5 + size * 0.5
    legend.fontName, legend.fontSize = font, size
    legend.alignment = "right"
    legend.columnMaximum = rows
    legend.deltay = size * 1.5
    legend.colorNamePairs = [(colors.HexColor(p.colour), short(p.name)) for p in record.parties]
    d.add(legend)
    return d


@one_drawing_at_a_time
def _render(record: ImpartialityRecord, labels: Labels, size: float) -> tuple[bytes, int]:
    font = ensure_font()
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.4)
    head = ParagraphStyle("head", parent=body, fontSize=size + 6, leading=(size + 6) * 1.3, spaceAfter=size)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    wrapped = {name: ParagraphStyle(f"{name}-cjk", style, wordWrap="CJK")
               for name, style in (("body", body), ("head", head), ("cell", cell))}
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=labels.title.replace("\n", " / "), author="IOMed Desk",
                            subject=record.reference, invariant=True, initialFontName=font)
    width = doc.width
    zone = record.zone or "UTC"

    def p(content: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(content), wrapped[style.name] if _chinese(content) else style)

    def ps(content: str, style: ParagraphStyle = body) -> list[Paragraph]:
        """One paragraph per line (per language)."""
        return [p(line, style) for line in content.split("\n")]

    fills = [p.colour for p in record.parties]
    story = [
        *ps(labels.title, head),
        *ps(labels.case.format(reference=record.reference, when=when(record.as_of, record.zone), zone=zone)),
        *ps(labels.promise),
        _legend(font, size, width, record),
        _chart(font, size, width, labels.time_chart, [labels.caucus_minutes],
               [[q.caucus_minutes] for q in record.parties], fills),
        Spacer(1, size * 0.6),
        _chart(font, size, width, labels.count_chart, count_names(labels),
               [count_rows(q) for q in record.parties], fills),
        Spacer(1, size * 0.6),
        *ps(labels.joint.format(sessions=record.joint_sessions, minutes=record.joint_minutes,
                                tablings=record.tablings_to_all, disclosures=record.disclosures_to_all,
                                revoked=record.revoked)),
        _table(record, labels, cell, wrapped["cell"], width, size),
    ]
    pages = [0]

    def count(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        pages[0] = canvas.getPageNumber()

    doc.build(story, onFirstPage=count, onLaterPages=count)
    return out.getvalue(), pages[0]


def _table(record: ImpartialityRecord, labels: Labels, cell: ParagraphStyle, cjk: ParagraphStyle, width: float,
           size: float) -> Table:
    """One row per figure, one column per party (so names and times have room), each column headed in
    the party's colour."""
    def c(content: str) -> Paragraph:
        return Paragraph(escape(content), cjk if _chinese(content) else cell)

    def t(moment: datetime | None) -> str:
        return when(moment, record.zone) or labels.none

    parties = record.parties
    rows: list[list[Paragraph]] = [[c(labels.party), *(c(short(q.name)) for q in parties)]]
    rows.append([c(labels.caucus_minutes), *(c(str(q.caucus_minutes)) for q in parties)])
    for name, values in zip(count_names(labels), zip(*(count_rows(q) for q in parties), strict=True), strict=True):
        rows.append([c(name), *(c(str(v)) for v in values)])
    rows.append([c(labels.last_caucus), *(c(t(q.last_caucus_at) + (f" {labels.running}" if q.caucus_running
                                                                    else "")) for q in parties)])
    rows.append([c(labels.tabling_times), *(c(_tabling_times(q, record.zone, labels)) for q in parties)])
    rows.append([c(labels.last_position), *(c(t(q.last_position_at)) for q in parties)])
    label_w = width * 0.24
    table = Table(rows, colWidths=[label_w] + [(width - label_w) / max(1, len(parties))] * len(parties))
    style = [("FONTNAME", (0, 0), (-1, -1), cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), size),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), size * 0.2), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.2)]
    for i, q in enumerate(parties, start=1):
        style.append(("LINEABOVE", (i, 0), (i, 0), size * 0.5, colors.HexColor(q.colour)))
    table.setStyle(TableStyle(style))
    return table


def _tabling_times(q: PartyFigures, zone: str, labels: Labels, shown: int = 6) -> str:
    """When the party saw each tabling (the newest `shown`; the rest as "+n earlier"), a caucus one marked."""
    if not q.tablings_seen:
        return labels.none
    items = [when(t.at, zone) + (f" ({labels.in_caucus})" if t.in_caucus else "") for t in q.tablings_seen]
    earlier = len(items) - shown
    return "; ".join(([labels.earlier.format(n=earlier)] if earlier > 0 else []) + items[-shown:])
