"""After the termination the Exhibits panel takes no import (GUI loose ends, item 2): its button and
File > Import exhibit… are off and say why, and files dropped on the channel are refused with the reason
(no label dialog opens); viewing stays. Nor a new revision or a deletion: buttons, context menu, Alt+R
and the Delete key do nothing, and say why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog

from iomed_desk.app import process_record as pr
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.process import Outcome
from iomed_desk.gui import messages
from tests.gui.conftest import flush_events
from tests.gui.test_exhibits import drop

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_a_terminated_case_takes_no_exhibit(qtbot, case_factory, workspace_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    pr.record_agreement_to_mediate(session, "paper")
    pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    ws = workspace_factory(session)
    ws.navigate(str(session.case.parties[0].channel))
    flush_events()
    panel = ws.exhibits
    for widget in (panel.import_button, panel.import_action, ws.menu_actions()["exhibit.import"]):
        assert not widget.isEnabled() and "read-only" in widget.toolTip(), widget
    said: list[str] = []
    panel.status_message.connect(said.append)
    exhibit = tmp_path / "letter.txt"
    exhibit.write_text("a late letter")
    drop(qtbot, ws.notes, [QUrl.fromLocalFile(str(exhibit))])
    flush_events()
    assert said and "read-only" in said[-1]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert panel.choose_files() is None and ws.import_exhibits() is None
    assert panel.model.rowCount() == 0


def test_a_terminated_case_revises_and_deletes_no_exhibit(qtbot, case_factory, workspace_factory,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    session = case_factory()
    channel = session.case.parties[0].channel
    (tmp_path / "survey.txt").write_text("the quay wall survey")
    exhibit_id = exhibits_desk(session).import_file(tmp_path / "survey.txt", channel, label="C-1").created_id
    pr.record_agreement_to_mediate(session, "paper")
    pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    ws = workspace_factory(session)
    ws.navigate(str(channel))
    ws.notes.tabs.setCurrentWidget(ws.exhibits)
    flush_events()
    panel = ws.exhibits
    table = panel.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.model.index(0, 0)).center())
    assert panel.current_id() == exhibit_id and panel.export_button.isEnabled()  # viewing and exporting stay
    for widget in (panel.revise_button, panel.revise_action, panel.delete_button, panel.delete_action):
        assert not widget.isEnabled() and "read-only" in widget.toolTip(), widget
    said: list[str] = []
    panel.status_message.connect(said.append)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    flush_events()
    assert not messages.shown
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert panel.choose_revision() is None and panel.revise_from(exhibit_id, tmp_path / "survey.txt") is None
    panel.delete()
    assert said and all("read-only" in s for s in said)
    assert [f.number for f in exhibits_desk(session).revisions(exhibit_id)] == [1]
