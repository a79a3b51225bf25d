"""Signatories…, driven by keys on a real case: what is typed is what the reopened case file holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from iomed_desk.core.model import Signatory
from iomed_desk.gui.main_window import MainWindow
from iomed_desk.gui.signatories_dialog import SignatoriesDialog
from tests.gui.conftest import make_case, open_case

pytest_plugins = ("tests.gui.workspace_fixtures",)

ALT = Qt.KeyboardModifier.AltModifier
MINISTER = ("Dr Ines Calder", "Minister of Foreign Affairs", "Full powers dated 1 December 2026")
DIRECTOR = ("Rui Matos", "Director", "Board resolution of 28 November 2026")


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def alt(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+key, a button's mnemonic: the button clicks itself a moment later (QAbstractButton.animateClick)."""
    qtbot.keyClick(focused(), key, ALT)
    qtbot.wait(250)


def open_from_overview(qtbot, workspace, party_index: int) -> SignatoriesDialog:  # type: ignore[no-untyped-def]
    """Click the party's "Signatories…" button on the case overview."""
    workspace.navigate("overview")
    grid = workspace.overview.parties_grid
    button = grid.itemAtPosition(party_index, 4).widget()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = workspace.overview._dialogs[-1]
    assert isinstance(dialog, SignatoriesDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_signatory(qtbot, dialog: SignatoriesDialog, values: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    """Alt+A, then name, Tab, capacity, Tab, authority: all into whatever has the focus."""
    alt(qtbot, Qt.Key.Key_A)
    assert focused() in (dialog.name, dialog.name.lineEdit())
    for i, value in enumerate(values):
        if i:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), value)


def test_two_signatories_typed_by_keyboard_are_in_the_reopened_case(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    party = session.case.parties[1]
    workspace = workspace_factory(session)
    dialog = open_from_overview(qtbot, workspace, 1)
    assert dialog.party.currentData() == party.id and dialog.table.rowCount() == 0
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == list(party.representatives)

    type_signatory(qtbot, dialog, MINISTER)
    assert focused() is dialog.authority
    type_signatory(qtbot, dialog, DIRECTOR)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == MINISTER[1] and dialog.table.item(1, 2).text() == DIRECTOR[2]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "Signs: Dr Ines Calder, Minister of Foreign Affairs" in \
        workspace.overview.parties_grid.itemAtPosition(1, 2).widget().text()
    again = case_factory.reopen(session)
    assert again.case.party(party.id).signatories == (Signatory(*MINISTER), Signatory(*DIRECTOR))
    assert "Dr Ines Calder" in again.case.party(party.id).representatives
    events = list(again.audit_events("party.signatories"))
    assert len(events) == 1


def test_reordering_and_picking_a_representative(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    party = session.case.parties[0]
    workspace = workspace_factory(session)
    dialog = open_from_overview(qtbot, workspace, 0)
    type_signatory(qtbot, dialog, DIRECTOR)
    alt(qtbot, Qt.Key.Key_A)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Down)  # the party's own representative, from the list
    assert dialog.name.currentText() == party.representatives[0]
    alt(qtbot, Qt.Key.Key_U)  # Move up
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [s.name for s in session.case.party(party.id).signatories] == [party.representatives[0], DIRECTOR[0]]


def test_a_capacity_without_a_name_is_refused_and_nothing_is_recorded(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory()
    workspace = workspace_factory(session)
    dialog = open_from_overview(qtbot, workspace, 0)
    alt(qtbot, Qt.Key.Key_A)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Director")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    message = dialog.error.text()
    assert message and "\n" not in message and "name must not be empty" in message
    assert session.case.parties[0].signatories == ()
    assert list(session.audit_events("party.signatories")) == []


def test_the_case_menu_offers_signatories_and_the_place(qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    case_menu = window.menus.menus["case"]
    names = [a.text() for a in case_menu.actions()]
    assert "Signatories…" in names and "Place and time zone…" in names
    assert not any(a.isEnabled() for a in case_menu.actions() if a.text() in ("Signatories…", "Place and time zone…"))
    open_case(window, make_case(tmp_path / "case.iomed"))
    actions = {a.text().replace("&", ""): a for a in case_menu.actions()}
    assert actions["Signatories…"].isEnabled() and actions["Place and time zone…"].isEnabled()
    actions["Signatories…"].trigger()
    dialog = window.findChild(SignatoriesDialog)
    assert dialog is not None and dialog.isVisible()
    window.lock()
    assert not dialog.isVisible(), "locking closes the dialog"
