"""The Chinese interfaces are complete and current, and the application loads them.

Fails when a .ts file has an unfinished entry, lacks a string the GUI sources hold (run
`python scripts/translations.py update`), drops or changes a placeholder or an accelerator,
or when a .qm is missing or was not compiled from the current .ts (run `... compile`).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow

from iomed_desk.gui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("iomed_translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tr = _load_script()
LANGUAGES = tr.LANGUAGES


def _have_tools() -> bool:
    return all((tr.BIN / t).exists() or shutil.which(t) for t in ("pyside6-lupdate", "pyside6-lrelease"))


needs_tools = pytest.mark.skipif(not _have_tools(), reason="pyside6-lupdate/lrelease not installed")


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs, the rest of the run sees the English interface and the old locale."""
    before = QLocale()
    yield qapp
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(before)


# -- the .ts and .qm files ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_its_placeholders(lang: str) -> None:
    entries = tr.read_ts(tr.ts_path(lang))
    live = [e for e in entries if e.live]
    assert len(live) > 500
    problems = [p for e in live for p in tr.entry_problems(e)]
    assert not problems, "\n".join(problems)


@needs_tools
def test_every_string_in_the_sources_is_in_both_ts_files() -> None:
    wanted = tr.source_keys()
    for lang in LANGUAGES:
        live = {e.key for e in tr.read_ts(tr.ts_path(lang)) if e.live}
        missing = sorted(wanted - live)
        assert not missing, (f"{lang}: run `python scripts/translations.py update` and add these to glossary.json:\n"
                             + "\n".join(f"[{c}] {s!r}" for c, s, _ in missing))


@needs_tools
@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(lang: str) -> None:
    assert tr.qm_path(lang).exists(), "run `python scripts/translations.py compile`"
    assert tr.qm_is_current(lang), f"{tr.qm_path(lang).name} is older than its .ts: run compile"


def test_no_text_is_built_before_translation() -> None:
    known = {(e.context, e.source) for lang in LANGUAGES for e in tr.read_ts(tr.ts_path(lang)) if e.live}
    bugs, _notes = tr.lint(tr.tr_calls(), known)
    assert not bugs, "\n".join(bugs)


def _entry(source: str, translation: str, numerus: bool = False):  # type: ignore[no-untyped-def]
    return tr.Entry("Ctx", source, "", numerus, "", (translation,), "x.py:1")


@pytest.mark.parametrize(("source", "translation"), [
    ("Version %1 tabled to %2", "第 %1 版已提交"),           # dropped
    ("Version %1 tabled to %2", "第 %1 版已提交给 %3"),      # changed
    ("Unlock {name}", "解锁 {名称}"),                       # a Python field renamed
    ("%n note(s) found.", "找到笔记。"),                     # the count dropped
    ("&File", "文件"),                                     # the accelerator dropped
    ("&File", "文件(&W)"),                                 # the accelerator changed
])
def test_the_checker_catches_broken_translations(source: str, translation: str) -> None:
    assert tr.entry_problems(_entry(source, translation, "%n" in source))


@pytest.mark.parametrize(("source", "translation"), [
    ("Version %1 tabled to %2", "第 %1 版已提交给 %2"),
    ("%1 — %2", "%2 — %1"),                               # order may change
    ("Unlock {name}", "解锁 {name}"),
    ("&File", "文件(&F)"),
    ("Q&&A", "问答"),                                     # a literal ampersand is no accelerator
])
def test_the_checker_accepts_good_translations(source: str, translation: str) -> None:
    assert not tr.entry_problems(_entry(source, translation))


def test_an_unfinished_entry_is_a_problem() -> None:
    entry = tr.Entry("Ctx", "Save", "", False, "unfinished", ("",), "x.py:1")
    assert tr.entry_problems(entry)


# -- loading them ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", "zh_HK", "zh_HK"), ("", "zh_TW", "zh_HK"), ("", "zh_MO", "zh_HK"),
    ("", "zh_CN", "zh_CN"), ("", "zh_SG", "zh_CN"),
    ("", "en_GB", "en"), ("", "de_DE", "en"),
    ("zh_HK", "en_US", "zh_HK"), ("zh_CN", "zh_TW", "zh_CN"), ("en", "zh_CN", "en"),
])
def test_language_follows_the_setting_then_the_system(setting: str, system: str, expected: str) -> None:
    assert i18n.language_for(setting, QLocale(system)) == expected


def test_available_languages(restore_language: QApplication) -> None:
    assert [code for code, _ in i18n.available_languages()] == ["", "en", "zh_CN", "zh_HK"]
    assert dict(i18n.available_languages())["zh_HK"] == "繁體中文"
    assert i18n.available_languages()[0][1] == "System"
    i18n.install_translator(restore_language, "zh_HK")
    assert i18n.available_languages()[0][1] == "跟隨系統"


@pytest.mark.parametrize(("setting", "file_menu", "locale"), [
    ("zh_HK", "檔案(&F)", "zh_HK"), ("zh_CN", "文件(&F)", "zh_CN"), ("en", "&File", None),
])
def test_install_translator_translates_the_menus(restore_language: QApplication, setting: str,
                                                 file_menu: str, locale: str | None) -> None:
    from iomed_desk.gui.main_menus import MainMenus

    chosen = i18n.install_translator(restore_language, setting, QLocale("en_GB"))
    if locale is not None:
        assert chosen.name() == locale
    assert QLocale().name() == chosen.name()
    window = QMainWindow()
    try:
        MainMenus(window, {})
        assert window.menuBar().actions()[0].text() == file_menu
    finally:
        window.deleteLater()


def test_a_second_install_replaces_the_first(restore_language: QApplication) -> None:
    i18n.install_translator(restore_language, "zh_CN")
    i18n.install_translator(restore_language, "zh_HK")
    assert QCoreApplication.translate("MainMenus", "&Help") == "說明(&H)"
    i18n.install_translator(restore_language, "en")
    assert QCoreApplication.translate("MainMenus", "&Help") == "&Help"


def test_system_locale_keeps_its_own_conventions(restore_language: QApplication) -> None:
    assert i18n.install_translator(restore_language, "", QLocale("zh_TW")).name() == "zh_TW"
    assert i18n.install_translator(restore_language, "en", QLocale("en_GB")).name() == "en_GB"


def test_register_fonts_returns_the_shipped_family(qapp: QApplication) -> None:
    family = i18n.register_fonts()
    assert family == "WenQuanYi Micro Hei"
    assert family in QFontDatabase.families()
    assert i18n.register_fonts() == family  # registered once


def test_the_cjk_font_backs_the_interface_font(qapp: QApplication) -> None:
    before = QApplication.font()
    try:
        i18n.with_cjk_fallback(qapp, i18n.register_fonts())
        families = QApplication.font().families()
        assert families[-1] == "WenQuanYi Micro Hei" and len(families) >= 2
        i18n.with_cjk_fallback(qapp, i18n.register_fonts())
        assert QApplication.font().families() == families  # applied once
    finally:
        QApplication.setFont(before)
