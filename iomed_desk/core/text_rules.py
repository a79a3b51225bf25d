"""Rules on the agreed text itself: nothing left unwritten, no two clauses that exclude each other.

A placeholder is one of the templates' own markers (core/templates.py):
- `{name}`: the templates' fill syntax, whatever the name, since nothing in a
  signed text is written in braces;
- `[words]`: a square-bracket blank exactly as a template writes it ("[date]",
  "[日期]"). Other square brackets ("[2024] HKCFA 12", "[sic]") are text.

core/agreement.py's `can_conclude` refuses a version that still holds one, or
that keeps two alternatives of the same template group (say, "both texts are
equally authentic" and "the English text prevails").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from iomed_desk.core.drafting import Clause, clause_label, normalise_text
from iomed_desk.core.model import LANGUAGES
from iomed_desk.core.templates import TEMPLATES, ClauseTemplate

_BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_BRACKETS = re.compile(r"\[[^\[\]\n]+\]")


@cache
def blanks() -> frozenset[str]:
    """Every square-bracket blank some template writes, in any language."""
    found: set[str] = set()
    for tpl in TEMPLATES:
        for _lang, text in (*tpl.heading, *tpl.body):
            found.update(_BRACKETS.findall(text))
    return frozenset(found)


@cache
def _marker_pattern() -> re.Pattern[str]:
    words = sorted(blanks(), key=len, reverse=True)
    return re.compile("|".join([_BRACES.pattern, *(re.escape(w) for w in words)]))


def placeholders_in(text: str) -> tuple[str, ...]:
    """The markers in `text`, each once, in the order they first appear."""
    return tuple(dict.fromkeys(_marker_pattern().findall(text)))


@dataclass(frozen=True)
class Unfilled:
    """Markers left in one language of one clause (`position` counts from 1)."""

    clause_id: str
    position: int
    language: str
    markers: tuple[str, ...]
    label: str

    @property
    def reason(self) -> str:
        """`Clause 3 (Payment), English: {amount} is not filled in.`"""
        names = self.markers
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        verb = "is" if len(names) == 1 else "are"
        return f"{self.label}, {LANGUAGES.get(self.language, self.language)}: {listed} {verb} not filled in."


def unfilled(clauses: Sequence[Clause], languages: Sequence[str]) -> tuple[Unfilled, ...]:
    """Every clause and language whose heading or body still holds a placeholder."""
    out = []
    for position, clause in enumerate(clauses, start=1):
        for lang in languages:
            markers = placeholders_in(clause.heading_in(lang) + "\n" + clause.body_in(lang))
            if markers:
                out.append(Unfilled(clause.id, position, lang, markers,
                                    clause_label(clause, position, languages[0])))
    return tuple(out)


@cache
def _template_pattern(tpl: ClauseTemplate, lang: str) -> re.Pattern[str]:
    """The template's body in `lang` with each marker matching any filling (so a filled-in clause
    is still recognised as that template's)."""
    body = normalise_text(tpl.text(lang)[1])
    parts, last = [], 0
    for m in _marker_pattern().finditer(body):
        parts += [re.escape(body[last:m.start()]), r".+?"]
        last = m.end()
    parts.append(re.escape(body[last:]))
    return re.compile("".join(parts), re.DOTALL)


def template_of(clause: Clause, languages: Sequence[str]) -> ClauseTemplate | None:
    """The grouped template this clause's text is (in any of its languages), if any."""
    for tpl in TEMPLATES:
        if tpl.group and any(lang in dict(tpl.body) and _template_pattern(tpl, lang).fullmatch(
                normalise_text(clause.body_in(lang))) for lang in languages):
            return tpl
    return None


def conflicting_alternatives(clauses: Sequence[Clause], languages: Sequence[str]) -> tuple[str, ...]:
    """A sentence for each template group kept more than once ("Clause 12 (Languages) and Clause 13
    (Languages) are alternatives: keep one of them.")."""
    groups: dict[str, list[str]] = {}
    for position, clause in enumerate(clauses, start=1):
        tpl = template_of(clause, languages)
        if tpl is not None:
            groups.setdefault(tpl.group, []).append(clause_label(clause, position, languages[0]))
    return tuple(" and ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 2 else labels)
                 + " are alternatives: keep one of them."
                 for labels in groups.values() if len(labels) > 1)
