"""Run one slow `app` call on the thread pool and deliver its result back on the GUI thread.

The one road for slow work (key derivation, search, export, signing): the GUI
thread never waits. A `UserError` arrives as its message; any other exception
goes to the crash dialog's handler.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from iomed_desk.core.errors import UserError


class _Relay(QObject):
    """Lives on the GUI thread; its queued connections carry the worker's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)

    def __init__(self, on_success: Callable[[Any], None], on_error: Callable[[str], None],
                 on_crash: Callable[[str], None]) -> None:
        super().__init__()
        self._callbacks = (on_success, on_error, on_crash)
        self.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self.crashed.connect(self._on_crash, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        _live.discard(self)
        _release_handed_back()
        self._callbacks[0](result)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        _live.discard(self)
        _release_handed_back()
        self._callbacks[1](message)

    @Slot(str)
    def _on_crash(self, details: str) -> None:
        _live.discard(self)
        _release_handed_back()
        self._callbacks[2](details)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self.relay: _Relay | None = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        # The worker must never drop the last reference to the job's callable or its relay: they
        # hold Qt objects (a dialog's bound methods, the relay itself), and a Qt object freed here
        # would be destroyed on this thread, which Qt forbids (text layouts then crash at random on
        # the GUI thread). Both go to `_handed_back`, which only the GUI thread empties.
        fn, relay = self.fn, self.relay
        self.fn = self.relay = None
        assert fn is not None and relay is not None
        try:
            result = fn()
        except UserError as exc:
            _handed_back.append(fn)
            relay.failed.emit(exc.message)
        except Exception:  # noqa: BLE001 - a bug: report it, never kill the pool thread
            _handed_back.append(fn)
            relay.crashed.emit("".join(traceback.format_exception(*sys.exc_info())))
        else:
            _handed_back.append(fn)
            relay.succeeded.emit(result)
        _handed_back.append(relay)
        del fn, relay


#: what workers hand back for the GUI thread to release (list.append is atomic under the GIL)
_handed_back: list[object] = []


def _release_handed_back() -> None:
    """On the GUI thread: drop what finished jobs handed back (their Qt objects die here)."""
    while _handed_back:
        _handed_back.pop()


_live: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_error: Callable[[str], None], on_crash: Callable[[str], None] | None = None) -> _Relay:
    """Start `fn` on the global pool; exactly one of the callbacks runs later, on the GUI thread."""
    _release_handed_back()
    relay = _Relay(on_success, on_error, on_crash or _default_crash)
    _live.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))
    return relay


def _default_crash(details: str) -> None:
    from iomed_desk.gui.crash import show_crash

    show_crash(details)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """For quitting and tests: wait for running jobs (their results are still delivered by the event loop)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
