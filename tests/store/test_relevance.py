"""Ranking quality does not silently drop: 20 judged queries over generated notes (issue 15).

The judgements are the data generator's, not the ranker's (benchmarks/relevance.py): a note is
about one main topic, and a mediator who types a topic wants the notes about it on top. This held
with the exact bm25 ranking over every match before the query shape changed, and must hold after,
both when the newest-matches window covers everything and when it is small enough that most
matches of a common topic fall outside it (and for a party's audience, which sees a subset).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from datagen import PASSPHRASE, START, ProseGenerator, bulk_insert, case_spec  # noqa: E402
from relevance import JUDGED, TOP, judge, mean_precision  # noqa: E402

from iomed_desk.app.opening import create_case  # noqa: E402
from iomed_desk.core.channels import Audience  # noqa: E402
from iomed_desk.core.clock import FakeClock  # noqa: E402
from iomed_desk.store import search as search_store  # noqa: E402

NOTES, SEED = 3000, 11


@pytest.fixture(scope="module")
def judged_case(tmp_path_factory):  # type: ignore[no-untyped-def]
    clock = FakeClock(START)
    session = create_case(tmp_path_factory.mktemp("relevance") / "case.iomed", PASSPHRASE, case_spec(), clock=clock)
    bulk_insert(session, NOTES, SEED, clock)
    with session.db.reading() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'note' ORDER BY rowid")]
    topics = {item: text.topic for item, text in zip(ids, ProseGenerator(SEED).notes(NOTES), strict=True)}
    yield session, topics
    session.close()


@pytest.mark.parametrize("window", [None, 150])
@pytest.mark.parametrize("audience", [Audience.mediator(), Audience.party("p2")], ids=str)
def test_the_notes_about_a_topic_come_first(judged_case, monkeypatch, window, audience) -> None:  # type: ignore[no-untyped-def]
    session, topics = judged_case
    if window is not None:
        monkeypatch.setattr(search_store, "RANK_WINDOW", window)
    results = judge(lambda q: [h.item_id for h in session.search(q, audience)], topics)
    assert len(results) == len(JUDGED) == 20
    assert all(len(r.top) == TOP for r in results), [r.query for r in results if len(r.top) < TOP]
    weak = [(r.query, r.precision) for r in results if r.precision < 0.7]
    assert not weak
    assert mean_precision(results) >= 0.9


def test_the_generated_case_passes_check(judged_case) -> None:  # type: ignore[no-untyped-def]
    """The benchmarks measure a file the application itself accepts: every note's revision
    commitment is on its audit event, as `take_note` writes it."""
    session, _ = judged_case
    report = session.check()
    assert report.ok, report.problems[:3]
    assert report.audit_events > NOTES
