"""The offers ledger's tables (schema 7): issues, offers (items under the firewall), the overlap checks'
terms (joint items) and their rounds (only what the room was told).

Reads of offers take an audience and filter in SQL with the firewall's fragment (store/visibility.py);
the app asserts the core rule again. No limit of an overlap check is ever written here: the tables
have no column for one.
"""

from __future__ import annotations

import os
from datetime import datetime
from decimal import Decimal

from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.offers import (
    CheckTerms,
    Kind,
    NegotiationIssue,
    Offer,
    RoundResult,
    Rule,
    Unit,
)
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, visible_to


def offer_content(o: Offer) -> dict[str, str]:
    """The fields of an offer its content commitment covers, as stored."""
    return {"issue": o.issue_id, "kind": o.kind.value, "party": o.party_id, "to": o.to_party,
            "figure": str(o.figure), "terms": o.terms, "private": "1" if o.private else "0"}


# -- issues -------------------------------------------------------------------------------------
def insert_issue(conn: Connection, issue: NegotiationIssue) -> None:
    position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM offer_issues").fetchone()[0]
    conn.execute("INSERT INTO offer_issues (id, position, name, unit, currency, created_at) VALUES (?,?,?,?,?,?)",
                 (issue.id, position, issue.name, issue.unit.value, issue.currency,
                  to_iso(issue.created_at or datetime.now())))


def issues(conn: Connection) -> list[NegotiationIssue]:
    return [NegotiationIssue(r[0], r[1], Unit(r[2]), r[3], from_iso(r[4])) for r in conn.execute(
        "SELECT id, name, unit, currency, created_at FROM offer_issues ORDER BY position")]


def issue(conn: Connection, issue_id: str) -> NegotiationIssue | None:
    found = [i for i in issues(conn) if i.id == issue_id]
    return found[0] if found else None


# -- offers -------------------------------------------------------------------------------------
def insert_offer(conn: Connection, o: Offer) -> str:
    """Record the offer as an item in its channel; returns its content commitment for the audit event."""
    salt = os.urandom(16)
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES (?, 'offer', ?, ?, ?, ?, ?)",
                 (o.id, str(o.channel), o.author, to_iso(o.made_at), to_iso(o.made_at), salt))
    conn.execute("INSERT INTO offers (item_id, issue_id, kind, party_id, to_party, session_id, figure, terms, private,"
                 " made_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (o.id, o.issue_id, o.kind.value, o.party_id, o.to_party, o.session_id, str(o.figure), o.terms,
                  int(o.private), to_iso(o.made_at)))
    return commitment(salt, offer_content(o))


_OFFER = ("SELECT o.item_id, o.issue_id, i.channel, o.kind, o.party_id, o.to_party, o.figure, o.terms, o.private,"
          " o.made_at, o.session_id, i.author FROM offers o JOIN items i ON i.id = o.item_id"
          " WHERE i.deleted_at IS NULL")


def _offer(r: tuple) -> Offer:
    return Offer(r[0], r[1], Channel.parse(r[2]), Kind(r[3]), r[4], r[5], Decimal(r[6]), r[7], bool(r[8]),
                 from_iso(r[9]), r[10], r[11])


def offers(conn: Connection, audience: Audience, issue_id: str | None = None) -> list[Offer]:
    """The offers `audience` may see (the firewall in SQL), oldest first; of one issue when given."""
    params: dict[str, str] = bind(audience)
    where = f" AND {visible_to('i')}"
    if issue_id is not None:
        where += " AND o.issue_id = :issue"
        params["issue"] = issue_id
    return [_offer(r) for r in conn.execute(f"{_OFFER}{where} ORDER BY o.made_at, i.rowid", params)]


def offer(conn: Connection, offer_id: str) -> Offer | None:
    r = conn.execute(f"{_OFFER} AND o.item_id = ?", (offer_id,)).fetchone()
    return _offer(r) if r else None


def rows_for_check(conn: Connection) -> list[tuple[str, str, bytes | None, str | None, dict[str, str]]]:
    """(id, channel, salt, deleted_at, content) of every offer, for the record check."""
    out = []
    for r in conn.execute("SELECT o.item_id, i.channel, i.salt, i.deleted_at, o.issue_id, o.kind, o.party_id,"
                          " o.to_party, o.figure, o.terms, o.private FROM offers o LEFT JOIN items i"
                          " ON i.id = o.item_id ORDER BY o.item_id"):
        out.append((r[0], r[1], r[2], r[3], {"issue": r[4], "kind": r[5], "party": r[6], "to": r[7],
                                             "figure": r[8], "terms": r[9], "private": str(r[10])}))
    return out


# -- overlap checks -----------------------------------------------------------------------------
def insert_check(conn: Connection, check_id: str, terms: CheckTerms, author: str, at: datetime) -> None:
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES (?, 'offer-check', 'joint', ?, ?, ?, ?)",
                 (check_id, author, to_iso(at), to_iso(at), os.urandom(16)))
    conn.execute("INSERT INTO offer_checks (item_id, issue_id, ceiling_party, floor_party, rule, rounds, started_at)"
                 " VALUES (?,?,?,?,?,?,?)", (check_id, terms.issue_id, terms.ceiling_party, terms.floor_party,
                                             terms.rule.value, terms.rounds, to_iso(at)))


def checks(conn: Connection, issue_id: str | None = None) -> list[tuple[str, CheckTerms, datetime]]:
    """(id, terms, started) of every check, oldest first. Joint items: every audience sees them."""
    where, params = ("WHERE issue_id = ?", (issue_id,)) if issue_id else ("", ())
    return [(r[0], CheckTerms(r[1], r[2], r[3], Rule(r[4]), r[5]), from_iso(r[6])) for r in conn.execute(
        "SELECT item_id, issue_id, ceiling_party, floor_party, rule, rounds, started_at FROM offer_checks"
        f" {where} ORDER BY started_at, rowid", params)]


def check(conn: Connection, check_id: str) -> CheckTerms | None:
    found = [t for i, t, _ in checks(conn) if i == check_id]
    return found[0] if found else None


def insert_round(conn: Connection, check_id: str, r: RoundResult, at: datetime) -> None:
    conn.execute("INSERT INTO offer_check_rounds (check_id, number, outcome, figure, band, at) VALUES (?,?,?,?,?,?)",
                 (check_id, r.number, r.outcome, "" if r.figure is None else str(r.figure), r.band, to_iso(at)))


def rounds(conn: Connection, check_id: str) -> list[tuple[RoundResult, datetime]]:
    return [(RoundResult(r[0], r[1] == "overlap", Decimal(r[2]) if r[2] else None, r[3]), from_iso(r[4]))
            for r in conn.execute("SELECT number, outcome, figure, band, at FROM offer_check_rounds"
                                  " WHERE check_id = ? ORDER BY number", (check_id,))]


def in_caucus(conn: Connection) -> list[tuple[str, str]]:
    """(id, channel) of every offer not yet destroyed that lives in a caucus channel, oldest first: what
    closing destroys (`destroy_in_caucus`). Offers are never in the mediator's notebook."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT i.id, i.channel FROM offers o JOIN items i ON i.id = o.item_id"
        " WHERE i.deleted_at IS NULL AND i.channel LIKE 'party:%' ORDER BY i.rowid")]


def destroy_in_caucus(conn: Connection, at: datetime) -> dict[str, int]:
    """For closing (store/destruction.py): wipe the figure and terms of every offer kept in a caucus
    channel (private figures, offers made in caucus whether communicated or not), mark each item
    destroyed and drop its salt. Joint offers stay, like joint notes. Returns the count per channel.
    Call inside a write transaction, after the termination (schema 7's trigger allows only this change)."""
    when = to_iso(at)
    counts: dict[str, int] = {}
    for item_id, channel in in_caucus(conn):
        conn.execute("UPDATE items SET deleted_at = ?, updated_at = ?, salt = NULL WHERE id = ?", (when, when, item_id))
        conn.execute("UPDATE offers SET figure = '', terms = '' WHERE item_id = ?", (item_id,))
        counts[channel] = counts.get(channel, 0) + 1
    return counts
