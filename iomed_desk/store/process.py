"""The process record's tables (schema 6): agreement to mediate, declarations and their answers,
attendance, authorities to settle, termination, and the closing columns of `case_info`.

Declarations and answers are items (one channel each, fixed at creation): a declaration is joint, an
answer lives in its party's channel, and reads for another audience go through the firewall's SQL.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from iomed_desk.core.audit import commitment
from iomed_desk.core.channels import Audience
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.core.process import (
    AgreementManner,
    AgreementToMediate,
    Answer,
    Attendee,
    Authority,
    Declaration,
    DeclarationAnswer,
    DeclarationOccasion,
    Instrument,
    Outcome,
    Role,
    Termination,
)
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, visible_to


def _opt(moment: datetime | None) -> str | None:
    return to_iso(moment) if moment else None


def _when(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


# -- agreement to mediate -------------------------------------------------------------------
def agreement_to_mediate(conn: Connection) -> AgreementToMediate | None:
    r = conn.execute("SELECT manner, rules, confidentiality, fees, pdf_sha256, reason, recorded_at, recorded_by"
                     " FROM agreement_to_mediate WHERE id = 1").fetchone()
    if r is None:
        return None
    return AgreementToMediate(AgreementManner(r[0]), r[1], r[2], r[3], r[4], r[5], from_iso(r[6]), r[7])


def put_agreement_to_mediate(conn: Connection, a: AgreementToMediate) -> None:
    """Record it, or replace it (proceeding without, then signed): the audit keeps each."""
    conn.execute("INSERT OR REPLACE INTO agreement_to_mediate (id, manner, rules, confidentiality, fees, pdf_sha256,"
                 " reason, recorded_at, recorded_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (a.manner.value, a.rules, a.confidentiality, a.fees, a.pdf_sha256.lower(), a.reason,
                  to_iso(a.recorded_at or datetime.now()), a.recorded_by))


# -- declarations ---------------------------------------------------------------------------
def _item(conn: Connection, item_id: str, kind: str, channel: str, author: str, at: datetime,
          fields: dict[str, str]) -> str:
    salt = os.urandom(16)
    conn.execute("INSERT INTO items (id, kind, channel, author, created_at, updated_at, salt)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", (item_id, kind, channel, author, to_iso(at), to_iso(at), salt))
    return commitment(salt, fields)


def insert_declaration(conn: Connection, d: Declaration, author: str) -> str:
    """Returns the content commitment for the audit event."""
    c = _item(conn, d.id, "declaration", str(d.channel), author, d.made_at,
              {"mediator": d.mediator_id, "occasion": d.occasion.value, "text": d.text})
    conn.execute("INSERT INTO declarations (item_id, mediator_id, occasion, text, made_at) VALUES (?, ?, ?, ?, ?)",
                 (d.id, d.mediator_id, d.occasion.value, d.text, to_iso(d.made_at)))
    return c


def insert_answer(conn: Connection, a: DeclarationAnswer, author: str) -> str:
    c = _item(conn, a.id, "declaration-answer", str(a.channel), author, a.at,
              {"declaration": a.declaration_id, "answer": a.answer.value, "grounds": a.grounds})
    conn.execute("INSERT INTO declaration_answers (item_id, declaration_id, party_id, answer, grounds, at)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 (a.id, a.declaration_id, a.party_id, a.answer.value, a.grounds, to_iso(a.at)))
    return c


def declarations(conn: Connection) -> list[Declaration]:
    return [Declaration(r[0], r[1], DeclarationOccasion(r[2]), r[3], from_iso(r[4])) for r in conn.execute(
        "SELECT d.item_id, d.mediator_id, d.occasion, d.text, d.made_at FROM declarations d"
        " JOIN items i ON i.id = d.item_id WHERE i.deleted_at IS NULL ORDER BY d.made_at, d.item_id")]


def answers(conn: Connection, audience: Audience) -> list[DeclarationAnswer]:
    """The answers `audience` may see (the firewall in SQL): a party sees its own and what was disclosed."""
    return [DeclarationAnswer(r[0], r[1], r[2], Answer(r[3]), r[4], from_iso(r[5])) for r in conn.execute(
        "SELECT a.item_id, a.declaration_id, a.party_id, a.answer, a.grounds, a.at FROM declaration_answers a"
        f" JOIN items i ON i.id = a.item_id WHERE i.deleted_at IS NULL AND {visible_to('i')}"
        " ORDER BY a.at, i.rowid", bind(audience))]


# -- attendance -----------------------------------------------------------------------------
_ATTENDEE = ("id, session_id, name, role, party_id, language, arrived_at, departed_at, undertaking,"
             " undertaking_at")


def _attendee(r: tuple) -> Attendee:
    return Attendee(r[0], r[1], r[2], Role(r[3]), r[4], r[5], _when(r[6]), _when(r[7]),
                    None if r[8] is None else bool(r[8]), _when(r[9]))


def put_attendee(conn: Connection, a: Attendee, *, confirmed: bool = False) -> None:
    conn.execute(f"INSERT OR REPLACE INTO attendance ({_ATTENDEE}, confirmed) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 (a.id, a.session_id, a.name, a.role.value, a.party_id, a.language, _opt(a.arrived_at),
                  _opt(a.departed_at), None if a.undertaking is None else int(a.undertaking),
                  _opt(a.undertaking_at), int(confirmed)))


def attendee(conn: Connection, attendee_id: str) -> Attendee | None:
    r = conn.execute(f"SELECT {_ATTENDEE} FROM attendance WHERE id = ?", (attendee_id,)).fetchone()
    return _attendee(r) if r else None


def attendance(conn: Connection, session_id: str | None = None) -> list[Attendee]:
    where, args = ("WHERE session_id = ?", (session_id,)) if session_id else ("", ())
    return [_attendee(r) for r in conn.execute(
        f"SELECT {_ATTENDEE} FROM attendance {where} ORDER BY session_id, coalesce(arrived_at, ''), name", args)]


def sessions_without_attendance(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sessions s WHERE NOT EXISTS"
                            " (SELECT 1 FROM attendance a WHERE a.session_id = s.id)").fetchone()[0])


# -- authorities ----------------------------------------------------------------------------
def insert_authority(conn: Connection, a: Authority) -> None:
    conn.execute("INSERT INTO authorities (id, party_id, representative, instrument, dated, limits, detail,"
                 " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (a.id, a.party_id, a.representative, a.instrument.value, a.dated.isoformat(), a.limits, a.detail,
                  to_iso(a.recorded_at or datetime.now())))


def authorities(conn: Connection) -> list[Authority]:
    return [Authority(r[0], r[1], r[2], Instrument(r[3]), date.fromisoformat(r[4]), r[5], r[6], from_iso(r[7]))
            for r in conn.execute("SELECT id, party_id, representative, instrument, dated, limits, detail,"
                                  " recorded_at FROM authorities ORDER BY recorded_at, id")]


# -- termination and closing ----------------------------------------------------------------
def termination(conn: Connection) -> Termination | None:
    r = conn.execute("SELECT outcome, ended_on, grounds, recorded_by, recorded_at, withdrawn_party, agreement_id,"
                     " export_number, audit_head FROM termination WHERE id = 1").fetchone()
    if r is None:
        return None
    return Termination(Outcome(r[0]), date.fromisoformat(r[1]), r[2], r[3], from_iso(r[4]), r[5], r[6], r[7], r[8])


def insert_termination(conn: Connection, t: Termination) -> None:
    conn.execute("INSERT INTO termination (id, outcome, ended_on, grounds, withdrawn_party, agreement_id,"
                 " export_number, recorded_at, recorded_by, audit_head) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (t.outcome.value, t.ended_on.isoformat(), t.grounds, t.withdrawn_party, t.agreement_id,
                  t.export_number, to_iso(t.recorded_at or datetime.now()), t.recorded_by, t.audit_head))


def retention_days(conn: Connection) -> int:
    return int(conn.execute("SELECT retention_days FROM case_info").fetchone()[0])


def set_retention_days(conn: Connection, days: int) -> None:
    conn.execute("UPDATE case_info SET retention_days = ?", (days,))


def closed_at(conn: Connection) -> datetime | None:
    return _when(conn.execute("SELECT closed_at FROM case_info").fetchone()[0])


def set_closed(conn: Connection, at: datetime, destruction_json: str) -> None:
    """For the closing step: when the file was closed and the destruction summary (JSON, counts only)."""
    conn.execute("UPDATE case_info SET closed_at = ?, destruction = ?", (to_iso(at), destruction_json))


def destruction(conn: Connection) -> str:
    return str(conn.execute("SELECT destruction FROM case_info").fetchone()[0])
