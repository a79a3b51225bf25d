"""The termination freeze covers the offers ledger and the exhibits' rows (schema 9), whoever writes.

The attacker holds the passphrase and writes with sqlcipher3 alone (tests/attacker.py). Each write is
first made on the same case before its termination, where the file accepts it (so the refusal after
it is the freeze's, not a constraint's); after the termination the file refuses each one with the
freeze's reason and keeps its rows. Closing, which blanks caucus offers and deletes exhibits' bytes,
still runs, and `check` passes after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from iomed_desk.app import process_record as pr
from iomed_desk.app.closing import close_case
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.process import Outcome
from tests.attacker import tampering
from tests.conftest import PASSPHRASE
from tests.store.test_destruction_scenario import build

_A_NOTE = "(SELECT id FROM items WHERE kind = 'note' LIMIT 1)"
_AN_ISSUE = "(SELECT id FROM offer_issues LIMIT 1)"
WRITES = {
    "an offer row for an existing item": (
        "INSERT INTO offers (item_id, issue_id, kind, party_id, to_party, session_id, figure, terms, private, made_at)"
        f" VALUES ({_A_NOTE}, {_AN_ISSUE}, 'offer', 'p1', 'p2', NULL, '1000000.00', 'late', 0, '2026-05-01')"),
    "an offer removed": "DELETE FROM offers WHERE private = 1",
    "an overlap check for an existing item": (
        "INSERT INTO offer_checks (item_id, issue_id, ceiling_party, floor_party, rule, rounds, started_at)"
        f" VALUES ({_A_NOTE}, {_AN_ISSUE}, 'p1', 'p2', 'split', 3, '2026-05-01')"),
    "an issue renamed": "UPDATE offer_issues SET name = 'Renamed after the end'",
    "an exhibit relabelled": "UPDATE exhibits SET label = 'C-99'",
    "an exhibit row for an existing item": (
        f"INSERT INTO exhibits (item_id, label, produced_by, session_id, revision) VALUES ({_A_NOTE}, 'X-1', '', NULL, 1)"),
}


def _try(path: Path, sql: str) -> str:
    """'accepted' (then rolled back) or the file's refusal."""
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("BEGIN")
        try:
            conn.execute(sql)
        except sqlcipher3.DatabaseError as exc:
            return str(exc)
        finally:
            conn.execute("ROLLBACK")
    return "accepted"


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("freeze")
    running, _ = build(folder / "running.iomed", FakeClock(), terminate=False)
    running.close()
    ended, _ = build(folder / "ended.iomed", FakeClock(), terminate=False)
    pr.terminate(ended, Outcome.NOT_SETTLED, "No settlement within the time the parties set.")
    ended.close()
    return folder / "running.iomed", folder / "ended.iomed"


@pytest.mark.parametrize("what", sorted(WRITES))
def test_a_direct_write_after_the_termination_is_refused_by_the_file(cases: tuple[Path, Path], what: str) -> None:
    running, ended = cases
    assert _try(running, WRITES[what]) == "accepted"
    refused = _try(ended, WRITES[what])
    assert refused.startswith("refused: ") and refused.endswith("the mediation has ended"), refused


def test_closing_still_wipes_the_caucus_offers_and_exhibits(tmp_path: Path) -> None:
    session, sc = build(tmp_path / "case.iomed", FakeClock())
    closed = close_case(session)
    try:
        assert closed.session.check().ok
        assert closed.record.offers_total() == 4 and closed.record.exhibits_total() == 2
    finally:
        closed.session.close()
