"""The termination record names the final PDF of the export it links, never one still awaiting the
mediator's attestation after paper signatures (the attestation replaces the export's PDF SHA-256).

Through the app on a real case file and real signed PDFs: while the linked export is unattested, signing
the termination record is refused with one line and writes nothing (no PDF, no audit event); once it
is attested, the signed record names the attested PDF's SHA-256. Every party signs on paper, so the
mediator's certification is the only signature before the attestation.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import attest_export, export_entries, export_with_record
from iomed_desk.app.signing import mediator_signer
from iomed_desk.app.verification import verify_document
from iomed_desk.core.ceremony import ExportStatus
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.process import Outcome
from iomed_desk.export.identity import Identity, write_certificate

AWAITS = ("^Export 1 awaits the mediator's attestation after paper signatures: attest it first, then sign the "
          "termination record\\.$")








def test_signed_only_once_the_linked_export_is_attested(case: CaseSession, tmp_path: Path,
                                                         identity: Identity, qtbot) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.gui.process_overview import ProcessSection

    section = ProcessSection(case)
    qtbot.addWidget(section)
    out = tmp_path / "out"
    out.mkdir()
    signer = mediator_signer(identity)
    exported = export_with_record(case, out / "agreement.pdf", signer, {})
    assert exported.entry.status is ExportStatus.AWAITING_PAPER
    pr.terminate(case, Outcome.SETTLED)
    assert pr.termination(case).export_number == 1  # type: ignore[union-attr]
    assert pr.linked_export_awaiting_attestation(case) == 1
    section.refresh()  # the process record's button is off, saying why, until the attestation
    assert not section.sign_termination.isEnabled()
    assert section.sign_termination.toolTip().startswith("Export 1 awaits your attestation")

    head, files = case.head(), sorted(p.name for p in out.iterdir())
    with pytest.raises(NotAllowed, match=AWAITS):
        pr.termination_pdf(case, out / "termination.pdf", signer)
    assert case.head() == head and sorted(p.name for p in out.iterdir()) == files  # no PDF, no temp file
    assert not case.audit_events(pr.TERMINATION_RECORD_ACTION)

    final = attest_export(case, out / "agreement.pdf", out / "final.pdf", signer,
                          {p.id: "Ms Ann Lee" for p in case.case.parties})
    attested = hashlib.sha256((out / "final.pdf").read_bytes()).hexdigest()
    unattested = hashlib.sha256((out / "agreement.pdf").read_bytes()).hexdigest()
    assert final.entry.pdf_sha256 == attested != unattested
    assert [e.pdf_sha256 for e in export_entries(case)] == [attested]

    assert pr.linked_export_awaiting_attestation(case) is None
    section.refresh()
    assert section.sign_termination.isEnabled() and section.sign_termination.toolTip() == ""
    done = pr.termination_pdf(case, out / "termination.pdf", signer)
    pem = tmp_path / "mediator.pem"
    write_certificate(pem, identity.certificate)
    report = verify_document(out / "termination.pdf", [pem])
    assert report.ok, report.to_text()
    assert report.record.agreement_pdf_sha256 == attested  # type: ignore[union-attr]
    assert case.audit_events(pr.TERMINATION_RECORD_ACTION)[0].detail["pdf_sha256"] == done.sha256
    assert case.check().ok
