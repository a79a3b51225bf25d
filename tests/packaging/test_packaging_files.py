"""The files a desktop installs: the .desktop entry, AppStream metainfo, the MIME type and the icons.

The freedesktop validators (Debian's desktop-file-utils, appstream and
shared-mime-info) are used when installed; without them those tests skip and
say which package is missing.
"""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
DESKTOP = PACKAGING / "iomed-desk.desktop"
METAINFO = PACKAGING / "io.iomed.Desk.metainfo.xml"
MIME_XML = PACKAGING / "iomed-desk-mime.xml"
MIME_TYPE = "application/x-iomed-case"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
#: the freedesktop menu specification's registered main categories
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
                   "Network", "Office", "Science", "Settings", "System", "Utility"}


def _load(name: str) -> ModuleType:
    """A script from packaging/ (not a package: the folder must not shadow PyPI's `packaging`)."""
    spec = importlib.util.spec_from_file_location(f"iomed_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = _load("render_icons")
bundle = _load("bundle")
launcher = _load("launcher")


def _tool(name: str, debian_package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (Debian package {debian_package})")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# --- .desktop -----------------------------------------------------------------------------------

def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_opens_case_files_in_the_window() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "iomed-desk gui %f"  # `gui CASE` opens that case's unlock dialog
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == render_icons.STEM
    categories = [c for c in entry["Categories"].split(";") if c]
    assert categories and set(categories) <= MAIN_CATEGORIES


# --- AppStream ----------------------------------------------------------------------------------

def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_mime_type_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == bundle.BUNDLE_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.findtext("provides/binary") == bundle.CLI_NAME
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert bundle.project_version() in releases, "add a <release> for the version in pyproject.toml"


# --- MIME type ----------------------------------------------------------------------------------

def test_mime_type_is_known_by_its_extension_only() -> None:
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*.{bundle.CASE_EXTENSION}"]
    assert mime.find(f"{MIME_NS}magic") is None  # an encrypted case file has no recognisable bytes
    assert mime.findtext(f"{MIME_NS}comment")


def test_shared_mime_info_compiles_the_type(tmp_path: Path) -> None:
    tool = _tool("update-mime-database", "shared-mime-info")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / MIME_XML.name)
    result = subprocess.run([tool, str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert f"{MIME_TYPE}:*.iomed" in (tmp_path / "globs2").read_text(encoding="utf-8")


# --- icons --------------------------------------------------------------------------------------

def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_svg_source_is_square() -> None:
    root = ET.parse(render_icons.SOURCE).getroot()
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height


@pytest.mark.parametrize("size", render_icons.PNG_SIZES)
def test_png_exists_square_and_of_its_size(size: int) -> None:
    path = ICONS / f"{render_icons.STEM}-{size}.png"
    assert _png_size(path.read_bytes()) == (size, size)


def test_ico_holds_a_png_per_size() -> None:
    data = (ICONS / f"{render_icons.STEM}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(render_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        png = _png_size(data[offset:offset + length])
        assert png == (width or 256, height or 256)
        sizes.append(png[0])
    assert sizes == sorted(render_icons.ICO_SIZES)


def test_icns_holds_every_retina_size() -> None:
    data = (ICONS / f"{render_icons.STEM}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        if kind != b"TOC ":
            found[kind] = _png_size(data[offset + 8:offset + length])[0]
        offset += length
    assert found == render_icons.ICNS_TYPES


def test_pngs_are_rendered_from_the_current_svg(qapp: object) -> None:
    """Catches an edited SVG whose PNGs were not rendered again (small sizes, a little tolerance for Qt)."""
    from PySide6.QtGui import QImage

    fresh = render_icons.render_all(render_icons.SOURCE, (16, 32, 64))
    for size, data in fresh.items():
        new, kept = QImage.fromData(data), QImage(str(ICONS / f"{render_icons.STEM}-{size}.png"))
        worst = max(abs(a - b)
                    for y in range(size) for x in range(size)
                    for a, b in zip(new.pixelColor(x, y).getRgb(), kept.pixelColor(x, y).getRgb(), strict=True))
        assert worst <= 8, f"{size} px differs by {worst}: run packaging/render_icons.py"


# --- the spec's helpers and the launcher --------------------------------------------------------

def test_bundle_resources_keep_the_package_layout_and_skip_sources(tmp_path: Path) -> None:
    res = tmp_path / "resources"
    for name in ("__init__.py", "fonts/font.ttc", "fonts/LICENSE.txt", "translations/iomed_zh_HK.qm",
                 "translations/iomed_zh_HK.ts", "fonts/__pycache__/x.pyc", ".hidden"):
        (res / name).parent.mkdir(parents=True, exist_ok=True)
        (res / name).write_text("x")
    pairs = bundle.resource_datas(tmp_path)
    assert sorted((Path(src).name, dest) for src, dest in pairs) == [
        ("LICENSE.txt", "iomed_desk/resources/fonts"),
        ("font.ttc", "iomed_desk/resources/fonts"),
        ("iomed_zh_HK.qm", "iomed_desk/resources/translations"),
    ]


def test_bundle_ships_the_real_font_and_its_licence() -> None:
    shipped = {Path(src).relative_to(ROOT).as_posix() for src, _ in bundle.resource_datas()}
    assert {"resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE-Apache-2.0.txt"} <= shipped


def test_bundle_archives_the_mapped_resources_package() -> None:
    ((name, source, kind),) = bundle.resource_package()
    assert (name, kind) == ("iomed_desk.resources", "PYMODULE")
    assert Path(source) == ROOT / "resources" / "__init__.py" and Path(source).is_file()


def test_version_comes_from_pyproject() -> None:
    from iomed_desk import __version__

    assert bundle.project_version() == __version__
    assert bundle.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert bundle.version_tuple("0.10.0rc2") == (0, 10, 0, 0)


def test_macos_plist_declares_the_case_file_type() -> None:
    plist = bundle.macos_info_plist("0.1.0")
    plistlib.loads(plistlib.dumps(plist))  # only plist types
    (exported,) = plist["UTExportedTypeDeclarations"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == [bundle.CASE_EXTENSION]


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller's version resources load on Windows only")
def test_windows_version_resource_builds() -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (pip install pyinstaller)")
    info = bundle.windows_version_info("1.2.3", bundle.GUI_NAME)
    assert "1.2.3" in str(info) and f"{bundle.GUI_NAME}.exe" in str(info) and info.toRaw()


@pytest.mark.parametrize(("executable", "gui"), [
    ("/opt/iomed-desk/iomed-desk", False),
    ("C:\\IOMed Desk\\iomed-desk-gui.exe", True),
    ("/Applications/IOMed Desk.app/Contents/MacOS/iomed-desk-gui", True),
])
def test_launcher_picks_the_face_by_executable_name(monkeypatch: pytest.MonkeyPatch, executable: str,
                                                    gui: bool) -> None:
    monkeypatch.setattr(sys, "executable", executable.replace("\\", "/"))
    assert launcher._is_gui_executable() is gui


def test_launcher_drops_the_finder_process_serial_number() -> None:
    assert launcher._gui_arguments(["-psn_0_1234567", "/cases/a.iomed"]) == ["/cases/a.iomed"]
