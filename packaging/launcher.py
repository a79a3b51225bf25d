"""The frozen application's entry point: PyInstaller runs this file as `__main__`.

One script serves both executables of the one-folder build, as the two
scripts of `pyproject.toml` do for an installed package:

- `iomed-desk` is the command line (`iomed_desk.cli:main`); with no arguments it
  starts the window, so it is all a Linux build needs.
- `iomed-desk-gui` (Windows and macOS only) is the window without a console
  (`iomed_desk.gui.main:main`): what the Start menu, Finder and a double-clicked
  `*.iomed` file start, with the case file as its argument.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

GUI_EXECUTABLE = "iomed-desk-gui"


def _is_gui_executable() -> bool:
    return Path(sys.executable).stem.lower() == GUI_EXECUTABLE


def _gui_arguments(argv: list[str]) -> list[str]:
    """Drop the process serial number old macOS versions pass to apps started from Finder."""
    return [arg for arg in argv if not arg.startswith("-psn_")]


def _give_windowed_process_streams() -> None:
    """A windowed Windows executable has no stdout/stderr; argparse and warnings must not crash on that."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def main() -> int:
    argv = sys.argv[1:]
    if _is_gui_executable():
        _give_windowed_process_streams()
        from iomed_desk.gui.main import main as gui_main

        return gui_main(_gui_arguments(argv))
    from iomed_desk.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
