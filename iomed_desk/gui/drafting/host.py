"""The page the drafting dialogs open from, as the dialogs see it.

`DraftsPage` is the one such page. The dialogs are typed against this base
class rather than the page itself, so they need not import the module that
imports them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change


class DraftingHost(QWidget):
    """Owns the case session, keeps one dialog open at a time, and runs the app operation a dialog asks for."""

    @property
    def session(self) -> CaseSession:
        raise NotImplementedError

    def run(self, operation: Callable[[], Change], number: int | None = None) -> Change | None:
        """Run one app operation; show a refusal as a message, report success, redraw."""
        raise NotImplementedError

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        """Open a dialog without blocking; `on_accept` runs if it is accepted."""
        raise NotImplementedError
