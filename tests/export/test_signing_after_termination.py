"""What of the agreement's signing may still happen once the mediation has ended (core/after_termination.py),
through the app on real case files and real signed PDFs.

Allowed: the attestation of the export the termination record links (a party signed on paper and the
mediator recorded the end before attesting). Refused with one line naming the end, before any file is
written: a new export (a second one with a reason included, and the legacy `mark_exported`), the
attestation of any other export, and reopening. A refusal leaves no PDF, no audit event and no row.
Every party signs on paper here: the mediator's certification is the only signature before the
attestation, which keeps each test well under a second.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import ExportResult, attest_export, export_entries, export_with_record
from iomed_desk.app.signing import mediator_signer
from iomed_desk.core.ceremony import ExportStatus
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.process import Outcome
from iomed_desk.export.identity import Identity
from iomed_desk.store import drafting as drafting_store

DAY = r"\d{4}-\d\d-\d\d"






@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder




def _on_paper(s: CaseSession, path: Path, identity: Identity, reason: str = "") -> ExportResult:
    return export_with_record(s, path, mediator_signer(identity), {}, reason=reason)


def _attest(s: CaseSession, pdf: Path, final: Path, identity: Identity) -> ExportResult:
    return attest_export(s, pdf, final, mediator_signer(identity), {p.id: "Ms Ann Lee" for p in s.case.parties})


def _state(s: CaseSession, out: Path) -> tuple:  # type: ignore[type-arg]
    """Everything a refusal must leave as it was: the chain's head, the exports, the agreements' rows,
    the case's status and the files in the output folder (temporary ones included)."""
    with s.db.reading() as conn:
        agreements = drafting_store.agreements(conn)
    return s.head(), export_entries(s), agreements, s.case.status, sorted(p.name for p in out.iterdir())


def test_the_export_the_termination_links_is_attested_after_it(case: CaseSession, out: Path,
                                                                identity: Identity) -> None:
    first = _on_paper(case, out / "agreement.pdf", identity)
    assert first.entry.status is ExportStatus.AWAITING_PAPER
    pr.terminate(case, Outcome.SETTLED)
    assert pr.termination(case).export_number == first.entry.number == 1  # type: ignore[union-attr]
    final = _attest(case, out / "agreement.pdf", out / "final.pdf", identity)
    assert final.report.ok and final.entry.status is ExportStatus.COMPLETE and final.entry.number == 1
    assert [e.status for e in export_entries(case)] == [ExportStatus.COMPLETE]
    assert all(p.is_file() for p in final.records) and case.check().ok


def test_no_new_export_after_a_settlement(case: CaseSession, out: Path, identity: Identity) -> None:
    _on_paper(case, out / "agreement.pdf", identity)
    _attest(case, out / "agreement.pdf", out / "final.pdf", identity)
    pr.terminate(case, Outcome.SETTLED)
    before = _state(case, out)
    ended = (f"^The agreement can no longer be exported: the mediation ended \\(settled\\) on {DAY} "
             "and its termination record links export 1\\.$")
    with pytest.raises(NotAllowed, match=ended):
        _on_paper(case, out / "again.pdf", identity, reason="the parties' copies were lost")
    agreement = case.drafting.concluded().agreement  # type: ignore[union-attr]
    with pytest.raises(NotAllowed, match=ended):
        case.drafting.mark_exported(agreement.id, "again.pdf", pdf_sha256="ab" * 32)
    assert _state(case, out) == before


def test_no_first_export_after_the_mediation_ended_unsettled(case: CaseSession, out: Path,
                                                             identity: Identity) -> None:
    pr.terminate(case, Outcome.NOT_SETTLED, "No settlement within the time the parties set.")
    before = _state(case, out)
    with pytest.raises(NotAllowed, match=f"^The agreement can no longer be exported: the mediation ended "
                                         f"\\(not-settled\\) on {DAY} and its termination record links no export\\.$"):
        _on_paper(case, out / "agreement.pdf", identity)
    assert _state(case, out) == before


def test_only_the_linked_export_is_attested(case: CaseSession, out: Path, identity: Identity) -> None:
    _on_paper(case, out / "first.pdf", identity)
    _on_paper(case, out / "second.pdf", identity, reason="the bank's counsel asked for a fresh copy")
    pr.terminate(case, Outcome.SETTLED)
    before = _state(case, out)
    with pytest.raises(NotAllowed, match=f"^Export 1 can no longer be attested: the mediation ended \\(settled\\) "
                                         f"on {DAY} and its termination record links export 2\\.$"):
        _attest(case, out / "first.pdf", out / "first-final.pdf", identity)
    assert _state(case, out) == before
    final = _attest(case, out / "second.pdf", out / "second-final.pdf", identity)
    assert final.report.ok and final.entry.number == 2
    assert [e.status for e in export_entries(case)] == [ExportStatus.AWAITING_PAPER, ExportStatus.COMPLETE]


def test_no_attestation_after_the_mediation_ended_unsettled(case: CaseSession, out: Path,
                                                             identity: Identity) -> None:
    _on_paper(case, out / "agreement.pdf", identity)
    pr.terminate(case, Outcome.NOT_SETTLED, "The bank's board refused to approve the text.")
    before = _state(case, out)
    with pytest.raises(NotAllowed, match="^Export 1 can no longer be attested: .* links no export\\.$"):
        _attest(case, out / "agreement.pdf", out / "final.pdf", identity)
    assert _state(case, out) == before


@pytest.mark.parametrize("exported", [False, True], ids=["concluded", "exported"])
def test_no_reopening_after_the_termination(case: CaseSession, out: Path, identity: Identity,
                                            exported: bool) -> None:
    if exported:
        _on_paper(case, out / "agreement.pdf", identity)
        pr.terminate(case, Outcome.SETTLED)
    else:
        pr.terminate(case, Outcome.NOT_SETTLED, "No settlement within the time the parties set.")
    agreement = case.drafting.concluded().agreement  # type: ignore[union-attr]
    before = _state(case, out)
    outcome = "settled" if exported else "not-settled"
    with pytest.raises(NotAllowed, match=f"^The agreement can no longer be reopened: the mediation ended "
                                         f"\\({outcome}\\) on {DAY}\\.$"):
        case.drafting.reopen(agreement.id, "The bank's board asked for one more day")
    assert _state(case, out) == before


def test_the_file_refuses_a_reopening_but_not_an_export_mark(case: CaseSession, out: Path,
                                                              identity: Identity) -> None:
    """Below the app, whoever writes: schema 6's `frozen_reopening` fires on the reopening columns, and
    the store's export mark no longer names them (it used to update all four at once)."""
    _on_paper(case, out / "agreement.pdf", identity)
    pr.terminate(case, Outcome.SETTLED)
    agreement = case.drafting.concluded().agreement  # type: ignore[union-attr]
    reopened = replace(agreement, reopened_at=datetime.now(UTC), reopened_by="m1", reopen_reason="why")
    refused = "^The agreement can no longer be reopened, the mediation has ended"
    with pytest.raises(NotAllowed, match=refused), case.db.transaction() as conn:
        drafting_store.record_reopening(conn, reopened)
    with case.db.transaction() as conn:
        drafting_store.record_export(conn, agreement)
    with case.db.reading() as conn:
        assert [a for a, _ in drafting_store.agreements(conn)] == [agreement]
