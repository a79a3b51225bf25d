"""Measure how long the GUI thread stops answering: a 5 ms timer notes the longest gap between its ticks.

Use around an operation that must not block (`with StallDetector() as stall: ...`),
while the test waits with qtbot (which runs the event loop). `longest_ms` is the
worst stall seen, in milliseconds, beyond the timer's own interval.
"""

from __future__ import annotations

import time
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer


class StallDetector(QObject):
    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - self.interval_ms
        self.longest_ms = max(self.longest_ms, gap)
        self._last = now
        self.ticks += 1

    def start(self) -> StallDetector:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def stop(self) -> float:
        self._timer.stop()
        self._tick()  # the time since the last tick counts too
        return self.longest_ms

    def __enter__(self) -> StallDetector:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
