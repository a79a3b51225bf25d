"""Case files written by every released schema still open, migrate, and keep their content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.store import schema

DATA = Path(__file__).resolve().parents[1] / "data"


def test_schema_1_file_opens_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.iomed"
    shutil.copy(DATA / "case-schema-1.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.case.reference == "IOMed/FIX/001"
        assert [n.title for n in s.notes_in(Channel.joint())] == ["Agenda"]
        assert [n.title for n in s.visible_notes(Audience.party("p2"))] == ["Agenda", "Bottom line"]
        assert s.info().schema_version == schema.SCHEMA_VERSION
        assert s.check().ok
    finally:
        s.close()


def test_schema_2_file_migrates_to_revisions(tmp_path: Path) -> None:
    """Each note becomes revision 1 of itself, committed to in the record; disclosures name it."""
    path = tmp_path / "old2.iomed"
    shutil.copy(DATA / "case-schema-2.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.case.reference == "IOMed/FIX/002" and s.info().schema_version == schema.SCHEMA_VERSION
        p1, p2 = s.case.parties
        shown = {n.title: n for n in s.visible_notes(Audience.party(p2.id))}
        assert shown["Bottom line"].body == "Alpha can accept USD 5m." and shown["Bottom line"].revision == 1
        (d,) = s.disclosures_of(shown["Bottom line"].id)
        assert d.revision == 1 and d.consents[0].given_by == "Ann Alpha"
        edited = next(n for n in s.notes_in(p1.channel) if n.title == "Edited later")
        assert (edited.body, edited.revision) == ("Second text, never disclosed.", 1)
        migrated = [e for e in s.audit_events("case.migrate") if e.detail.get("schema") == 3]
        assert len(migrated) == 1 and migrated[0].detail["revisions"] == 4
        assert s.check().ok
        # after the migration, an edit is revision 2 and B still sees revision 1
        s.edit_note(shown["Bottom line"].id, body="Alpha's real floor is USD 3m.")
        assert s.note(shown["Bottom line"].id, Audience.party(p2.id)).body == "Alpha can accept USD 5m."
        assert s.drafting.versions(s.drafting.drafts()[0].id)[0].number == 1
    finally:
        s.close()


def test_schema_3_file_gains_a_time_zone_setting(tmp_path: Path) -> None:
    """Schema 4 adds the case's time zone; a file from before has none set, so its place decides."""
    from iomed_desk.app.case_settings import set_time_zone
    from iomed_desk.core.seat import case_zone

    path = tmp_path / "old3.iomed"
    shutil.copy(DATA / "case-schema-3.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.case.reference == "IOMed/FIX/003" and s.info().schema_version == schema.SCHEMA_VERSION
        assert (s.case.place, s.case.time_zone, case_zone(s.case)) == ("Macau", "", "Asia/Macau")
        assert [n.title for n in s.notes_in(Channel.joint())] == ["Agenda"]
        assert s.check().ok
        set_time_zone(s, "Asia/Hong_Kong")
    finally:
        s.close()
    s = unlock(path, "schema fixture passphrase")
    try:
        assert case_zone(s.case) == "Asia/Hong_Kong"
        assert s.audit_events("case.time_zone")[0].detail == {"time_zone": "Asia/Hong_Kong"}
        assert s.check().ok
    finally:
        s.close()


def test_schema_4_file_keeps_its_export_and_a_second_one_needs_a_reason(tmp_path: Path) -> None:
    """Schema 5 records exports in a table: the export made under schema 4 (an audit event only) becomes
    export 1, so the agreement it exported cannot be exported again without a reason. The file is
    brought through every later step to the current schema, each step audited once, in order."""
    import pytest

    from iomed_desk.app.export import export_entries, export_with_record
    from iomed_desk.core.ceremony import ExportStatus
    from iomed_desk.core.errors import NotAllowed
    from iomed_desk.export.identity import new_identity
    from iomed_desk.export.signers import KeySigner

    path = tmp_path / "old4.iomed"
    shutil.copy(DATA / "case-schema-4.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.info().schema_version == schema.SCHEMA_VERSION == len(schema.MIGRATIONS)
        with s.db.reading() as conn:
            assert schema.current_version(conn) == schema.SCHEMA_VERSION
        (e,) = export_entries(s)
        assert (e.number, e.file_name, e.status, e.reason, e.signers) == (1, "agreement.pdf", ExportStatus.COMPLETE, "", ())
        assert e.pdf_sha256 == "d1e8ebcd11b5ac0fc396c454e458ba422c4723f38567ff6810f13f5aee112d38"
        assert e.fingerprint == "bf63da0f1bd2197277baecb4805487319598606d8cc01eb3586d08e66f12d646"
        steps = sorted(s.audit_events("case.migrate"), key=lambda m: m.seq)
        assert [m.detail["schema"] for m in steps] == list(range(5, schema.SCHEMA_VERSION + 1))
        assert steps[0].detail == {"schema": 5, "exports": 1}
        assert s.check().ok
        head = s.head()
        with pytest.raises(NotAllowed, match="already exported .*give the reason"):
            export_with_record(s, tmp_path / "again.pdf", KeySigner(new_identity("M")), {})
        assert s.head() == head and not (tmp_path / "again.pdf").exists() and len(export_entries(s)) == 1
    finally:
        s.close()


def test_schema_8_file_gains_the_freeze_of_offers_and_exhibits(tmp_path: Path) -> None:
    """A case terminated under schema 8 (offers in caucus and joint, exhibits, no freeze of the offers
    and exhibits rows): migrated to 9, audited once; the file now refuses a new offer row written by
    sqlcipher3 directly; closing still destroys the caucus offers and exhibit; check passes."""
    import hashlib

    import sqlcipher3

    from iomed_desk.app.closing import close_case
    from iomed_desk.app.exhibits import exhibits_desk
    from iomed_desk.app.offers import offers_desk
    from tests.attacker import tampering

    path = tmp_path / "old8.iomed"
    shutil.copy(DATA / "case-schema-8.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.case.reference == "IOMed/FIX/008"
        assert s.info().schema_version == schema.SCHEMA_VERSION >= 9
        assert [m.detail["schema"] for m in s.audit_events("case.migrate")] == list(range(9, schema.SCHEMA_VERSION + 1))
        assert sorted(str(o.figure) for o in offers_desk(s).offers()) == ["5000000.00", "6500000.00", "7000000.00"]
        (joint,) = exhibits_desk(s).visible(Audience.joint())
        assert joint.label == "J-1"
        assert joint.sha256 == hashlib.sha256(b"Chronology agreed by both parties.\n").hexdigest()
        assert s.check().ok
    finally:
        s.close()
    with tampering(path, "schema fixture passphrase") as conn:
        before = conn.execute("SELECT count(*) FROM offers").fetchone()[0]
        with pytest.raises(sqlcipher3.IntegrityError, match="offers can no longer be recorded"):
            conn.execute("INSERT INTO offers (item_id, issue_id, kind, party_id, to_party, session_id, figure, terms,"
                         " private, made_at) SELECT (SELECT id FROM items WHERE kind = 'note' LIMIT 1), id, 'offer',"
                         " 'p1', 'p2', NULL, '1.00', '', 0, '2026-05-09' FROM offer_issues")
        assert conn.execute("SELECT count(*) FROM offers").fetchone()[0] == before
    closed = close_case(unlock(path, "schema fixture passphrase"))
    try:
        assert (closed.record.offers_total(), closed.record.exhibits_total()) == (2, 1)
        assert [str(o.figure) for o in offers_desk(closed.session).offers()] == ["7000000.00"]
        assert closed.session.check().ok
    finally:
        closed.session.close()
