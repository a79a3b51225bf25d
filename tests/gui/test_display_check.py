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


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xwininfo")),
                    reason="needs Xvfb and xwininfo (Debian packages xvfb, x11-utils; make test installs them)")
def test_the_window_opens_on_a_bare_x_server(tmp_path: Path) -> None:
    """`iomed-desk` with no arguments on an X server with no other client (which resets when its last
    client leaves, as the display check's own connection once made it do): the window appears."""
    import time

    number = 90 + os.getpid() % 9
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env |= {"DISPLAY": f":{number}", "XDG_CONFIG_HOME": str(tmp_path)}
        deadline = time.monotonic() + 30
        while subprocess.run(["xwininfo", "-root"], env=env, capture_output=True).returncode != 0:
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        app = subprocess.Popen([sys.executable, "-m", "iomed_desk"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        while "IOMed Desk" not in subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                                                 text=True).stdout:
            assert app.poll() is None, f"the app ended: {app.communicate()[1]}"
            assert time.monotonic() < deadline, "no window within 30 s"
            time.sleep(0.2)
    finally:
        if app is not None:
            app.terminate()
            app.communicate(timeout=10)
        server.terminate()
        server.wait(10)
