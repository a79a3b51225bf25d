"""The start page: its buttons, the demo case, and recent cases (never in secure-room mode)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.gui import messages, start_window
from iomed_desk.gui.settings import RECENT_CASES, SECURE_ROOM, Settings
from iomed_desk.gui.start_window import DEMO_PASSPHRASE, demo_case_path
from iomed_desk.gui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_HOME
from tests.gui.conftest import open_case


def _unlock_dialog() -> UnlockDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_start_page_offers_the_three_ways_in(window) -> None:
    page = window.start_page
    assert window.stack.currentWidget() is page
    assert [b.text() for b in (page.new_button, page.open_button, page.demo_button)] == [
        "New case…", "Open case…", "Open the demo case"]
    for button in (page.new_button, page.open_button, page.demo_button, page.recent_list):
        assert button.accessibleName()
    assert DEMO_PASSPHRASE in page.demo_card.description.text()
    assert page.recent_empty.isVisible() and not page.recent_list.isVisible()


def test_keyboard_reaches_every_button_in_order(qtbot, window) -> None:
    page = window.start_page
    page.new_button.setFocus()
    order = [page.new_button]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.new_button, page.open_button, page.demo_button]


def test_demo_case_is_created_on_first_use_then_unlocked(qtbot, window) -> None:
    demo = demo_case_path()
    assert str(demo).startswith(str(TEST_HOME))
    demo.unlink(missing_ok=True)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert not window.start_page.demo_button.isEnabled()  # being written on a worker
    qtbot.waitUntil(lambda: any(isinstance(w, UnlockDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    assert demo.exists() and window.start_page.demo_button.isEnabled()
    dialog = _unlock_dialog()
    assert DEMO_PASSPHRASE in dialog.panel.hint.text()
    qtbot.keyClicks(dialog.panel.field, DEMO_PASSPHRASE)
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.session.path == demo

    window.close_case()  # a second time, the existing demo file is opened directly
    window.open_demo()
    assert _unlock_dialog().panel.path == demo
    _unlock_dialog().reject()


def test_without_the_demo_module_the_button_says_so(qtbot, window, monkeypatch) -> None:
    demo_case_path().unlink(missing_ok=True)
    monkeypatch.setattr(start_window, "demo_writer", lambda: None)
    monkeypatch.setattr("iomed_desk.gui.main_window.demo_writer", lambda: None)
    messages.set_next_answer(messages.Button.Ok)
    window.open_demo()
    assert messages.shown[-1][0] == "info" and "demo case is not part" in messages.shown[-1][2]


def test_recent_cases_are_paths_and_open_the_unlock_dialog(qtbot, window, settings: Settings,
                                                          case_file: Path) -> None:
    open_case(window, case_file)
    window.close_case()
    page = window.start_page
    assert page.recent_paths() == [str(case_file.resolve())]
    assert settings.get(RECENT_CASES) == [str(case_file.resolve())]
    assert page.recent_list.isVisible()
    item = page.recent_list.item(0)
    assert case_file.name in item.text() and item.toolTip() == str(case_file.resolve())
    page.recent_list.itemActivated.emit(item)
    assert _unlock_dialog().panel.path == case_file.resolve()
    _unlock_dialog().reject()


def test_secure_room_keeps_no_recent_cases(qtbot, window, settings: Settings, case_file: Path) -> None:
    settings.set(RECENT_CASES, ["/somewhere/else.iomed"])
    settings.set(SECURE_ROOM, True)
    window.start_page.refresh()
    page = window.start_page
    assert not page.recent_list.isVisible() and not page.recent_heading.isVisible()
    assert page.secure_note.isVisible()
    assert page.recent_paths() == []
    open_case(window, case_file)
    window.close_case()
    assert settings.get(RECENT_CASES) == ["/somewhere/else.iomed"]  # nothing added
    assert page.recent_paths() == []
