"""Integrity of an open case file: SQLCipher's page HMACs, SQLite's structure, the audit chain, and
the record itself (store/record_check.py: every commitment recomputed, every note revision and
disclosure row matched with its audit event, both ways)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from iomed_desk.store import audit
from iomed_desk.store.connection import Connection
from iomed_desk.store.record_check import check_record


@dataclass(frozen=True)
class IntegrityReport:
    problems: tuple[str, ...]
    audit_events: int
    audit_head: str
    audit_seq: int = 0  # the head's sequence number: `audit_seq:audit_head` is what others hold

    @property
    def ok(self) -> bool:
        return not self.problems


def check(conn: Connection) -> IntegrityReport:
    problems: list[str] = []
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            problems.append(f"{len(bad)} page(s) failed their HMAC check (the file was altered or damaged)")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"page check failed: {exc}")
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.append(f"database structure is inconsistent ({len(rows)} problem(s))")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"database structure check failed: {exc}")
    try:
        chain = audit.verify_chain(conn)
        if not chain.ok:
            problems.append(f"audit chain broken: {chain.problem}")
        events, head = chain.events, chain.head
        seq = chain.events if chain.ok else 0  # an intact chain numbers its events 1..n
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"audit log unreadable: {exc}")
        events, head, seq = 0, "", 0
    try:
        problems += check_record(conn)
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"the record could not be checked: {exc}")
    return IntegrityReport(tuple(problems), events, head, seq)
