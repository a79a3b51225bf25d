"""The schema is pinned (issue 12): a case file holds exactly the tables, indexes, triggers and views
its `user_version` calls for, or it is refused before any read — and before any migration.

The expected fingerprints are constants in store/schema.py; these tests rebuild every version from
the migrations, so a released migration cannot change without this failing, and check that the
case files written by released versions (tests/data/) match their version as they stand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from iomed_desk.app.opening import unlock
from iomed_desk.core.errors import AlteredSchema, DamagedFile
from iomed_desk.store import schema
from iomed_desk.store.schema_pin import fingerprint
from tests.attacker import tampering
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE_PASSPHRASE = "schema fixture passphrase"

COPY_TO_JOINT = """
CREATE TRIGGER copy_caucus_notes AFTER INSERT ON notes
BEGIN
    INSERT INTO disclosures (id, item_id, target, note, created_at)
    VALUES ('d-' || NEW.item_id, NEW.item_id, 'joint', '', datetime('now'));
END
"""


def built(version: int) -> sqlcipher3.Connection:
    """An empty database brought to `version` by the migrations themselves."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn, upto=version)
    return conn


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION + 1))
def test_each_version_built_from_the_migrations_matches_its_constant(version: int) -> None:
    conn = built(version)
    try:
        assert schema.current_version(conn) == version
        assert fingerprint(conn) == schema.PINNED[version], (
            f"schema {version} changed: a released migration must never change (add the next one)")
    finally:
        conn.close()


def test_every_version_has_a_constant() -> None:
    assert sorted(schema.PINNED) == list(range(schema.SCHEMA_VERSION + 1))


FIXTURES = sorted(DATA.glob("case-schema-*.iomed"))


def test_there_is_a_fixture_of_each_released_schema_before_the_current_one() -> None:
    assert len(FIXTURES) >= 2


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_released_fixtures_match_their_version_before_migration(tmp_path: Path, fixture: Path) -> None:
    version = int(fixture.stem.rsplit("-", 1)[1])
    path = tmp_path / "old.iomed"
    shutil.copy(fixture, path)
    with tampering(path, FIXTURE_PASSPHRASE) as conn:
        assert schema.current_version(conn) == version
        assert fingerprint(conn) == schema.PINNED[version]


def test_a_new_case_matches_the_current_version(session) -> None:  # type: ignore[no-untyped-def]
    with session.db.reading() as conn:
        assert fingerprint(conn) == schema.PINNED[schema.SCHEMA_VERSION]


def test_whitespace_and_order_do_not_matter(session) -> None:  # type: ignore[no-untyped-def]
    """The fingerprint reads the SQL with whitespace collapsed, sorted by (type, name)."""
    with session.db.reading() as conn:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    from iomed_desk.store.schema_pin import digest

    spaced = [(t, n, tb, None if s is None else "  " + s.replace(" ", "\n\t ")) for t, n, tb, s in rows]
    assert digest(reversed(spaced)) == digest(rows)


def _closed(session) -> Path:  # type: ignore[no-untyped-def]
    path = session.path
    session.close()
    return path


def test_an_injected_trigger_is_refused_at_open(session) -> None:  # type: ignore[no-untyped-def]
    """Issue 12, hole 3: a trigger that copies every new caucus note to `joint` as a disclosure."""
    path = _closed(session)
    with tampering(path, PASSPHRASE) as conn:
        conn.execute(COPY_TO_JOINT)
    with pytest.raises(AlteredSchema) as caught:
        unlock(path, PASSPHRASE)
    assert isinstance(caught.value, DamagedFile)
    assert caught.value.message == ("This case file contains objects IOMed Desk did not create (a trigger named "
                                    "copy_caucus_notes); it was not opened.")


def test_an_injected_view_is_refused_at_open(session) -> None:  # type: ignore[no-untyped-def]
    path = _closed(session)
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("CREATE VIEW everything AS SELECT * FROM notes")
    with pytest.raises(AlteredSchema, match="a view named everything"):
        unlock(path, PASSPHRASE)


def test_a_dropped_or_changed_trigger_is_refused(session) -> None:  # type: ignore[no-untyped-def]
    path = _closed(session)
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("DROP TRIGGER audit_is_append_only_d")
    with pytest.raises(AlteredSchema, match="the trigger audit_is_append_only_d is missing"):
        unlock(path, PASSPHRASE)
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("CREATE TRIGGER audit_is_append_only_d BEFORE DELETE ON audit BEGIN SELECT 1; END")
    with pytest.raises(AlteredSchema, match="the trigger audit_is_append_only_d was changed"):
        unlock(path, PASSPHRASE)


def test_an_injected_trigger_in_an_old_file_is_refused_not_migrated(tmp_path: Path) -> None:
    """Checked before the migration, whose writes would fire the trigger."""
    path = tmp_path / "old2.iomed"
    shutil.copy(DATA / "case-schema-2.iomed", path)
    with tampering(path, FIXTURE_PASSPHRASE) as conn:
        conn.execute("CREATE TRIGGER leak AFTER UPDATE ON items BEGIN SELECT 1; END")
    with pytest.raises(AlteredSchema, match="a trigger named leak"):
        unlock(path, FIXTURE_PASSPHRASE)
    with tampering(path, FIXTURE_PASSPHRASE) as conn:
        assert schema.current_version(conn) == 2
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'revisions'").fetchone()[0] == 0


def test_sqlites_own_statistics_tables_are_allowed(session) -> None:  # type: ignore[no-untyped-def]
    """ANALYZE (by any SQLite client) adds sqlite_stat1 with SQLite's own SQL: not an attack."""
    path = _closed(session)
    with tampering(path, PASSPHRASE) as conn:
        conn.execute("ANALYZE")
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 1
    unlock(path, PASSPHRASE).close()
