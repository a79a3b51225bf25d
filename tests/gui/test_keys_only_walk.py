"""Issue 14: the core flow with the keyboard only, and what the walk found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


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


def test_tab_goes_from_the_audience_to_each_consent_in_the_disclosure_dialog(  # type: ignore[no-untyped-def]
        qtbot, case_factory, workspace_factory) -> None:
    """The consent rows are built after the dialog's other fields; Tab still reaches them right after the
    audience (they used to come after Cancel, so Tab skipped from the audience to "How given")."""
    session = case_factory(RuleSetName.HONG_KONG, parties=2)
    p1 = session.case.parties[0]
    note_id = session.take_note(p1.channel, "Caucus note", "Text").created_id
    ws = workspace_factory(session)
    ws.navigate(str(p1.channel), note_id)
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_D, CTRL | SHIFT)
    flush_events()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DisclosureDialog)
    assert QApplication.focusWidget() is dialog.target_buttons["joint"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    visited = []
    for _ in range(len(dialog.consent_boxes) * 2 + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    rows = [w for who in dialog.consent_boxes for w in (dialog.consent_boxes[who], dialog.given_by[who])]
    assert len(rows) == 6  # Cap. 620: both parties and the mediator
    assert visited == [*rows, dialog.manner_witness.manner_combo]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
