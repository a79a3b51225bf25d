"""The export wizard, driven like a mediator would on the demo case: real identities, real signatures.

A three-party ceremony: one party brings its own PKCS#12, one is issued a
certificate in the room, one signs on paper; each digital signatory types on a
handover screen and the mediator takes the computer back with the case
passphrase; then Attest after paper signatures. The oracle is `verify_agreement`
(the PDF reads incomplete before the attestation and complete after), the case
file's recorded exports, and pdfsig where installed.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import export_entries
from iomed_desk.app.opening import unlock
from iomed_desk.app.signing import create_mediator_identity
from iomed_desk.app.verification import verify_agreement
from iomed_desk.core.ceremony import ExportStatus, IdDocument, Instrument, KeyHolding
from iomed_desk.export import identity
from iomed_desk.export.document import MEDIATOR_FIELD
from iomed_desk.export.identity import Identity, issue_certificate, new_identity, write_certificate
from iomed_desk.export.render import render_pdf
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.verify import verify_pdf
from iomed_desk.gui import messages
from iomed_desk.gui.attest_dialog import AttestDialog
from iomed_desk.gui.export_ceremony import Method
from iomed_desk.gui.export_wizard import (
    MEDIATOR,
    METHODS,
    PREVIEW,
    REASON,
    REPORT,
    SAVE,
    SIGNER,
    ExportWizard,
)
from iomed_desk.gui.handover import HandoverScreen
from iomed_desk.store.keys import derive_key
from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_case
from tests.gui.threads import ThreadSpy

MEDIATOR_PASSPHRASE = "attest with care"
PARTY_PASSPHRASE = "consortium counsel key"
PIN = "4711"
OPEN_IDENTITY = identity._from_pkcs12
WRITE_IDENTITY = Identity.to_pkcs12
#: the slow work behind the pages, all of which must run on workers
SLOW_WORK = (OPEN_IDENTITY, WRITE_IDENTITY, render_pdf, sign_pdf, verify_pdf, derive_key)


@dataclass
class Room:
    session: CaseSession
    folder: Path
    mediator_file: Path
    trust: Path
    party_file: Path
    institution: Path


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    """The concluded demo case, the mediator's identity (signing + issuing + the PEM verifiers trust), and
    one party's own file from its institution."""
    write_demo(tmp_path / "demo.iomed")
    session = unlock(tmp_path / "demo.iomed", DEMO_PASSPHRASE)
    _identity, pem = create_mediator_identity(tmp_path / "mediator.p12", "Dr Margaret Lau Mei-ling",
                                              MEDIATOR_PASSPHRASE, organisation="IOMed")
    institution = new_identity("Calder-Ostrand Legal Department")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = issue_certificate(institution, "Henrik Ostrand", key.public_key(), organisation="Calder-Ostrand")
    party_file = tmp_path / "ostrand.p12"
    party_file.write_bytes(Identity(cert, key, (institution.certificate,)).to_pkcs12(PARTY_PASSPHRASE))
    write_certificate(tmp_path / "institution.pem", institution.certificate)
    yield Room(session, tmp_path, tmp_path / "mediator.p12", pem, party_file, tmp_path / "institution.pem")
    session.close()


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go_on(qtbot, wizard: QWizard, expected: int, *, timeout: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    """Click Next (or the commit button) and wait for the page `expected`; while a step runs, the page is
    busy and neither Next nor Back can be clicked."""
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton
    click(qtbot, wizard, which)
    if wizard.currentId() != expected:
        assert page.busy and page.progress.isVisible()
        assert not wizard.button(which).isEnabled()
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=timeout)


def start(qtbot, session: CaseSession) -> ExportWizard:  # type: ignore[no-untyped-def]
    wizard = ExportWizard(session)
    qtbot.addWidget(wizard)
    with ThreadSpy(render_pdf) as rendering:
        wizard.show()
        qtbot.waitUntil(lambda: wizard.preview_page.loaded, timeout=30_000)
    rendering.assert_ran_off_the_gui_thread()
    return wizard


def through_mediator(qtbot, wizard: ExportWizard, room: Room) -> None:  # type: ignore[no-untyped-def]
    page = wizard.mediator_page
    qtbot.keyClicks(page.path, str(room.mediator_file))
    qtbot.keyClicks(page.passphrase, MEDIATOR_PASSPHRASE)
    go_on(qtbot, wizard, METHODS)


def handover_screen() -> HandoverScreen:
    screens = [w for w in QApplication.topLevelWidgets() if isinstance(w, HandoverScreen) and w.isVisible()]
    assert len(screens) == 1
    return screens[0]


def sign_on_handover(qtbot, wizard: ExportWizard, secret: str, *, repeat: bool, then: int,  # type: ignore[no-untyped-def]
                     passphrase: str = DEMO_PASSPHRASE) -> tuple[str, str]:
    """Hand over, type as the signatory, then take the computer back as the mediator."""
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    screen = handover_screen()
    assert not wizard.isVisible(), "the wizard's pages are hidden during a handover"
    qtbot.keyClicks(screen.secret, secret)
    if repeat:
        qtbot.keyClicks(screen.repeat, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.taking_back, timeout=30_000)
    shown = (screen.who.text(), screen.fingerprint.text())
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == then, timeout=30_000)
    assert wizard.isVisible() and not any(isinstance(w, HandoverScreen) and w.isVisible()
                                          for w in QApplication.topLevelWidgets())
    return shown


def test_three_parties_own_key_in_room_and_paper_then_attest(qtbot, room: Room) -> None:
    session = room.session
    wizard = start(qtbot, session)
    assert wizard.page_order()[:3] == [PREVIEW, MEDIATOR, METHODS], "a first export asks no reason"
    with ThreadSpy(*SLOW_WORK) as slow:
        go_on(qtbot, wizard, MEDIATOR)
        through_mediator(qtbot, wizard, room)
        page = wizard.methods_page
        assert [(r.party.name, r.name) for r in page.rows] == [
            ("Harbour Authority of the Republic of Asteria", "Dr Amara Solis"),
            ("Calder-Ostrand Terminal Consortium", "Henrik Ostrand"),
            ("Eastern Littoral Development Bank", "Grace Adeyemi")]
        in_room, own, paper = page.rows
        assert in_room.chosen() is Method.ISSUED
        in_room.id_type.setCurrentIndex(in_room.id_type.findData("passport"))
        qtbot.keyClicks(in_room.id_last4, "X1234567")  # a whole number: the field keeps 4 characters
        assert in_room.id_last4.text() == "X123"
        in_room.authority.setCurrentIndex(in_room.authority.findData("full-powers"))
        qtbot.keyClicks(in_room.authority_detail, "dated 2 March 2026")
        own.set_method(Method.FILE)
        qtbot.keyClicks(own.file, str(room.party_file))
        own.authority.setCurrentIndex(own.authority.findData("board-resolution"))
        paper.set_method(Method.PAPER)
        go_on(qtbot, wizard, SIGNER + 0)
        assert wizard.page_order()[3:6] == [SIGNER, SIGNER + 1, SAVE]

        who, fingerprint = sign_on_handover(qtbot, wizard, PIN, repeat=True, then=SIGNER + 1)
        assert who == "Dr Amara Solis, Director-General of the Harbour Authority"
        assert fingerprint.replace(" ", "").replace("\n", "") == wizard.full_fingerprint
        sign_on_handover(qtbot, wizard, PARTY_PASSPHRASE, repeat=False, then=SAVE)

        save = wizard.save_page
        target = room.folder / "signed agreement.pdf"
        save.path.selectAll()
        qtbot.keyClicks(save.path, str(target))
        with qtbot.waitSignal(wizard.exported, timeout=60_000):
            go_on(qtbot, wizard, REPORT, timeout=60_000)
    slow.assert_ran_off_the_gui_thread()
    report_page = wizard.report_page
    assert report_page.paper.isVisible() and report_page.attest.isVisible()
    assert "Eastern Littoral Development Bank" in report_page.paper.text()
    assert str(target) in report_page.paper.text()
    assert not wizard.signers and wizard.mediator is None, "keys are dropped once the file is signed"

    before = verify_agreement(target, [room.trust, room.institution])
    assert not before.ok and MEDIATOR_FIELD in before.unsigned_fields, before.to_text()
    [entry] = export_entries(session)
    assert entry.status is ExportStatus.AWAITING_PAPER and entry.pdf_sha256 == before.file_sha256
    lines = {s.party: s for s in entry.signers if s.party_id}
    asteria = lines["Harbour Authority of the Republic of Asteria"]
    assert asteria.holding is KeyHolding.ROOM
    assert asteria.checks.identity.document is IdDocument.PASSPORT and asteria.checks.identity.last4 == "X123"
    assert asteria.checks.authority.instrument is Instrument.FULL_POWERS
    assert lines["Calder-Ostrand Terminal Consortium"].holding is KeyHolding.PKCS12
    assert lines["Eastern Littoral Development Bank"].holding is KeyHolding.PAPER

    qtbot.mouseClick(report_page.attest, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AttestDialog) and w.isVisible())
    assert dialog.pdf.text() == str(target) and dialog.identity.text() == str(room.mediator_file)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    assert not dialog.attest_button.isEnabled()
    [witness] = dialog.witnesses.values()
    qtbot.keyClicks(witness, "Dr Margaret Lau Mei-ling and Teodor Vance")
    qtbot.keyClicks(dialog.passphrase, MEDIATOR_PASSPHRASE)
    with ThreadSpy(sign_pdf, OPEN_IDENTITY) as attesting:
        qtbot.mouseClick(dialog.attest_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.progress.isVisible()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.result is not None, dialog.message.text()
    attesting.assert_ran_off_the_gui_thread()
    final = Path(dialog.out.text())
    assert final.name == "signed agreement-attested.pdf"
    for record in dialog.result.records:
        assert record.is_file() and record.name in dialog.message.text()

    after = verify_agreement(final, [room.trust, room.institution])
    assert after.ok and not after.unsigned_fields, after.to_text()
    [entry] = export_entries(session)
    assert entry.status is ExportStatus.COMPLETE and entry.pdf_sha256 == after.file_sha256
    paper_line = next(s for s in entry.signers if s.holding is KeyHolding.PAPER)
    assert paper_line.witness == "Dr Margaret Lau Mei-ling and Teodor Vance"
    assert [s.signer for s in after.signatures if s.issued_in_room] == ["Dr Amara Solis"]

    pdfsig = shutil.which("pdfsig")
    if pdfsig:
        out = subprocess.run([pdfsig, str(final)], capture_output=True, text=True, check=False).stdout
        for name in ("Dr Amara Solis", "Henrik Ostrand", "Dr Margaret Lau Mei-ling"):
            assert name in out
    dialog.reject()


def test_a_reexport_needs_a_reason_and_shows_the_earlier_export(qtbot, room: Room) -> None:
    wizard = start(qtbot, room.session)
    go_on(qtbot, wizard, MEDIATOR)
    through_mediator(qtbot, wizard, room)
    for row in wizard.methods_page.rows:
        row.set_method(Method.PAPER)
    go_on(qtbot, wizard, SAVE)
    wizard.save_page.path.setText(str(room.folder / "first.pdf"))
    go_on(qtbot, wizard, REPORT, timeout=60_000)
    first = export_entries(room.session)[0]
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    again = start(qtbot, room.session)
    assert again.page_order()[:3] == [PREVIEW, REASON, MEDIATOR]
    go_on(qtbot, again, REASON)
    page = again.reason_page
    assert f"Export {first.number}" in page.earlier.text() and first.pdf_sha256 in page.earlier.text()
    assert not again.button(QWizard.WizardButton.NextButton).isEnabled(), "a reason is required"
    qtbot.keyClicks(page.reason, "   ")
    assert not again.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(page.reason, "the first print was spoiled")
    go_on(qtbot, again, MEDIATOR)
    through_mediator(qtbot, again, room)
    for row in again.methods_page.rows:
        row.set_method(Method.PAPER)
    go_on(qtbot, again, SAVE)
    again.save_page.path.setText(str(room.folder / "second.pdf"))
    go_on(qtbot, again, REPORT, timeout=60_000)
    second = export_entries(room.session)[-1]
    assert second.reason == "the first print was spoiled" and second.previous_pdf_sha256 == first.pdf_sha256


def test_the_save_page_proposes_a_folder_that_exists_and_refuses_an_unwritable_one(qtbot, room: Room) -> None:
    wizard = start(qtbot, room.session)
    go_on(qtbot, wizard, MEDIATOR)
    through_mediator(qtbot, wizard, room)
    for row in wizard.methods_page.rows:
        row.set_method(Method.PAPER)
    go_on(qtbot, wizard, SAVE)
    proposed = Path(wizard.save_page.path.text())
    assert proposed.parent.is_dir()
    assert proposed.parent == (Path.home() / "Documents" if (Path.home() / "Documents").is_dir() else Path.home())
    wizard.save_page.path.setText(str(room.folder / "no such folder" / "out.pdf"))
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == SAVE and "does not exist" in wizard.save_page.message.text()
    if os.geteuid() == 0:
        return  # root writes into read-only folders
    locked = room.folder / "read-only"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        wizard.save_page.path.setText(str(locked / "out.pdf"))
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        assert wizard.currentId() == SAVE and not wizard.save_page.busy
        assert "cannot be written" in wizard.save_page.message.text()
        assert export_entries(room.session) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_wrong_secrets_keep_the_screen_and_write_nothing(qtbot, room: Room) -> None:
    wizard = start(qtbot, room.session)
    go_on(qtbot, wizard, MEDIATOR)
    page = wizard.mediator_page
    qtbot.keyClicks(page.path, str(room.mediator_file))
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled(), "Back stays disabled while a step runs"
    qtbot.waitUntil(lambda: "Wrong passphrase" in page.message.text(), timeout=15_000)
    assert wizard.currentId() == MEDIATOR and wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.keyClicks(page.passphrase, MEDIATOR_PASSPHRASE)
    go_on(qtbot, wizard, METHODS)
    rows = wizard.methods_page.rows
    rows[0].set_method(Method.PAPER)
    rows[1].set_method(Method.FILE)
    qtbot.keyClicks(rows[1].file, str(room.party_file))
    rows[2].set_method(Method.PAPER)
    go_on(qtbot, wizard, SIGNER + 1)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    screen = handover_screen()
    qtbot.keyClicks(screen.secret, "guessing wrongly")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in screen.message.text(), timeout=15_000)
    assert not screen.taking_back and screen.secret.text() == ""
    qtbot.keyClicks(screen.secret, PARTY_PASSPHRASE)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.taking_back, timeout=15_000)
    qtbot.keyClicks(screen.passphrase, "not the case passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not the case passphrase" in screen.message.text(), timeout=15_000)
    assert screen.isVisible() and not wizard.isVisible()
    qtbot.keyClicks(screen.passphrase, DEMO_PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == SAVE, timeout=15_000)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible() and wizard.mediator is None and not wizard.signers
    assert export_entries(room.session) == []


def test_refuses_a_case_without_a_concluded_agreement(qtbot, tmp_path: Path) -> None:
    session = unlock(make_case(tmp_path / "open.iomed"), PASSPHRASE)
    try:
        wizard = ExportWizard(session)
        qtbot.addWidget(wizard)
        messages.set_next_answer(messages.Button.Ok)
        messages.set_next_answer(messages.Button.Ok)
        with qtbot.waitSignal(wizard.finished, timeout=1000):
            wizard.open()
        assert not wizard.isVisible()
        kind, _title, text = messages.shown[-1]
        assert kind == "error" and "no concluded agreement" in text
        assert wizard.exec() == QDialog.DialogCode.Rejected
    finally:
        session.close()

