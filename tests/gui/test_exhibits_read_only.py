"""After the termination the Exhibits panel takes no import (GUI loose ends, item 2): its button and
File > Import exhibit… are off and say why, and files dropped on the channel are refused with the reason
(no label dialog opens); viewing stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QDialog

from iomed_desk.app import process_record as pr
from iomed_desk.core.process import Outcome
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
