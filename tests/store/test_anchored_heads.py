"""Heads held outside the file (issue 12, "Anchored heads"): a chain that grew contains every head it
had; one rolled back to an older backup or truncated does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import unlock
from iomed_desk.core.audit import GENESIS, AuditHead
from iomed_desk.core.channels import Channel
from tests.conftest import PASSPHRASE


def test_every_earlier_head_is_contained_and_nothing_else(session: CaseSession) -> None:
    heads = [session.head()]
    for i in range(3):
        session.take_note(Channel.party("p1"), f"Note {i}", "text")
        heads.append(session.head())
    # the fixture's case holds two events: its creation and the agreement to mediate
    assert [h.seq for h in heads] == [2, 3, 4, 5] and heads[-1].hash == session.audit_head()
    assert all(session.contains_head(h.seq, h.hash) for h in heads)
    assert session.contains_head(0, GENESIS)
    assert not session.contains_head(6, heads[-1].hash)
    assert not session.contains_head(2, heads[3].hash)
    assert not session.contains_head(0, heads[0].hash)


def test_a_backup_contains_the_head_its_report_gives(session: CaseSession, tmp_path: Path) -> None:
    session.take_note(Channel.joint(), "Agenda", "1.")
    change = session.backup(tmp_path / "b.iomed")
    held = AuditHead.parse(change.args[1])
    assert change.text == f"Backup written to b.iomed; its audit record contains head {held}"
    copy = unlock(tmp_path / "b.iomed", PASSPHRASE)
    try:
        assert copy.contains_head(held.seq, held.hash) and copy.head() == held
    finally:
        copy.close()


def test_a_file_swapped_for_its_older_backup_lacks_the_newer_head(session: CaseSession, tmp_path: Path) -> None:
    session.backup(tmp_path / "older.iomed")
    session.take_note(Channel.party("p2"), "After", "the backup")
    newer, path = session.head(), session.path
    session.close()
    shutil.copy(tmp_path / "older.iomed", path)
    s = unlock(path, PASSPHRASE)
    try:
        assert not s.contains_head(newer.seq, newer.hash)
        assert s.head().seq < newer.seq
        s.record_unanchored(newer)
        (event,) = s.audit_events("case.unanchored")
        assert event.detail == {"remembered": str(newer), "head": f"{event.seq - 1}:{event.prev_hash}"}
        assert s.check().ok
    finally:
        s.close()


def test_heads_parse_and_print_as_seq_colon_hash() -> None:
    h = AuditHead(12, "ab" * 32)
    assert str(h) == "12:" + "ab" * 32 and AuditHead.parse(str(h)) == h
    assert AuditHead.parse(" 12:" + "AB" * 32 + "\n") == h
    for bad in ("", "12", "12:", ":" + "ab" * 32, "-1:" + "ab" * 32, "1:" + "ab" * 31, "1:" + "zz" * 32):
        with pytest.raises(ValueError):
            AuditHead.parse(bad)
