""""Remember on this computer" as a user meets it, against a real Secret Service.

gnome-keyring-daemon runs on a private D-Bus bus (tests/secret_service.py);
keyring's own SecretService backend talks to it. What the keyring holds is read
with secretstorage, from the daemon itself.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from iomed_desk.app.opening import create_case
from iomed_desk.gui.settings import REMEMBERED_CASES, SECURE_ROOM, Settings
from iomed_desk.gui.settings_dialog import SettingsDialog
from iomed_desk.gui.unlock_dialog import UnlockDialog, record_remembered
from iomed_desk.store import remember
from tests.conftest import PASSPHRASE, new_case_spec
from tests.gui.conftest import flush_events, marker
from tests.gui.test_main_window_files import _change
from tests.gui.test_wizard import _fill_first_pages, _fill_people, _next, _wizard
from tests.secret_service import SecretService

NEW_PASSPHRASE = "a longer and different passphrase"
WIZARD_PASSPHRASE = "quiet harbour at dawn"


def _unlock_dialog() -> UnlockDialog:
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
    return dialog


def _create_through_the_wizard(qtbot, window, target: Path, *, remember: bool) -> bool:  # type: ignore[no-untyped-def]
    """Type a new case into the wizard; True if "Remember on this computer" was offered."""
    window.new_case()
    wizard = _wizard()
    _fill_first_pages(qtbot, wizard, marker("keyring-title"))
    _fill_people(qtbot, wizard, [marker("party-one"), marker("party-two")])
    _next(qtbot, wizard)
    page = wizard.file_page
    assert page.remember.isVisibleTo(wizard) is page.remember_offered
    if remember:
        assert page.remember_offered
        qtbot.mouseClick(page.remember, Qt.MouseButton.LeftButton, pos=QPoint(8, page.remember.height() // 2))
        assert page.remember.isChecked()
    offered = page.remember_offered
    page.path.selectAll()
    qtbot.keyClicks(page.path, str(target))
    qtbot.keyClicks(page.passphrase, WIZARD_PASSPHRASE)
    qtbot.keyClicks(page.repeat, WIZARD_PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    return offered


def _close(window) -> None:  # type: ignore[no-untyped-def]
    window.close_case()
    assert window.session is None


def test_remembered_in_the_wizard_opens_without_a_passphrase_until_it_changes(
        qtbot, window, settings: Settings, secret_service: SecretService, backend: Any, tmp_path: Path) -> None:
    target = tmp_path / "remembered.iomed"
    assert _create_through_the_wizard(qtbot, window, target, remember=True)
    case_id = window.session.case.id
    [item] = secret_service.items()
    assert item.attributes["username"] == case_id
    assert item.secret == window.session.db.key.hex().encode()
    assert settings.get(REMEMBERED_CASES) == [f"{case_id}={target.resolve()}"]
    _close(window)

    backend.calls.clear()
    window.open_path(target)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)  # nothing typed: the keyring's key
    assert "get" in backend.calls
    assert window.statusBar().currentMessage() == "Case opened"

    backend.calls.clear()
    assert window.lock()
    flush_events()
    assert window.lock_screen is not None and not window.lock_screen.panel.busy
    assert backend.calls == []  # after a lock the passphrase is asked, the keyring is not consulted
    qtbot.keyClicks(window.lock_screen.panel.field, WIZARD_PASSPHRASE)
    qtbot.keyClick(window.lock_screen.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)

    _change(qtbot, window, WIZARD_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.statusBar().currentMessage() == "Passphrase changed"
    assert secret_service.items() == []  # the stale key is forgotten, not kept
    _close(window)

    window.open_path(target)
    dialog = _unlock_dialog()
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=10_000)
    assert window.session is None and dialog.isVisible()  # nothing remembered now: the passphrase is asked
    qtbot.keyClicks(dialog.panel.field, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert secret_service.items() == []


def test_a_stale_key_in_the_keyring_is_tried_once_and_then_the_passphrase_is_asked(
        qtbot, window, settings: Settings, secret_service: SecretService, backend: Any, tmp_path: Path) -> None:
    """A keyring that still holds the old key (say, it was locked when the passphrase changed) opens nothing."""
    target = tmp_path / "stale.iomed"
    session = create_case(target, PASSPHRASE, new_case_spec(), remember_key=True)
    case_id = session.case.id
    session.close()
    record_remembered(settings, target, case_id)
    [right] = secret_service.items()
    wrong_key = os.urandom(32)  # as the key of a passphrase the file no longer has
    assert remember.remember(case_id, wrong_key)
    [stale] = secret_service.items()
    assert stale.secret == wrong_key.hex().encode() != right.secret

    backend.calls.clear()
    window.open_path(target)
    dialog = _unlock_dialog()
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=10_000)
    assert window.session is None and dialog.isVisible() and dialog.panel.message.text() == ""
    assert backend.calls.count("get") == 1
    qtbot.keyClicks(dialog.panel.field, PASSPHRASE)
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)


def test_turning_on_secure_room_forgets_the_remembered_keys(
        qtbot, window, settings: Settings, secret_service: SecretService, backend: Any, tmp_path: Path) -> None:
    for name in ("first", "second"):
        path = tmp_path / f"{name}.iomed"
        session = create_case(path, PASSPHRASE, new_case_spec(), remember_key=True)  # what the wizard calls
        record_remembered(settings, path, session.case.id)
        session.close()
    assert len(secret_service.items()) == 2

    window.show_settings()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()]
    qtbot.mouseClick(dialog.secure_room, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.secure_room.height() // 2))
    dialog.accept()
    flush_events()  # the keyring is forgotten on a worker
    assert secret_service.items() == []
    assert settings.get(SECURE_ROOM) is True and settings.get(REMEMBERED_CASES) == []


def test_secure_room_mode_never_touches_the_keyring(
        qtbot, window, settings: Settings, secret_service: SecretService, backend: Any, tmp_path: Path) -> None:
    settings.set(SECURE_ROOM, True)
    target = tmp_path / "secure.iomed"
    assert not _create_through_the_wizard(qtbot, window, target, remember=False)  # the option is hidden
    _close(window)

    window.open_path(target)
    dialog = _unlock_dialog()
    assert not dialog.panel.busy  # no remembered key is looked up
    qtbot.keyClicks(dialog.panel.field, WIZARD_PASSPHRASE)
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)

    _change(qtbot, window, WIZARD_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.statusBar().currentMessage() == "Passphrase changed"
    _close(window)

    assert backend.calls == []
    assert secret_service.items() == []
