"""Template clauses with every placeholder written in, as a mediator would before conclusion."""

from __future__ import annotations

import re
from collections.abc import Iterable

from iomed_desk.core.drafting import Clause
from iomed_desk.core.text_rules import placeholders_in

#: what a mediator writes for each marker; a marker not listed gets "agreed text"
WRITTEN = {
    "{currency}": "USD", "{amount}": "27,500,000", "{payment_days}": "30", "{seat}": "Hong Kong",
    "{governing_law}": "Hong Kong", "{mediator}": "the mediator", "{parties}": "the Parties",
    "[date]": "31 March 2026", "[日期]": "2026年3月31日",
}


def filled_text(text: str) -> str:
    for marker in placeholders_in(text):
        text = text.replace(marker, WRITTEN.get(marker, re.sub(r"[\[\]{}]", "", marker)))
    return text


def filled(clauses: Iterable[Clause]) -> list[Clause]:
    """The same clauses (same ids) with no placeholder left in any language."""
    return [Clause(c.id, tuple((lg, filled_text(t)) for lg, t in c.heading),
                   tuple((lg, filled_text(t)) for lg, t in c.body)) for c in clauses]
