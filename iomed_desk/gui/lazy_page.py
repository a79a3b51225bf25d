"""A page built the first time it is shown, so opening a case stays quick.

It stands in the workspace's page stack and forwards the page protocol
(`refresh`, `save_pending`, `prepare_lock`, `apply_change`, `set_read_only`) to
the real page once it exists; before that there is nothing to save or wipe, and
a read-only reason is kept for the page when it is built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from iomed_desk.app.changes import Change


class LazyPage(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        self._read_only = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self._build(self)
            self._layout.addWidget(self.page)
            if self._read_only and hasattr(self.page, "set_read_only"):
                self.page.set_read_only(self._read_only)
        return self.page

    def refresh(self) -> None:
        """On the first visit the page is built (and fills itself); afterwards it is refreshed."""
        if self.page is None:
            self.ensure()
        elif hasattr(self.page, "refresh"):
            self.page.refresh()

    def save_pending(self) -> bool:
        return self.page.save_pending() if self.page is not None and hasattr(self.page, "save_pending") else True

    def prepare_lock(self) -> None:
        if self.page is not None and hasattr(self.page, "prepare_lock"):
            self.page.prepare_lock()

    def set_read_only(self, reason: str) -> None:
        """The case takes no more writes (the termination): the page's write actions go off, saying `reason`."""
        self._read_only = reason
        if self.page is not None and hasattr(self.page, "set_read_only"):
            self.page.set_read_only(reason)

    def apply_change(self, change: Change) -> None:
        if self.page is not None and hasattr(self.page, "apply_change"):
            self.page.apply_change(change)
