"""Ending and closing in the GUI (issue 16, items 6 and 7), on real files and a real identity.

Terminate the mediation… freezes the case: the workspace's writing actions go off and say why, the
overview says read-only, and the file itself refuses a note. Close the file… shows what will be destroyed
(against the scenario's own counts), is off until the case reference is typed, runs on a worker with the
case closed, and ends with the case adopted again, closed, and the certificate verified from its dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app import closing
from iomed_desk.app import process_record as pr
from iomed_desk.app.signing import create_mediator_identity
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.process import Outcome
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title
from iomed_desk.gui.process_closing import CertificateDialog, CloseFileDialog, TerminateDialog
from tests.gui.conftest import flush_events, open_case
from tests.store.test_destruction_scenario import build

pytest_plugins = ("tests.gui.workspace_fixtures",)

IDENTITY_PASS = "mediator identity passphrase"


def _active(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=20000)
    return QApplication.activeModalWidget()


def test_terminating_freezes_the_case_and_says_why(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    pr.record_agreement_to_mediate(session, "paper")
    ws = workspace_factory(session)
    ws.navigate("overview")
    qtbot.mouseClick(ws.overview.process.buttons["termination"], Qt.MouseButton.LeftButton)
    dialog = _active(qtbot, TerminateDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.WITHDRAWN.value))
    assert dialog.party.isEnabled()
    dialog.party.setCurrentIndex(1)
    dialog.retention.setValue(30)
    messages.set_next_answer(messages.Button.No)  # the warning: not now
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert pr.termination(session) is None and dialog.isVisible()
    messages.set_next_answer(messages.Button.Yes)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no grounds: refused in one line
    assert dialog.error.isVisible() and "grounds" in dialog.error.text().lower() and pr.termination(session) is None
    dialog.grounds.setFocus()
    qtbot.keyClicks(dialog.grounds, "The party withdrew by letter")
    messages.set_next_answer(messages.Button.Yes)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    ended = pr.termination(session)
    assert ended is not None and ended.outcome is Outcome.WITHDRAWN
    assert ended.withdrawn_party == session.case.parties[1].id and pr.retention_days(session) == 30
    flush_events()
    actions = ws.menu_actions()
    for key in ("note.new", "session.joint", "session.caucus", "session.end", "session.caucus_here"):
        assert not actions[key].isEnabled(), key
        assert "read-only" in actions[key].toolTip(), key
    assert ws.start_session(session.case.parties[0].channel) is None
    assert not any(b.isEnabled() for b in ws.overview.process.buttons.values())
    assert "read-only" in ws.overview.process.labels["termination"].text()
    assert "kept 30 days" in ws.overview.process.labels["termination"].text()
    with pytest.raises(NotAllowed):  # the file refuses it whatever a face does
        session.take_note(session.case.parties[0].channel, "late", "too late")


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("identity")
    _, pem = create_mediator_identity(folder / "mediator.p12", "Dr Lin Wai-man", IDENTITY_PASS)
    return folder / "mediator.p12", pem


def test_close_the_file_from_the_menu(qtbot, window, identity, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, sc = build(tmp_path / "case.iomed", FakeClock())
    reference = session.case.reference
    session.close()
    open_case(window, sc.path)
    menus = window.menus
    assert menus.process["close"].isEnabled() and not menus.process["terminate"].isEnabled()
    assert "read-only" in menus.process["declarations"].toolTip()
    menus.process["close"].trigger()
    dialog = _active(qtbot, CloseFileDialog)
    shown = {dialog.counts.topLevelItem(i).text(0): tuple(int(dialog.counts.topLevelItem(i).text(c))
                                                          for c in range(1, 6))
             for i in range(dialog.counts.topLevelItemCount())}
    case = window.session.case
    expected = {channel_title(case, c): sc.expected[str(c)] for c in
                [*(p.channel for p in case.parties), Channel.mediator()]}
    assert shown == expected
    dialog.identity.setText(str(identity[0]))
    dialog.passphrase.setText(IDENTITY_PASS)
    assert not dialog.ok.isEnabled()
    dialog.typed.setFocus()
    qtbot.keyClicks(dialog.typed, reference[:-1])
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.typed, reference[-1])
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.text() == ""  # the secret left the field
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=60000)
    assert not messages.shown, messages.shown
    certificate = _active(qtbot, CertificateDialog)
    assert certificate.path == tmp_path / "case-destruction-certificate.pdf" and certificate.path.exists()
    assert window.session is not None and closing.closed_at_text(window.session) is not None
    assert "4 notes (6 revisions), 3 positions and 4 offers destroyed" in window.statusBar().currentMessage()
    assert not menus.process["close"].isEnabled() or closing.closed_at_text(window.session)
    assert certificate.trust.text() == str(identity[1])  # the PEM written beside the identity
    qtbot.mouseClick(certificate.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: certificate.verify_button.isEnabled(), timeout=30000)
    text = certificate.report.toPlainText()
    assert text.startswith("Verified: the certificate is signed and unchanged."), text
    assert "IOMed destruction certificate" in text, text
    certificate.trust.clear()  # nothing trusted: not verified
    qtbot.mouseClick(certificate.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: certificate.verify_button.isEnabled(), timeout=30000)
    assert certificate.report.toPlainText().startswith("NOT verified")
    assert "File closed on" in window.workspace.overview.process.labels["termination"].text()
    certificate.reject()


def test_the_process_menu_follows_a_termination_recorded_elsewhere(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, sc = build(tmp_path / "case.iomed", FakeClock(), terminate=False)
    session.close()
    open_case(window, sc.path)
    menus = window.menus
    assert menus.process["terminate"].isEnabled() and not menus.process["close"].isEnabled()
    assert menus.process["close"].toolTip() == "Terminate the mediation first"
    pr.terminate(window.session, Outcome.NOT_SETTLED, "No settlement.")  # as the overview's button does
    menus.menus["case"].aboutToShow.emit()
    assert not menus.process["terminate"].isEnabled() and menus.process["close"].isEnabled()
    assert "read-only" in menus.process["agreement"].toolTip()
    window.close_case()
    assert not menus.process_menu.menuAction().isEnabled()
