"""Issue 14, item 9's smaller faults, each driven as a person would and checked on what they see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QColorDialog, QWidget

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from iomed_desk.gui.notes_page import DISCLOSED_ROLE, ID_ROLE
from tests.gui.conftest import flush_events, open_case
from tests.gui.workspace_fixtures import mark, open_channel, texts_of, type_note

pytest_plugins = ("tests.gui.workspace_fixtures",)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def platform_title(title: str) -> str:
    """What the window manager shows: Qt appends " — <display name>" unless the title already ends with it
    (QPlatformWindow::formatWindowTitle, used by the xcb and Windows platforms)."""
    name = QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} \u2014 {name}"


def test_the_projector_window_names_the_application_once(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    open_case(window, case_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    flush_events()
    screen = window.workspace.joint_screen
    assert screen is not None and screen.isVisible()
    shown = platform_title(screen.windowTitle())
    assert shown.count("IOMed Desk") == 1 and "oint screen" in shown, shown
    assert platform_title(window.windowTitle()).count("IOMed Desk") == 1


def test_a_refusal_names_the_rule_set_as_people_know_it(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    """The Disclose button on a Hong Kong case with consents missing: the refusal says which law, not "hong-kong"."""
    session = case_factory(RuleSetName.HONG_KONG)
    ws = workspace_factory(session)
    party = session.case.parties[0]
    type_note(qtbot, ws, party.channel, "Cabinet timetable", mark("hk"))
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = next(d for d in ws.findChildren(DisclosureDialog) if d.isVisible())
    dialog.choose_target(Audience.joint())
    qtbot.mouseClick(dialog.disclose_button, Qt.MouseButton.LeftButton)
    refusal = dialog.error_label.text()
    assert "Consent missing" in refusal and "Mediation Ordinance (Cap. 620)" in refusal
    assert not any(name.value in refusal for name in RuleSetName), refusal
    dialog.reject()


def _tab_chain(qtbot, start: QWidget, stop: QWidget, limit: int = 40) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Where the keyboard goes from `start`, Tab after Tab, until `stop`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
        if chain[-1] is stop:
            return chain
    raise AssertionError(f"Tab never reached {stop!r}: {[type(w).__name__ for w in chain]}")


def test_the_people_page_goes_in_reading_order_and_the_colour_is_reachable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+N, then through the People page by Tab: co-mediator, then each party's row (its colour
    too), then Add party; Space on a colour opens the picker, and its choice becomes the party's colour."""
    from tests.gui.test_wizard import _fill_first_pages, _wizard

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    wizard = _wizard()
    _fill_first_pages(qtbot, wizard, "People by keyboard")
    people = wizard.people_page
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.keyClick(people.add_button, Qt.Key.Key_Space)  # a third party, added by keyboard
    assert len(people.rows) == 3
    flush_events()
    chain = _tab_chain(qtbot, people.co_mediator, people.add_button)
    expected = [people.co_mediator]
    for row in people.rows:
        expected += [row.name, row.kind, row.representatives, row.colour]
    rows_in_chain = [w for w in chain if w is not people.rows[0].remove and w not in
                     (r.remove for r in people.rows)]
    assert rows_in_chain[:len(expected)] == expected and chain[-1] is people.add_button

    swatch = people.rows[1].colour
    swatch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(swatch, Qt.Key.Key_Space)
    picker = next(d for d in swatch.findChildren(QColorDialog) if d.isVisible())
    picker.setCurrentColor(QColor("#123456"))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert swatch.colour == "#123456" and not picker.isVisible()
    wizard.reject()


def test_the_joint_channel_lists_what_was_disclosed_to_all_with_its_source(qtbot, case_factory,  # type: ignore[no-untyped-def]
                                                                           workspace_factory) -> None:
    """A caucus note disclosed to all parties appears in the Joint channel's list, marked as disclosed and
    from which caucus; opened there it shows the revision consented to, read-only, never later edits."""
    session = case_factory()
    ws = workspace_factory(session)
    party, other = session.case.parties[0], session.case.parties[1]
    agreed, later = mark("agreed"), mark("later")
    note_id = type_note(qtbot, ws, party.channel, "Phasing of the works", agreed)
    private_id = type_note(qtbot, ws, other.channel, "Bottom line", mark("private"))
    ws.apply_change(session.disclose(note_id, Audience.joint(), ["party:p1"], given_by={"party:p1": "Counsel 1"}))
    ws.notes.editor.body_edit.setFocus()
    qtbot.keyClicks(ws.notes.editor.body_edit, later)  # a later edit stays in the caucus
    assert ws.save_pending()

    open_channel(qtbot, ws, Channel.joint())
    model = ws.notes.model
    ids = [model.index(r).data(ID_ROLE) for r in range(model.rowCount())]
    assert note_id in ids and private_id not in ids
    row = ids.index(note_id)
    marked = model.index(row).data(DISCLOSED_ROLE)
    assert party.name in marked and "all parties" in marked.lower(), marked

    rect = ws.notes.list_view.visualRect(model.index(row))
    qtbot.mouseClick(ws.notes.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = " ".join(texts_of(ws.notes))
    assert agreed in shown and later not in shown
    assert ws.notes.editor_stack.currentWidget() is not ws.notes.editor, "read-only, not the caucus editor"
    assert ws.current_channel() == Channel.joint() and not ws.menu_actions()["note.disclose"].isEnabled()


class _PlaceCatalogue(QTranslator):
    """Stands in for the zh_HK catalogue's entry for the seat (the catalogues are updated in a later pass)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str | None:
        return "香港" if (context, source) == ("Places", "Hong Kong") else None  # None: not translated here

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def test_the_seat_is_named_in_the_interface_language(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    """The overview of a case seated in Hong Kong (the place a new case gets) names it through the
    interface's catalogue, not as the English word stored in the case."""
    catalogue = _PlaceCatalogue()
    QCoreApplication.installTranslator(catalogue)
    try:
        open_case(window, case_file)
        window.workspace.navigate("overview")
        shown = " ".join(texts_of(window.workspace.overview))
        assert "香港" in shown and "Hong Kong" not in shown.replace("Hong Kong Mediation Ordinance", "")
    finally:
        QCoreApplication.removeTranslator(catalogue)
