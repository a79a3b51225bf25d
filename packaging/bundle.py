"""What goes into the frozen application beyond what PyInstaller finds by itself.

Kept apart from `iomed-desk.spec` so that the choices are plain Python that the
tests import and check; what the build leaves out is in `trim.py`. Nothing here
needs PyInstaller, except `windows_version_info`, which imports it when called.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"

CLI_NAME = "iomed-desk"
GUI_NAME = "iomed-desk-gui"
DISPLAY_NAME = "IOMed Desk"
BUNDLE_ID = "io.iomed.Desk"
CASE_EXTENSION = "iomed"
CASE_MIME_TYPE = "application/x-iomed-case"
CASE_UTI = "io.iomed.case"

#: resource files that are sources, not something the running application reads (the package's
#: `__init__.py` goes into the archive through `resource_package`)
_SOURCE_SUFFIXES = {".ts", ".pro", ".py", ".pyc"}

#: imported only in functions or by name at run time; PyInstaller's analysis may not see them
HIDDEN_IMPORTS = [
    "sqlcipher3.dbapi2",
    "PySide6.QtSvg",  # brings the SVG image-format and icon-engine plugins
    "PySide6.QtDBus",  # the system screen-lock signal on Linux
    "PySide6.QtPrintSupport",
]


def project_version(root: Path = ROOT) -> str:
    """The package's version (`iomed_desk.__version__`, which pyproject.toml reads too), read from the
    source without importing it, so the executable and the package never disagree."""
    text = (root / "iomed_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise ValueError("iomed_desk/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`"1.2.3"` or `"1.2.3rc1"` as the four numbers a Windows version resource holds: (1, 2, 3, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a release number: {version!r}")
    a, b, c, d = (int(group or 0) for group in match.groups())
    return (a, b, c, d)


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every file under the top-level `resources/` (fonts and their licences, demo, compiled
    translations), as PyInstaller `(source file, destination folder)` pairs under
    `iomed_desk/resources`, where the installed package `iomed_desk.resources` keeps them."""
    base = root / "resources"
    pairs = []
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base)
        if not path.is_file() or path.suffix in _SOURCE_SUFFIXES:
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        pairs.append((str(path), str(Path("iomed_desk", "resources") / rel.parent)))
    return pairs


def resource_package(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """`iomed_desk.resources` as an archive entry (name, source, "PYMODULE"). pyproject.toml maps it
    from the top-level `resources/`; PyInstaller's analysis looks for it in `iomed_desk/` and,
    as the code names it only in a string for importlib.resources, would not look anyway."""
    return [("iomed_desk.resources", str(root / "resources" / "__init__.py"), "PYMODULE")]


def icon_for(platform: str) -> str | None:
    """The executable's icon: `.ico` on Windows, `.icns` on macOS; Linux desktops use the PNGs."""
    if platform.startswith("win"):
        return str(ICONS / f"{CLI_NAME}.ico")
    if platform == "darwin":
        return str(ICONS / f"{CLI_NAME}.icns")
    return None


def macos_info_plist(version: str) -> dict[str, Any]:
    """Info.plist entries for the .app: the case file type, so Finder opens `*.iomed` with it."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Licensed under the Apache License 2.0",
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": CASE_UTI,
            "UTTypeDescription": "IOMed Desk case file",
            "UTTypeConformsTo": ["public.data"],
            "UTTypeTagSpecification": {
                "public.filename-extension": [CASE_EXTENSION],
                "public.mime-type": [CASE_MIME_TYPE],
            },
        }],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "IOMed Desk case file",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [CASE_UTI],
        }],
    }


def windows_version_info(version: str, exe_name: str) -> Any:
    """The Windows version resource (Explorer's Details tab; Authenticode shows the same names)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", "IOMed Desk"),
        vi.StringStruct("FileDescription", DISPLAY_NAME),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", exe_name),
        vi.StringStruct("LegalCopyright", "Licensed under the Apache License 2.0"),
        vi.StringStruct("OriginalFilename", f"{exe_name}.exe"),
        vi.StringStruct("ProductName", DISPLAY_NAME),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),  # U.S. English, Unicode
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
