"""The offers ledger as a PDF for the mediator: one table per issue, then the overlap checks' rounds.

For the mediator's file, never handed to a party unless what it shows was disclosed (the app feeds it
the mediator's view). Each row: when (at the seat), the session, who, to whom, offer or demand, the
figure, whether it was communicated or is the mediator's note of a private figure, and the terms. A
check shows its terms and each round's outcome (never a limit: none is kept). Every string is set in
the embedded CJK-capable font (export/fonts.py), so nothing falls back to a non-embedded base font.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from iomed_desk.core.impartiality import when
from iomed_desk.core.offers import CheckRecord, Kind, NegotiationIssue, Offer, format_figure
from iomed_desk.core.seat import case_zone
from iomed_desk.export.fonts import ensure_font, one_drawing_at_a_time

if TYPE_CHECKING:
    from iomed_desk.core.model import Case, Session


@dataclass(frozen=True)
class LedgerIssue:
    issue: NegotiationIssue
    offers: tuple[Offer, ...]
    checks: tuple[CheckRecord, ...] = ()


@dataclass(frozen=True)
class Labels:
    """The page's wording; the GUI passes it translated into the interface language."""

    title: str = "Offers ledger"
    case: str = "Case {reference}: {title}. Times at the seat ({zone})."
    promise: str = ("For the mediator. Confidential: private figures and offers made in caucus appear here; "
                    "do not show this document to a party.")
    when: str = "When"
    session: str = "Session"
    made_by: str = "Made by"
    to: str = "To"
    kind: str = "Offer / demand"
    figure: str = "Figure"
    status: str = "Status"
    terms: str = "Terms"
    offer: str = "offer"
    demand: str = "demand"
    everyone: str = "every other party"
    communicated: str = "communicated"
    private: str = "private figure (mediator's note)"
    joint_session: str = "joint session"
    caucus: str = "caucus"
    none: str = "–"
    no_offers: str = "No offers recorded on this issue."
    check: str = ("Overlap check: {ceiling} gives a ceiling, {floor} a floor; rule: {rule}; "
                  "{rounds} round(s) agreed.")
    round: str = "Round {number}: {outcome}"
    rules: tuple[tuple[str, str], ...] = (("outcome", "overlap or gap only"), ("split", "split the difference"),
                                          ("overlap-midpoint", "midpoint of the overlap"))


@one_drawing_at_a_time
def render(case: Case, issues: Sequence[LedgerIssue], names: Mapping[str, str],
           sessions: Mapping[str, Session], zone: str = "", labels: Labels | None = None) -> bytes:
    labels = labels or Labels()
    zone = zone or case_zone(case)
    font = ensure_font()
    size = 8.5
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.4)
    head = ParagraphStyle("head", parent=body, fontSize=size + 7, leading=(size + 7) * 1.3, spaceAfter=size)
    sub = ParagraphStyle("sub", parent=body, fontSize=size + 3, leading=(size + 3) * 1.3, spaceBefore=size,
                         spaceAfter=size * 0.5)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=labels.title, author="IOMed Desk",
                            subject=case.reference, invariant=True, initialFontName=font)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list = [p(labels.title, head),
                   p(labels.case.format(reference=case.reference, title=case.title, zone=zone or "UTC")),
                   p(labels.promise)]
    rules = dict(labels.rules)
    for item in issues:
        issue = item.issue
        story.append(p(issue.label(), sub))
        if item.offers:
            story.append(_table(item, names, sessions, zone, labels, cell, doc.width, size))
        else:
            story.append(p(labels.no_offers))
        for check in item.checks:
            t = check.terms
            story.append(Spacer(1, size * 0.5))
            story.append(p(labels.check.format(ceiling=names.get(t.ceiling_party, t.ceiling_party),
                                               floor=names.get(t.floor_party, t.floor_party),
                                               rule=rules.get(t.rule.value, t.rule.value), rounds=t.rounds)))
            for r in check.rounds:
                outcome = r.outcome
                if r.figure is not None:
                    outcome += f": {format_figure(r.figure, issue.unit, issue.currency)}"
                if r.band:
                    outcome += f" ({r.band})"
                story.append(p(labels.round.format(number=r.number, outcome=outcome)))
    doc.build(story)
    return out.getvalue()


def _table(item: LedgerIssue, names: Mapping[str, str], sessions: Mapping[str, Session], zone: str,
           labels: Labels, cell: ParagraphStyle, width: float, size: float) -> Table:
    def c(text: str) -> Paragraph:
        return Paragraph(escape(text), cell)

    issue = item.issue
    rows = [[c(h) for h in (labels.when, labels.session, labels.made_by, labels.to, labels.kind, labels.figure,
                            labels.status, labels.terms)]]
    for o in item.offers:
        s = sessions.get(o.session_id or "")
        where = labels.none if s is None else (labels.joint_session if s.channel.kind == "joint" else labels.caucus)
        if s is not None:
            where += f" {when(s.started_at, zone)}"
        rows.append([c(when(o.made_at, zone)), c(where), c(names.get(o.party_id, o.party_id)),
                     c(names.get(o.to_party, o.to_party) if o.to_party else labels.everyone),
                     c(labels.demand if o.kind is Kind.DEMAND else labels.offer),
                     c(format_figure(o.figure, issue.unit, issue.currency)),
                     c(labels.private if o.private else labels.communicated), c(o.terms or labels.none)])
    fractions = (0.11, 0.14, 0.13, 0.13, 0.08, 0.12, 0.11, 0.18)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.2), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.2)]))
    return table
