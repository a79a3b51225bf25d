"""Every workspace operation works on the demo case and on one with 250 notes, with no slow work on the GUI thread.

The operations are those of `tests/gui/workspace_operations.py`. No stopwatch
here (STYLE.md, Tests): how long each operation holds the GUI thread is a figure
of `benchmarks/bench_gui_thread.py`, against a bare QWidget measured in the same
run. This test checks what no machine load can change: each operation does its
job; the search runs on the pool while the GUI thread keeps answering, shows that
it is busy until the hits arrive and then shows them all; and no operation
derives a key, copies the file, renders, signs, verifies or searches on the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from iomed_desk.app.case_session import MEDIATOR, CaseSession
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.export.render import render_pdf
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.verify import verify_pdf
from iomed_desk.gui.settings import Settings
from iomed_desk.gui.workspace import CaseWorkspace
from iomed_desk.store import search as search_store
from iomed_desk.store.database import CaseDatabase
from iomed_desk.store.keys import derive_key
from tests.gui.threads import ThreadSpy
from tests.gui.workspace_operations import QUERY, add_notes, exercise, open_workspace

pytest_plugins = ("tests.gui.workspace_fixtures",)

#: slow work that no workspace operation may run on the GUI thread
SLOW_WORK = (derive_key, CaseDatabase.export_copy, render_pdf, sign_pdf, verify_pdf, search_store.search)


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.iomed"
    write_demo(path, DEMO_PASSPHRASE)
    return path


@pytest.fixture
def demo_session(demo_case: Path) -> Iterator[CaseSession]:
    session = unlock(demo_case, DEMO_PASSPHRASE)
    yield session
    session.close()


def step(label: str, operation: Callable[[], object]) -> None:
    """One operation and the events it posted; an operation that reports failure (False) fails the test."""
    result = operation()
    QCoreApplication.processEvents()
    assert result is not False, f"{label}: the operation said it could not"


def shown_hits(ws: CaseWorkspace) -> int:
    results = ws.search_panel.results
    return sum(results.topLevelItem(i).childCount() for i in range(results.topLevelItemCount()))


def run_through(qtbot, session: CaseSession, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    with ThreadSpy(*SLOW_WORK) as slow:
        ws = open_workspace(session, settings, step)
        qtbot.addWidget(ws)
        panel = ws.search_panel
        shown: list[int] = []

        def search(start: Callable[[], object]) -> None:
            start()
            assert panel.busy and panel.status.text() == "Searching…"
            qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
            shown.append(shown_hits(ws))

        exercise(ws, session, step, search)
    print(f"\nslow work seen: {slow.summary()}")
    slow.assert_ran_off_the_gui_thread(search_store.search)
    assert shown == [len(session.search(QUERY, MEDIATOR))], "the panel shows every hit the search found"
    assert panel.results.topLevelItemCount() == 0, "the lock cleared the hits"


def test_the_demo_case_works_and_keeps_slow_work_off_the_gui_thread(qtbot, demo_session: CaseSession,
                                                                     settings: Settings) -> None:
    run_through(qtbot, demo_session, settings)


def test_a_case_with_250_notes_works_and_keeps_slow_work_off_the_gui_thread(qtbot, case_factory,
                                                                             settings: Settings) -> None:
    session = case_factory()
    add_notes(session)
    run_through(qtbot, session, settings)
    assert len(session.search(QUERY, MEDIATOR)) > 0
