"""Opening a case in the GUI (issue 16, items 1-4): the first session asks for the agreement to mediate,
then who is in the room; a caucus with another party's attendee needs a confirmation; declarations and
authorities recorded from their dialogs show on the overview. Driven by keys and clicks on real widgets
over a real case file; what was recorded is read back through the app (and the audit)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app import process_record as pr
from iomed_desk.core.channels import Channel
from iomed_desk.core.process import AgreementManner, Answer, Role
from iomed_desk.gui import messages
from iomed_desk.gui.process_attendance import AttendanceDialog
from iomed_desk.gui.process_dialogs import (
    AgreementToMediateDialog,
    AuthoritiesDialog,
    DeclarationsDialog,
)
from iomed_desk.store import audit
from tests.gui.conftest import flush_events

pytest_plugins = ("tests.gui.workspace_fixtures",)

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _active(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_first_session_asks_for_the_agreement_then_the_attendance_by_keyboard(qtbot, case_factory,
                                                                              workspace_factory) -> None:
    session = case_factory(agreed=False)
    ws = workspace_factory(session)
    qtbot.keyClick(ws, Qt.Key.Key_J, CTRL_SHIFT)  # Start joint session
    dialog = _active(qtbot, AgreementToMediateDialog)
    assert session.running_session() is None
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)  # Proceed without one
    qtbot.waitUntil(lambda: dialog.reason.isEnabled())  # a mnemonic clicks after a moment
    assert not dialog.pdf.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # no reason: refused in one line, nothing recorded
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "reason" in dialog.error.text().lower() and pr.agreement_to_mediate(session) is None
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)  # the reason field
    _type(qtbot, "The parties signed the court's referral order instead")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
    attendance = _active(qtbot, AttendanceDialog)
    recorded = pr.agreement_to_mediate(session)
    assert recorded is not None and recorded.manner is AgreementManner.WITHOUT
    assert recorded.reason == "The parties signed the court's referral order instead"
    # the list holds the mediator and every party's representative, all ticked; add an interpreter
    assert attendance.list.topLevelItemCount() == 1 + 3
    attendance.name.setFocus()
    _type(qtbot, "Ms Chan Siu-ling")
    attendance.role.setCurrentIndex(attendance.role.findData(Role.INTERPRETER.value))
    attendance.language.setText("Cantonese")
    qtbot.keyClick(attendance.name, Qt.Key.Key_Return)  # Enter in the name field adds the row
    assert attendance.list.topLevelItemCount() == 5 and not attendance.error.isVisible()
    # untick the third party's counsel: not in the room
    attendance.list.topLevelItem(3).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(attendance.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.running_session() is not None)
    running = session.running_session()
    assert running.channel == Channel.joint() and ws.page == "joint"
    people = pr.attendance(session, running.id)
    assert sorted((a.name, a.role.value) for a in people) == sorted([
        ("Dr Lin Wai-man", "mediator"), ("Counsel 1", "representative"), ("Counsel 2", "representative"),
        ("Ms Chan Siu-ling", "interpreter")])
    interpreter = next(a for a in people if a.role is Role.INTERPRETER)
    assert interpreter.language == "Cantonese" and interpreter.undertaking is True
    with session.db.reading() as conn:
        actions = [e.action for e in audit.events(conn, limit=50)]
    assert "process.agreement_to_mediate" in actions and actions.count("process.attendance") == 4


def test_the_signed_pdf_is_hashed_on_a_worker(qtbot, case_factory, workspace_factory, tmp_path: Path) -> None:
    session = case_factory(agreed=False)
    ws = workspace_factory(session)
    pdf = tmp_path / "atm.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    assert isinstance(ws.start_session(Channel.joint()), AgreementToMediateDialog)
    dialog = _active(qtbot, AgreementToMediateDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: dialog.pdf.isEnabled())
    dialog.pdf.setText(str(pdf))
    dialog.fees.setText("Shared equally")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _active(qtbot, AttendanceDialog).reject()
    recorded = pr.agreement_to_mediate(session)
    assert recorded.pdf_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert recorded.fees == "Shared equally" and session.running_session() is None  # cancelled: no session


def test_a_caucus_with_another_partys_attendee_needs_confirmation(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    pr.record_agreement_to_mediate(session, "paper")
    a, b = session.case.parties[0], session.case.parties[1]
    ws = workspace_factory(session)
    dialog = ws.start_session(a.channel)
    assert isinstance(dialog, AttendanceDialog)
    assert [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())] == [
        "Dr Lin Wai-man", "Counsel 1"]
    dialog.name.setText("Mr Other Side")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COUNSEL.value))
    dialog.party.setCurrentIndex(dialog.party.findData(b.id))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    messages.set_next_answer(messages.Button.No)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert session.running_session() is None and dialog.isVisible()
    assert "Mr Other Side" in messages.shown[-1][2] and b.name in messages.shown[-1][2]
    messages.set_next_answer(messages.Button.Yes)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    running = session.running_session()
    assert running is not None and running.channel == a.channel
    other = next(x for x in pr.attendance(session, running.id) if x.name == "Mr Other Side")
    assert other.party_id == b.id
    with session.db.reading() as conn:
        confirmed = [e.detail.get("confirmed") for e in audit.events(conn, action_prefix="process.attendance")]
    assert confirmed and all(confirmed)


def test_declarations_and_authorities_show_on_the_overview(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(agreed=False)
    ws = workspace_factory(session)
    ws.navigate("overview")
    assert "Not recorded" in ws.overview.process.labels["agreement"].text()
    qtbot.mouseClick(ws.overview.process.buttons["declarations"], Qt.MouseButton.LeftButton)
    dialog = _active(qtbot, DeclarationsDialog)
    dialog.text.setFocus()
    _type(qtbot, "I have no relationship with any party.")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 1 and dialog.isVisible()
    for i, party in enumerate(session.case.parties):
        dialog.party.setCurrentIndex(i)
        if i == 2:  # the third objects first, with no grounds: refused
            dialog.answer.setCurrentIndex(dialog.answer.findData(Answer.OBJECTED.value))
            qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
            assert dialog.error.isVisible() and "grounds" in dialog.error.text().lower()
            dialog.answer.setCurrentIndex(dialog.answer.findData(Answer.ACKNOWLEDGED.value))
        qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
        assert dialog.list.topLevelItem(0).text(2 + i) == "Acknowledged", party.name
    dialog.reject()
    flush_events()
    assert pr.all_acknowledged(session)
    assert "Acknowledged by all parties." in ws.overview.process.labels["declarations"].text()

    qtbot.mouseClick(ws.overview.process.buttons["authorities"], Qt.MouseButton.LeftButton)
    dialog = _active(qtbot, AuthoritiesDialog)
    dialog.party.setCurrentIndex(1)
    assert dialog.representative.currentText() == "Counsel 2"
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("power-of-attorney"))
    dialog.limits.setText("up to USD 5m")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
    (auth,) = pr.authorities(session)
    assert (auth.party_id, auth.representative, auth.limits) == (session.case.parties[1].id, "Counsel 2",
                                                                 "up to USD 5m")
    dialog.reject()
    flush_events()
    text = ws.overview.process.labels["authorities"].text()
    assert "Counsel 2: by power of attorney dated" in text and "(up to USD 5m)" in text
