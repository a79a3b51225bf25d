"""Exports of the agreement and the signatures of each (schema 5): the signing ceremony as recorded.

Rows are written with the export's audit event in one transaction (app/export.py); an export is
completed once, by the mediator's attestation, which records the paper signatures' witnesses
(the schema's triggers allow nothing else).
"""

from __future__ import annotations

from datetime import datetime

from iomed_desk.core.ceremony import (
    AuthorityCheck,
    Checks,
    ExportEntry,
    ExportStatus,
    IdentityCheck,
    KeyHolding,
    SignerLine,
)
from iomed_desk.core.clock import from_iso, to_iso
from iomed_desk.store.connection import Connection

_EXPORT_COLUMNS = ("number, agreement_id, file_name, fingerprint, pdf_sha256, status, exported_at, reason,"
                   " previous_number, previous_pdf_sha256, attested_at")
_SIGNING_COLUMNS = ("field, party_id, party, signatory, capacity, holding, id_document, id_last4, authority,"
                    " authority_detail, cert_serial, cert_sha256, signed_at, witness, witnessed_at")


def next_number(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(number), 0) + 1 FROM exports").fetchone()[0])


def insert_export(conn: Connection, e: ExportEntry) -> None:
    conn.execute(f"INSERT INTO exports ({_EXPORT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 (e.number, e.agreement_id, e.file_name, e.fingerprint, e.pdf_sha256, e.status.value,
                  to_iso(e.exported_at), e.reason, e.previous_number, e.previous_pdf_sha256,
                  _iso(e.attested_at)))
    for position, s in enumerate(e.signers):
        d = s.as_dict()
        conn.execute(f"INSERT INTO signings (export_number, position, {_SIGNING_COLUMNS})"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (e.number, position, s.field, s.party_id, s.party, s.signatory, s.capacity, s.holding.value,
                      d["id_document"], d["id_last4"], d["authority"], d["authority_detail"], s.cert_serial,
                      s.cert_sha256, _iso(s.signed_at), s.witness, _iso(s.witnessed_at)))


def complete_export(conn: Connection, number: int, pdf_sha256: str, attested_at: datetime,
                    signers: tuple[SignerLine, ...]) -> None:
    """The attestation: the final PDF's SHA-256, the paper signatures' witnesses, the mediator's line."""
    conn.execute("UPDATE exports SET status = 'complete', pdf_sha256 = ?, attested_at = ? WHERE number = ?",
                 (pdf_sha256, to_iso(attested_at), number))
    known = {r[0] for r in conn.execute("SELECT position FROM signings WHERE export_number = ?", (number,))}
    for position, s in enumerate(signers):
        if position not in known:
            d = s.as_dict()
            conn.execute(f"INSERT INTO signings (export_number, position, {_SIGNING_COLUMNS})"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         (number, position, s.field, s.party_id, s.party, s.signatory, s.capacity,
                          s.holding.value, d["id_document"], d["id_last4"], d["authority"], d["authority_detail"],
                          s.cert_serial, s.cert_sha256, _iso(s.signed_at), s.witness, _iso(s.witnessed_at)))
        elif s.holding is KeyHolding.PAPER and s.witness:
            conn.execute("UPDATE signings SET witness = ?, witnessed_at = ? WHERE export_number = ? AND position = ?"
                         " AND witness = ''", (s.witness, _iso(s.witnessed_at), number, position))


def exports(conn: Connection, agreement_id: str | None = None) -> list[ExportEntry]:
    """Every export (of `agreement_id`, when given), oldest first, with its signer lines."""
    rows = conn.execute(f"SELECT {_EXPORT_COLUMNS} FROM exports WHERE (:a IS NULL OR agreement_id = :a)"
                        " ORDER BY number", {"a": agreement_id}).fetchall()
    out = []
    for r in rows:
        signers = tuple(_signer(s) for s in conn.execute(
            f"SELECT {_SIGNING_COLUMNS} FROM signings WHERE export_number = ? ORDER BY position", (r[0],)))
        out.append(ExportEntry(number=r[0], agreement_id=r[1], file_name=r[2], fingerprint=r[3], pdf_sha256=r[4],
                               status=ExportStatus(r[5]), exported_at=from_iso(r[6]), reason=r[7],
                               previous_number=r[8], previous_pdf_sha256=r[9],
                               attested_at=from_iso(r[10]) if r[10] else None, signers=signers))
    return out


def _signer(r: tuple) -> SignerLine:
    ident = IdentityCheck(r[6], r[7]) if r[6] else None  # type: ignore[arg-type]
    auth = AuthorityCheck(r[8], r[9]) if r[8] else None  # type: ignore[arg-type]
    return SignerLine(field=r[0], party_id=r[1], party=r[2], signatory=r[3], capacity=r[4],
                      holding=KeyHolding(r[5]), checks=Checks(ident, auth), cert_serial=r[10], cert_sha256=r[11],
                      signed_at=from_iso(r[12]) if r[12] else None, witness=r[13],
                      witnessed_at=from_iso(r[14]) if r[14] else None)


def _iso(when: datetime | None) -> str | None:
    return to_iso(when) if when is not None else None
