"""Disclosing a caucus note under each rule set: refused while consents are missing (naming them), then recorded; revoked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from iomed_desk.core.channels import Audience
from iomed_desk.core.disclosure import HongKongException
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui import messages
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.workspace_fixtures import mark, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _open_dialog(qtbot, ws) -> DisclosureDialog:  # type: ignore[no-untyped-def]
    button = next(b for b in ws.notes.findChildren(QToolButton)
                  if b.defaultAction() is ws.menu_actions()["note.disclose"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in ws.findChildren(DisclosureDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _disclose(qtbot, dialog: DisclosureDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.disclose_button, Qt.MouseButton.LeftButton)


def test_consent_rules_need_the_source_party(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    p1 = session.case.parties[0]
    note_id = type_note(qtbot, ws, p1.channel, "Bottom line", mark("secret"))
    dialog = _open_dialog(qtbot, ws)
    assert list(dialog.consent_boxes) == ["party:p1"]
    assert not dialog.disclose_button.isEnabled()  # no target chosen yet
    dialog.choose_target(Audience.joint())
    assert dialog.hint_label.text() == f"Still needed: {p1.name}"

    _disclose(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == f"Consent missing under the case's rules (consent): {p1.name}."
    assert session.disclosures_of(note_id) == []

    dialog.consent_boxes["party:p1"].click()
    qtbot.keyClicks(dialog.given_by["party:p1"], "Counsel 1")
    with qtbot.waitSignal(ws.status_message) as said:
        _disclose(qtbot, dialog)
    assert said.args == ["Disclosed"]
    assert not dialog.isVisible()
    (d,) = session.disclosures_of(note_id)
    assert d.target == Audience.joint() and [(c.who, c.given_by) for c in d.consents] == [("party:p1", "Counsel 1")]
    assert "Disclosed to all parties" in ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: not ws.findChildren(DisclosureDialog))


def test_model_law_needs_consent_only_for_what_was_given_in_confidence(qtbot, case_factory,
                                                                        workspace_factory) -> None:
    session = case_factory(RuleSetName.MODEL_LAW)
    ws = workspace_factory(session)
    p1, p2 = session.case.parties[:2]
    open_id = type_note(qtbot, ws, p1.channel, "Timeline", mark("open"))
    assert not ws.notes.editor.confidential_box.isChecked()  # Model Law: "may disclose" by default
    dialog = _open_dialog(qtbot, ws)
    assert dialog.consent_boxes == {}
    dialog.choose_target(Audience.party(p2.id))
    _disclose(qtbot, dialog)
    assert [d.target for d in session.disclosures_of(open_id)] == [Audience.party(p2.id)]

    closed_id = type_note(qtbot, ws, p1.channel, "Walk-away figure", mark("closed"))
    ws.notes.editor.confidential_box.click()
    assert session.note(closed_id).confidential
    dialog = _open_dialog(qtbot, ws)
    dialog.choose_target(Audience.joint())
    _disclose(qtbot, dialog)
    assert dialog.error_label.text() == f"Consent missing under the case's rules (model-law): {p1.name}."
    assert session.disclosures_of(closed_id) == []
    dialog.consent_boxes["party:p1"].click()
    _disclose(qtbot, dialog)
    assert len(session.disclosures_of(closed_id)) == 1


def test_hong_kong_needs_everyone_or_a_statutory_exception(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.HONG_KONG)
    ws = workspace_factory(session)
    p1, p2, p3 = session.case.parties
    note_id = type_note(qtbot, ws, p1.channel, "Cabinet timetable", mark("hk"))
    qtbot.keyClicks(ws.notes.editor.speaker_edit, "Mr Vance")
    assert ws.save_pending()
    dialog = _open_dialog(qtbot, ws)
    assert list(dialog.consent_boxes) == ["party:p1", "party:p2", "party:p3", "mediator:m1", "speaker"]
    assert dialog.exception_combo.isVisible()
    dialog.choose_target(Audience.party(p3.id))
    dialog.consent_boxes["party:p1"].click()
    _disclose(qtbot, dialog)
    assert dialog.error_label.text() == (
        "Consent missing under the case's rules (hong-kong): "
        f"{p2.name}, {p3.name}, Dr Lin Wai-man (mediator), Mr Vance (who made the communication).")
    for box in dialog.consent_boxes.values():
        if not box.isChecked():
            box.click()
    assert dialog.hint_label.text() == "Every consent these rules require is on record."
    _disclose(qtbot, dialog)
    assert not dialog.isVisible() and len(session.disclosures_of(note_id)) == 1

    other_id = type_note(qtbot, ws, p2.channel, "Legal advice needed", mark("exception"))
    dialog = _open_dialog(qtbot, ws)
    dialog.choose_target(Audience.joint())
    _disclose(qtbot, dialog)
    assert "Consent missing" in dialog.error_label.text()
    dialog.exception_combo.setCurrentIndex(dialog.exception_combo.findData(HongKongException.LEGAL_ADVICE.value))
    _disclose(qtbot, dialog)
    (d,) = session.disclosures_of(other_id)
    assert d.exception is HongKongException.LEGAL_ADVICE and d.consents == ()


@pytest.mark.parametrize("rule_set", [RuleSetName.CONSENT, RuleSetName.MODEL_LAW])
def test_exceptions_are_offered_only_under_the_hong_kong_ordinance(qtbot, case_factory, workspace_factory,
                                                                     rule_set: RuleSetName) -> None:
    session = case_factory(rule_set)
    ws = workspace_factory(session)
    type_note(qtbot, ws, session.case.parties[0].channel, "Anything", "text")
    dialog = _open_dialog(qtbot, ws)
    assert not dialog.exception_combo.isVisible()
    dialog.reject()


def test_revoke_from_the_dialog_and_both_acts_are_in_the_audit_log(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    p1 = session.case.parties[0]
    note_id = type_note(qtbot, ws, p1.channel, "Offer", mark("offer"))
    session.disclose(note_id, Audience.joint(), ["party:p1"])
    ws.notes.reload()
    dialog = _open_dialog(qtbot, ws)
    row = dialog.history.topLevelItem(0)
    assert row.text(0) == "All parties (joint)" and row.text(3) == "In force"
    assert not dialog.revoke_button.isEnabled()
    dialog.history.setCurrentItem(row)
    assert dialog.revoke_button.isEnabled()

    messages.set_next_answer(messages.Button.No)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert session.disclosures_of(note_id)[0].in_force
    messages.set_next_answer(messages.Button.Yes)
    with qtbot.waitSignal(ws.status_message) as said:
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Disclosure revoked"]
    assert not session.disclosures_of(note_id)[0].in_force
    assert dialog.history.topLevelItem(0).text(3).startswith("Revoked")
    assert "In confidence" in ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.reject()

    ws.navigate("audit")
    ws.audit.set_filter("disclosure.")
    model = ws.audit.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[2] for r in rows] == ["Disclosure revoked", "Disclosed"]
    disclosed = session.disclosures_of(note_id)[0].revision
    assert rows[1][3] == f"Caucus — {p1.name} → all parties · consent of {p1.name} · revision {disclosed}"
