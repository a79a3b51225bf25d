"""Disclosures, the revision each names, and the consents on record for each (how given, witnessed by whom)."""

from __future__ import annotations

from datetime import datetime

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.disclosure import Consent, ConsentManner, Disclosure, HongKongException
from iomed_desk.store import notes, search
from iomed_desk.store.connection import Connection


def insert(conn: Connection, d: Disclosure) -> None:
    """Record `d`; a note's disclosed revision becomes searchable for its target."""
    cur = conn.execute("INSERT INTO disclosures (id, item_id, target, exception, note, created_at, revision, source)"
                       " VALUES (?,?,?,?,?,?,?,?)",
                       (d.id, d.item_id, str(d.target), d.exception.value if d.exception else None, d.note,
                        to_iso(d.created_at), d.revision, d.source))
    for c in d.consents:
        conn.execute("INSERT INTO consents (disclosure_id, who, given_by, recorded_at, manner, witness)"
                     " VALUES (?,?,?,?,?,?)",
                     (d.id, c.who, c.given_by, to_iso(c.recorded_at or d.created_at), c.manner.value, c.witness))
    text = notes.revision(conn, d.item_id, d.revision)
    if text is not None:
        search.index_disclosed(conn, cur.lastrowid, *text)


def revoke(conn: Connection, disclosure_id: str, at: datetime, reason: str) -> bool:
    cur = conn.execute("UPDATE disclosures SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL",
                       (to_iso(at), reason, disclosure_id))
    if cur.rowcount == 1:
        rowid = conn.execute("SELECT rowid FROM disclosures WHERE id = ?", (disclosure_id,)).fetchone()[0]
        search.unindex_disclosed(conn, rowid)
    return cur.rowcount == 1


def for_item(conn: Connection, item_id: str) -> list[Disclosure]:
    return _load(conn, "WHERE d.item_id = ?", (item_id,))


def get(conn: Connection, disclosure_id: str) -> Disclosure | None:
    found = _load(conn, "WHERE d.id = ?", (disclosure_id,))
    return found[0] if found else None


def all_disclosures(conn: Connection) -> list[Disclosure]:
    return _load(conn, "", ())


def targets_in_force(conn: Connection) -> dict[str, list[Audience]]:
    """Item id -> the audiences it is disclosed to now (revoked disclosures left out): what a view
    needs for the firewall's second check before it draws."""
    targets: dict[str, list[Audience]] = {}
    for d in all_disclosures(conn):
        if d.in_force:
            targets.setdefault(d.item_id, []).append(d.target)
    return targets


def _load(conn: Connection, where: str, params: tuple) -> list[Disclosure]:
    rows = conn.execute(
        "SELECT d.id, d.item_id, i.channel, d.target, d.exception, d.note, d.created_at, d.revoked_at,"
        f" d.revoke_reason, d.revision, d.source FROM disclosures d JOIN items i ON i.id = d.item_id {where}"
        " ORDER BY d.created_at", params).fetchall()
    # every consent of those disclosures in one query, not one query per disclosure
    consents_of: dict[str, list[Consent]] = {}
    if rows:
        for c in conn.execute(
                "SELECT disclosure_id, who, given_by, recorded_at, manner, witness FROM consents WHERE disclosure_id IN"
                f" (SELECT d.id FROM disclosures d JOIN items i ON i.id = d.item_id {where})"
                " ORDER BY disclosure_id, who", params):
            consents_of.setdefault(c[0], []).append(Consent(c[1], c[2], from_iso(c[3]), ConsentManner(c[4]), c[5]))
    out = []
    for r in rows:
        consents = tuple(consents_of.get(r[0], ()))
        out.append(Disclosure(id=r[0], item_id=r[1], item_channel=Channel.parse(r[2]), target=Audience.parse(r[3]),
                              consents=consents, created_at=from_iso(r[6]),
                              exception=HongKongException(r[4]) if r[4] else None, note=r[5],
                              revoked_at=from_iso(r[7]) if r[7] else None, revoke_reason=r[8],
                              revision=r[9], source=r[10]))
    return out
