"""Redline between two versions of the single text.

Clauses are matched by their stable id, never by similarity, so a clause that
was rewritten and moved is still recognised as the same clause. Inside a changed
heading or body the difference is shown word by word (each CJK character is a
word of its own). The redline carries enough to rebuild the new clauses from
the old ones (`apply_redline`), which is how the tests know it hides nothing.

Cost: dictionaries by id, a longest increasing subsequence for moves
(n log n), and a token diff only for texts that actually differ.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from iomed_desk.core.drafting import Clause, DraftVersion
from iomed_desk.core.errors import InvalidInput


class ClauseStatus(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass(frozen=True)
class FieldDiff:
    """The word diff of one heading or body in one language; `field` is `heading` or `body`."""

    lang: str
    field: str
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return any(s.op is not Op.EQUAL for s in self.segments)

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op is not Op.INSERT)

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op is not Op.DELETE)


@dataclass(frozen=True)
class ClauseChange:
    """What happened to one clause. `status` is the headline; a clause can be both moved and changed.

    `languages` are the languages the clause has afterwards (before, if removed);
    indexes count from 0 and are None where the clause does not exist.
    """

    clause_id: str
    status: ClauseStatus
    moved: bool
    changed: bool
    old_index: int | None
    new_index: int | None
    languages: tuple[str, ...]
    fields: tuple[FieldDiff, ...]

    def field(self, lang: str, name: str) -> FieldDiff | None:
        for f in self.fields:
            if f.lang == lang and f.field == name:
                return f
        return None


@dataclass(frozen=True)
class Redline:
    """Clause changes in reading order: the new order, with removed clauses where they used to be."""

    changes: tuple[ClauseChange, ...]

    def count(self, status: ClauseStatus) -> int:
        return sum(1 for c in self.changes if c.status is status)

    @property
    def summary(self) -> dict[str, int]:
        return {s.value: self.count(s) for s in ClauseStatus}

    @property
    def is_empty(self) -> bool:
        return all(c.status is ClauseStatus.UNCHANGED for c in self.changes)


_CJK = ("\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af"
        "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff")
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|.", re.DOTALL)


def tokenise(text: str) -> list[str]:
    """Words of Latin-like scripts, runs of whitespace, single CJK characters, single punctuation.

    The tokens concatenate back to the text exactly.
    """
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    if old == new:
        return (Segment(Op.EQUAL, old),) if old else ()
    a, b = tokenise(old), tokenise(new)
    segments: list[Segment] = []

    def add(op: Op, tokens: list[str]) -> None:
        if not tokens:
            return
        text = "".join(tokens)
        if segments and segments[-1].op is op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    # Edits are local: match the untouched start and end directly, diff only the middle.
    start, limit = 0, min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    add(Op.EQUAL, a[:start])
    middle_a, middle_b = a[start:len(a) - end], b[start:len(b) - end]
    # Whitespace is "junk" to SequenceMatcher: it never starts a match but is taken into the
    # matches next to it, which keeps the diff word-shaped and avoids quadratic work on spaces.
    matcher = SequenceMatcher(str.isspace, middle_a, middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(Op.EQUAL, middle_a[i1:i2])
        else:
            add(Op.DELETE, middle_a[i1:i2])
            add(Op.INSERT, middle_b[j1:j2])
    add(Op.EQUAL, a[len(a) - end:])
    return tuple(segments)


def _field_diffs(old: Clause | None, new: Clause | None) -> tuple[FieldDiff, ...]:
    langs = sorted(set(old.languages if old else ()) | set(new.languages if new else ()))
    diffs = []
    for lang in langs:
        for name, text_in in (("heading", Clause.heading_in), ("body", Clause.body_in)):
            before = text_in(old, lang) if old else ""
            after = text_in(new, lang) if new else ""
            diffs.append(FieldDiff(lang, name, word_diff(before, after)))
    return tuple(diffs)


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions (into `values`) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_at.append(i)
        else:
            tails[k], tail_at[k] = v, i
        parent[i] = tail_at[k - 1] if k else -1
    kept: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        kept.add(i)
        i = parent[i]
    return kept


def _clauses(side: DraftVersion | Sequence[Clause]) -> tuple[Clause, ...]:
    clauses = tuple(side.clauses if isinstance(side, DraftVersion) else side)
    if len({c.id for c in clauses}) != len(clauses):
        raise InvalidInput("Two clauses share an id; a redline needs unique clause ids.")
    return clauses


def redline(old: DraftVersion | Sequence[Clause], new: DraftVersion | Sequence[Clause]) -> Redline:
    """Compare two versions (or clause lists) clause by clause and, where changed, word by word."""
    before, after = _clauses(old), _clauses(new)
    old_at = {c.id: i for i, c in enumerate(before)}
    common = [j for j, c in enumerate(after) if c.id in old_at]
    stay = _longest_increasing([old_at[after[j].id] for j in common])
    in_place = {after[common[k]].id for k in stay}
    # A removed clause is shown after the nearest earlier old clause that stayed in place.
    removed_after: dict[str | None, list[int]] = {}
    anchor: str | None = None
    new_ids = {c.id for c in after}
    for i, c in enumerate(before):
        if c.id in in_place:
            anchor = c.id
        elif c.id not in new_ids:
            removed_after.setdefault(anchor, []).append(i)

    changes: list[ClauseChange] = []

    def emit_removed(key: str | None) -> None:
        for i in removed_after.get(key, ()):
            c = before[i]
            changes.append(ClauseChange(c.id, ClauseStatus.REMOVED, False, True, i, None,
                                        c.languages, _field_diffs(c, None)))

    emit_removed(None)
    for j, c in enumerate(after):
        i = old_at.get(c.id)
        if i is None:
            changes.append(ClauseChange(c.id, ClauseStatus.ADDED, False, True, None, j,
                                        c.languages, _field_diffs(None, c)))
        else:
            prior = before[i]
            moved, changed = c.id not in in_place, prior != c
            status = (ClauseStatus.CHANGED if changed else
                      ClauseStatus.MOVED if moved else ClauseStatus.UNCHANGED)
            changes.append(ClauseChange(c.id, status, moved, changed, i, j, c.languages,
                                        _field_diffs(prior, c)))
        emit_removed(c.id)
    return Redline(tuple(changes))


def _rebuild(old_text: str, diff: FieldDiff | None, clause_id: str) -> str:
    if diff is None:
        return old_text
    if diff.old_text != old_text:
        raise InvalidInput(f"This redline was not made from this text (clause {clause_id}).")
    return diff.new_text


def apply_redline(old: DraftVersion | Sequence[Clause], red: Redline) -> tuple[Clause, ...]:
    """Rebuild the new clauses from the old ones and the redline alone.

    Raises InvalidInput when the redline was made against different old clauses.
    """
    before = {c.id: c for c in _clauses(old)}
    accounted = {c.clause_id for c in red.changes if c.old_index is not None}
    if accounted != set(before):
        raise InvalidInput("This redline was not made from these clauses.")
    result: list[Clause] = []
    for change in sorted((c for c in red.changes if c.new_index is not None),
                         key=lambda c: c.new_index or 0):
        prior = before.get(change.clause_id) if change.old_index is not None else None
        heading, body = [], []
        for lang in change.languages:
            h_old = prior.heading_in(lang) if prior else ""
            b_old = prior.body_in(lang) if prior else ""
            heading.append((lang, _rebuild(h_old, change.field(lang, "heading"), change.clause_id)))
            body.append((lang, _rebuild(b_old, change.field(lang, "body"), change.clause_id)))
        result.append(Clause(change.clause_id, tuple(heading), tuple(body)))
    return tuple(result)
