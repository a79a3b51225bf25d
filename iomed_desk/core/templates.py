"""Clause templates for a mediated settlement agreement, in English and Chinese.

A starting point the mediator edits, not legal advice. The templates assume
nothing about the number of parties: clause 1 lists every party, and the other
clauses speak of "each Party", "every other Party", 各方 and 其他各方.

Two kinds of marker stand for what is not written yet (core/placeholders.py
finds them; a version that still holds one cannot be concluded):
- `{name}` is filled from the case when a template is used (`template_values`):
  {parties} (clause 1's numbered list) and {mediator}; {currency}, {amount},
  {payment_days}, {seat} and {governing_law} are for the mediator. One left
  unfilled stays in the text as written, so it shows in the redline.
- `[words]` in square brackets ("[date]", "[日期]") is for the mediator to write.

Templates in the same `group` are alternatives (the languages clause: texts
equally authentic, or one text prevails); a draft keeps at most one of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from iomed_desk.core.drafting import Clause, new_id
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import LANGUAGES, Case
from iomed_desk.core.template_texts import TEMPLATES, ClauseTemplate

PLACEHOLDERS = ("parties", "mediator", "currency", "amount", "payment_days", "seat", "governing_law")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

#: a value for every language, or one per language (e.g. a party list in English and in Chinese)
Values = Mapping[str, str | Mapping[str, str]]


_BY_KEY = {t.key: t for t in TEMPLATES}

#: which languages clause `settlement_agreement` starts from, by what the Parties agreed prevails
LANGUAGE_PRECEDENCE = {None: "languages", "en": "languages-english-prevails",
                       "zh": "languages-chinese-prevails"}


def template(key: str) -> ClauseTemplate:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInput(f"No clause template {key!r}.") from None


def alternatives(key: str) -> tuple[ClauseTemplate, ...]:
    """The templates that exclude `key` (same group, other keys); none for an ungrouped template."""
    tpl = template(key)
    return tuple(t for t in TEMPLATES if tpl.group and t.group == tpl.group and t.key != key)


def fill(text: str, lang: str, values: Values) -> str:
    """Replace known placeholders; leave unknown or unfilled ones visible as written."""
    def sub(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if isinstance(value, Mapping):
            value = value.get(lang)
        return value if value else match.group(0)

    return _PLACEHOLDER.sub(sub, text)


def instantiate(tpl: ClauseTemplate | str, languages: Sequence[str], values: Values | None = None,
                clause_id: str | None = None) -> Clause:
    """A new clause (with a fresh id unless given) from a template, in the draft's languages."""
    tpl = template(tpl) if isinstance(tpl, str) else tpl
    heading, body = [], []
    for lang in languages:
        h, b = tpl.text(lang)
        heading.append((lang, fill(h, lang, values or {})))
        body.append((lang, fill(b, lang, values or {})))
    return Clause(clause_id or new_id(), tuple(heading), tuple(body))


def party_list(names: Sequence[str], lang: str) -> str:
    """Clause 1's numbered list of every party, one per line, punctuated as that language lists."""
    if lang == "en":
        items = [f"({n}) {name}" for n, name in enumerate(names, start=1)]
        return "\n".join(item + ("" if i == len(items) - 1 else "; and" if i == len(items) - 2 else ";")
                         for i, item in enumerate(items))
    items = [f"（{n}）{name}" for n, name in enumerate(names, start=1)]
    return "\n".join(item + ("" if i == len(items) - 1 else "；及" if i == len(items) - 2 else "；")
                     for i, item in enumerate(items))


def template_values(case: Case) -> dict[str, str | Mapping[str, str]]:
    """What the case itself fills in: the list of every party and the mediator(s) (all languages)."""
    names = [p.name for p in case.parties]
    mediators = [m.name for m in case.mediators]
    values: dict[str, str | Mapping[str, str]] = {}
    if names:
        values["parties"] = {lang: party_list(names, lang) for lang in LANGUAGES}
    if mediators:
        values["mediator"] = {"en": " and ".join(mediators),
                              "zh-Hans": "、".join(mediators), "zh-Hant": "、".join(mediators)}
    return values


def settlement_agreement(languages: Sequence[str], values: Values | None = None, *,
                         singapore_convention: bool = False,
                         language_precedence: str | None = None) -> tuple[Clause, ...]:
    """Every template in order, as a first working text: the Convention clause only on request, and
    in an English-Chinese draft one languages clause (texts equal unless `language_precedence` is
    "en" or "zh")."""
    if language_precedence not in LANGUAGE_PRECEDENCE:
        raise InvalidInput("The prevailing text is English ('en'), Chinese ('zh') or neither.")
    bilingual = "en" in languages and any(lang.startswith("zh") for lang in languages)
    keys = [t.key for t in TEMPLATES
            if (t.key != "singapore-convention" or singapore_convention)
            and (not t.group or (bilingual and t.key == LANGUAGE_PRECEDENCE[language_precedence]))]
    return tuple(instantiate(k, languages, values) for k in keys)
