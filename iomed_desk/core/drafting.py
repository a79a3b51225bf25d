"""The single negotiating text: clauses, drafts and their immutable versions.

The mediator edits a working list of clauses and saves it as a numbered
`DraftVersion`. A version never changes after it is made, and its fingerprint
(SHA-256 of the canonical text) is what tablings, positions and the agreement
point at, so "the exact text everyone accepted" is a checkable fact.

Canonical text layout (version 1), one line per item, `\\n` line endings, NFC:

    iomed-desk single text 1
    languages: en zh-Hans
    § <clause id>
    [en heading] <line of the English heading>
    [en body] <line of the English body>
    [zh-Hans heading] ...
    [zh-Hans body] ...
    § <next clause id>
    ...

Every text is written as all of its lines, each behind its own tag, so an empty
text is one empty tagged line and no text can forge a tag or a clause start;
`parse_canonical_text` reads it back, which the tests use to prove the layout
unambiguous.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import LANGUAGES, require_text

#: (language code, text) pairs, sorted by language code
Texts = tuple[tuple[str, str], ...]

CANONICAL_HEADER = "iomed-desk single text 1"
HEADING_LIMIT = 300
BODY_LIMIT = 100_000
_CLAUSE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def new_id() -> str:
    """A fresh random id; randomness is not I/O, and ids must not reveal order or content."""
    return uuid.uuid4().hex


def normalise_text(text: str) -> str:
    """NFC, `\\n` line endings, no trailing spaces on a line, no whitespace around the text.

    Invisible differences must not change a fingerprint, so versions store their
    text in this form and the canonical text applies it again.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _texts(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = list(value.items()) if isinstance(value, Mapping) else list(value)
    result: dict[str, str] = {}
    for lang, text in items:
        if lang in result:
            raise InvalidInput(f"A clause has two texts in {LANGUAGES.get(lang, lang)}.")
        result[lang] = text
    return result


@dataclass(frozen=True)
class Clause:
    """One clause: a stable id (kept through edits and moves) and its heading and body per language.

    Heading and body always cover the same languages, sorted by code, so two
    clauses with the same texts are equal and hash alike.
    """

    id: str
    heading: Texts = ()
    body: Texts = ()

    def __post_init__(self) -> None:
        head, body = _texts(self.heading), _texts(self.body)
        langs = sorted(set(head) | set(body))
        object.__setattr__(self, "heading", tuple((lang, head.get(lang, "")) for lang in langs))
        object.__setattr__(self, "body", tuple((lang, body.get(lang, "")) for lang in langs))

    @classmethod
    def make(cls, heading: Mapping[str, str], body: Mapping[str, str],
             clause_id: str | None = None) -> Clause:
        return cls(clause_id or new_id(), tuple(heading.items()), tuple(body.items()))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.heading)

    def heading_in(self, lang: str) -> str:
        return dict(self.heading).get(lang, "")

    def body_in(self, lang: str) -> str:
        return dict(self.body).get(lang, "")

    def with_text(self, lang: str, *, heading: str | None = None, body: str | None = None) -> Clause:
        """The same clause (same id) with one language's heading and/or body replaced."""
        head, bod = dict(self.heading), dict(self.body)
        head[lang] = heading if heading is not None else head.get(lang, "")
        bod[lang] = body if body is not None else bod.get(lang, "")
        return Clause(self.id, tuple(head.items()), tuple(bod.items()))

    def normalised(self) -> Clause:
        return Clause(self.id, tuple((lang, normalise_text(t)) for lang, t in self.heading),
                      tuple((lang, normalise_text(t)) for lang, t in self.body))


def clause_label(clause: Clause, position: int, lang: str | None = None) -> str:
    """How people name a clause: `Clause 3 (Payment)`; `position` counts from 1."""
    heading = clause.heading_in(lang) if lang else ""
    heading = heading or next((t for _, t in clause.heading if t.strip()), "")
    heading = normalise_text(heading).split("\n")[0]
    heading = heading if len(heading) <= 60 else heading[:59] + "…"
    return f"Clause {position} ({heading})" if heading else f"Clause {position}"


@dataclass(frozen=True)
class Draft:
    """A document under negotiation, e.g. the settlement agreement, in the case's languages."""

    id: str
    name: str
    languages: tuple[str, ...]

    def __post_init__(self) -> None:
        require_text(self.name, "A draft's name", 200)
        check_languages(self.languages)


def check_languages(languages: Sequence[str]) -> None:
    if not 1 <= len(languages) <= 2 or len(set(languages)) != len(languages) or any(
            lang not in LANGUAGES for lang in languages):
        raise InvalidInput("A draft has one or two different languages from: "
                           + ", ".join(LANGUAGES) + ".")


@dataclass(frozen=True)
class DraftVersion:
    """One saved state of a draft; immutable, numbered from 1, identified by its fingerprint."""

    draft_id: str
    number: int
    languages: tuple[str, ...]
    clauses: tuple[Clause, ...]
    author: str
    created_at: datetime
    change_note: str = ""

    def __post_init__(self) -> None:
        check_languages(self.languages)
        if self.number < 1:
            raise InvalidInput("Versions are numbered from 1.")

    @cached_property
    def _index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.clauses)}

    @cached_property
    def canonical_text(self) -> str:
        return canonical_text(self.clauses, self.languages)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.canonical_text)

    @property
    def clause_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.clauses)

    def clause(self, clause_id: str) -> Clause:
        try:
            return self.clauses[self._index[clause_id]]
        except KeyError:
            raise InvalidInput(f"Version {self.number} has no clause {clause_id!r}.") from None

    def label(self, clause_id: str) -> str:
        """`Clause 3 (Payment)` in the draft's first language."""
        return clause_label(self.clause(clause_id), self._index[clause_id] + 1, self.languages[0])


def _tagged(tag: str, text: str) -> list[str]:
    return [f"[{tag}] {line}" for line in normalise_text(text).split("\n")]


def canonical_text(clauses: Sequence[Clause], languages: Sequence[str]) -> str:
    """The text the fingerprint covers, in the layout described at the top of this module."""
    lines = [CANONICAL_HEADER, "languages: " + " ".join(languages)]
    for clause in clauses:
        lines.append(f"§ {clause.id}")
        for lang in languages:
            lines += _tagged(f"{lang} heading", clause.heading_in(lang))
            lines += _tagged(f"{lang} body", clause.body_in(lang))
    return "\n".join(lines) + "\n"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_canonical_text(text: str) -> tuple[tuple[str, ...], tuple[Clause, ...]]:
    """Read a canonical text back into (languages, clauses); raise InvalidInput if it is not one."""
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != CANONICAL_HEADER or not lines[1].startswith("languages: ") \
            or lines[-1] != "":
        raise InvalidInput("Not a canonical single text.")
    languages = tuple(lines[1][len("languages: "):].split(" "))
    clauses: list[Clause] = []
    current: str | None = None
    parts: dict[tuple[str, str], list[str]] = {}

    def flush() -> None:
        if current is not None:
            clauses.append(Clause(
                current, tuple((lg, "\n".join(parts.get((lg, "heading"), []))) for lg in languages),
                tuple((lg, "\n".join(parts.get((lg, "body"), []))) for lg in languages)))

    for line in lines[2:-1]:
        if line.startswith("§ "):
            flush()
            current, parts = line[2:], {}
            continue
        tag, sep, rest = line.partition("] ")
        lang, _, kind = tag[1:].partition(" ")
        if current is None or not sep or not tag.startswith("[") or lang not in languages \
                or kind not in ("heading", "body"):
            raise InvalidInput("Not a canonical single text.")
        parts.setdefault((lang, kind), []).append(rest)
    flush()
    return languages, tuple(clauses)


def validate_clauses(clauses: Sequence[Clause], languages: Sequence[str]) -> None:
    """Raise InvalidInput, in one sentence, unless these clauses can be saved as a version."""
    if not clauses:
        raise InvalidInput("A version needs at least one clause.")
    seen: set[str] = set()
    for n, clause in enumerate(clauses, start=1):
        if not _CLAUSE_ID.match(clause.id):
            raise InvalidInput(f"Clause {n} has an unusable id {clause.id!r}.")
        if clause.id in seen:
            raise InvalidInput(f"Clause {n} has the same id as an earlier clause ({clause.id}).")
        seen.add(clause.id)
        label = clause_label(clause, n, languages[0])
        extra = [lang for lang in clause.languages if lang not in languages]
        if extra:
            raise InvalidInput(f"{label} has text in {LANGUAGES.get(extra[0], extra[0])}, "
                               "which is not a language of this draft.")
        for lang in languages:
            name = LANGUAGES[lang]
            if not normalise_text(clause.body_in(lang)):
                raise InvalidInput(f"{label} has no text in {name}.")
            if len(clause.body_in(lang)) > BODY_LIMIT:
                raise InvalidInput(f"{label} is too long in {name} (at most {BODY_LIMIT} characters).")
            if len(clause.heading_in(lang)) > HEADING_LIMIT:
                raise InvalidInput(f"{label} has too long a heading in {name} "
                                   f"(at most {HEADING_LIMIT} characters).")
        if any("\n" in normalise_text(clause.heading_in(lang)) for lang in languages):
            raise InvalidInput(f"{label} has a heading of more than one line.")


def make_version(draft: Draft, clauses: Sequence[Clause], *, author: str, now: datetime,
                 previous: DraftVersion | None = None, change_note: str = "") -> DraftVersion:
    """Save a working list of clauses as the next version of `draft`.

    Text is normalised first, so what is stored is exactly what the fingerprint
    covers. A version identical to `previous` is refused: it would only make
    parties accept the same text twice.
    """
    if previous is not None and previous.draft_id != draft.id:
        raise InvalidInput("The previous version belongs to another draft.")
    require_text(author, "The author of a version", 200)
    if len(change_note) > 2000:
        raise InvalidInput("The change note is too long (at most 2000 characters).")
    validate_clauses(clauses, draft.languages)
    stored = tuple(
        Clause(c.id, tuple((lg, c.heading_in(lg)) for lg in draft.languages),
               tuple((lg, c.body_in(lg)) for lg in draft.languages)).normalised()
        for c in clauses)
    version = DraftVersion(draft.id, previous.number + 1 if previous else 1, draft.languages, stored,
                           author.strip(), now, change_note.strip())
    if previous is not None and previous.fingerprint == version.fingerprint:
        raise InvalidInput(f"Nothing changed since version {previous.number}.")
    return version
