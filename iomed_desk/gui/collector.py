"""Python's cyclic garbage collection, on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. A Qt
object caught in a reference cycle (a dialog held by a lambda it holds, say) and collected on a
worker is destroyed on that worker, which Qt forbids: fonts and text layouts then fail later, at
random, inside the GUI thread (seen as crashes in QTextLayout). So automatic collection is off
while the application runs, and a timer on the GUI thread collects instead, generation by
generation, when the counts pass the usual thresholds (the pattern calibre uses). Reference
counting, which frees almost everything, is unchanged.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owned by the application; `collect` runs from its timer on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; return the objects found."""
        first, second, third = gc.get_count()
        found = 0
        if first > self._threshold[0]:
            found += gc.collect(0)
            if second > self._threshold[1]:
                found += gc.collect(1)
                if third > self._threshold[2]:
                    found += gc.collect(2)
        return found


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once for `app` (idempotent) and return it."""
    existing = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)
