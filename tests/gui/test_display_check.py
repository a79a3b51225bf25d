"""Started where no window can open, the app says why in one line instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iomed_desk.gui.display_check import display_problem, missing_xcb_library

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland checks")


def start_gui(env_changes: dict[str, str | None]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    return subprocess.run([sys.executable, "-m", "iomed_desk", "gui"], capture_output=True, text=True,
                          env=env, timeout=60)


def test_no_display_at_all_is_one_line_and_exit_2() -> None:
    res = start_gui({})
    assert res.returncode == 2
    assert res.stderr.splitlines() == [
        "iomed-desk: No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set): start "
        "IOMed Desk from a desktop session, or use the command line (iomed-desk --help)."]


def test_a_display_nobody_serves_is_one_line() -> None:
    res = start_gui({"DISPLAY": ":97"})
    assert res.returncode == 2
    assert res.stderr.splitlines() == [
        "iomed-desk: Cannot connect to the display :97: is the X server running, and may this user open "
        "windows on it?"]


def test_a_chosen_platform_or_wayland_is_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}) is not None  # xcb chosen, but no DISPLAY


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc to build a library with a missing dependency")
def test_a_missing_system_library_is_named_with_its_package(tmp_path: Path) -> None:
    """A stand-in for Qt's X11 platform library that links a library the system lacks."""
    name = "libiomed-absent-xcb-part.so.0"
    (tmp_path / "c.c").write_text("int stand_in(void) { return 0; }\n")
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", tmp_path / name, tmp_path / "c.c",
                    f"-Wl,-soname,{name}"], check=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", tmp_path / "libQt6XcbQpa.so.6", tmp_path / "c.c",
                    f"-L{tmp_path}", "-Wl,--no-as-needed", f"-l:{name}"], check=True)
    (tmp_path / name).unlink()  # now the system lacks it
    assert missing_xcb_library(tmp_path) == name
    problem = display_problem({"DISPLAY": ":0"}, qt_libraries=tmp_path)
    assert problem == f"Qt cannot open a window here: the system library {name} is missing."
