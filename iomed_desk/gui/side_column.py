"""The workspace's left column: the search field above the case sidebar, narrower on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: the sidebar's column: this wide when there is room, narrower (not below the minimum) on a small screen
SIDE_WIDTH, SIDE_MIN_WIDTH = 280, 200
WIDE_WINDOW = 1200


class SideColumn(QWidget):
    """The search field above the sidebar: SIDE_WIDTH wide in a window of WIDE_WINDOW or more, else
    SIDE_MIN_WIDTH, so a small screen gives the width to the page (long names wrap in the sidebar)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceSide")
        self.setMinimumWidth(SIDE_MIN_WIDTH)
        self.setMaximumWidth(SIDE_WIDTH)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.maximumWidth(), super().sizeHint().height())

    def fit(self, window_width: int) -> None:
        width = SIDE_WIDTH if window_width >= WIDE_WINDOW else SIDE_MIN_WIDTH
        if width != self.maximumWidth():
            self.setMaximumWidth(width)
            self.updateGeometry()
