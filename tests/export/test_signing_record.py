"""The signing ceremony end to end, as an attacker would try it (issue 13): real case file, real keys,
real signatures; oracles are pyHanko's reader, poppler (pdftotext, pdffonts, pdfinfo) and the raw bytes.

One demo case is exported with two parties signing on keys issued in the room and the third on
paper, then attested; a second export of the same agreement with freshly issued certificates in the
same names plays the forger's PDF.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import ExportResult, attest_export, export_entries, export_with_record
from iomed_desk.app.opening import unlock
from iomed_desk.app.signing import issued_party_signer, mediator_signer
from iomed_desk.app.verification import check_record
from iomed_desk.core.ceremony import AuthorityCheck, Checks, ExportStatus, IdentityCheck, KeyHolding
from iomed_desk.core.errors import NotAllowed
from iomed_desk.export.identity import new_identity
from iomed_desk.export.record_check import embedded_record
from tests.attacker import tampering
from tests.export.conftest import tool

PASSPORT = "PXQZRWT75432"  # letters outside hex, so no hash contains a piece by chance


@dataclass
class Ceremony:
    folder: Path
    case: Path
    first: ExportResult
    final: ExportResult
    mediator: object


def _signers(session, mediator):  # type: ignore[no-untyped-def]
    p1, p2, _ = session.case.parties
    return {p1.id: issued_party_signer(mediator, "Dr Amara Solis", "2468", organisation=p1.name),
            p2.id: issued_party_signer(mediator, "Henrik Ostrand", "1357", organisation=p2.name)}


@pytest.fixture(scope="module")
def ceremony(tmp_path_factory: pytest.TempPathFactory) -> Ceremony:
    folder = tmp_path_factory.mktemp("ceremony")
    case = folder / "case.iomed"
    write_demo(case, DEMO_PASSPHRASE)
    mediator = new_identity("Dr Margaret Lau", organisation="IOMed")
    s = unlock(case, DEMO_PASSPHRASE)
    try:
        p1, _, p3 = s.case.parties
        checks = {(p1.id, 0): Checks(IdentityCheck.from_number("passport", PASSPORT),
                                     AuthorityCheck("full-powers", "dated 2026-11-30")),
                  (p3.id, 0): Checks(IdentityCheck("national-id", "4321"))}  # type: ignore[arg-type]
        first = export_with_record(s, folder / "agreement.pdf", mediator_signer(mediator), _signers(s, mediator),
                                   checks=checks)
        final = attest_export(s, folder / "agreement.pdf", folder / "final.pdf", mediator_signer(mediator),
                              {p3.id: "Ms Ann Lee"})
    finally:
        s.close()
    return Ceremony(folder, case, first, final, mediator)


def test_paper_first_then_the_attestation(ceremony: Ceremony) -> None:
    first, final = ceremony.first, ceremony.final
    assert first.entry.status is ExportStatus.AWAITING_PAPER and first.records == ()
    assert first.awaiting_paper == ("Eastern Littoral Development Bank",)
    assert "Sig-Mediator" in first.report.unsigned_fields and not first.report.ok
    assert final.entry.status is ExportStatus.COMPLETE and final.report.ok
    assert final.entry.number == first.entry.number == 1
    assert final.entry.pdf_sha256 == hashlib.sha256((ceremony.folder / "final.pdf").read_bytes()).hexdigest()
    fields = [s.field for s in final.entry.signers]
    assert fields == ["Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"]
    paper = final.entry.signers[3]
    assert (paper.holding, paper.witness, paper.cert_sha256) == (KeyHolding.PAPER, "Ms Ann Lee", "")
    assert {s.holding for s in final.entry.signers[1:3]} == {KeyHolding.ROOM}


def test_attest_refuses_a_pdf_already_attested_or_not_of_this_agreement(ceremony: Ceremony, tmp_path: Path) -> None:
    s = unlock(ceremony.case, DEMO_PASSPHRASE)
    try:
        head, signer = s.head(), mediator_signer(ceremony.mediator)
        with pytest.raises(NotAllowed, match="already been attested"):
            attest_export(s, ceremony.folder / "final.pdf", tmp_path / "x.pdf", signer, {})
        with pytest.raises(NotAllowed, match="already been attested"):  # its awaiting PDF, a second time
            attest_export(s, ceremony.folder / "agreement.pdf", tmp_path / "y.pdf", signer, {"p3": "Someone"})
        other = tmp_path / "other.pdf"
        data = bytearray((ceremony.folder / "agreement.pdf").read_bytes())
        other.write_bytes(bytes(data) + b"\n%")  # not the bytes recorded
        with pytest.raises(NotAllowed, match="not an export of this case's agreement"):
            attest_export(s, other, tmp_path / "z.pdf", signer, {"p3": "Someone"})
        assert s.head() == head and not list(tmp_path.glob("[xyz].pdf"))
    finally:
        s.close()


def test_the_record_pins_certificates_a_reissued_certificate_fails(ceremony: Ceremony) -> None:
    """The same agreement exported again (with a reason) by certificates issued afresh in the same
    names: every signature valid and trusted, yet the first record rejects each party's field."""
    record = ceremony.folder / "final.record.json"
    assert check_record(ceremony.folder / "final.pdf", record).ok
    s = unlock(ceremony.case, DEMO_PASSPHRASE)
    try:
        signer = mediator_signer(ceremony.mediator)
        export_with_record(s, ceremony.folder / "again.pdf", signer, _signers(s, ceremony.mediator),
                           reason="the first copies were lost")
        again = attest_export(s, ceremony.folder / "again.pdf", ceremony.folder / "again-final.pdf", signer,
                              {"Eastern Littoral Development Bank": "Ms Ann Lee"})
    finally:
        s.close()
    assert again.report.ok and again.report.fingerprint == ceremony.final.entry.fingerprint
    found = check_record(ceremony.folder / "again-final.pdf", record)
    assert not found.ok
    for name in ("Sig-Party-1", "Sig-Party-2"):
        assert any(p.startswith(f"{name}: signed by a certificate with SHA-256") and "not the key used" in p
                   for p in found.problems), found.problems
    assert not any("fingerprint" in p for p in found.problems)  # the same agreement, other keys
    # the re-export's own record names the reason and the export it replaces
    new = json.loads((ceremony.folder / "again-final.record.json").read_text("utf-8"))
    assert (new["export_number"], new["reason"], new["previous_export"], new["previous_pdf_sha256"]) == (
        2, "the first copies were lost", 1, ceremony.final.entry.pdf_sha256)
    assert check_record(ceremony.folder / "again-final.pdf", ceremony.folder / "again-final.record.json").ok


def test_a_second_export_without_a_reason_is_refused_and_changes_nothing(ceremony: Ceremony) -> None:
    s = unlock(ceremony.case, DEMO_PASSPHRASE)
    try:
        head, before = s.head(), export_entries(s)
        with pytest.raises(NotAllowed, match="already exported"):
            export_with_record(s, ceremony.folder / "third.pdf", mediator_signer(ceremony.mediator),
                               _signers(s, ceremony.mediator))
        assert s.head() == head and export_entries(s) == before
    finally:
        s.close()
    assert not (ceremony.folder / "third.pdf").exists()


def test_the_record_pdfs_and_json_agree(ceremony: Ceremony) -> None:
    json_bytes = (ceremony.folder / "final.record.json").read_bytes()
    record = json.loads(json_bytes)
    pdfs = sorted(ceremony.folder.glob("final.record-*.pdf"))
    assert len(pdfs) == 4  # three parties and the mediator
    for pdf in pdfs:
        assert embedded_record(pdf.read_bytes()) == json_bytes
        assert "Pages:           1" in subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True,
                                                          text=True, check=True).stdout
        fonts = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
        assert all(row.split()[-5] == "yes" for row in fonts.splitlines()[2:]), fonts
        text = " ".join(subprocess.run([tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        for value in (record["agreement_fingerprint"], record["pdf_sha256"], record["case_reference"]):
            assert value in text.replace(" ", "") or value in text
        for signer in record["signers"]:
            if signer["cert_sha256"]:
                assert signer["cert_sha256"] in text.replace(" ", "")
        assert "witnessed by Ms Ann Lee" in text and "passport ending 5432" in text
    assert "Copy for Eastern Littoral Development Bank" in subprocess.run(
        [tool("pdftotext"), str(ceremony.folder / "final.record-eastern-littoral-development-bank.pdf"), "-"],
        capture_output=True, text=True, check=True).stdout
    assert record["pdf_sha256"] == hashlib.sha256((ceremony.folder / "final.pdf").read_bytes()).hexdigest()


def test_the_audit_holds_serials_fingerprints_and_no_identity_number(ceremony: Ceremony, tmp_path: Path) -> None:
    s = unlock(ceremony.case, DEMO_PASSPHRASE)
    try:
        (export,) = [e for e in s.audit_events("agreement.export") if e.detail["export"] == 1]
        (attest,) = [e for e in s.audit_events("agreement.attest") if e.detail["export"] == 1]
    finally:
        s.close()
    assert export.detail["pdf_sha256"] == ceremony.first.entry.pdf_sha256
    assert export.detail["fingerprint"] == ceremony.first.entry.fingerprint
    party1 = export.detail["signers"][1]
    assert (party1["id_document"], party1["id_last4"], party1["authority"]) == ("passport", "5432", "full-powers")
    assert party1["cert_sha256"] == ceremony.final.entry.signers[1].cert_sha256 and party1["cert_serial"]
    assert attest.detail["pdf_sha256"] == ceremony.final.entry.pdf_sha256
    assert attest.detail["paper"][0]["witness"] == "Ms Ann Lee"
    copy = tmp_path / "copy.iomed"
    shutil.copy(ceremony.case, copy)
    with tampering(copy, DEMO_PASSPHRASE) as conn:
        raw = b"".join(repr(row).encode() for table in ("audit", "signings", "exports")
                       for row in conn.execute(f"SELECT * FROM {table}"))  # noqa: S608 - fixed names
    assert b"5432" in raw
    for fragment in (PASSPORT, PASSPORT[:8], "QZRW", "T75432"):
        assert fragment.encode() not in raw, fragment


def test_check_finds_a_recorded_certificate_changed_outside_the_app(ceremony: Ceremony, tmp_path: Path) -> None:
    copy = tmp_path / "copy.iomed"
    shutil.copy(ceremony.case, copy)
    s = unlock(copy, DEMO_PASSPHRASE)
    try:
        assert s.check().ok, s.check().problems
    finally:
        s.close()
    with tampering(copy, DEMO_PASSPHRASE) as conn:
        (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'signings_witnessed_once'").fetchone()
        conn.execute("DROP TRIGGER signings_witnessed_once")  # put back as it was: the schema stays pinned
        conn.execute("UPDATE signings SET cert_sha256 = ? WHERE export_number = 1 AND field = 'Sig-Party-1'",
                     ("e" * 64,))
        conn.execute(trigger)
    s = unlock(copy, DEMO_PASSPHRASE)
    try:
        assert "export 1: its signatures differ from its audit events" in s.check().problems
    finally:
        s.close()

