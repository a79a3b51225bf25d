"""Disclosing an exhibit from the Exhibits tab (issue 18, GUI loose ends item 1): Ctrl+Shift+D or the
Disclose… button opens the disclosure dialog for the chosen exhibit; what it records names the file
revision, the exhibit then shows on the Joint channel (disclosed to all) and its text is found by the
joint audience's search; disclosed to one party it reaches that party only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark, open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _exhibits_tab(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    """Click the channel view's Exhibits tab."""
    tabs = ws.notes.tabs
    bar = tabs.tabBar()
    index = tabs.indexOf(ws.exhibits)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is ws.exhibits


def _choose_row(qtbot, ws, label: str) -> None:  # type: ignore[no-untyped-def]
    table, model = ws.exhibits.table, ws.exhibits.model
    row = next(r for r, (x, _a) in enumerate(model.rows) if x.label == label)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.exhibits.current_id() == model.rows[row][0].id


def _dialog(qtbot) -> DisclosureDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DisclosureDialog))
    return QApplication.activeModalWidget()


def _consent_and_disclose(qtbot, dialog: DisclosureDialog, target: Audience) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.target_buttons[str(target)], Qt.MouseButton.LeftButton)
    for box in dialog.consent_boxes.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.disclose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _labels(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [x.label for x, _a in ws.exhibits.model.rows]


def test_disclose_an_exhibit_to_all_and_to_one_party(qtbot, case_factory, workspace_factory,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    session = case_factory(RuleSetName.CONSENT)
    p1, p2, p3 = session.case.parties
    desk = exhibits_desk(session)
    to_all_word, to_p2_word = mark("survey"), mark("valuation")
    for name, word in (("survey.txt", to_all_word), ("valuation.txt", to_p2_word)):
        (tmp_path / name).write_text(f"Quay wall survey {word}\n")
    desk.import_file(tmp_path / "survey.txt", p1.channel, label="C-1")
    desk.import_file(tmp_path / "valuation.txt", p1.channel, label="C-2")
    # a second file revision of C-1: the disclosure names the revision as it is now (2), not the first
    (tmp_path / "survey2.txt").write_text(f"Quay wall survey, corrected {to_all_word}\n")
    survey = next(x for x in desk.exhibits_in(p1.channel) if x.label == "C-1")
    desk.revise(survey.id, tmp_path / "survey2.txt")
    assert session.search(to_all_word, Audience.joint()) == []  # the firewall holds before the disclosure

    ws = workspace_factory(session)
    open_channel(qtbot, ws, p1.channel)
    _exhibits_tab(qtbot, ws)
    assert not ws.exhibits.disclose_button.isEnabled()  # nothing chosen yet
    _choose_row(qtbot, ws, "C-1")
    assert ws.exhibits.disclose_button.isEnabled()

    # Ctrl+Shift+D with the exhibit chosen: its dialog, not a note's
    qtbot.keyClick(ws.exhibits.table, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Disclose an exhibit"
    assert list(dialog.consent_boxes) == [str(p1.channel)]
    assert "file revision 2 (survey2.txt" in dialog.revision_label.text()
    _consent_and_disclose(qtbot, dialog, Audience.joint())

    (d,) = session.disclosures_of(survey.id)
    assert d.target == Audience.joint() and d.revision == 2 and d.item_channel == p1.channel
    assert [h.item_id for h in session.search(to_all_word, Audience.joint())] == [survey.id]
    assert [h.item_id for h in session.search(to_all_word, Audience.party(p3.id))] == [survey.id]

    # C-2 to the second party only, by the button
    _choose_row(qtbot, ws, "C-2")
    qtbot.mouseClick(ws.exhibits.disclose_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    _consent_and_disclose(qtbot, dialog, Audience.party(p2.id))
    valuation = next(x for x in desk.exhibits_in(p1.channel) if x.label == "C-2")
    (d2,) = session.disclosures_of(valuation.id)
    assert d2.target == Audience.party(p2.id) and d2.revision == 1

    assert {x.label for x in desk.visible(Audience.party(p2.id))} == {"C-1", "C-2"}
    assert {x.label for x in desk.visible(Audience.party(p3.id))} == {"C-1"}
    assert {x.label for x in desk.visible(Audience.joint())} == {"C-1"}
    assert session.search(to_p2_word, Audience.party(p3.id)) == []
    assert [h.item_id for h in session.search(to_p2_word, Audience.party(p2.id))] == [valuation.id]

    # the Joint channel's exhibits: C-1 (as disclosed, revision 2), not C-2
    open_channel(qtbot, ws, Channel.joint())
    flush_events()
    assert _labels(ws) == ["C-1"]
    (shown, audience), = ws.exhibits.model.rows
    assert audience == Audience.joint() and shown.revision == 2
    # and there it cannot be disclosed again (every party sees it): button and shortcut off
    _exhibits_tab(qtbot, ws)
    _choose_row(qtbot, ws, "C-1")
    assert not ws.exhibits.disclose_button.isEnabled()
    assert not ws.menu_actions()["note.disclose"].isEnabled()


def test_lock_wipes_an_open_exhibit_disclosure(qtbot, case_factory, workspace_factory,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    session = case_factory(RuleSetName.CONSENT)
    p1 = session.case.parties[0]
    (tmp_path / "memo.txt").write_text("memo")
    exhibits_desk(session).import_file(tmp_path / "memo.txt", p1.channel, label="R-7")
    ws = workspace_factory(session)
    open_channel(qtbot, ws, p1.channel)
    _exhibits_tab(qtbot, ws)
    _choose_row(qtbot, ws, "R-7")
    qtbot.mouseClick(ws.exhibits.disclose_button, Qt.MouseButton.LeftButton)
    assert isinstance(_dialog(qtbot), DisclosureDialog)
    ws.prepare_lock()
    flush_events()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, DisclosureDialog) and w.isVisible()]
    assert session.disclosures_of(exhibits_desk(session).exhibits_in(p1.channel)[0].id) == []
