"""The export wizard, driven page by page on the demo case with real identities and real signatures."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.export import identity
from iomed_desk.export.identity import (
    Identity,
    create_identity_file,
    issue_certificate,
    load_certificates,
    new_identity,
)
from iomed_desk.export.render import render_pdf
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.verify import verify_pdf
from iomed_desk.gui import export_wizard, messages
from iomed_desk.gui.export_pages import Method
from iomed_desk.gui.export_signers import CreateIdentityDialog
from iomed_desk.gui.export_wizard import (
    MEDIATOR,
    METHODS,
    PREVIEW,
    REPORT,
    SAVE,
    SIGNER,
    ExportWizard,
)
from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_case
from tests.gui.threads import ThreadSpy

MEDIATOR_PASSPHRASE = "attest with care"
PARTY_PASSPHRASE = "consortium counsel key"
PIN = "4711"
#: the PKCS#12 key derivation when an identity is opened (the mediator's file, a party's own file, an issued
#: identity with its PIN) and when one is written (a new mediator identity, an issued one)
OPEN_IDENTITY = identity._from_pkcs12
WRITE_IDENTITY = Identity.to_pkcs12
#: the slow work behind the pages, all of which must run on workers
SLOW_WORK = (OPEN_IDENTITY, WRITE_IDENTITY, render_pdf, sign_pdf, verify_pdf)


@dataclass
class Room:
    session: CaseSession
    folder: Path
    mediator_file: Path
    mediator: x509.Certificate
    party_file: Path
    institution: x509.Certificate


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    """The concluded demo case, the mediator's identity file, and one party's own file from its institution."""
    write_demo(tmp_path / "demo.iomed")
    session = unlock(tmp_path / "demo.iomed", DEMO_PASSPHRASE)
    mediator = create_identity_file(tmp_path / "mediator.p12", "Dr Margaret Lau Mei-ling", MEDIATOR_PASSPHRASE,
                                    organisation="IOMed")
    institution = new_identity("Calder-Ostrand Legal Department")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = issue_certificate(institution, "Henrik Ostrand", key.public_key(), organisation="Calder-Ostrand")
    party_file = tmp_path / "ostrand.p12"
    party_file.write_bytes(Identity(cert, key, (institution.certificate,)).to_pkcs12(PARTY_PASSPHRASE))
    yield Room(session, tmp_path, tmp_path / "mediator.p12", mediator.certificate, party_file,
               institution.certificate)
    session.close()


def files_in(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go_on(qtbot, wizard: QWizard, expected: int, *, timeout: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    """Click Next (or the commit button) and wait for the page `expected`.

    A step with slow work stays on its page, busy (its Next button disabled), until its worker is done.
    """
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton
    click(qtbot, wizard, which)
    if wizard.currentId() != expected:
        assert page.busy and page.progress.isVisible()
        assert not wizard.button(which).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == expected, timeout=timeout)


def start(qtbot, session: CaseSession) -> ExportWizard:  # type: ignore[no-untyped-def]
    """The wizard on its preview, rendered on a worker."""
    wizard = ExportWizard(session)
    qtbot.addWidget(wizard)
    with ThreadSpy(render_pdf) as rendering:
        wizard.show()
        assert not wizard.preview_page.loaded
        qtbot.waitUntil(lambda: wizard.preview_page.loaded, timeout=15_000)
    rendering.assert_ran_off_the_gui_thread()
    return wizard


def through_mediator(qtbot, wizard: ExportWizard, room: Room) -> None:  # type: ignore[no-untyped-def]
    go_on(qtbot, wizard, MEDIATOR)
    page = wizard.mediator_page
    qtbot.keyClicks(page.path, str(room.mediator_file))
    qtbot.keyClicks(page.passphrase, MEDIATOR_PASSPHRASE)
    go_on(qtbot, wizard, METHODS)


def choose_methods(qtbot, wizard: ExportWizard, room: Room) -> None:  # type: ignore[no-untyped-def]
    issued, own, paper = wizard.methods_page.rows
    assert issued.chosen() is Method.ISSUED
    assert issued.representative.currentText() == "Dr Amara Solis"
    own.set_method(Method.FILE)
    qtbot.keyClicks(own.file, str(room.party_file))
    paper.set_method(Method.PAPER)


def test_export_through_every_page_signs_verifies_and_records(qtbot, room: Room,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = files_in(room.folder)
    wizard = start(qtbot, room.session)
    preview = wizard.preview_page
    assert wizard.currentId() == PREVIEW and preview.document.pageCount() >= 3
    assert "agreement fingerprint" in preview.info.text()
    assert files_in(room.folder) == before, "the preview never touches the disk"

    with ThreadSpy(*SLOW_WORK) as slow:
        through_mediator(qtbot, wizard, room)
        assert wizard.mediator is not None and wizard.mediator.name == "Dr Margaret Lau Mei-ling"
        choose_methods(qtbot, wizard, room)
        go_on(qtbot, wizard, SIGNER + 0)

        first = wizard.currentPage()
        assert first.heading.text() == ("Hand the keyboard to Dr Amara Solis of "
                                        "Harbour Authority of the Republic of Asteria")
        shown = re.search(r"agreement fingerprint ([0-9a-f]{16})…", first.what.text())
        assert shown is not None, first.what.text()
        assert first.repeat.isVisible()
        qtbot.keyClicks(first.secret, PIN)
        qtbot.keyClicks(first.repeat, PIN[:-1] + "0")
        assert "differ" in first.message.text() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        qtbot.keyClick(first.repeat, Qt.Key.Key_Backspace)
        qtbot.keyClicks(first.repeat, PIN[-1])
        go_on(qtbot, wizard, SIGNER + 1)

        second = wizard.currentPage()
        assert second.heading.text() == ("Hand the keyboard to Henrik Ostrand of "
                                         "Calder-Ostrand Terminal Consortium")
        assert not second.repeat.isVisible()
        qtbot.keyClicks(second.secret, PARTY_PASSPHRASE)
        go_on(qtbot, wizard, SAVE)
        assert sorted(wizard.signers) == ["p1", "p2"]

        save = wizard.save_page
        target = room.folder / "signed agreement.pdf"
        save.path.selectAll()
        qtbot.keyClicks(save.path, str(target))
        with qtbot.waitSignal(wizard.exported, timeout=60_000) as exported:
            go_on(qtbot, wizard, REPORT, timeout=60_000)
    print(f"\nslow work seen: {slow.summary()}")
    slow.assert_ran_off_the_gui_thread()
    assert exported.args[0].text == "Agreement exported to signed agreement.pdf"
    assert not wizard.signers and wizard.mediator is None, "keys are dropped once the file is signed"
    assert files_in(room.folder) - before == {target}

    view = wizard.report_page.results.layout().itemAt(0).widget()
    assert [c.ok for c in view.cards] == [True, True, True]
    assert view.verdict_title.text().startswith("✓ All 3 signatures are valid")
    assert "signed agreement.pdf" in wizard.report_page.saved.text()
    assert f"ends at {room.session.head()}." in wizard.report_page.head.text()  # the head, for parties to hold
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    report = verify_pdf(target, [room.mediator, room.institution])
    assert report.ok, report.to_text()
    assert [s.signer for s in report.signatures] == [
        "Dr Amara Solis", "Henrik Ostrand", "Dr Margaret Lau Mei-ling"]
    assert report.signatures[0].issuer == "Dr Margaret Lau Mei-ling"
    only_mediator = verify_pdf(target, [room.mediator])
    assert [s.trusted for s in only_mediator.signatures] == [True, False, True]
    assert any(e.action == "agreement.export" for e in room.session.audit_events("agreement."))
    # the fingerprint shown at the keyboard (with one party on paper) is the one the pages print
    assert report.fingerprint is not None and report.fingerprint.startswith(shown[1])

    pdfsig = shutil.which("pdfsig")
    if pdfsig:
        out = subprocess.run([pdfsig, str(target)], capture_output=True, text=True, check=False).stdout
        assert out.count("Signature #") == 3
        for name in ("Dr Amara Solis", "Henrik Ostrand", "Dr Margaret Lau Mei-ling"):
            assert name in out

    pem = room.folder / "for verifiers.pem"
    monkeypatch.setattr(export_wizard.QFileDialog, "getSaveFileName", lambda *a, **k: (str(pem), ""))
    qtbot.mouseClick(wizard.report_page.certificate, Qt.MouseButton.LeftButton)
    assert load_certificates(pem) == [room.mediator]
    assert wizard.report_page.message.text() == "Certificate saved as for verifiers.pem."

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_wrong_passphrases_keep_the_page_and_write_nothing(qtbot, room: Room) -> None:
    before = files_in(room.folder)
    wizard = start(qtbot, room.session)
    go_on(qtbot, wizard, MEDIATOR)
    page = wizard.mediator_page
    qtbot.keyClicks(page.path, str(room.mediator_file))
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    with ThreadSpy(OPEN_IDENTITY) as opening:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert page.busy and page.progress.isVisible()
        qtbot.waitUntil(lambda: "Wrong passphrase" in page.message.text(), timeout=15_000)
    opening.assert_ran_off_the_gui_thread()
    assert wizard.currentId() == MEDIATOR and page.passphrase.text() == ""
    assert "\n" not in page.message.text()
    qtbot.keyClicks(page.passphrase, MEDIATOR_PASSPHRASE)
    go_on(qtbot, wizard, METHODS)

    choose_methods(qtbot, wizard, room)
    wizard.methods_page.rows[0].set_method(Method.PAPER)
    go_on(qtbot, wizard, SIGNER + 1)
    signer = wizard.currentPage()
    qtbot.keyClicks(signer.secret, "guessing wrongly")
    with ThreadSpy(OPEN_IDENTITY) as opening:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert signer.busy and signer.progress.isVisible()
        qtbot.waitUntil(lambda: "Wrong passphrase" in signer.message.text(), timeout=15_000)
    opening.assert_ran_off_the_gui_thread()
    assert wizard.currentId() == SIGNER + 1 and not wizard.signers
    assert signer.secret.text() == "" and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible() and wizard.mediator is None
    assert files_in(room.folder) == before
    assert not any(e.action == "agreement.export" for e in room.session.audit_events("agreement."))


def test_a_mediator_identity_made_in_the_wizard_issues_every_party_a_certificate(qtbot, room: Room) -> None:
    wizard = start(qtbot, room.session)
    go_on(qtbot, wizard, MEDIATOR)
    new_file = room.folder / "lau.p12"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CreateIdentityDialog)
        assert dialog.name.text() == "Dr Margaret Lau Mei-ling"
        dialog.path.setText(str(new_file))
        qtbot.keyClicks(dialog.passphrase, MEDIATOR_PASSPHRASE)
        qtbot.keyClicks(dialog.repeat, MEDIATOR_PASSPHRASE)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    with ThreadSpy(WRITE_IDENTITY) as writing:
        qtbot.mouseClick(wizard.mediator_page.create_button, Qt.MouseButton.LeftButton)
    writing.assert_ran_off_the_gui_thread()
    assert new_file.is_file() and (room.folder / "lau.pem").is_file()
    assert wizard.mediator_page.path.text() == str(new_file)
    assert not wizard.mediator_page.passphrase.isEnabled()
    go_on(qtbot, wizard, METHODS)
    assert wizard.mediator is not None and wizard.mediator.name == "Dr Margaret Lau Mei-ling"

    assert wizard.page_order()[3:6] == [SIGNER, SIGNER + 1, SIGNER + 2]
    for index in range(3):
        go_on(qtbot, wizard, SIGNER + index)
        page = wizard.currentPage()
        qtbot.keyClicks(page.secret, f"{PIN}{index}")
        qtbot.keyClicks(page.repeat, f"{PIN}{index}")
    go_on(qtbot, wizard, SAVE)
    assert [s.name for s in wizard.signers.values()] == [
        "Dr Amara Solis", "Henrik Ostrand",
        "Grace Adeyemi"]
    wizard.save_page.path.setText(str(room.folder / "out.pdf"))
    go_on(qtbot, wizard, REPORT, timeout=60_000)
    assert verify_pdf(room.folder / "out.pdf", load_certificates(room.folder / "lau.pem")).ok


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
        assert len(messages.shown) == 2
    finally:
        session.close()
