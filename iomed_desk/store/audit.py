"""The append-only audit table and the verification of its hash chain.

Events name ids, channels and audiences, never the content of a note: the
audit view is for the mediator and the institution, and stays readable after
caucus notes are destroyed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from iomed_desk.core.audit import GENESIS, AuditEvent, AuditHead, event_hash
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.store.connection import Connection


def append(conn: Connection, at: datetime, actor: str, action: str,
           targets: tuple[str, ...] | list[str] = (), detail: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event; call inside the transaction that makes the change it records."""
    detail = detail or {}
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at_text = to_iso(at)
    digest = event_hash(seq, at_text, actor, action, list(targets), detail, prev)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, targets, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
        (seq, at_text, actor, action, json.dumps(list(targets), ensure_ascii=False),
         json.dumps(detail, ensure_ascii=False, sort_keys=True), prev, digest))
    return AuditEvent(seq, at, actor, action, tuple(targets), detail, prev, digest)


def head(conn: Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def newest(conn: Connection) -> AuditHead:
    """The chain's head with its sequence number; (0, GENESIS) before the first event."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return AuditHead(int(row[0]), row[1]) if row else AuditHead(0, GENESIS)


def contains(conn: Connection, head: AuditHead) -> bool:
    """Whether the event numbered `head.seq` is there with that hash (the chain's own links are
    `verify_chain`'s to check): false for a file rolled back, truncated or swapped for an older copy."""
    if head.seq == 0:
        return head.hash == GENESIS
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (head.seq,)).fetchone()
    return row is not None and row[0] == head.hash


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def events(conn: Connection, *, action_prefix: str = "", limit: int = 10_000,
           before_seq: int | None = None) -> list[AuditEvent]:
    """Newest first."""
    sql = "SELECT seq, at, actor, action, targets, detail, prev_hash, hash FROM audit WHERE action LIKE ?"
    params: list[Any] = [action_prefix.replace("%", "") + "%"]
    if before_seq is not None:
        sql += " AND seq < ?"
        params.append(before_seq)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    return [_event(r) for r in conn.execute(sql, params)]


def _event(r: tuple) -> AuditEvent:
    return AuditEvent(r[0], from_iso(r[1]), r[2], r[3], tuple(json.loads(r[4])), json.loads(r[5]), r[6], r[7])


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    head: str
    problem: str = ""


def verify_chain(conn: Connection) -> ChainReport:
    """Recompute every hash in order; the first break is reported by its sequence number."""
    prev, expected_seq, n = GENESIS, 1, 0
    for seq, at, actor, action, targets, detail, prev_hash, digest in conn.execute(
            "SELECT seq, at, actor, action, targets, detail, prev_hash, hash FROM audit ORDER BY seq"):
        n += 1
        if seq != expected_seq:
            return ChainReport(False, n, prev, f"audit event {expected_seq} is missing")
        if prev_hash != prev:
            return ChainReport(False, n, prev, f"audit event {seq} does not follow event {seq - 1}")
        try:
            recomputed = event_hash(seq, at, actor, action, json.loads(targets), json.loads(detail), prev_hash)
        except (ValueError, TypeError):
            return ChainReport(False, n, prev, f"audit event {seq} is unreadable")
        if recomputed != digest:
            return ChainReport(False, n, prev, f"audit event {seq} was altered")
        prev, expected_seq = digest, seq + 1
    return ChainReport(True, n, prev)
