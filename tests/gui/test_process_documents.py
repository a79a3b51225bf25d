"""The process record's two signed documents from the GUI (issue 16), by keys and clicks on real files:
the agreement to mediate generated and signed in the room (one party's signatory with a certificate
issued on the handover screen, the other with their own PKCS#12 file), recorded so that the first
session may start; the termination record signed after Terminate… and again later from the overview.
Each PDF is checked by `app.verification.verify_document` with the mediator's PEM (and the party's own
certificate) trusted, and its SHA-256 shown is the file's, computed here with hashlib.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from iomed_desk.app import process_record as pr
from iomed_desk.app.signing import create_mediator_identity
from iomed_desk.app.verification import verify_document
from iomed_desk.core.process import AgreementManner
from iomed_desk.export.identity import create_identity_file, write_certificate
from iomed_desk.gui import messages
from iomed_desk.gui.handover import HandoverScreen
from iomed_desk.gui.process_attendance import AttendanceDialog
from iomed_desk.gui.process_closing import TerminateDialog
from iomed_desk.gui.process_dialogs import AgreementToMediateDialog
from iomed_desk.gui.process_signing import GenerateAgreementDialog, SignTerminationDialog
from iomed_desk.store import audit
from tests.conftest import PASSPHRASE
from tests.gui.conftest import flush_events

pytest_plugins = ("tests.gui.workspace_fixtures",)

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MEDIATOR_PASS = "mediator identity passphrase"
PARTY_PASS = "party identity passphrase"
PIN = "2468"


@pytest.fixture(scope="module")
def identities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("identities")
    _, pem = create_mediator_identity(folder / "mediator.p12", "Dr Lin Wai-man", MEDIATOR_PASS)
    party = create_identity_file(folder / "counsel2.p12", "Counsel 2", PARTY_PASS)
    write_certificate(folder / "counsel2.pem", party.trust_anchor)
    return {"p12": folder / "mediator.p12", "pem": pem, "party": folder / "counsel2.p12",
            "party_pem": folder / "counsel2.pem"}


def _active(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=30_000)
    return _activate(qtbot, QApplication.activeModalWidget())


def _activate(qtbot, dialog):  # type: ignore[no-untyped-def]

    def activated() -> bool:  # asked again until the platform has shown it (offscreen may drop the first)
        if QApplication.activeWindow() is not dialog:
            dialog.activateWindow()
            return False
        return True

    qtbot.waitUntil(activated)
    return dialog


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _screen(qtbot) -> HandoverScreen:  # type: ignore[no-untyped-def]
    def one() -> bool:
        return len([w for w in QApplication.topLevelWidgets() if isinstance(w, HandoverScreen) and w.isVisible()]) == 1

    qtbot.waitUntil(one, timeout=30_000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, HandoverScreen) and w.isVisible())


def _hand_over(qtbot, secret: str, *, repeat: bool) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """Type as the signatory on the handover screen, then take the computer back as the mediator; what
    the screen named, and which other windows were on screen meanwhile."""
    screen = _screen(qtbot)
    others = [type(w).__name__ for w in QApplication.topLevelWidgets()
              if w is not screen and w.isVisible() and w.isWindow()]
    who = screen.who.text()
    qtbot.keyClicks(screen.secret, secret)
    if repeat:
        qtbot.keyClick(screen.secret, Qt.Key.Key_Tab)
        _type(qtbot, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.taking_back, timeout=60_000)
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(screen) or not screen.isVisible(), timeout=60_000)
    return who, others


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_generate_and_sign_the_agreement_to_mediate_then_the_session_starts(
        qtbot, case_factory, workspace_factory, identities, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = case_factory(parties=2, agreed=False)
    ws = workspace_factory(session)
    qtbot.keyClick(ws, Qt.Key.Key_J, CTRL_SHIFT)  # Start joint session: the agreement to mediate first
    dialog = _active(qtbot, AgreementToMediateDialog)
    assert not dialog.generate.isEnabled()  # paper is the default: nothing to generate
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)  # Signed digitally
    qtbot.waitUntil(lambda: dialog.generate.isEnabled())
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    _type(qtbot, "Shared equally by the parties")
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # Generate and sign…
    gen = _active(qtbot, GenerateAgreementDialog)
    assert [(k.party.name, k.name) for k in gen.keys] == [
        ("Harbour Authority of Porto Novo", "Counsel 1"), ("Meridian Build Consortium", "Counsel 2")]
    out = Path(gen.target.text())
    assert out == session.path.with_name(f"{session.path.stem}-agreement-to-mediate.pdf")
    qtbot.keyClick(gen, Qt.Key.Key_I, ALT)
    _type(qtbot, str(identities["p12"]))
    qtbot.keyClick(gen, Qt.Key.Key_P, ALT)
    _type(qtbot, MEDIATOR_PASS)
    # Counsel 1: a certificate issued in the room (the default); Counsel 2: their own file, by keys
    gen.keys[1].method.setFocus()
    qtbot.keyClick(gen.keys[1].method, Qt.Key.Key_Down)
    assert gen.keys[1].file.isEnabled() and not gen.keys[0].file.isEnabled()
    qtbot.keyClick(gen.keys[1].method, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is gen.keys[1].file
    qtbot.keyClick(gen.keys[1].file, Qt.Key.Key_Return)  # no file yet: refused in one line, nobody handed over
    qtbot.waitUntil(lambda: gen.error.isVisible())
    assert "identity file for Counsel 2" in gen.error.text() and gen.passphrase.text() == MEDIATOR_PASS
    _type(qtbot, str(identities["party"]))
    qtbot.keyClick(gen.keys[1].file, Qt.Key.Key_Return)
    assert gen.passphrase.text() == ""  # the secret left the field when taken

    who, others = _hand_over(qtbot, PIN, repeat=True)
    assert who == "Counsel 1" and not others, others  # the case, the dialogs: all hidden
    who, others = _hand_over(qtbot, PARTY_PASS, repeat=False)
    assert who == "Counsel 2" and not others, others
    qtbot.waitUntil(lambda: gen.written is not None or gen.error.text().startswith("Cannot"), timeout=120_000)
    assert gen.written is not None, gen.error.text()
    sha = _sha(out)
    assert str(out) in gen.result.text() and f"SHA-256 {sha}" in gen.result.text() and gen.result.isVisible()
    recorded = pr.agreement_to_mediate(session)
    assert recorded is not None and recorded.manner is AgreementManner.DIGITAL and recorded.pdf_sha256 == sha
    assert recorded.fees == "Shared equally by the parties"

    report = verify_document(out, [identities["pem"], identities["party_pem"]])
    assert report.ok, report.to_text()
    assert "Counsel 2" in report.to_text() and "Meridian Build Consortium" in report.to_text()
    assert not verify_document(out, [identities["pem"]]).ok  # Counsel 2's own key is not the mediator's to vouch
    flipped = bytearray(out.read_bytes())
    flipped[flipped.index(b"stream") + 40] ^= 0x01
    (tmp_path / "changed.pdf").write_bytes(bytes(flipped))
    assert not verify_document(tmp_path / "changed.pdf", [identities["pem"], identities["party_pem"]]).ok

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Close has the focus
    attendance = _active(qtbot, AttendanceDialog)  # the agreement is on record: the session may start
    assert not isValid(dialog) or not dialog.isVisible()
    qtbot.mouseClick(attendance.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.running_session() is not None)


def test_a_cancelled_handover_writes_nothing_and_forgets_the_keys(
        qtbot, case_factory, workspace_factory, identities) -> None:  # type: ignore[no-untyped-def]
    session = case_factory(parties=2, agreed=False)
    ws = workspace_factory(session)
    ws.navigate("overview")
    qtbot.mouseClick(ws.overview.process.buttons["agreement"], Qt.MouseButton.LeftButton)
    dialog = _active(qtbot, AgreementToMediateDialog)
    dialog.manner[AgreementManner.DIGITAL].setChecked(True)
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    gen = _active(qtbot, GenerateAgreementDialog)
    gen.identity.setText(str(identities["p12"]))
    gen.passphrase.setText("not the passphrase")
    qtbot.keyClick(gen.ok, Qt.Key.Key_Return)  # a wrong identity passphrase: one line, no handover
    qtbot.waitUntil(lambda: gen.error.isVisible() and not gen.busy and gen.ok.isEnabled(), timeout=60_000)
    assert not any(isinstance(w, HandoverScreen) for w in QApplication.topLevelWidgets() if w.isVisible())
    gen.passphrase.setText(MEDIATOR_PASS)
    qtbot.keyClick(gen.ok, Qt.Key.Key_Return)
    screen = _screen(qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # the signatory cancels
    qtbot.waitUntil(lambda: not isValid(screen) or not screen.isVisible())
    flush_events()
    qtbot.waitUntil(lambda: ws.isVisible())
    assert not session.path.with_name(f"{session.path.stem}-agreement-to-mediate.pdf").exists()
    assert pr.agreement_to_mediate(session) is None
    assert not any(isinstance(w, (GenerateAgreementDialog, AgreementToMediateDialog)) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_terminate_then_sign_the_record_and_again_later_from_the_overview(
        qtbot, case_factory, workspace_factory, identities, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = case_factory(parties=2)
    ws = workspace_factory(session)
    ws.navigate("overview")
    assert not ws.overview.process.sign_termination.isVisible()  # nothing to sign while the mediation runs
    qtbot.mouseClick(ws.overview.process.buttons["termination"], Qt.MouseButton.LeftButton)
    dialog = _active(qtbot, TerminateDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)  # Outcome: Not settled (the third)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.outcome)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    assert dialog.outcome.currentData() == "not-settled"
    dialog.grounds.setFocus()
    _type(qtbot, "No settlement within the agreed time")
    messages.set_next_answer(messages.Button.Yes)
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pr.termination(session) is not None)
    assert dialog.isVisible() and "termination record" in dialog.ok.text().replace("&", "")
    assert QApplication.focusWidget() is dialog.ok
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)  # Sign the termination record…
    sign = _active(qtbot, SignTerminationDialog)
    out = Path(sign.target.text())
    assert out == session.path.with_name(f"{session.path.stem}-termination-record.pdf")
    qtbot.keyClick(sign, Qt.Key.Key_I, ALT)
    _type(qtbot, str(identities["p12"]))
    qtbot.keyClick(sign, Qt.Key.Key_P, ALT)
    _type(qtbot, "wrong passphrase")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sign.error.isVisible() and sign.ok.isEnabled() and not sign.busy, timeout=60_000)
    assert not out.exists() and sign.written is None
    qtbot.keyClick(sign, Qt.Key.Key_P, ALT)
    _type(qtbot, MEDIATOR_PASS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sign.written is not None, timeout=120_000)
    sha = _sha(out)
    assert f"SHA-256 {sha}" in sign.result.text() and str(out) in sign.result.text()
    report = verify_document(out, [identities["pem"]])
    assert report.ok, report.to_text()
    assert not verify_document(out, []).ok  # nothing trusted: not verified
    with session.db.reading() as conn:
        signed = audit.events(conn, action_prefix=pr.TERMINATION_RECORD_ACTION)
    assert [e.detail["pdf_sha256"] for e in signed] == [sha]
    _activate(qtbot, sign)
    assert QApplication.focusWidget() is sign.close_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Close
    qtbot.waitUntil(lambda: not sign.isVisible())
    dialog.reject()
    flush_events()

    # later, while the case stays terminated: the overview's button, refusing to write over a file
    button = ws.overview.process.sign_termination
    assert button.isVisible() and button.isEnabled()
    assert not any(b.isEnabled() for b in ws.overview.process.buttons.values())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    again = _active(qtbot, SignTerminationDialog)
    again.identity.setText(str(identities["p12"]))
    again.passphrase.setText(MEDIATOR_PASS)
    before = out.read_bytes()
    qtbot.keyClick(again.ok, Qt.Key.Key_Return)
    assert "already exists" in again.error.text() and out.read_bytes() == before
    second = tmp_path / "termination-copy.pdf"
    again.target.setText(str(second))
    qtbot.keyClick(again.ok, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.written is not None, timeout=120_000)
    assert verify_document(second, [identities["pem"]]).ok
    assert _sha(second) in again.result.text()
    again.reject()


def test_cancelling_a_handover_from_the_main_window_locks_the_case(
        qtbot, window, identities, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The representative is never left in the unlocked case: Cancel on the handover screen forgets the keys,
    closes the dialogs and locks before the main window shows again."""
    from iomed_desk.app.opening import create_case
    from tests.conftest import new_case_spec
    from tests.gui.conftest import open_case

    path = tmp_path / "case.iomed"
    create_case(path, PASSPHRASE, new_case_spec(parties=2)).close()
    open_case(window, path)
    window.menus.process["agreement"].trigger()
    dialog = _active(qtbot, AgreementToMediateDialog)
    dialog.manner[AgreementManner.DIGITAL].setChecked(True)
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    gen = _active(qtbot, GenerateAgreementDialog)
    gen.identity.setText(str(identities["p12"]))
    gen.passphrase.setText(MEDIATOR_PASS)
    qtbot.keyClick(gen.ok, Qt.Key.Key_Return)
    screen = _screen(qtbot)
    assert not window.isVisible()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.isVisible() and window.lock_screen is not None, timeout=30_000)
    assert window.session is None
    assert not any(isinstance(w, (GenerateAgreementDialog, AgreementToMediateDialog, HandoverScreen))
                   and isValid(w) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert not path.with_name("case-agreement-to-mediate.pdf").exists()
