"""Shortcuts named in more than one place, kept where importing them loads nothing else.

The main window's menus show the panic key at start-up, before `gui/lock.py` (which catches it
and imports the unlock dialog and the case layers) is loaded.
"""

from __future__ import annotations

#: lock the case at once, from any window of the application (gui/lock.py's `IdleWatcher` catches it)
PANIC_SHORTCUT = "Ctrl+Shift+L"
