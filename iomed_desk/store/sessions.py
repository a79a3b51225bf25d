"""Joint sessions and caucuses: when they started and ended."""

from __future__ import annotations

from datetime import datetime

from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.model import Session
from iomed_desk.store.connection import Connection


def _session(r: tuple) -> Session:
    return Session(r[0], Channel.parse(r[1]), from_iso(r[2]), from_iso(r[3]) if r[3] else None)


def insert(conn: Connection, session: Session) -> None:
    conn.execute("INSERT INTO sessions (id, channel, started_at, ended_at) VALUES (?,?,?,?)",
                 (session.id, str(session.channel), to_iso(session.started_at),
                  to_iso(session.ended_at) if session.ended_at else None))


def end(conn: Connection, session_id: str, at: datetime) -> None:
    conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (to_iso(at), session_id))


def running(conn: Connection) -> Session | None:
    r = conn.execute("SELECT id, channel, started_at, ended_at FROM sessions WHERE ended_at IS NULL"
                     " ORDER BY started_at DESC LIMIT 1").fetchone()
    return _session(r) if r else None


def get(conn: Connection, session_id: str) -> Session | None:
    r = conn.execute("SELECT id, channel, started_at, ended_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return _session(r) if r else None


def history(conn: Connection) -> list[Session]:
    return [_session(r) for r in conn.execute(
        "SELECT id, channel, started_at, ended_at FROM sessions ORDER BY started_at")]
