"""What the frozen application leaves out, and why.

IOMed Desk works offline (DESIGN.md §6: it opens no socket, ever), yet PyInstaller's hooks collect
generously: pyHanko's HTTP clients and aiohttp under them, every Qt plugin of every Qt module a
collected module links, GTK 3 for one Qt plugin, Qt's translations into 40 languages. The lists
here narrow the one-folder build down to what the application loads; the spec applies them and
tests/packaging checks both the lists and a built folder. Plain Python, like `bundle.py`.
"""

from __future__ import annotations

import importlib.util
import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

PACKAGING = Path(__file__).resolve().parent

Toc = list[tuple[str, str, str]]

#: the PySide6 modules the application imports, and those bundle.HIDDEN_IMPORTS adds for their
#: plugins (a test greps iomed_desk to keep this current)
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtDBus", "QtPrintSupport", "QtPdf", "QtPdfWidgets")

#: Qt's own catalogues that iomed_desk/gui/i18n.py loads (QT_CATALOGUES); the other languages stay out
QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qtbase_zh_TW.qm")

#: the Qt plugins the application may load, by plugin folder; None keeps the whole folder. A folder
#: not named here is left out: egldeviceintegrations and generic (eglfs/linuxfb kiosks; generic's
#: TUIO plugin listens on UDP), networkinformation and tls (QtNetwork's), and whatever a new Qt adds.
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # xcb (X11), wayland (incl. wayland-egl in older Qt), offscreen (tests, --smoke), Windows, macOS;
    # not eglfs, linuxfb, vnc (a network server), minimal, vkkhrdisplay, direct2d
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"),
    # the desktop portal's file dialogs stay; GTK 3's theme plugin would bring GTK, GDK, cairo, pango,
    # ATK and their libraries (about 20 MB) to borrow GTK's dialogs and colours
    "platformthemes": ("qxdgdesktopportal",),
    # compose keys and IBus (how Chinese is typed on Linux); not Qt's on-screen keyboard, which
    # links the QML/Quick runtime
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    # SVG for the icons; JPEG, GIF and ICO for icon themes and pasted images. Not TIFF, WebP, TGA,
    # WBMP, ICNS, nor QtPdf's PDF-as-image plugin (the preview renders through QPdfDocument)
    "imageformats": ("qsvg", "qjpeg", "qgif", "qico"),
    "iconengines": None,
    # CUPS, for printing the redline; libcups brings GnuTLS and Avahi (about 7 MB) to reach network
    # printers. Left to the host, a newer libcups would load the older libraries the bundle
    # carries (zlib, Kerberos) and could fail, so it stays with the rest.
    "printsupport": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}

#: Qt libraries only what is left out links, matched in lower case anywhere in the path: the QML/
#: Quick runtime (the on-screen keyboard's) and eglfs' device integration. On Linux
#: `without_unreachable_libraries` finds these by itself; the names serve Windows and macOS.
_UNUSED_QT_LIBRARIES = ("virtualkeyboard", "qt6quick", "qt6qml", "qtquick.framework", "qtqml", "qt6eglfs")

#: Python modules never imported by the application
EXCLUDES = [
    # other GUI toolkits, development and packaging tools, big libraries nothing of ours uses
    "tkinter", "_tkinter", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "hypothesis", "pytestqt", "ruff", "setuptools", "pip", "_distutils_hack",
    "readline", "keyring.testing", "PIL._tkinter_finder",
    "IPython", "numpy", "matplotlib",
    # HTTP clients and what they stand on. pyHanko fetches time stamps, OCSP responses, CRLs,
    # certificates and EU trusted lists, and signs remotely (CSC), through aiohttp (or requests, in
    # its older clients); the app does none of that (verify passes allow_fetching=False; no time-stamp
    # authority, DESIGN.md §5). The two modules other pyHanko modules import when they load are
    # replaced by OFFLINE_STANDINS.
    "aiohttp", "aiohappyeyeballs", "aiosignal", "yarl", "multidict", "frozenlist", "propcache",
    "requests", "urllib3", "certifi",
    "pyhanko.sign.timestamps.aiohttp_client", "pyhanko.sign.timestamps.requests_client",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers", "pyhanko_certvalidator.fetchers.requests_fetchers",
    "pyhanko.sign.signers.csc_signer", "pyhanko.sign.validation.qualified.eutl_fetch",
    # TLS, and the standard library's servers and other clients (imported only inside functions:
    # pydoc's server, multiprocessing's XML-RPC, urllib's FTP, lxml's "open in browser"). urllib.request
    # and http.client stay: keyring (jaraco.context) and xml.sax.saxutils import them when they load,
    # and nothing calls them; without ssl they could not speak HTTPS anyway.
    "ssl", "_ssl", "http.server", "socketserver", "xmlrpc", "ftplib", "smtplib", "webbrowser",
    # Pillow loads only because reportlab imports it; our PDFs hold no images. Its AVIF, WebP, colour
    # management and Tk parts carry 6 MB of codecs (PIL.Image skips a plugin that fails to import).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # lxml serves pyHanko's XMP metadata through lxml.etree alone
    "lxml.objectify", "lxml.sax", "lxml.isoschematron", "lxml.ElementInclude", "lxml.cssselect",
]

#: modules that other modules import when they load but that only reach the network: the
#: archive gets a stand-in instead (packaging/offline/), which refuses to be used
OFFLINE_STANDINS = {
    # pyhanko.sign.timestamps imports it for HTTPTimeStamper, and every signer imports that package
    "pyhanko.sign.timestamps.aiohttp_client": PACKAGING / "offline" / "timestamp_client.py",
    # pyhanko.sign.validation.ades imports it for AIOHttpFetcherBackend
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": PACKAGING / "offline" / "fetcher_backend.py",
}


def excludes(qt_bindings_installed: Iterable[str] = ()) -> list[str]:
    """`EXCLUDES` plus every installed PySide6 module the application does not import (among them
    QtNetwork: QtPdf's hook asks for it, but only Qt's C++ library is needed, see README)."""
    unused = sorted(set(qt_bindings_installed) - set(QT_MODULES))
    return [*EXCLUDES, *(f"PySide6.{name}" for name in unused)]


def installed_qt_bindings() -> list[str]:
    """The names of the modules of the installed PySide6 (QtCore, QtNetwork, ..., QtAsyncio)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted({p.name.split(".")[0] for p in folder.iterdir() if p.name.startswith("Qt") and p.name != "Qt"})


def standin_modules() -> Toc:
    """`OFFLINE_STANDINS` as archive entries (name, source, "PYMODULE") for PYZ."""
    return [(name, str(source), "PYMODULE") for name, source in OFFLINE_STANDINS.items()]


def _plugin_kept(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts[0] != "PySide6" or "plugins" not in parts[:-2]:
        return True
    kind = parts[parts.index("plugins") + 1]
    if kind not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[kind]
    stem = parts[-1].split(".")[0].removeprefix("lib")
    return names is None or stem.startswith(names)


def _translation_kept(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not (parts[0] == "PySide6" and "translations" in parts and parts[-1].endswith(".qm")):
        return True
    return parts[-1] in QT_TRANSLATIONS


def without_unused_qt(toc: Toc) -> Toc:
    """`toc` (PyInstaller's (destination, source, kind) entries) without the Qt plugins, libraries
    and translations the application never loads. Apply it to the binaries and to the datas,
    which hold the translations and the symbolic links made to binaries."""
    return [entry for entry in toc
            if _plugin_kept(entry[0]) and _translation_kept(entry[0])
            and not any(part in entry[0].lower() for part in _UNUSED_QT_LIBRARIES)]


def elf_needed(path: str | Path) -> list[str] | None:
    """The DT_NEEDED names of an ELF shared object or executable; None for anything else (a
    Windows DLL, a Mach-O file, an ELF file without section headers)."""
    with open(path, "rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2):
            return None
        wide, order = ident[4] == 2, "<" if ident[5] == 1 else ">"
        f.seek(0x28 if wide else 0x20)
        (shoff,) = struct.unpack(order + ("Q" if wide else "I"), f.read(8 if wide else 4))
        f.seek(0x3A if wide else 0x2E)
        shentsize, shnum = struct.unpack(order + "HH", f.read(4))
        if not shoff or not shnum:
            return None
        layout = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
        sections = []
        for index in range(shnum):
            f.seek(shoff + index * shentsize)
            sections.append(struct.unpack(layout, f.read(struct.calcsize(layout))))
        needed = []
        for _, kind, _, _, offset, size, link, _, _, _ in sections:
            if kind != 6:  # SHT_DYNAMIC
                continue
            strtab_offset = sections[link][4]
            entry = order + ("qQ" if wide else "iI")
            f.seek(offset)
            table = f.read(size)
            for tag, value in struct.iter_unpack(entry, table[:len(table) - len(table) % struct.calcsize(entry)]):
                if tag == 0:  # DT_NULL
                    break
                if tag == 1:  # DT_NEEDED
                    f.seek(strtab_offset + value)
                    needed.append(f.read(256).split(b"\0", 1)[0].decode())
        return needed


def _links(needed: Callable[[str], list[str] | None], src: str) -> list[str] | None:
    try:
        return needed(src)
    except (OSError, struct.error, IndexError, UnicodeDecodeError):
        return None  # unreadable: keep it


def _is_root(entry: tuple[str, str, str]) -> bool:
    """What PyInstaller's loader or Qt opens by itself: extension modules, Qt plugins, libpython."""
    dest, _, kind = entry
    name = PurePosixPath(dest.replace("\\", "/"))
    return kind == "EXTENSION" or "plugins" in name.parts[:-1] or name.name.startswith("libpython")


def without_unreachable_libraries(binaries: Toc,
                                  needed: Callable[[str], list[str] | None] = elf_needed) -> Toc:
    """Keep a shared library only while something kept links it (DT_NEEDED), starting from
    extension modules, Qt plugins and libpython. PyInstaller collects a plugin's libraries; once
    the plugin is gone (GTK's theme, eglfs), so are they. A file `needed` cannot read (not ELF)
    counts as used, so elsewhere than Linux nothing changes."""
    by_name: dict[str, list[int]] = {}
    for index, (dest, _, _) in enumerate(binaries):
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name, []).append(index)
    links = [_links(needed, src) if kind in ("BINARY", "EXTENSION") else None for _, src, kind in binaries]
    stack = [i for i, entry in enumerate(binaries) if _is_root(entry) or links[i] is None]
    kept: set[int] = set()
    while stack:
        index = stack.pop()
        if index in kept:
            continue
        kept.add(index)
        for name in links[index] or ():
            stack.extend(by_name.get(name, ()))
    return [entry for index, entry in enumerate(binaries) if index in kept]


def without_dangling_links(datas: Toc, binaries: Toc) -> Toc:
    """`datas` without the symbolic links (PyInstaller's "SYMLINK" entries, destination -> target
    relative to the destination's folder) whose target is no longer collected."""
    collected = {PurePosixPath(dest) for dest, _, _ in binaries} | {PurePosixPath(dest) for dest, _, _ in datas}

    def target(dest: str, link: str) -> PurePosixPath:
        parts: list[str] = []
        for part in (PurePosixPath(dest).parent / link).parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        return PurePosixPath(*parts)

    return [entry for entry in datas if entry[2] != "SYMLINK" or target(entry[0], entry[1]) in collected]


def trimmed(binaries: Toc, datas: Toc,
            needed: Callable[[str], list[str] | None] = elf_needed) -> tuple[Toc, Toc]:
    """The Analysis' binaries and datas as the one-folder build should collect them."""
    binaries = without_unreachable_libraries(without_unused_qt(binaries), needed)
    return binaries, without_dangling_links(without_unused_qt(datas), binaries)
