"""Issue 14: the core flow with the keyboard only, and what the walk found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_the_search_banner_says_whose_view_the_results_are(qtbot, case_factory, workspace_factory) -> None:
    """Searching as a party, the banner names that party (in its colour), not "every channel"."""
    session = case_factory()
    p1, p2, _p3 = session.case.parties
    word = mark("berth").lower()
    session.take_note(p1.channel, "Caucus note", f"The {word} question.")
    ws = workspace_factory(session)
    panel = ws.search_panel
    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.keyClicks(ws.search_field, word)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    assert ws.banner.text().startswith("Search results from every channel")
    qtbot.keyClick(ws, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
    assert ws.banner.text() == f"Search results as {p1.name} would see them"
    assert ws.banner.colour() == p1.colour and "every channel" not in ws.banner.accessibleDescription()
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
    assert ws.banner.text() == f"Search results as {p2.name} would see them" and ws.banner.colour() == p2.colour
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_End)
    assert ws.banner.text().startswith("Search results as the joint screen would show them")
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Home)
    assert ws.banner.text().startswith("Search results from every channel")
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)


def test_enter_on_a_start_page_card_opens_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The start page's focused button answers Enter, as buttons in dialogs do (Space was the only key)."""
    from iomed_desk.gui.new_case_wizard import NewCaseWizard

    with qtbot.waitActive(window):
        window.activateWindow()
    assert QApplication.focusWidget() is window.start_page.new_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    flush_events()
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, NewCaseWizard) and wizard.isVisible()
    assert QApplication.focusWidget() is wizard.case_page.reference
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not wizard.isVisible()
