"""Positions without one dialog per party per clause (issue 14, item 9): "Accept all remaining…" records, for
the party of the chosen column, acceptance of every clause of the version it has not yet taken a position
on, each audited as a position recorded one by one is; positions already taken stay as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iomed_desk.core.channels import Audience
from iomed_desk.core.tabling import Stance
from iomed_desk.gui import messages
from iomed_desk.gui.drafting import DraftsPage
from iomed_desk.gui.drafting.positions_matrix import PARTY_ROLE
from tests.filled_text import filled
from tests.gui.test_concluded_read_only import click, click_tab, open_page

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_one_click_accepts_the_rest_for_one_party(qtbot, case_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id
    desk.save_working(draft_id, filled(desk.working_clauses(draft_id)))
    desk.save_version(draft_id, "For the parties")
    desk.table(draft_id, 1, Audience.joint())
    clauses = desk.version(draft_id, 1).clauses
    assert len(clauses) >= 3
    p1, p2 = session.case.parties[0], session.case.parties[1]
    desk.record_position(draft_id, 1, p1.id, clauses[0].id, Stance.REJECT, "Not this")
    before = len(session.audit_events("position.record"))

    page: DraftsPage = open_page(qtbot, session)
    click_tab(qtbot, page, page.positions)
    panel = page.positions
    column = next(c for c in range(1, panel.model.columnCount())
                  if panel.model.index(0, c).data(PARTY_ROLE) == p1.id)
    cell = panel.matrix.visualRect(panel.model.index(1, column)).center()
    qtbot.mouseClick(panel.matrix.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert p1.name in panel.accept_rest_button.text() or p1.name in panel.accept_rest_button.toolTip()
    messages.set_next_answer(messages.Button.Yes)
    click(qtbot, panel.accept_rest_button)

    matrix = desk.position_matrix(draft_id, 1)
    assert matrix[(p1.id, clauses[0].id)].stance is Stance.REJECT, "a position already taken stays"
    assert all(matrix[(p1.id, c.id)].stance is Stance.ACCEPT for c in clauses[1:])
    assert all(matrix[(p2.id, c.id)] is None for c in clauses), "only the chosen party"
    events = session.audit_events("position.record")
    assert len(events) == before + len(clauses) - 1, "audited one by one, as positions are"
    assert any(p1.name in str(q) for q in messages.shown), "the question named the party"
