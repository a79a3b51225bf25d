"""Before Qt opens a window: is there a display, and can Qt's X11 platform load?

Without either, Qt prints several lines and aborts the process ("could not load the Qt platform
plugin"). `display_problem` says instead, in one line, what is missing and what to do; `main`
prints it and exits 2. Only Linux and the BSDs are checked: Windows and macOS always have a display.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

#: where the Debian package that ships a missing library is not simply the library's name
_DEBIAN_PACKAGES = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
                    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
                    "libxcb-image.so.0": "libxcb-image0", "libxcb-render-util.so.0": "libxcb-render-util0"}


def display_problem(env: Mapping[str, str] | None = None, qt_libraries: Path | None = None) -> str | None:
    """None when a window can open; otherwise the one line to show."""
    env = os.environ if env is None else env
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: chosen on purpose
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set): start IOMed "
                "Desk from a desktop session, or use the command line (iomed-desk --help).")
    missing = missing_xcb_library(qt_libraries)
    if missing:
        package = _DEBIAN_PACKAGES.get(missing, "")
        how = f" (Debian and Ubuntu: sudo apt-get install {package})" if package else ""
        return f"Qt cannot open a window here: the system library {missing} is missing{how}."
    if not x_server_answers(env["DISPLAY"]):
        return (f"Cannot connect to the display {env['DISPLAY']}: is the X server running, and may "
                "this user open windows on it?")
    return None


#: the probe's connection, held until Qt has its own: an X server with no other client (a bare
#: Xvfb) resets when its last client leaves, and would refuse Qt during the reset
_probe: tuple[ctypes.CDLL, int] | None = None


def x_server_answers(display: str) -> bool:
    """Connect to the X server the way Qt will (libxcb); the connection stays open until `release_probe`."""
    global _probe
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    if connection is None:
        return False
    if xcb.xcb_connection_has_error(connection) != 0:
        xcb.xcb_disconnect(connection)
        return False
    release_probe()
    _probe = (xcb, connection)
    return True


def release_probe() -> None:
    """Close the probe's connection (once Qt is connected)."""
    global _probe
    if _probe is not None:
        xcb, connection = _probe
        _probe = None
        xcb.xcb_disconnect(connection)


def missing_xcb_library(qt_libraries: Path | None = None) -> str | None:
    """The first shared library Qt's X11 platform needs that the system lacks, or None."""
    if qt_libraries is None:
        from PySide6.QtCore import QLibraryInfo

        qt_libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    xcb_qpa = qt_libraries / "libQt6XcbQpa.so.6"
    if not xcb_qpa.exists():
        return None  # a Qt without the X11 platform: nothing to check here
    # the platform's own libraries, then libxcb-cursor, which Qt 6.5+ loads by name and requires
    for library in (str(xcb_qpa), "libxcb-cursor.so.0"):
        try:
            ctypes.CDLL(library)
        except OSError as exc:
            found = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", str(exc))
            return found.group(1) if found else str(exc)
    return None
