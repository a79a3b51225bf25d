"""Cyclic garbage is collected on the GUI thread only: a Qt widget caught in a cycle and released on a
worker is destroyed when the GUI thread's timer collects, never on the worker (which Qt forbids)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QLabel

from iomed_desk.gui.collector import GuiThreadCollector


def test_the_application_collects_on_its_own_thread_with_automatic_collection_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    collector = app.findChild(GuiThreadCollector, "guiThreadCollector")
    assert collector is not None
    assert not gc.isenabled()


def test_a_widget_held_by_a_cycle_released_on_a_worker_is_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    freed_on: list[str] = []

    class Holder:
        """A plain reference cycle holding a widget: only the cyclic collector frees it (and the widget)."""

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    held = Holder()
    held.me = held  # type: ignore[attr-defined]
    held.widget = QLabel("held by a cycle")  # type: ignore[attr-defined]
    holder = [held]
    del held

    def worker() -> None:
        holder.clear()  # the last outside reference goes away on this thread
        kept = [[object()] for _ in range(20_000)]  # enough live containers to cross every threshold here
        del kept

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    # with automatic collection on, the cycle (and the widget with it) is freed on "worker" right here
    assert freed_on == []
    pending = [[] for _ in range(2_000)]  # past the first threshold, so the timer's next round collects
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)  # the GUI thread's timer collects it
    del pending
    assert freed_on == [threading.main_thread().name]
