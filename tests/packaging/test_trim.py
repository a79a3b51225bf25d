"""packaging/trim.py: what the frozen application leaves out, checked without building it.

The built folder itself is checked in test_frozen_build.py (slow). Here: the lists agree with the
code they speak for (the Qt modules and catalogues the application uses, the pyHanko modules that
import an HTTP client when they load), and the filters do what they say on made-up tables.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    """A file from packaging/ (not a package: the folder must not shadow PyPI's `packaging`)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = _load("iomed_packaging_trim", PACKAGING / "trim.py")

NETWORK_CLIENTS = ("aiohttp", "requests", "urllib3", "httpx", "websockets")


# --- the lists agree with the code ------------------------------------------------------------

def test_qt_modules_are_those_the_application_imports() -> None:
    bundle = _load("iomed_packaging_bundle", PACKAGING / "bundle.py")
    used = {name.split(".")[1] for name in bundle.HIDDEN_IMPORTS if name.startswith("PySide6.")}
    for path in (ROOT / "iomed_desk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text)) | set(re.findall(r"from PySide6 import (Qt\w+)", text))
    assert used == set(trim.QT_MODULES)


def test_qt_translations_are_the_catalogues_the_interface_loads() -> None:
    from iomed_desk.gui.i18n import QT_CATALOGUES

    assert set(trim.QT_TRANSLATIONS) == set(QT_CATALOGUES.values())


def test_excludes_every_installed_qt_module_the_application_does_not_import() -> None:
    installed = trim.installed_qt_bindings()
    assert "QtCore" in installed and "Qt" not in installed  # modules, not the folder of Qt's libraries
    excluded = set(trim.excludes(installed))
    assert {f"PySide6.{name}" for name in installed} - excluded == {f"PySide6.{name}" for name in trim.QT_MODULES}
    assert "PySide6.QtNetwork" in excluded
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick"} <= set(trim.excludes(["QtWebEngineCore", "QtQuick"]))


def _guards_import_errors(node: ast.Try) -> bool:
    caught = {ast.unparse(h.type) if h.type else "" for h in node.handlers}
    return bool(caught & {"ImportError", "ModuleNotFoundError", "Exception", ""}) or any(
        "ImportError" in name for name in caught)


def _module_level_imports(path: Path, module: str) -> set[str]:
    """The modules a file imports when it loads, relative imports resolved against `module`: its
    top-level statements and those under `if` and `try`, but not in functions, under TYPE_CHECKING,
    or in a `try` that catches ImportError (the code copes with the module missing). `from X
    import a` counts X, and X.a when that is a module of the scanned libraries."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
                target = ".".join(filter(None, [base, node.module]))
                names.add(target)
                names.update(f"{target}.{alias.name}" for alias in node.names
                             if f"{target}.{alias.name}" in _index())
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try) and not _guards_import_errors(node):
                visit(node.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return names


def _excluded(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in trim.EXCLUDES)


def _modules(package: str) -> dict[str, Path]:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    modules = {}
    for path in folder.rglob("*.py"):
        parts = path.relative_to(folder.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


#: the libraries in the bundle whose modules reach what trim.EXCLUDES leaves out
SCANNED = ("pyhanko", "pyhanko_certvalidator", "PIL", "lxml", "reportlab", "keyring")


@functools.cache
def _index() -> frozenset[str]:
    return frozenset(name for package in SCANNED for name in _modules(package))


@pytest.mark.parametrize("package", SCANNED)
def test_nothing_kept_needs_what_is_left_out_when_it_loads(package: str) -> None:
    """Read from the libraries' own sources: a module that stays in the archive and imports a
    left-out one when it loads would stop the frozen program, so a release that starts doing
    that fails here (add the importer to EXCLUDES, or a stand-in to OFFLINE_STANDINS)."""
    broken = {}
    for module, path in _modules(package).items():
        if _excluded(module):
            continue
        missing = {name for name in _module_level_imports(path, module)
                   if _excluded(name) and name not in trim.OFFLINE_STANDINS}
        if missing:
            broken[module] = sorted(missing)
    assert broken == {}


def test_the_scan_sees_the_imports_the_standins_answer() -> None:
    """Guards the test above against reading nothing: pyHanko's signers load its HTTP clients."""
    modules = _modules("pyhanko")
    imports = _module_level_imports(modules["pyhanko.sign.timestamps"], "pyhanko.sign.timestamps")
    assert "pyhanko.sign.timestamps.aiohttp_client" in imports
    ades = _module_level_imports(modules["pyhanko.sign.validation.ades"], "pyhanko.sign.validation.ades")
    assert "pyhanko_certvalidator.fetchers.aiohttp_fetchers" in ades
    client = _modules("pyhanko_certvalidator")["pyhanko_certvalidator.fetchers.aiohttp_fetchers"]
    assert "aiohttp" in _module_level_imports(client, "pyhanko_certvalidator.fetchers.aiohttp_fetchers")


def test_network_clients_and_tls_are_excluded() -> None:
    assert all(_excluded(name) for name in (*NETWORK_CLIENTS[:3], "ssl", "http.server", "xmlrpc.client"))


# --- the stand-ins ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(trim.OFFLINE_STANDINS))
def test_standins_offer_the_public_names_of_the_modules_they_replace(name: str) -> None:
    real = importlib.import_module(name)
    standin = _load(f"iomed_standin_{name.replace('.', '_')}", trim.OFFLINE_STANDINS[name])
    assert standin.__all__ == real.__all__
    for attribute in standin.__all__:
        replaced = getattr(real, attribute)
        offered = getattr(standin, attribute)
        assert [b for b in replaced.__mro__ if b.__module__ != name] == \
               [b for b in offered.__mro__ if b.__module__ != standin.__name__]
        with pytest.raises(NotImplementedError, match="offline"):
            offered()
    loaded = _module_level_imports(trim.OFFLINE_STANDINS[name], name)
    assert not {n.split(".")[0] for n in loaded} & set(NETWORK_CLIENTS)
    assert not {n for n in loaded if _excluded(n)}
    assert _excluded(name), "the real module must stay out of the archive"


def test_standins_go_into_the_archive_under_the_replaced_names() -> None:
    assert trim.standin_modules() == [(name, str(path), "PYMODULE") for name, path in trim.OFFLINE_STANDINS.items()]


# --- Qt plugins, libraries and translations ---------------------------------------------------

def test_unused_qt_parts_are_dropped_on_every_platform() -> None:
    kept = [
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/translations/qtbase_zh_TW.qm",
        "keyring/plugins/anything.so",  # not Qt's
        "iomed_desk/resources/translations/iomed_desk_zh_HK.qm",  # ours
    ]
    dropped = [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6QmlModels.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platforms/libqminimal.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqicns.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/translations/qt_help_zh_TW.qm",
    ]
    toc = [(dest, "x", "BINARY") for dest in kept + dropped]
    assert [e[0] for e in trim.without_unused_qt(toc)] == kept


# --- libraries nothing links ------------------------------------------------------------------

def _fake_needed(table: dict[str, list[str] | None]):
    return lambda src: table[src]


def test_a_library_stays_while_something_kept_links_it() -> None:
    binaries = [
        ("mod/_ext.cpython-311.so", "ext", "EXTENSION"),
        ("libA.so.1", "a", "BINARY"),
        ("deep/libB.so.2", "b", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "xcb", "BINARY"),
        ("libX.so.6", "x", "BINARY"),
        ("libpython3.11.so.1.0", "python", "BINARY"),
        ("libgtk-3.so.0", "gtk", "BINARY"),  # its plugin was dropped: nothing links it now
        ("libpango.so.0", "pango", "BINARY"),  # only GTK linked it
        ("Qt6Core.dll", "dll", "BINARY"),  # not ELF: kept, unread
        ("libPython.so", "python", "SYMLINK"),  # not a file to read
    ]
    needed = _fake_needed({"ext": ["libA.so.1", "libc.so.6"], "a": ["libB.so.2"], "b": [], "xcb": ["libX.so.6"],
                           "x": ["libA.so.1"], "python": [], "gtk": ["libpango.so.0", "libX.so.6"],
                           "pango": [], "dll": None})
    assert [e[0] for e in trim.without_unreachable_libraries(binaries, needed)] == [
        "mod/_ext.cpython-311.so", "libA.so.1", "deep/libB.so.2", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX.so.6", "libpython3.11.so.1.0", "Qt6Core.dll", "libPython.so"]


def test_links_to_dropped_binaries_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "core", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/x/libcore.so", "../../lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/x/libgone.so", "../../lib/libgone.so", "SYMLINK"),
        ("reportlab/fonts/a.afm", "/site-packages/reportlab/fonts/a.afm", "DATA"),
    ]
    assert [e[0] for e in trim.without_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6", "PySide6/Qt/plugins/x/libcore.so", "reportlab/fonts/a.afm"]


def test_trimmed_drops_a_plugin_and_what_only_it_links() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "theme", "BINARY"),
        ("libgtk-3.so.0", "gtk", "BINARY"),
        ("libz.so.1", "z", "BINARY"),
        ("zlib.cpython-311.so", "zlib", "EXTENSION"),
    ]
    table = {"theme": ["libgtk-3.so.0"], "gtk": ["libz.so.1"], "z": [], "zlib": ["libz.so.1"]}
    datas = [("libgtk-3.so", "libgtk-3.so.0", "SYMLINK"), ("PySide6/Qt/translations/qtbase_fr.qm", "fr", "DATA")]
    binaries, datas = trim.trimmed(binaries, datas, _fake_needed(table))
    assert [e[0] for e in binaries] == ["libz.so.1", "zlib.cpython-311.so"]
    assert datas == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux's")
def test_elf_needed_reads_what_readelf_reads() -> None:
    """Checked against binutils' readelf, not against itself."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf not installed (Debian package binutils)")
    import PySide6
    import sqlcipher3

    files = [*Path(PySide6.__file__).parent.glob("QtCore*.so"), *Path(sqlcipher3.__file__).parent.glob("_sqlite3*.so")]
    assert files
    for path in files:
        out = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True, check=True).stdout
        assert trim.elf_needed(path) == re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def test_elf_needed_is_none_for_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.dll").write_bytes(b"MZ\x90\x00" + bytes(60))
    (tmp_path / "short").write_bytes(b"\x7fELF")
    assert trim.elf_needed(tmp_path / "a.dll") is None
    assert trim.elf_needed(tmp_path / "short") is None
