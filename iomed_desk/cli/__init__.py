"""The command line, `iomed-desk`: one module per group of commands, as the GUI has `gui/`.

`entry` builds the parser and runs a command (`main`, the console script and `python -m
iomed_desk`); `case_commands` holds new, demo, info, check, backup, export and passwd; `signing`
holds identity and verify; `passphrases` reads passphrases from the terminal or stdin.
"""

from iomed_desk.cli.entry import main

__all__ = ["main"]
