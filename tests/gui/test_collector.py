"""Cyclic garbage is collected on the GUI thread only: a Qt widget caught in a cycle and released on a
worker is destroyed when the GUI thread's timer collects, never on the worker (which Qt forbids)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from iomed_desk.gui.collector import GuiThreadCollector


def test_the_application_collects_on_its_own_thread_with_automatic_collection_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    collector = app.findChild(GuiThreadCollector, "guiThreadCollector")
    assert collector is not None
    assert not gc.isenabled()


def test_a_widget_in_a_cycle_dropped_on_a_worker_dies_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    destroyed_on: list[object] = []
    gui = QThread.currentThread()

    class Cyclic(QLabel):
        def __init__(self) -> None:
            super().__init__("held by a cycle")
            self.me = self  # a reference cycle: only the cyclic collector frees it
            self.destroyed.connect(lambda: destroyed_on.append(QThread.currentThread()))

    holder = [Cyclic()]

    def worker() -> None:
        holder.clear()  # the last outside reference goes away on this thread
        for _ in range(20_000):  # allocate enough to cross every threshold on this thread
            [object()] * 3  # noqa: B018

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert destroyed_on == []  # nothing was collected on the worker
    app = QApplication.instance()
    app.findChild(GuiThreadCollector, "guiThreadCollector").collect()
    gc.collect()
    qtbot.waitUntil(lambda: destroyed_on != [], timeout=5000)
    assert destroyed_on == [gui]
