"""The case file on disk: real SQLCipher files, real keys, real damage."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from iomed_desk.app.opening import check_case, create_case, derive_key_for, open_with_key, unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import (
    CaseLocked,
    DamagedFile,
    NewerSchema,
    NotACaseFile,
    UserError,
    WrongPassphrase,
)
from iomed_desk.core.model import Tag
from iomed_desk.store.connection import assert_secure
from iomed_desk.store.keys import raw_key_pragma
from tests.conftest import PASSPHRASE, new_case_spec


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def companions(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_create_then_reopen_keeps_everything(session, case_path) -> None:  # type: ignore[no-untyped-def]
    nid = session.take_note(Channel.party("p1"), "Walk-away", "Will not go below 40m", {Tag.ALTERNATIVE}).created_id
    session.close()
    again = unlock(case_path, PASSPHRASE)
    try:
        note = again.note(nid)
        assert note.body == "Will not go below 40m" and note.tags == {Tag.ALTERNATIVE}
        assert note.channel == Channel.party("p1")
        assert again.case.reference == "IOMed/2026/017"
        with again.db.reading() as conn:
            assert_secure(conn)
    finally:
        again.close()


def test_wrong_passphrase_changes_nothing(session, case_path) -> None:  # type: ignore[no-untyped-def]
    session.take_note(Channel.joint(), "Agenda", "1. Opening statements")
    session.close()
    before, files = digest(case_path), companions(case_path)
    with pytest.raises(WrongPassphrase):
        unlock(case_path, "not the passphrase")
    assert digest(case_path) == before and companions(case_path) == files


@pytest.mark.parametrize("content", [b"", os.urandom(64), os.urandom(40_960), b"%PDF-1.7\n" + os.urandom(9000)])
def test_foreign_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "foreign.iomed"
    path.write_bytes(content)
    with pytest.raises(UserError):
        unlock(path, PASSPHRASE)
    assert path.read_bytes() == content
    assert companions(path) == [path]


def test_plain_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plain.iomed"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE notes (body TEXT)")
        c.execute("INSERT INTO notes VALUES ('x')")
    c.close()
    before = digest(path)
    with pytest.raises(NotACaseFile, match="unencrypted"):
        unlock(path, PASSPHRASE)
    assert digest(path) == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent.iomed"
    with pytest.raises(NotACaseFile):
        unlock(path, PASSPHRASE)
    assert not path.exists()


def test_second_open_is_refused_while_the_first_holds_it(session, case_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CaseLocked, match="open in another window or program"):
        unlock(case_path, PASSPHRASE)
    session.close()
    unlock(case_path, PASSPHRASE).close()


def test_newer_schema_is_refused_and_untouched(session, case_path) -> None:  # type: ignore[no-untyped-def]
    key = session.db.key
    session.close()
    raw = sqlcipher3.connect(str(case_path))
    raw.execute(f"PRAGMA key = {raw_key_pragma(key)}")
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    before = digest(case_path)
    with pytest.raises(NewerSchema, match="newer version"):
        unlock(case_path, PASSPHRASE)
    assert digest(case_path) == before


def test_truncated_file_is_reported(session, case_path) -> None:  # type: ignore[no-untyped-def]
    for i in range(40):
        session.take_note(Channel.joint(), f"Note {i}", "text " * 400)
    session.close()
    data = case_path.read_bytes()
    case_path.write_bytes(data[: len(data) // 2 + 123])
    with pytest.raises(UserError):
        report = check_case(case_path, PASSPHRASE)
        assert report.ok  # reaching here with a clean report would be the failure
        raise AssertionError("truncation went unnoticed")


def test_flipped_byte_in_a_page_is_detected(session, case_path) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        session.take_note(Channel.party("p2"), f"Note {i}", "confidential " * 300)
    key = session.db.key
    session.close()
    data = bytearray(case_path.read_bytes())
    pages = len(data) // 4096
    for page in range(1, pages):  # page 0 also holds the salt: covered by the wrong-key test
        damaged = bytearray(data)
        damaged[page * 4096 + 1000] ^= 0x10
        case_path.write_bytes(damaged)
        try:
            opened = open_with_key(case_path, key)  # the key, derived once: what `check` does after Argon2id
        except (DamagedFile, WrongPassphrase):
            continue
        try:
            assert not opened.check().ok, f"a flipped byte in page {page} went unnoticed"
        finally:
            opened.close()
    case_path.write_bytes(data)
    assert check_case(case_path, PASSPHRASE).ok


def test_backup_is_a_consistent_encrypted_copy(session, case_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session.take_note(Channel.party("p3"), "Lender's step-in", "The bank wants step-in rights")
    dest = tmp_path / "backup.iomed"
    session.backup(dest)
    assert b"step-in" not in dest.read_bytes()
    session.close()
    copy = unlock(dest, PASSPHRASE)
    try:
        assert [n.title for n in copy.notes_in(Channel.party("p3"))] == ["Lender's step-in"]
        assert copy.check().ok
    finally:
        copy.close()


def test_change_passphrase(session, case_path) -> None:  # type: ignore[no-untyped-def]
    nid = session.take_note(Channel.joint(), "Agenda", "Item one").created_id
    with pytest.raises(UserError, match="current passphrase is wrong"):
        session.change_passphrase("wrong one!", "a brand new passphrase")
    session.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert session.note(nid).body == "Item one"  # the session goes on under the new key
    session.close()
    with pytest.raises(WrongPassphrase):
        unlock(case_path, PASSPHRASE)
    again = unlock(case_path, "a brand new passphrase")
    try:
        assert again.note(nid).body == "Item one" and again.check().ok
    finally:
        again.close()
    assert not any(p.name.endswith(".tmp") for p in case_path.parent.iterdir())


def test_key_is_argon2id_of_the_file_salt(session, case_path) -> None:  # type: ignore[no-untyped-def]
    key = session.db.key
    session.close()
    assert derive_key_for(case_path, PASSPHRASE) == key
    assert case_path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_new_case_refuses_weak_passphrase_and_existing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="at least"):
        create_case(tmp_path / "a.iomed", "short", new_case_spec())
    assert not (tmp_path / "a.iomed").exists()
    existing = tmp_path / "b.iomed"
    existing.write_bytes(b"keep me")
    with pytest.raises(UserError, match="already exists"):
        create_case(existing, PASSPHRASE, new_case_spec())
    assert existing.read_bytes() == b"keep me"


def test_search_is_filtered_by_audience(session) -> None:  # type: ignore[no-untyped-def]
    secret = session.take_note(Channel.party("p1"), "Tariff floor", "港口费 floor of 40 million").created_id
    session.take_note(Channel.joint(), "Agenda", "Tariff indexation on the agenda")
    assert {h.item_id for h in session.search("港口")} == {secret}
    assert len(session.search("tariff")) == 2
    assert [h.title for h in session.search("tariff", Audience.party("p2"))] == ["Agenda"]
    assert [h.title for h in session.search("tariff", Audience.joint())] == ["Agenda"]
    assert {h.title for h in session.search("tariff", Audience.party("p1"))} == {"Agenda", "Tariff floor"}
    session.disclose(secret, Audience.party("p2"), ["party:p1"])
    assert {h.title for h in session.search("tariff", Audience.party("p2"))} == {"Agenda", "Tariff floor"}
    assert [h.title for h in session.search("tariff", Audience.party("p3"))] == ["Agenda"]
    assert session.search('"; DROP TABLE notes; --') == []
    assert session.search("") == []


def test_deleted_note_text_is_gone(session, case_path) -> None:  # type: ignore[no-untyped-def]
    nid = session.take_note(Channel.party("p1"), "Delete me", "ZEBRA-UNIQUE-MARKER").created_id
    session.delete_note(nid)
    assert session.search("ZEBRA") == []
    with pytest.raises(UserError):
        session.note(nid)
    assert [e.action for e in session.audit_events()][:2] == ["note.delete", "note.create"]


def test_channel_of_an_item_is_fixed(session) -> None:  # type: ignore[no-untyped-def]
    nid = session.take_note(Channel.party("p1"), "Fixed", "x").created_id
    with session.db.transaction() as conn, pytest.raises(sqlcipher3.IntegrityError, match="fixed"):
        conn.execute("UPDATE items SET channel = 'joint' WHERE id = ?", (nid,))
    assert session.note(nid).channel == Channel.party("p1")


def test_common_words_rank_the_newest_matches_and_rare_ones_everything(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.store import search as search_store

    monkeypatch.setattr(search_store, "RANK_WINDOW", 10)
    ids = [session.take_note(Channel.joint(), f"Tariff note {i}", "tariff " * (i % 3 + 1)).created_id
           for i in range(40)]
    rare = session.take_note(Channel.party("p1"), "Escrow", "escrow once").created_id
    found = [h.item_id for h in session.search("tariff", limit=5)]
    assert len(found) == 5 and set(found) <= set(ids[-20:])  # ranked among about the newest ten
    assert [h.item_id for h in session.search("escrow")] == [rare]
    # a party that may see few of the newest matches still gets every visible one, ranked over all
    assert len(session.search("tariff", Audience.party("p2"), limit=40)) == 40
