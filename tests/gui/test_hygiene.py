"""Process hygiene, the crash hook, `--smoke`, and screen-capture exclusion where the platform has it."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from iomed_desk.core.errors import InvalidInput
from iomed_desk.gui import crash, hygiene, messages
from iomed_desk.gui.main import install_excepthook, parse_args

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_after_setup_the_process_is_not_dumpable_and_writes_no_core(tmp_path: Path) -> None:
    result = _run("import resource\n"
                  "from iomed_desk.gui.hygiene import is_dumpable\n"
                  "from iomed_desk.gui.main import main\n"
                  "before = is_dumpable()\n"
                  "code = main(['--smoke'])\n"
                  "print(code, before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-5:] == ["0", "True", "False", "(0,", "0)"]


def test_smoke_opens_the_start_window_offscreen_and_exits_0(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "iomed_desk.gui.main", "--smoke"], cwd=ROOT,
                            env={**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
                                 "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file()], "a smoke run writes nothing"


def test_harden_process_reports_what_it_did(tmp_path: Path) -> None:
    """In a child process, so the test run itself keeps its usual settings."""
    result = _run("from iomed_desk.gui.hygiene import harden_process\n"
                  "r = harden_process()\n"
                  "print(r.core_dumps_disabled, r.not_dumpable, '|', r.capture_exclusion)\n", tmp_path)
    assert result.returncode == 0, result.stderr
    flags, capture = result.stdout.strip().split(" | ")
    if sys.platform.startswith("linux"):
        assert flags == "True True"
        assert capture.startswith("not available")


def test_arguments() -> None:
    assert parse_args([]).case is None
    assert parse_args(["cases/a.iomed"]).case == Path("cases/a.iomed")
    assert parse_args(["--smoke"]).smoke


def test_a_bug_reaches_the_crash_dialog_and_a_user_error_a_message(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(crash.reported) == 1 and "RuntimeError: a bug" in crash.reported[0]
    crash.reported.clear()
    messages.set_next_answer(messages.Button.Ok)
    error = InvalidInput("Tags are: fact, interest.")
    sys.excepthook(type(error), error, None)
    assert messages.shown[-1] == ("error", "IOMed Desk", "Tags are: fact, interest.")
    assert crash.reported == []


def test_windows_windows_are_excluded_from_capture(qtbot, monkeypatch) -> None:
    calls: list[tuple[int, int]] = []

    class User32:
        @staticmethod
        def SetWindowDisplayAffinity(hwnd: int, affinity: int) -> int:  # noqa: N802 - the Win32 name
            calls.append((hwnd, affinity))
            return 1

    monkeypatch.setattr(hygiene.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"user32": User32}), raising=False)
    guard = hygiene.CaptureGuard()
    assert guard.active
    window = QWidget()
    qtbot.addWidget(window)
    window.installEventFilter(guard)
    window.show()
    assert calls == [(int(window.winId()), hygiene.WDA_EXCLUDEFROMCAPTURE)]


def test_the_capture_guard_costs_nothing_where_it_cannot_act(qapp) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("acts on this platform")
    assert not hygiene.install_capture_guard(qapp).active


@pytest.mark.parametrize("argv", [[], ["cases/a.iomed"], ["--smoke"], ["--smoke", "a b.iomed"], ["a.iomed", "--smoke"],
                                  ["案件.iomed"], ["--", "-odd.iomed"]])
def test_the_quick_reading_of_the_arguments_agrees_with_argparse(argv: list[str]) -> None:
    """The usual command lines are read without argparse (it costs the first paint ~4 ms); whatever
    the quick reading accepts, argparse reads the same way, and the rest goes to argparse."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("case", nargs="?", type=Path)
    parser.add_argument("--smoke", action="store_true")
    expected = parser.parse_args(argv)
    got = parse_args(argv)
    assert (got.case, got.smoke) == (expected.case, expected.smoke)


def test_other_arguments_get_argparse_and_its_message(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        parse_args(["a.iomed", "b.iomed"])
    assert "unrecognized arguments: b.iomed" in capsys.readouterr().err
