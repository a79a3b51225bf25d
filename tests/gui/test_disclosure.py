"""Disclosing a note under each rule set: refused while consents are missing (naming them), then recorded with
how they were given and who witnessed them; a notebook note's source named first; the revision disclosed; revoked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import SEVERAL, ConsentManner, HongKongException
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui import messages
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from iomed_desk.gui.notes_page import DISCLOSED_ROLE
from tests.gui.workspace_fixtures import mark, type_note, type_text

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
    assert dialog.error_label.text() == f"Consent missing under the case's rules, Party consent (ICSID Mediation Rules style): {p1.name}."
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
    assert dialog.error_label.text() == f"Consent missing under the case's rules, UNCITRAL Model Law on International Commercial Mediation (2018): {p1.name}."
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
        "Consent missing under the case's rules, Hong Kong Mediation Ordinance (Cap. 620), s.8: "
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
    assert row.text(0) == "All parties (joint)" and row.text(4) == "In force"
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
    assert dialog.history.topLevelItem(0).text(4).startswith("Revoked")
    assert "In confidence" in ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.reject()

    ws.navigate("audit")
    ws.audit.set_filter("disclosure.")
    model = ws.audit.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[2] for r in rows] == ["Disclosure revoked", "Disclosed"]
    disclosed = session.disclosures_of(note_id)[0].revision
    assert rows[1][3] == f"Caucus — {p1.name} → all parties · consent of {p1.name} · revision {disclosed}"


def test_a_notebook_note_needs_its_source_named_first(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    p1, p2, p3 = session.case.parties
    note_id = type_note(qtbot, ws, Channel.mediator(), "What I make of it", mark("notebook"))
    dialog = _open_dialog(qtbot, ws)
    assert [b.text() for b in dialog.source_buttons.values()] == [p1.name, p2.name, p3.name, "Several parties"]
    assert dialog.consent_boxes == {}
    assert dialog.consent_rows.message.text() == "The consents it needs depend on where it came from."
    dialog.choose_target(Audience.joint())
    assert not dialog.disclose_button.isEnabled()
    assert dialog.hint_label.text() == "Choose which party this came from, or several."

    dialog.choose_source(p1.id)
    assert list(dialog.consent_boxes) == ["party:p1"] and dialog.disclose_button.isEnabled()
    dialog.choose_source(p2.id)
    assert list(dialog.consent_boxes) == ["party:p2"]
    dialog.consent_boxes["party:p2"].click()
    qtbot.keyClicks(dialog.given_by["party:p2"], "Counsel 2")
    dialog.choose_source(SEVERAL)
    assert list(dialog.consent_boxes) == ["party:p1", "party:p2", "party:p3"]
    assert dialog.consent_boxes["party:p2"].isChecked() and dialog.given_by["party:p2"].currentText() == "Counsel 2"
    assert dialog.hint_label.text() == f"Still needed: {p1.name}, {p3.name}"
    _disclose(qtbot, dialog)
    assert dialog.error_label.text() == f"Consent missing under the case's rules, Party consent (ICSID Mediation Rules style): {p1.name}, {p3.name}."

    dialog.consent_boxes["party:p1"].click()
    dialog.consent_boxes["party:p3"].click()
    manner = dialog.manner_witness.manner_combo
    manner.setCurrentIndex(manner.findData(ConsentManner.IN_WRITING.value))
    assert manner.currentText() == "In writing"
    qtbot.keyClicks(dialog.manner_witness.witness_combo, "Dr Lin Wai-man")
    _disclose(qtbot, dialog)
    assert not dialog.isVisible()
    (d,) = session.disclosures_of(note_id)
    assert d.source == SEVERAL and d.revision == 2  # revision 1 is the empty note "New note" made
    assert [(c.who, c.given_by, c.manner, c.witness) for c in d.consents] == [
        ("party:p1", "", ConsentManner.IN_WRITING, "Dr Lin Wai-man"),
        ("party:p2", "Counsel 2", ConsentManner.IN_WRITING, "Dr Lin Wai-man"),
        ("party:p3", "", ConsentManner.IN_WRITING, "Dr Lin Wai-man")]

    dialog = _open_dialog(qtbot, ws)
    row = dialog.history.topLevelItem(0)
    assert row.text(1) == "revision 2"
    assert row.text(3) == (f"{p1.name}, {p2.name} (Counsel 2), {p3.name} · In writing · witnessed by Dr Lin Wai-man"
                           " · came from several parties")
    dialog.reject()


def test_manner_and_witness_of_a_caucus_disclosure_reach_the_record(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    p1, p2 = session.case.parties[:2]
    note_id = type_note(qtbot, ws, p1.channel, "Offer", mark("offer"))
    dialog = _open_dialog(qtbot, ws)
    assert not dialog.source_buttons[p1.id].isVisible()  # a caucus note's source is its party
    assert dialog.manner_witness.manner() is ConsentManner.SAID_IN_CAUCUS
    witnesses = dialog.manner_witness.witness_combo
    assert [witnesses.itemText(i) for i in range(witnesses.count())] == [
        "Counsel 1", "Counsel 2", "Counsel 3", "Dr Lin Wai-man"]
    dialog.choose_target(Audience.party(p2.id))
    dialog.consent_boxes["party:p1"].click()
    dialog.manner_witness.set_manner(ConsentManner.SIGNED_ON_SCREEN)
    witnesses.setCurrentIndex(witnesses.findText("Counsel 2"))
    _disclose(qtbot, dialog)
    (consent,) = session.disclosures_of(note_id)[0].consents
    assert (consent.manner, consent.witness) == (ConsentManner.SIGNED_ON_SCREEN, "Counsel 2")
    (event,) = session.audit_events("disclosure.")
    assert event.detail["consents"] == [{"who": "party:p1", "given_by": "", "manner": "signed-on-screen",
                                         "witness": "Counsel 2"}]


def test_the_mediator_sees_which_revision_each_audience_sees(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.CONSENT)
    ws = workspace_factory(session)
    p1, p2 = session.case.parties[:2]
    editor = ws.notes.editor
    note_id = type_note(qtbot, ws, p1.channel, "Figure", "A can accept 5M")  # revision 2 (1: the empty new note)
    session.disclose(note_id, Audience.party(p2.id), ["party:p1"])
    ws.notes.reload()
    assert f"Disclosed to {p2.name}" in ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert editor.disclosure_label.isVisible() and editor.disclosure_label.text() == f"Disclosed to {p2.name}"

    type_text(qtbot, editor.body_edit, " - bottom line 3M")
    assert ws.save_pending()
    assert editor.status_label.text() == "Saved — this edit is not disclosed"
    assert editor.status_label.toolTip() == f"{p2.name} still sees revision 2."
    behind = (f"Disclosed to {p2.name}: revision 2 of 3 — later edits stay in this caucus until you disclose the "
              "note again.")
    assert editor.disclosure_label.text() == behind
    assert session.note(note_id, Audience.party(p2.id)).body == "A can accept 5M"
    type_text(qtbot, editor.body_edit, ", never tell B")
    assert ws.save_pending()
    assert editor.status_label.text() == "Saved"  # said once, when the note moved past what was disclosed
    assert editor.disclosure_label.text() == behind.replace("2 of 3", "2 of 4")
    detail = ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Disclosed to {p2.name}: revision 2 of 4" in detail
    assert ws.notes.model.index(0).data(DISCLOSED_ROLE) == f"Disclosed to {p2.name}: revision 2 of 4"

    dialog = _open_dialog(qtbot, ws)
    assert dialog.revision_label.text() == "Discloses revision 4 — the text as it is now."
    dialog.choose_target(Audience.party(p2.id))
    assert dialog.revision_label.text() == ("Discloses revision 4 — the text as it is now. "
                                            f"{p2.name} sees revision 2 until this disclosure is recorded.")
    dialog.choose_target(Audience.joint())
    assert dialog.revision_label.text() == "Discloses revision 4 — the text as it is now."
    assert dialog.history.topLevelItem(0).text(1) == "revision 2"
    dialog.choose_target(Audience.party(p2.id))
    dialog.consent_boxes["party:p1"].click()
    _disclose(qtbot, dialog)
    assert not dialog.isVisible()
    assert session.note(note_id, Audience.party(p2.id)).body == "A can accept 5M - bottom line 3M, never tell B"
    detail = ws.notes.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Disclosed to {p2.name}" in detail and "revision" not in detail
    assert editor.disclosure_label.text() == f"Disclosed to {p2.name}"  # the workspace redrew the open note

    dialog = _open_dialog(qtbot, ws)
    dialog.choose_target(Audience.party(p2.id))
    assert dialog.revision_label.text().endswith(f"{p2.name} already sees this revision.")
    assert [dialog.history.topLevelItem(i).text(1) for i in range(2)] == ["revision 2", "revision 4"]
    dialog.reject()
