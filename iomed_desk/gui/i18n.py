"""The interface language and the shipped CJK font, set up once before any window is built.

The language comes from the `ui/language` setting ("" follows the system), applied at start-up:
Qt has no way to re-translate widgets that already exist, so a change takes effect on restart.
Translations are compiled .qm files in `iomed_desk.resources` (`resources/translations` in the
source tree), read through importlib.resources so they are found in a checkout, an installed wheel
and the frozen application alike. Qt's own translations (standard buttons, file dialogs) are added when
the Qt installation carries them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# QtGui's font classes are imported where used: building their Python types (and enums) is start-up
# time that an English first paint does without (gui/main.py registers the font after it)

#: setting value -> the language's name in that language ("" follows the system)
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_HK": "繁體中文"}
#: our language code -> Qt's own catalogue for the standard dialogs (Qt ships no zh_HK one)
QT_CATALOGUES = {"zh_CN": "qtbase_zh_CN.qm", "zh_HK": "qtbase_zh_TW.qm"}
CJK_FONT = "wqy-microhei.ttc"
_TRADITIONAL_TERRITORIES = (QLocale.Country.HongKong, QLocale.Country.Macao, QLocale.Country.Taiwan)

_installed: list[QTranslator] = []
_font_family: str | None = None


def available_languages() -> list[tuple[str, str]]:
    """(setting value, name to show) for the language setting; "" follows the system.

    Each language is named in itself; only "System" is translated.
    """
    return [("", QCoreApplication.translate("LanguageSetting", "System")), *LANGUAGE_NAMES.items()]


def _chinese_variant(locale: QLocale) -> str:
    traditional = (locale.script() == QLocale.Script.TraditionalHanScript
                   or locale.territory() in _TRADITIONAL_TERRITORIES)
    return "zh_HK" if traditional else "zh_CN"


def language_for(setting: str, system: QLocale) -> str:
    """The language to show: "en", "zh_CN" or "zh_HK".

    An explicit setting wins; otherwise the system's first preferred interface language that we
    have (zh-TW, zh-MO, zh-HK and zh-Hant read as zh_HK, any other Chinese as zh_CN), else English.
    """
    if setting in LANGUAGE_NAMES:
        return setting
    for name in system.uiLanguages() or [system.name()]:
        wanted = QLocale(name)
        if wanted.language() == QLocale.Language.Chinese:
            return _chinese_variant(wanted)
        if wanted.language() == QLocale.Language.English:
            return "en"
    return "en"


def _locale_for(language: str, system: QLocale) -> QLocale:
    """Dates and numbers: the system's conventions when they are in the chosen language, else the language's."""
    if language == "en":
        return system if system.language() == QLocale.Language.English else QLocale(QLocale.Language.English)
    if system.language() == QLocale.Language.Chinese and _chinese_variant(system) == language:
        return system
    return QLocale(language)


def _load_catalogue(language: str) -> QTranslator | None:
    from importlib import resources  # 3 ms of imports: not on an English interface's first paint

    name = f"iomed_desk_{language}.qm"
    source = resources.files("iomed_desk.resources").joinpath("translations", name)
    if not source.is_file():
        return None
    data = source.read_bytes()
    translator = QTranslator()
    if not translator.load(data):
        return None
    translator._data = data  # type: ignore[attr-defined]  # Qt reads the catalogue in place
    return translator


def _load_qt_catalogue(language: str) -> QTranslator | None:
    catalogue = QT_CATALOGUES.get(language)
    if catalogue is None:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(catalogue, folder) else None


def install_translator(app: QCoreApplication, language_setting: str, system: QLocale | None = None) -> QLocale:
    """Install the translations for `language_setting` ("" = the system's) and make its locale the default.

    Returns the locale now used for dates and numbers. Calling it again replaces what an earlier
    call installed. `system` stands in for the system locale (tests).
    """
    system = QLocale.system() if system is None else system
    language = language_for(language_setting, system)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        for translator in (_load_qt_catalogue(language), _load_catalogue(language)):
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    locale = _locale_for(language, system)
    QLocale.setDefault(locale)
    return locale


def register_fonts() -> str:
    """Register the shipped CJK font with Qt and return its family name ("" if it cannot be read).

    Registering makes the family available to every widget and style sheet by name; use it as a
    fallback after the interface font (see `with_cjk_fallback`) so Chinese looks the same on
    every machine, whatever CJK fonts the system has.
    """
    global _font_family
    if _font_family is not None:
        return _font_family
    from importlib import resources

    from PySide6.QtGui import QFontDatabase

    source = resources.files("iomed_desk.resources").joinpath("fonts", CJK_FONT)
    if not source.is_file():
        font_id = -1
    elif isinstance(source, Path):  # a real file (checkout, wheel, frozen one-folder): Qt maps it, faster
        font_id = QFontDatabase.addApplicationFont(str(source))
    else:
        font_id = QFontDatabase.addApplicationFontFromData(source.read_bytes())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    # the collection holds a proportional and a monospaced face; the first is the interface face
    _font_family = next((f for f in families if "Mono" not in f), families[0] if families else "")
    return _font_family


def fonts_registered() -> bool:
    """Whether `register_fonts` has run (start-up registers the font after the first paint when it can)."""
    return _font_family is not None


#: Latin sans families to name when the system font is only an alias that resolves to nothing real
LATIN_SANS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell", "Segoe UI", "Helvetica Neue", "Arial")


def _real_family(name: str, cjk: str) -> str:
    """The installed family `name` stands for ("" if none but the CJK font).

    A family list uses its first *installed* family for every character it has; a generic alias
    such as "Sans Serif" is not one, so after it Qt would take the CJK font for Latin text too
    ('…' drawn as a raised '···'). Naming the family the alias resolves to keeps Latin text in it.
    """
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    installed = QFontDatabase.families()
    probe = QFont(name)  # fontconfig lists aliases ("Sans Serif") as families too: resolve every name
    probe.setStyleHint(QFont.StyleHint.SansSerif)
    resolved = QFontInfo(probe).family()
    if resolved and resolved != cjk and resolved in installed:
        return resolved
    return next((f for f in LATIN_SANS if f in installed), "")


def with_cjk_fallback(app: QCoreApplication, family: str) -> None:
    """Make `family` the fallback of the application font, after an installed Latin family: Latin
    text keeps the system's sans font, and Chinese characters come from the shipped font wherever
    the primary font has no glyph for them."""
    if not family or not isinstance(app, QApplication):
        return
    font = QApplication.font()
    primary = [_real_family(f, family) for f in (font.families() or [font.family()]) if f != family]
    families = list(dict.fromkeys(f for f in [*primary, family] if f))
    if (font.families() or [font.family()]) == families:
        return  # already so: setting the application font again would re-lay out every widget's text
    font.setFamilies(families)
    QApplication.setFont(font)
