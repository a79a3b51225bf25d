"""After the termination the Drafts and Offers pages take no writes (GUI loose ends, item 2): new draft,
the clause text, save version, table, record position, accept the rest, conclude; new issue, record offer,
agree a check and start a round are off, each saying why; a click or a key on them opens nothing. The
same case before the termination has them on (so the test sees the difference the termination makes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from iomed_desk.app import process_record as pr
from iomed_desk.app.offers import offers_desk
from iomed_desk.core.channels import Audience
from iomed_desk.core.process import Outcome
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import open_channel

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _story(session) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A draft with a version tabled to all, and an issue with a check agreed: what the pages act on."""
    change = session.drafting.new_draft("Settlement Agreement")
    draft_id = change.created_id
    session.drafting.save_version(draft_id, "first")
    session.drafting.table(draft_id, 1, Audience.joint())
    desk = offers_desk(session)
    issue_id = desk.add_issue("Compensation", "amount", "USD").created_id
    p1, p2 = session.case.parties[:2]
    desk.start_check(issue_id, p1.id, p2.id, "outcome", 2)
    return draft_id, issue_id


def _show(qtbot, ws, key: str):  # type: ignore[no-untyped-def]
    """Click the page's sidebar entry; the page once built."""
    rect = ws.sidebar.visualItemRect(ws.sidebar.item_for(key))
    qtbot.mouseClick(ws.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.page == key
    page = getattr(ws, key).ensure()
    flush_events()
    return page


def _modal_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.parametrize("terminated", [False, True])
def test_drafts_and_offers_after_the_termination(qtbot, case_factory, workspace_factory,  # type: ignore[no-untyped-def]
                                                 terminated: bool) -> None:
    session = case_factory()
    draft_id, _issue_id = _story(session)
    if terminated:
        pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    ws = workspace_factory(session)
    open_channel(qtbot, ws, session.case.parties[0].channel)

    drafts = _show(qtbot, ws, "drafts")
    editor, positions = drafts.editor, drafts.positions
    main = (drafts.new_button, editor.save_button, editor.add_button, drafts.history.table_button,
            positions.table_button, positions.record_button)
    if not terminated:
        assert all(w.isEnabled() for w in main), [w.text() for w in main if not w.isEnabled()]
        assert not editor.is_final
    else:
        for widget in drafts.write_buttons():
            assert not widget.isEnabled() and "read-only" in widget.toolTip(), widget.text()
        assert editor.is_final and "read-only" in editor.read_only_notice.text()
        # keys and clicks open nothing and write nothing
        before = session.drafting.working_clauses(draft_id)
        editor.list_view.setFocus()
        qtbot.keyClick(editor.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)  # Add a blank clause
        for widget in main:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        drafts.tabs.setCurrentWidget(positions)
        positions.matrix.setFocus()
        positions.matrix.setCurrentIndex(positions.model.index(0, 1))
        qtbot.keyClick(positions.matrix, Qt.Key.Key_Return)  # Enter on a cell records a position elsewhere
        flush_events()
        assert not _modal_dialogs() and drafts.dialog is None
        assert session.drafting.working_clauses(draft_id) == before
        assert drafts.new_draft() is None and drafts.save_version() is None and drafts.table(1) is None
        assert drafts.record_position(1) is None and drafts.conclude(1) is None and drafts.reopen() is None

    offers = _show(qtbot, ws, "offers")
    check = offers.check_panel
    buttons = (offers.new_issue_button, offers.record_button, check.agree_button, check.round_button)
    if not terminated:
        assert all(b.isEnabled() for b in (offers.new_issue_button, offers.record_button, check.round_button))
        return
    for button in buttons:
        assert not button.isEnabled() and "read-only" in button.toolTip(), button.text()
    assert offers.export_button.isEnabled()  # the ledger's PDF stays
    offers.issue_combo.setFocus()
    for keys in ("n", "r", "a"):  # the buttons' Alt mnemonics: &New issue…, &Record offer…, &Agree a check…
        qtbot.keyClick(offers, keys, Qt.KeyboardModifier.AltModifier)
    for button in buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    flush_events()
    assert not _modal_dialogs()
    assert offers.record_offer() is None
    assert offers_desk(session).round_in_progress is None
