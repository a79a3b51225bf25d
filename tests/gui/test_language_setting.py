"""The interface language is a setting, applied on restart, and the Chinese interfaces are complete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iomed_desk.gui import i18n, messages
from iomed_desk.gui.settings import LANGUAGE, Settings
from iomed_desk.gui.settings_dialog import SettingsDialog


def test_choosing_a_language_is_saved_and_said_to_apply_on_restart(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    messages.set_next_answer(messages.Button.No)  # "Restart now?" — later
    dialog.accept()
    assert settings.get(LANGUAGE) == "zh_HK"
    assert messages.shown[-1][2].startswith("The language takes effect when IOMed Desk restarts. Restart now?")
    settings.set(LANGUAGE, "")


def test_the_traditional_chinese_menus(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    i18n.install_translator(app, "zh_HK")
    try:
        assert QCoreApplication.translate("MainMenus", "&File") != "&File"
        assert QCoreApplication.translate("MainMenus", "&Verify PDF…") != "&Verify PDF…"
    finally:
        i18n.install_translator(app, "en")
