"""Tab order with a case open (GUI loose ends, item 4): the search field sits above the sidebar, so Tab
reaches it right before the sidebar, never in the middle of a page (it was between the overview's
"Change…" and the next button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.core.model import RuleSetName

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_tab_reaches_the_search_field_just_before_the_sidebar(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_factory(case_factory(RuleSetName.HONG_KONG))
    ws.window().activateWindow()
    ws.overview.seat_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.overview.seat_button)
    chain = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
        if chain[-1] is ws.overview.seat_button:
            break
    assert ws.search_field in chain and ws.sidebar in chain
    at = chain.index(ws.search_field)
    assert chain[at + 1] is ws.sidebar, [type(w).__name__ + ":" + w.objectName() for w in chain]
    # and from the sidebar backwards, Shift+Tab lands on the search field
    ws.sidebar.setFocus()
    qtbot.keyClick(ws.sidebar, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is ws.search_field
