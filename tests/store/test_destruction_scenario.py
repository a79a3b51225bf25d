"""A case scripted for the destruction tests: unique canaries in caucus material and in joint material.

Every canary is one lowercase word, so the search index holds it exactly as written (FTS5 folds case)
and a byte scan finds it wherever a copy of it survives: the tables, the index, a freed page, a WAL.
The offers ledger carries canaries too: each caucus offer's terms are a caucus word and its figure a
number found nowhere else (`figures`, as the file stores it); the joint offer's terms and figure stay.
So do exhibits: a caucus exhibit revised once and one in the notebook hold caucus words in their bytes
(and so in their extracted text), the joint one a joint word; their sources are written to a folder
removed at once, away from the case's folder.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from iomed_desk.app import process_record as pr
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.offers import offers_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.process import Outcome
from iomed_desk.core.tabling import Stance
from tests.conftest import PASSPHRASE, new_case_spec
from tests.filled_text import filled
from tests.ready_case import create_ready_case


@dataclass
class Scenario:
    path: Path
    caucus: list[str] = field(default_factory=list)  # canaries that must be destroyed
    joint: list[str] = field(default_factory=list)  # canaries that must stay
    #: what `close` should count, per channel: (notes, revisions, positions, offers, exhibits)
    expected: dict[str, tuple[int, int, int, int, int]] = field(default_factory=dict)
    #: the offers' figures as stored (also in `caucus` or `joint`): numbers, not words to search for
    figures: list[str] = field(default_factory=list)


def _word(kind: str, n: int) -> str:
    return f"zq{kind}canary{n:03d}x"


def build(path: Path, clock: FakeClock, *, terminate: bool = True, extra_notes: int = 0):  # type: ignore[no-untyped-def]
    """The case at `path`, open; returns (session, scenario)."""
    session = create_ready_case(path, PASSPHRASE, new_case_spec(parties=2), clock=clock)
    sc = Scenario(path)
    counter = iter(range(1, 10_000))

    def caucus() -> str:
        w = _word("caucus", next(counter))
        sc.caucus.append(w)
        return w

    def joint() -> str:
        w = _word("joint", next(counter))
        sc.joint.append(w)
        return w

    p1, p2, nb = Channel.party("p1"), Channel.party("p2"), Channel.mediator()
    session.take_note(Channel.joint(), f"Opening {joint()}", f"Both parties said {joint()} in plenary.")
    # p1: a note edited twice (its first revisions' words must go too), and one more
    first = session.take_note(p1, f"Bottom line {caucus()}", f"Would accept {caucus()} in the end.").created_id
    session.edit_note(first, body=f"Would accept {caucus()} now.")
    session.edit_note(first, title=f"Bottom line revised {caucus()}")
    session.take_note(p1, f"Board view {caucus()}", f"The board fears {caucus()}.")
    # p2: a note disclosed to all parties (the disclosed text is caucus material too)
    shared = session.take_note(p2, f"Offer idea {caucus()}", f"Could pay {caucus()}.").created_id
    consents = [who for who, _ in session.required_consents(shared)]
    session.disclose(shared, Audience.joint(), consents)
    # the mediator's notebook
    session.take_note(nb, f"My read {caucus()}", f"p1 is bluffing about {caucus()}.")
    for _ in range(extra_notes):
        session.take_note(p2, f"More {caucus()}", f"Detail {caucus()}.")
    # positions with comments on a version tabled to all
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id
    desk.save_working(draft_id, filled(desk.working_clauses(draft_id)))
    desk.save_version(draft_id, "First text")
    desk.table(draft_id, 1, Audience.joint())
    clauses = desk.version(draft_id, 1).clauses
    desk.record_position(draft_id, 1, "p1", clauses[0].id, Stance.RESERVE, f"Needs {caucus()} first")
    desk.record_position(draft_id, 1, "p2", clauses[0].id, Stance.REJECT, f"Never {caucus()}")
    desk.record_position(draft_id, 1, "p2", clauses[1].id, Stance.ACCEPT)
    # exhibits: one in p1's caucus with two revisions and one in the notebook (destroyed), one joint (kept)
    exhibits = exhibits_desk(session)
    with tempfile.TemporaryDirectory() as folder:
        def source(name: str, text: str) -> Path:
            f = Path(folder) / name
            f.write_text(text)
            return f

        survey = exhibits.import_file(source("survey.txt", f"Berth survey {caucus()}.\n"), p1, label="C-1",
                                      produced_by="p1").created_id or ""
        exhibits.revise(survey, source("survey-2.txt", f"Berth survey revised {caucus()}.\n"))
        exhibits.import_file(source("reading.txt", f"Reading list {caucus()}.\n"), nb, label="M-1")
        exhibits.import_file(source("chronology.txt", f"Agreed chronology {joint()}.\n"), Channel.joint(),
                             label="J-1")
    # the offers ledger: offers and private figures in caucus (destroyed), one offer in joint session (kept)
    ledger = offers_desk(session)
    issue = ledger.add_issue("Compensation", "amount", "HKD").created_id or ""

    def figure(typed: str, stored: str, words: list[str]) -> str:
        words.append(stored)
        sc.figures.append(stored)
        return typed

    session.start_session(p1)
    ledger.record_offer(issue, "p1", figure("7,351,962.43", "7351962.43", sc.caucus), to_party="p2",
                        consents=["party:p1"], terms=f"Paid {caucus()}")
    ledger.record_offer(issue, "p1", figure("8462073.54", "8462073.54", sc.caucus), private=True,
                        terms=f"Walk away {caucus()}")
    session.start_session(p2)
    ledger.record_offer(issue, "p2", figure("9.62408153m", "9624081.53", sc.caucus), kind="demand",
                        consents=["party:p2"], terms=f"Demand {caucus()}")
    ledger.record_offer(issue, "p2", figure("6240815.37", "6240815.37", sc.caucus), kind="demand", private=True,
                        terms=f"Would settle {caucus()}")
    session.start_session(Channel.joint())
    ledger.record_offer(issue, "p1", figure("5193847.26", "5193847.26", sc.joint), terms=f"Tabled {joint()}")
    session.end_session()
    sc.expected = {"party:p1": (2, 4, 1, 2, 1), "party:p2": (1 + extra_notes, 1 + extra_notes, 2, 2, 0),
                   "mediator": (1, 1, 0, 0, 1)}
    if terminate:
        pr.terminate(session, Outcome.NOT_SETTLED, "No settlement within the time the parties set.")
    return session, sc


def scan(data: bytes, words: list[str]) -> list[str]:
    """The words found in `data` (lowercase, as FTS5 stores them, and as typed)."""
    return [w for w in words if w.encode() in data]


def test_the_scenario_puts_every_canary_in_the_file(tmp_path: Path) -> None:
    """The scan's control: before closing, every caucus and joint canary is in the decrypted tables."""
    session, sc = build(tmp_path / "case.iomed", FakeClock(), terminate=False)
    try:
        with session.db.reading() as conn:
            dump = "\n".join(str(row) for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
                for row in conn.execute(f'SELECT * FROM "{name}"')).encode()
        assert scan(dump, sc.caucus) == sc.caucus
        assert scan(dump, sc.joint) == sc.joint
        assert session.check().ok
    finally:
        session.close()
