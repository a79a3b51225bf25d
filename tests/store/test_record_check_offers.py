"""`check` and the offers ledger (issues 12 and 17): every offer row against its `offer.create` event's
commitment, every destroyed one against `offer.delete`, both ways.

Each attack is made as someone holding the passphrase would, with sqlcipher3 alone
(tests/attacker.py), leaving the schema exactly as IOMed Desk wrote it (a trigger dropped for the
edit is put back word for word), so the file opens and its pages, structure and chain are intact.
The oracle for "changed" is the figure the room was told, written in the test, not the code's view.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import check_case
from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.store import schema
from tests.attacker import tampering
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE, new_case_spec
from tests.ready_case import create_ready_case

CHANGED = "its figure or terms differ from its audit event's commitment (changed outside IOMed Desk)"


@pytest.fixture
def ledger(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A case with a communicated caucus offer, a private figure and an offer made in joint session."""
    path = tmp_path / "case.iomed"
    s = create_ready_case(path, PASSPHRASE, new_case_spec(parties=2), clock=FakeClock(datetime(2026, 5, 4, 1, tzinfo=UTC)))
    try:
        a, b = (p.id for p in s.case.parties)
        desk = offers_desk(s)
        issue = desk.add_issue("Charter hire", "amount", "HKD").created_id or ""
        s.start_session(Channel.party(a))
        told = desk.record_offer(issue, a, "5m", to_party=b, consents=[f"party:{a}"], terms="cash").created_id
        private = desk.record_offer(issue, a, "6.5m", private=True, terms="walk away").created_id
        s.start_session(Channel.joint())
        joint = desk.record_offer(issue, b, "7m", kind="demand").created_id
        s.end_session()
        assert s.check().ok
    finally:
        s.close()
    return path, {"told": told or "", "private": private or "", "joint": joint or "", "issue": issue, "a": a}


def problems(path: Path) -> list[str]:
    return list(check_case(path, PASSPHRASE).problems)


def _row(conn, item_id: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    cur = conn.execute("SELECT * FROM offers WHERE item_id = ?", (item_id,))
    return dict(zip([c[0] for c in cur.description], cur.fetchone(), strict=True))


def _reinsert(conn, row: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    conn.execute("DELETE FROM offers WHERE item_id = ?", (row["item_id"],))
    conn.execute(f"INSERT INTO offers ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))


def test_an_untouched_ledger_checks_ok(ledger: tuple[Path, dict[str, str]]) -> None:
    path, _ = ledger
    assert problems(path) == []


def test_a_figure_rewritten_by_deleting_and_inserting_the_row_is_reported(
        ledger: tuple[Path, dict[str, str]]) -> None:
    """The file refuses an UPDATE of an offer; the row deleted and inserted again with 4.5m instead of
    5m (what the other party was told) is damage, named by its offer, and `iomed-desk check` exits 1."""
    path, ids = ledger
    with tampering(path, PASSPHRASE) as conn:
        row = _row(conn, ids["told"])
        assert row["figure"] == "5000000.00"
        _reinsert(conn, {**row, "figure": "4500000.00"})
    assert problems(path) == [f"offer {ids['told']}: {CHANGED}"]
    res = cli("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert res.returncode == 1 and ids["told"] in res.stdout + res.stderr


def test_a_private_figure_rewritten_under_a_dropped_trigger_is_reported(
        ledger: tuple[Path, dict[str, str]]) -> None:
    path, ids = ledger
    trigger = "CREATE TRIGGER offers_are_immutable" + schema._V7.split(
        "CREATE TRIGGER offers_are_immutable", 1)[1].split("END;", 1)[0] + "END;"
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER offers_are_immutable")
        conn.execute("UPDATE offers SET terms = 'walk away at 6m' WHERE item_id = ?", (ids["private"],))
        conn.execute(trigger)
    assert problems(path) == [f"offer {ids['private']}: {CHANGED}"]


def test_a_joint_figure_changed_with_a_new_salt_is_reported(ledger: tuple[Path, dict[str, str]]) -> None:
    """The attacker holds the key and so every salt; but no commitment is stored in the rows: only the
    chained `offer.create` event holds it, and the new salt and figure do not give it."""
    path, ids = ledger
    with tampering(path, PASSPHRASE) as conn:
        row = _row(conn, ids["joint"])
        (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
        (event,) = conn.execute("SELECT detail FROM audit WHERE action = 'offer.create' AND targets = ?",
                                (f'["{ids["joint"]}"]',)).fetchone()
        assert commitment(salt, offer_fields(row)) == json.loads(event)["commitment"]  # the oracle holds
        conn.execute("UPDATE items SET salt = ? WHERE id = ?", (os.urandom(16), ids["joint"]))
        _reinsert(conn, {**row, "figure": "6000000.00"})
    assert problems(path) == [f"offer {ids['joint']}: {CHANGED}"]


def offer_fields(row: dict[str, object]) -> dict[str, str]:
    """The committed fields, spelled out here from the offers table's columns (not taken from store/offers.py)."""
    return {"issue": str(row["issue_id"]), "kind": str(row["kind"]), "party": str(row["party_id"]),
            "to": str(row["to_party"]), "figure": str(row["figure"]), "terms": str(row["terms"]),
            "private": str(row["private"])}


def test_an_offer_destroyed_without_its_event_is_reported(ledger: tuple[Path, dict[str, str]]) -> None:
    """What closing does to a caucus offer, done outside IOMed Desk (no `offer.delete` event)."""
    path, ids = ledger
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE items SET deleted_at = '2026-05-04T02:00:00.000000+00:00', salt = NULL WHERE id = ?",
                     (ids["private"],))
        conn.execute("UPDATE offers SET figure = '', terms = '' WHERE item_id = ?", (ids["private"],))
    assert problems(path) == [f"offer {ids['private']} is destroyed, but no audit event destroyed it"]


def test_rows_and_events_are_matched_both_ways(ledger: tuple[Path, dict[str, str]]) -> None:
    """An offer removed (row and item) leaves its event without a row; one slipped in has no event; an
    item whose offer row is gone is damage too."""
    path, ids = ledger
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DELETE FROM offers WHERE item_id = ?", (ids["joint"],))
        conn.execute("DELETE FROM items WHERE id = ?", (ids["joint"],))
        conn.execute("DELETE FROM offers WHERE item_id = ?", (ids["private"],))
        conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                     " VALUES ('o-forged', 'offer', 'joint', 'mediator:m1', ?, ?, ?)",
                     ("2026-05-04T02:00:00.000000+00:00", "2026-05-04T02:00:00.000000+00:00", os.urandom(16)))
        conn.execute("INSERT INTO offers (item_id, issue_id, kind, party_id, to_party, session_id, figure, terms,"
                     " private, made_at) VALUES ('o-forged', ?, 'offer', ?, '', NULL, '1.00', '', 0, ?)",
                     (ids["issue"], ids["a"], "2026-05-04T02:00:00.000000+00:00"))
        seq = conn.execute("SELECT seq FROM audit WHERE action = 'offer.create' AND targets = ?",
                           (f'["{ids["joint"]}"]',)).fetchone()[0]
    assert sorted(problems(path)) == sorted([
        f"offer {ids['private']}: its item has no offer row (removed outside IOMed Desk)",
        "offer o-forged has no audit event (offer.create)",
        f"audit event {seq} records offer {ids['joint']}, which is not in the file",
    ])
