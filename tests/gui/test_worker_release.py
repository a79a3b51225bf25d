"""A slow job's closure may hold the last reference to a Qt object (a dialog, through a bound method):
it must be released on the GUI thread, never on the pool thread (Qt forbids destroying it there; text
layouts then crashed at random on the GUI thread)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from iomed_desk.gui.worker import run_in_background


def test_a_widget_only_a_job_holds_is_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    freed_on: list[str] = []
    delivered: list[object] = []

    class Held:
        """Stands for what a job's lambda captures; its widget dies with it."""

        def __init__(self) -> None:
            self.widget = QLabel("only the job holds me")

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_job(held: Held):  # type: ignore[no-untyped-def]
        return lambda: held and "done"  # the job's callable is the only holder once `held` goes

    job = make_job(Held())
    relay = run_in_background(job, delivered.append, delivered.append)
    del job, relay
    qtbot.waitUntil(lambda: delivered == ["done"], timeout=10000)
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread().name]
