"""Creating a case through the wizard by typing into its real fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from iomed_desk.app.opening import unlock
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName
from iomed_desk.gui.new_case_wizard import NewCaseWizard, file_name_for
from iomed_desk.gui.settings import SECURE_ROOM, Settings
from iomed_desk.store import remember
from iomed_desk.store.keys import derive_key
from tests.gui.conftest import marker
from tests.gui.threads import ThreadSpy

NEW_PASSPHRASE = "quiet harbour at dawn"


def _wizard() -> NewCaseWizard:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseWizard) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def _next(qtbot, wizard: NewCaseWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_first_pages(qtbot, wizard: NewCaseWizard, title: str) -> None:  # type: ignore[no-untyped-def]
    page = wizard.case_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # reference and title are required
    qtbot.keyClicks(page.reference, "IOMed/2026/101")
    qtbot.keyClicks(page.title, title)
    page.kind.setCurrentIndex(page.kind.findData(CaseKind.INVESTMENT.value))
    page.second_language.setCurrentIndex(page.second_language.findData("zh-Hant"))
    _next(qtbot, wizard)
    rules = wizard.rules_page
    hong_kong = rules.buttons[RuleSetName.HONG_KONG]
    qtbot.mouseClick(hong_kong, Qt.MouseButton.LeftButton, pos=QPoint(8, hong_kong.height() // 2))
    assert rules.rule_set() is RuleSetName.HONG_KONG
    _next(qtbot, wizard)


def _fill_people(qtbot, wizard: NewCaseWizard, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    people = wizard.people_page
    qtbot.keyClicks(people.mediator, "Dr Lin Wai-man")
    while len(people.rows) < len(names):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    for row, name in zip(people.rows, names, strict=True):
        qtbot.keyClicks(row.name, name)
    qtbot.keyClicks(people.rows[0].representatives, "Ms Q. Counsel; Mr R. Agent")
    people.rows[1].kind.setCurrentIndex(people.rows[1].kind.findData(PartyKind.STATE.value))


def test_create_a_case_by_typing(qtbot, window, tmp_path: Path) -> None:
    window.new_case()
    wizard = _wizard()
    title = marker("wizard-title")
    names = [marker("party-one"), marker("party-two"), marker("party-three")]
    _fill_first_pages(qtbot, wizard, title)
    _fill_people(qtbot, wizard, names)
    _next(qtbot, wizard)

    page = wizard.file_page
    assert Path(page.path.text()).name == "IOMed-2026-101.iomed"
    target = tmp_path / "created.iomed"
    page.path.selectAll()
    qtbot.keyClicks(page.path, str(target))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    assert page.meter.score >= 3 and page.meter.label.text()
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE[:-1] + "X")
    assert "differ" in page.message.text() and not finish.isEnabled()
    qtbot.keyClick(page.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE[-1])
    assert finish.isEnabled()
    assert not page.remember.isVisibleTo(wizard)  # the test keyring backend is "fail": no keyring here

    with ThreadSpy(derive_key) as kdf:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert page.progress.isVisibleTo(wizard) and page.busy
        qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    kdf.assert_ran_off_the_gui_thread()
    assert window.session.path == target
    assert window.statusBar().currentMessage() == "Case created"

    window.close_case()
    session = unlock(target, NEW_PASSPHRASE)
    try:
        case = session.case
        assert case.title == title and case.reference == "IOMed/2026/101"
        assert case.kind is CaseKind.INVESTMENT and case.rule_set is RuleSetName.HONG_KONG
        assert case.languages == ("en", "zh-Hant")
        assert [p.name for p in case.parties] == names
        assert case.parties[0].representatives == ("Ms Q. Counsel", "Mr R. Agent")
        assert case.parties[1].kind is PartyKind.STATE
        assert len({p.colour for p in case.parties}) == 3
        assert [m.name for m in case.mediators] == ["Dr Lin Wai-man"]
    finally:
        session.close()


def test_people_page_refuses_duplicate_names_and_colours(qtbot, window) -> None:
    window.new_case()
    wizard = _wizard()
    _fill_first_pages(qtbot, wizard, marker("t"))
    people = wizard.people_page
    qtbot.keyClicks(people.mediator, "Dr A")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # party names still empty
    qtbot.keyClicks(people.rows[0].name, "Same Ltd")
    qtbot.keyClicks(people.rows[1].name, "same ltd")
    _next(qtbot, wizard)
    assert wizard.currentPage() is people and "same name" in people.error.text()
    people.rows[1].name.setText("Other Ltd")
    people.rows[1].colour.set_colour(people.rows[0].colour.colour)
    _next(qtbot, wizard)
    assert wizard.currentPage() is people and "colour" in people.error.text()
    assert not people.rows[0].remove.isEnabled()  # never fewer than two parties
    wizard.reject()


def test_a_failure_keeps_the_wizard_open_with_the_reason(qtbot, window, tmp_path: Path) -> None:
    existing = tmp_path / "taken.iomed"
    existing.write_bytes(b"x" * 2048)
    window.new_case()
    wizard = _wizard()
    _fill_first_pages(qtbot, wizard, marker("t"))
    _fill_people(qtbot, wizard, ["A Ltd", "B Ltd"])
    _next(qtbot, wizard)
    page = wizard.file_page
    page.path.setText(str(existing))
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    assert "already exists" in page.message.text()
    assert wizard.isVisible() and window.session is None
    wizard.reject()


@pytest.mark.parametrize("secure_room", [False, True])
def test_remember_is_offered_only_with_a_keyring_and_outside_the_secure_room(
        qtbot, settings: Settings, monkeypatch, secure_room: bool) -> None:
    monkeypatch.setattr(remember, "available", lambda: True)
    settings.set(SECURE_ROOM, secure_room)
    wizard = NewCaseWizard(settings)
    qtbot.addWidget(wizard)
    assert wizard.file_page.remember_offered is (not secure_room)


def test_file_name_from_reference() -> None:
    assert file_name_for("IOMed/2026/017") == "IOMed-2026-017.iomed"
    assert file_name_for("  ") == "new-case.iomed"
