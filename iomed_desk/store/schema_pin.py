"""The schema is pinned (DESIGN.md section 4): a case file holds exactly the objects its version calls for.

Anyone with the passphrase can add a trigger or a view to a case file; SQLite would run it inside
our own statements (a trigger that copies each new caucus note to `joint` as a disclosure). So on
open, before any read of the case's tables and before any migration, `sqlite_master` is compared
with the expected schema of the file's `user_version`, by a SHA-256 over the normalised SQL of
every object (whitespace collapsed, sorted by type and name). The expected fingerprints are
constants in store/schema.py (`PINNED`); a test rebuilds each version from the migrations.

Only SQLite's own bookkeeping tables may be there besides (`sqlite_stat1`, `sqlite_stat4`,
`sqlite_sequence`, which any SQLite client may create with ANALYZE), and only with SQLite's SQL.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from iomed_desk.core.errors import AlteredSchema
from iomed_desk.store.connection import Connection

Row = tuple[str, str, str, str | None]  # type, name, tbl_name, sql

#: SQLite's own tables, allowed with exactly this SQL (whitespace collapsed)
SQLITE_OWN = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
}
_SPACE = re.compile(r"\s+")


def normalise(sql: str | None) -> str:
    return "" if sql is None else _SPACE.sub(" ", sql).strip()


def objects(conn: Connection) -> dict[tuple[str, str], Row]:
    """Every object of the main database by (type, name), SQLite's own bookkeeping tables left out
    when (and only when) their SQL is SQLite's."""
    found: dict[tuple[str, str], Row] = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master"):
        if kind == "table" and SQLITE_OWN.get(name) == normalise(sql):
            continue
        found[(kind, name)] = (kind, name, table, sql)
    return found


def digest(rows: Iterable[Row]) -> str:
    """SHA-256 over the normalised objects, sorted by (type, name)."""
    h = hashlib.sha256()
    for kind, name, table, sql in sorted(rows, key=lambda r: (r[0], r[1])):
        h.update(f"{kind}\x1f{name}\x1f{table}\x1f{normalise(sql)}\x1e".encode())
    return h.hexdigest()


def fingerprint(conn: Connection) -> str:
    return digest(objects(conn).values())


def check(conn: Connection, version: int, expected: str, build: Callable[[int], Connection]) -> None:
    """Refuse the file (`AlteredSchema`) unless its schema is exactly that of `version`.

    `build(version)` makes an empty database of that version from the migrations; it is only called
    to name what differs, once the fingerprint has not matched.
    """
    found = objects(conn)
    if digest(found.values()) == expected:
        return
    reference = build(version)
    try:
        wanted = objects(reference)
    finally:
        reference.close()
    raise AlteredSchema(describe(found, wanted))


def describe(found: dict[tuple[str, str], Row], wanted: dict[tuple[str, str], Row]) -> str:
    """One line naming the first difference: an object added, then one removed, then one changed."""
    added = sorted(set(found) - set(wanted))
    if added:
        kind, name = added[0]
        more = f" and {len(added) - 1} more" if len(added) > 1 else ""
        return (f"This case file contains objects IOMed Desk did not create (a {kind} named {name}{more}); "
                "it was not opened.")
    missing = sorted(set(wanted) - set(found))
    if missing:
        kind, name = missing[0]
        return (f"This case file was altered outside IOMed Desk (the {kind} {name} is missing); "
                "it was not opened.")
    changed = sorted(k for k in found if normalise(found[k][3]) != normalise(wanted[k][3]) or found[k][2] != wanted[k][2])
    if not changed:  # the file is what the migrations build, but not what was released: our bug
        raise RuntimeError("the pinned schema fingerprint does not match what the migrations build")
    kind, name = changed[0]
    return (f"This case file was altered outside IOMed Desk (the {kind} {name} was changed); "
            "it was not opened.")
