"""A record that proves itself (issue 12): `check` recomputes every commitment from the tables and
matches every note revision and disclosure row against its audit event, both ways.

Each attack below is made the way someone holding the passphrase would: sqlcipher3 alone
(tests/attacker.py), leaving the schema exactly as IOMed Desk wrote it, so the file opens. Before
this check, `check` said ok to every one of them (it verified only the pages, the structure and
the chain, which these edits leave intact).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iomed_desk.app.opening import check_case, unlock
from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Audience
from iomed_desk.store.schema import note_content
from tests.attacker import busy_case, restore_audit_triggers, tampering
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "case.iomed"
    return path, busy_case(path, PASSPHRASE)


def problems(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    return list(check_case(path, passphrase).problems)


def test_an_untouched_case_checks_ok(case: tuple[Path, dict[str, str]]) -> None:
    path, _ = case
    assert problems(path) == []


@pytest.mark.parametrize("fixture", ["case-schema-1.iomed", "case-schema-2.iomed"])
def test_migrated_files_check_ok_and_stay_ok_after_work(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / fixture
    shutil.copy(DATA / fixture, path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.check().problems == ()
        note = next(n for n in s.visible_notes(Audience.mediator()) if n.title == "Bottom line")
        s.edit_note(note.id, body="changed after the migration")
        (old,) = s.disclosures_of(note.id)
        s.revoke_disclosure(old.id)
        s.disclose(note.id, Audience.joint(), [str(note.channel)])
        s.delete_note(next(n for n in s.visible_notes(Audience.mediator()) if n.title == "Agenda").id)
        assert s.check().problems == ()
    finally:
        s.close()


def test_a_note_body_changed_directly_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE notes SET body = 'A can accept 1M' WHERE item_id = ?", (ids["joint"],))
    assert problems(path) == [f"note {ids['joint']}: its text differs from its revision 1 "
                              "(changed outside IOMed Desk)"]


def test_a_revision_rewritten_is_reported_even_with_its_commitment_recomputed(
        case: tuple[Path, dict[str, str]]) -> None:
    """The attacker holds the salt: a recomputed commitment still differs from the audit event's."""
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
        forged = commitment(salt, note_content("Agenda", "1. Nothing", "", ""))
        conn.execute("DROP TRIGGER revisions_are_immutable")
        conn.execute("UPDATE revisions SET body = '1. Nothing' WHERE item_id = ?", (ids["joint"],))
        conn.execute("UPDATE notes SET body = '1. Nothing' WHERE item_id = ?", (ids["joint"],))
        text_only = problems_now(conn)
        conn.execute("UPDATE revisions SET commitment = ? WHERE item_id = ?", (forged, ids["joint"]))
        restore_revision_trigger(conn)
    assert f"note {ids['joint']} revision 1: its text does not match its commitment (changed outside IOMed Desk)" \
        in text_only
    assert problems(path) == [f"note {ids['joint']} revision 1: its commitment differs from its audit event's"]


def problems_now(conn) -> list[str]:  # type: ignore[no-untyped-def]
    from iomed_desk.store.record_check import check_record

    return check_record(conn)


def restore_revision_trigger(conn) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.store import schema

    trigger = schema._V3.split("CREATE TRIGGER revisions_are_immutable", 1)[1].split("END;", 1)[0]
    conn.execute("CREATE TRIGGER revisions_are_immutable" + trigger + "END;")


def test_a_later_revision_slipped_into_a_disclosure_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    """Every party was consented revision 3; pointing the row at revision 2 would show them the bottom line."""
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE disclosures SET revision = 2 WHERE id = ?", (ids["second"],))
    assert problems(path) == [f"disclosure {ids['second']}: its revision differs from its audit event's"]


def test_a_disclosure_row_with_no_event_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("INSERT INTO disclosures (id, item_id, target, note, created_at, revision)"
                     " VALUES ('d-forged', ?, 'joint', '', '2026-01-01T00:00:00.000000+00:00', 3)", (ids["offer"],))
        conn.execute("INSERT INTO consents (disclosure_id, who, given_by, recorded_at)"
                     " VALUES ('d-forged', ?, '', '2026-01-01T00:00:00.000000+00:00')", (f"party:{ids['a']}",))
    assert problems(path) == [f"disclosure d-forged of {ids['offer']} to joint has no audit event"]


def test_a_consent_changed_or_added_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE consents SET witness = 'nobody', manner = 'signed-on-screen' WHERE disclosure_id = ?",
                     (ids["first"],))
        conn.execute("INSERT INTO consents (disclosure_id, who, given_by, recorded_at)"
                     " VALUES (?, ?, '', '2026-01-01T00:00:00.000000+00:00')", (ids["second"], f"party:{ids['b']}"))
    assert sorted(problems(path)) == sorted([f"disclosure {ids['first']}: its consents differ from its audit event's",
                                             f"disclosure {ids['second']}: its consents differ from its audit event's"])


def test_revocations_are_matched_both_ways(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE disclosures SET revoked_at = NULL WHERE id = ?", (ids["first"],))
        conn.execute("UPDATE disclosures SET revoked_at = '2026-01-02T00:00:00.000000+00:00' WHERE id = ?",
                     (ids["second"],))
    found = problems(path)
    assert len(found) == 2
    assert any(line.startswith(f"disclosure {ids['first']} is in force, but audit event ")
               and line.endswith(" revoked it") for line in found)
    assert f"disclosure {ids['second']} is revoked, but no audit event revoked it" in found


def test_a_disclosure_row_removed_leaves_its_event_without_a_row(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DELETE FROM consents WHERE disclosure_id = ?", (ids["second"],))
        conn.execute("DELETE FROM disclosures WHERE id = ?", (ids["second"],))
    (line,) = problems(path)
    assert line.startswith("audit event ") and line.endswith(f"records disclosure {ids['second']}, "
                                                             "which is not in the file")


def test_a_revision_or_a_note_added_directly_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        (salt,) = conn.execute("SELECT salt FROM items WHERE id = ?", (ids["joint"],)).fetchone()
        c = commitment(salt, note_content("Agenda", "2. Forged", "", ""))
        conn.execute("INSERT INTO revisions VALUES (?, 2, 'Agenda', '2. Forged', '', '', 'x', "
                     "'2026-01-01T00:00:00.000000+00:00', ?)", (ids["joint"], c))
        conn.execute("UPDATE notes SET body = '2. Forged', revision = 2 WHERE item_id = ?", (ids["joint"],))
        conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt) VALUES"
                     " ('n-forged', 'note', 'joint', 'x', '2026-01-01T00:00:00.000000+00:00',"
                     " '2026-01-01T00:00:00.000000+00:00', x'00')")
        conn.execute("INSERT INTO notes (item_id, title, body, tags, confidential, on_joint_screen, speaker)"
                     " VALUES ('n-forged', 'T', 'B', '', 0, 0, '')")
        conn.execute("INSERT INTO revisions VALUES ('n-forged', 1, 'T', 'B', '', '', 'x', "
                     "'2026-01-01T00:00:00.000000+00:00', ?)", (commitment(b"\0", note_content("T", "B", "", "")),))
    assert sorted(problems(path)) == sorted([f"note {ids['joint']} revision 2 has no audit event",
                                             "note n-forged has no audit event (note.create)",
                                             "note n-forged revision 1 has no audit event"])


def test_deleting_the_last_audit_rows_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    """The attacker drops the append-only triggers, deletes the newest events, and restores the
    triggers exactly: the schema matches and the chain is consistent, but rows lost their events."""
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER audit_is_append_only_d")
        conn.execute("DROP TRIGGER audit_is_append_only_u")
        (kept,) = conn.execute("SELECT seq FROM audit WHERE action = 'disclosure.create' AND targets LIKE ?",
                               (f'["{ids["second"]}"%',)).fetchone()
        conn.execute("DELETE FROM audit WHERE seq > ?", (kept,))  # every event after the second disclosure
        restore_audit_triggers(conn)
    found = problems(path)
    assert f"note {ids['joint']} has no audit event (note.create)" in found
    assert f"note {ids['gone']} is deleted, but no audit event deleted it" in found
    assert f"disclosure {ids['first']} is revoked, but no audit event revoked it" in found


def test_deleted_notes_keep_their_count_but_are_not_recomputed(case: tuple[Path, dict[str, str]]) -> None:
    """Destruction wipes the revisions' text and the salt; their numbers and commitments stay."""
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        rows = conn.execute("SELECT number, body FROM revisions WHERE item_id = ?", (ids["gone"],)).fetchall()
        assert rows == [(1, ""), (2, "")]
        assert conn.execute("SELECT salt FROM items WHERE id = ?", (ids["gone"],)).fetchone() == (None,)
    assert problems(path) == []


def test_a_deleted_notes_text_put_back_is_reported(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE notes SET body = 'resurrected' WHERE item_id = ?", (ids["gone"],))
    assert problems(path) == [f"note {ids['gone']}: its text differs from its revision 2 "
                              "(changed outside IOMed Desk)"]


def test_problems_are_one_readable_line_each(case: tuple[Path, dict[str, str]]) -> None:
    path, ids = case
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("UPDATE notes SET title = 'x' WHERE item_id = ?", (ids["offer"],))
        conn.execute("UPDATE disclosures SET target = 'party:p3' WHERE id = ?", (ids["second"],))
    found = problems(path)
    assert len(found) == 2 and all("\n" not in line and len(line) < 200 for line in found)
