"""Twenty judged queries over the generated notes: what a mediator would want on top.

The judgements come from the data generator's semantics, not from the ranking
code: every generated note is *about* one main topic (its title names it and
about 70% of its sentences are on it; `NoteText.topic`), and mentions others in
passing. A mediator who types a topic wants the notes about that topic first,
not the ones that name it once beside something else. So a hit is relevant when
the note's main topic is the topic the query names, in English or Chinese.

Used by `tests/store/test_relevance.py` (a floor that must hold before and after
any change to the query shape) and by `bench_store.py` (precision and how the
top 10 changed at 100,000 notes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from datagen import TOPICS


def _topic(name: str) -> int:
    return next(i for i, (en, zh) in enumerate(TOPICS) if name in (en, zh))


#: (what the mediator types, the topic they mean): frequent and rare topics, English, Chinese,
#: mixed, a hyphenated word and one- or two-character terms
JUDGED: tuple[tuple[str, int], ...] = tuple((q, _topic(t)) for q, t in (
    ("tariff indexation", "tariff indexation"), ("completion date", "completion date"),
    ("quay wall", "quay wall"), ("liquidated damages", "liquidated damages"),
    ("force majeure", "force majeure"), ("dredging", "dredging"), ("step-in rights", "step-in rights"),
    ("escrow account", "escrow account"), ("performance bond", "performance bond"),
    ("Parcel C handover", "Parcel C handover"), ("typhoon season", "typhoon season"),
    ("environmental permit", "environmental permit"), ("cure period", "cure period"),
    ("refinancing", "refinancing"), ("noise limits", "noise limits"), ("rail link", "rail link"),
    ("Cabinet approval", "Cabinet approval"), ("不可抗力", "不可抗力"), ("特许经营期", "特许经营期"),
    ("介入权", "介入权"),
))
TOP = 10


@dataclass(frozen=True)
class Judged:
    query: str
    precision: float  # relevant hits among the top `TOP` (of those returned, at most TOP)
    top: tuple[str, ...]  # the item ids of the top `TOP`, best first


def judge(search: Callable[[str], Sequence[str]], topic_of: dict[str, int]) -> list[Judged]:
    """Run every judged query through `search` (text -> item ids, best first) and score its top 10.

    `topic_of` maps a note's id to its main topic; items that are not generated notes (the
    single text's versions) count as not relevant.
    """
    out = []
    for query, topic in JUDGED:
        top = tuple(search(query)[:TOP])
        good = sum(1 for item in top if topic_of.get(item) == topic)
        out.append(Judged(query, good / TOP, top))
    return out


def mean_precision(results: Sequence[Judged]) -> float:
    return sum(r.precision for r in results) / len(results)
