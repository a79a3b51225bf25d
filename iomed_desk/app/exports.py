"""The case's record of its exports, read back from the audit chain for `iomed-desk info`.

Each export's audit event names the file, the SHA-256 of the signed PDF that was
written and the agreement fingerprint it carries, so a PDF produced later can be
matched against the case (`sha256sum FILE.pdf`) and a party's copy against the
fingerprint the case recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession


@dataclass(frozen=True)
class ExportRecord:
    """One export as the audit chain recorded it; empty hashes for exports made before they were recorded."""

    at: datetime
    agreement_id: str
    file_name: str
    pdf_sha256: str
    fingerprint: str


def export_records(session: CaseSession) -> tuple[ExportRecord, ...]:
    """Every export of the case, oldest first."""
    events = [e for e in session.audit_events("agreement.export") if e.action == "agreement.export"]
    return tuple(
        ExportRecord(at=e.at, agreement_id=e.targets[0] if e.targets else "",
                     file_name=str(e.detail.get("file", "")), pdf_sha256=str(e.detail.get("pdf_sha256", "")),
                     fingerprint=str(e.detail.get("fingerprint", "")))
        for e in sorted(events, key=lambda e: e.seq))
