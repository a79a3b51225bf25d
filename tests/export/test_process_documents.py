"""The process record's signed documents (issue 16) as an attacker tries them: the agreement to mediate
the parties sign and the termination record the mediator signs, on real case files with real keys.

Oracles that are not the code: poppler's pdftotext (every party and mediator named) and pdffonts (every
font embedded), qpdf --check, hashlib over the written bytes (the SHA-256 the case file records), and
pyHanko writing the attacker's own incremental updates.
"""

from __future__ import annotations

import hashlib
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers as hanko_signers
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from iomed_desk.app import process_record as pr
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import export_with_record
from iomed_desk.app.opening import create_case, unlock
from iomed_desk.app.signing import issued_party_signer, mediator_signer
from iomed_desk.app.verification import verify_document
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.process import AgreementManner, Outcome
from iomed_desk.export.identity import Identity, new_identity, write_certificate
from iomed_desk.export.verify import agreement_text
from tests.conftest import PASSPHRASE, new_case_spec
from tests.export.conftest import tool


@pytest.fixture(scope="module")
def mediator(tmp_path_factory: pytest.TempPathFactory) -> tuple[Identity, Path]:
    identity = new_identity("Dr Lin Wai-man", organisation="IOMed")
    pem = tmp_path_factory.mktemp("trust") / "mediator.pem"
    write_certificate(pem, identity.certificate)
    return identity, pem


def _room_keys(session, identity: Identity) -> dict:  # type: ignore[no-untyped-def]
    return {p.id: issued_party_signer(identity, p.representatives[0], "2468", organisation=p.name)
            for p in session.case.parties}


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory, mediator: tuple[Identity, Path]) -> dict:
    """A fresh case (nothing recorded yet), its agreement to mediate generated and signed by every party."""
    folder = tmp_path_factory.mktemp("atm")
    identity, _ = mediator
    session = create_case(folder / "case.iomed", PASSPHRASE, new_case_spec(parties=3), clock=FakeClock())
    try:
        with pytest.raises(NotAllowed):  # the oracle of "then sessions may start": before, they may not
            pr.start_session(session, Channel.joint())
        done = pr.agreement_to_mediate_pdf(session, folder / "atm.pdf", mediator_signer(identity),
                                           _room_keys(session, identity), institution_rules="IOMed Mediation Rules",
                                           confidentiality="Without prejudice.", fees="Shared equally by the parties.")
        recorded = pr.agreement_to_mediate(session)
        parties = [p.name for p in session.case.parties]
        mediators = [m.name for m in session.case.mediators]
        pr.start_session(session, Channel.joint())
        ok = session.check().ok
    finally:
        session.close()
    return {"path": folder / "atm.pdf", "done": done, "recorded": recorded, "parties": parties,
            "mediators": mediators, "check": ok, "case": folder / "case.iomed"}


def test_the_agreement_to_mediate_verifies_and_is_recorded(agreement: dict, mediator: tuple[Identity, Path]) -> None:
    path: Path = agreement["path"]
    data = path.read_bytes()
    report = verify_document(path, [mediator[1]])
    assert report.ok, report.to_text()
    assert [s.field_name for s in report.signatures.signatures] == [
        "Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"]
    assert not verify_document(path).ok  # nothing trusted
    recorded = agreement["recorded"]
    assert recorded.manner is AgreementManner.DIGITAL
    assert recorded.pdf_sha256 == hashlib.sha256(data).hexdigest() == agreement["done"].sha256
    assert agreement["check"]


def test_the_agreement_to_mediate_names_everyone_and_embeds_its_fonts(agreement: dict) -> None:
    path = str(agreement["path"])
    text = " ".join(subprocess.run([tool("pdftotext"), path, "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for name in agreement["parties"] + agreement["mediators"]:
        assert name in text
    for word in ("IOMed Mediation Rules", "ICSID Mediation Rules (2022), Rule 17(4)", "Shared equally by the parties.",
                 "Without prejudice."):
        assert word in text
    fonts = subprocess.run([tool("pdffonts"), path], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    qpdf = subprocess.run([tool("qpdf"), "--check", path], capture_output=True, text=True)
    assert qpdf.returncode == 0 and "No syntax or stream encoding errors" in qpdf.stdout


def test_a_changed_byte_of_the_text_fails(agreement: dict, mediator: tuple[Identity, Path], tmp_path: Path) -> None:
    data = bytearray(agreement["path"].read_bytes())
    data[data.index(b"stream") + 40] ^= 0x01
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bytes(data))
    assert not verify_document(bad, [mediator[1]]).ok


class _Attacker(hanko_signers.PdfSigner):
    """pyHanko's signer without its courtesy check of the certification's "no changes"."""

    def _enforce_certification_constraints(self, reader) -> None:  # type: ignore[no-untyped-def]
        return None


def _sign_new_field(data: bytes, identity: Identity) -> bytes:
    """The attacker's move: a new field and a signature on it, appended after the locking signature."""
    writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
    append_signature_field(writer, SigFieldSpec("Sig-Late", on_page=0))
    out = BytesIO()
    writer.write(out)
    from iomed_desk.export.signers import KeySigner

    with KeySigner(identity).open() as signer:
        meta = hanko_signers.PdfSignatureMetadata(field_name="Sig-Late")
        return _Attacker(meta, signer).sign_pdf(
            IncrementalPdfFileWriter(BytesIO(out.getvalue()), strict=False)).getvalue()


def test_a_signature_after_the_lock_fails(agreement: dict, mediator: tuple[Identity, Path], tmp_path: Path) -> None:
    late = tmp_path / "late.pdf"
    late.write_bytes(_sign_new_field(agreement["path"].read_bytes(), mediator[0]))
    report = verify_document(late, [mediator[1]])
    assert not report.ok
    assert any("Sig-Late" in p or "lock" in p for p in report.as_dict()["problems"]), report.to_text()


def test_a_party_without_a_key_is_refused_and_nothing_changes(mediator: tuple[Identity, Path], tmp_path: Path) -> None:
    identity, _ = mediator
    session = create_case(tmp_path / "case.iomed", PASSPHRASE, new_case_spec(parties=2), clock=FakeClock())
    try:
        head = session.audit_head()
        keys = _room_keys(session, identity)
        keys.pop("p2")
        with pytest.raises(InvalidInput, match="give a key for each"):
            pr.agreement_to_mediate_pdf(session, tmp_path / "atm.pdf", mediator_signer(identity), keys)
        assert not (tmp_path / "atm.pdf").exists()
        assert pr.agreement_to_mediate(session) is None and session.audit_head() == head
    finally:
        session.close()


def test_the_termination_record_of_a_settlement(mediator: tuple[Identity, Path], tmp_path: Path) -> None:
    """The demo's concluded agreement exported, the mediation ended as settled, the record signed: it
    carries the agreement's fingerprint (SHA-256 of the PDF's embedded text) and the PDF's SHA-256."""
    identity, pem = mediator
    case = tmp_path / "case.iomed"
    write_demo(case, DEMO_PASSPHRASE)
    s = unlock(case, DEMO_PASSPHRASE)
    try:
        signers = {p.id: issued_party_signer(identity, p.representatives[0] if p.representatives else p.name, "1357",
                                             organisation=p.name) for p in s.case.parties}
        export_with_record(s, tmp_path / "agreement.pdf", mediator_signer(identity), signers)
        with pytest.raises(NotAllowed, match="termination"):
            pr.termination_pdf(s, tmp_path / "early.pdf", mediator_signer(identity))
        assert not (tmp_path / "early.pdf").exists()
        pr.terminate(s, Outcome.SETTLED)
        done = pr.termination_pdf(s, tmp_path / "termination.pdf", mediator_signer(identity))
        event = s.audit_events(pr.TERMINATION_RECORD_ACTION)[0]
        assert s.check().ok
    finally:
        s.close()
    data = (tmp_path / "termination.pdf").read_bytes()
    assert event.detail["pdf_sha256"] == done.sha256 == hashlib.sha256(data).hexdigest()
    report = verify_document(tmp_path / "termination.pdf", [pem])
    assert report.ok, report.to_text()
    exported = (tmp_path / "agreement.pdf").read_bytes()
    record = report.record
    assert record.outcome == "settled"
    assert record.agreement_fingerprint == hashlib.sha256(agreement_text(exported)).hexdigest()
    assert record.agreement_pdf_sha256 == hashlib.sha256(exported).hexdigest()
    text = " ".join(subprocess.run([tool("pdftotext"), str(tmp_path / "termination.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    packed = "".join(text.split())  # a long hash wraps over lines
    assert record.agreement_fingerprint in packed and record.audit_head in packed
    assert record.agreement_pdf_sha256 in packed
    fonts = subprocess.run([tool("pdffonts"), str(tmp_path / "termination.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)
    assert subprocess.run([tool("qpdf"), "--check", str(tmp_path / "termination.pdf")],
                          capture_output=True).returncode == 0
    # tampered: a changed byte, then a signature after the lock
    bad = bytearray(data)
    bad[bad.index(b"stream") + 40] ^= 0x01
    (tmp_path / "bad.pdf").write_bytes(bytes(bad))
    assert not verify_document(tmp_path / "bad.pdf", [pem]).ok
    (tmp_path / "late.pdf").write_bytes(_sign_new_field(data, identity))
    assert not verify_document(tmp_path / "late.pdf", [pem]).ok
