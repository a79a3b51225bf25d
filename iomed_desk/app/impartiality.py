"""The impartiality record of an open case (core/impartiality.py says what it holds: counts and times only).

Computed from what the case file already holds; reading it changes nothing. Exporting it as a
PDF (`export_pdf`) is audited, with the file's name and SHA-256.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iomed_desk.app.changes import Change
from iomed_desk.core.channels import Audience
from iomed_desk.core.clock import to_iso
from iomed_desk.core.impartiality import ImpartialityRecord, PartyFigures, TablingSeen, compute
from iomed_desk.export.impartiality_pdf import Labels
from iomed_desk.store import audit, disclosures, sessions
from iomed_desk.store import drafting as drafting_store

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

#: the values, for the faces to import from here
__all__ = ["ImpartialityRecord", "Labels", "PartyFigures", "TablingSeen", "export_pdf", "impartiality_record"]


def impartiality_record(session: CaseSession) -> ImpartialityRecord:
    """The record as of now, read in one snapshot of the case file."""
    mediator = Audience.mediator()
    with session.db.reading() as conn:
        history = sessions.history(conn)
        made = disclosures.all_disclosures(conn)
        drafts = [d.id for d in drafting_store.drafts(conn)]
        tablings = drafting_store.tablings(conn, mediator)
        positions = drafting_store.positions(conn, mediator)
    return compute(session.case, session.clock(), history, made, drafts, tablings, positions)


def export_pdf(session: CaseSession, out: Path, labels: Any = None) -> Change:
    """Write the record as a one-page PDF at `out` (atomically) and audit it: the file's name and SHA-256.

    The page speaks the settlement agreement's languages (`process_record.document_languages`) unless
    `labels` (export/impartiality_pdf.py's `Labels`) gives other wording. Slow (the CJK font): the GUI
    calls this on a worker.
    """
    from iomed_desk.app.process_record import document_languages
    from iomed_desk.export.atomic import write_atomically
    from iomed_desk.export.impartiality_pdf import labels_in, render

    record = impartiality_record(session)
    data = render(record, labels or labels_in(document_languages(session)))
    write_atomically(Path(out), data)
    digest = hashlib.sha256(data).hexdigest()
    with session.db.transaction() as conn:
        audit.append(conn, session.clock(), session.actor, "impartiality.export", [],
                     {"file": Path(out).name, "pdf_sha256": digest, "as_of": to_iso(record.as_of)})
    return Change("Impartiality record written to %1", args=(Path(out).name,))
