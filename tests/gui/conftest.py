"""GUI test fixtures: the real application set-up, settings in the private test HOME, no stray dialogs.

- QSettings (INI, as the application writes them) live under the test HOME,
  so `test_settings_files.py` can scan exactly what a run wrote; that module
  runs last.
- `messages` pre-answers and its record are reset for each test; an unused
  pre-answer fails the test (it means an expected question never came).
- The crash dialog is never shown; any crash reported during a test fails it.
- Case content in these tests carries MARKER, so scans can look for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from iomed_desk.app.opening import NewCase, NewParty, unlock
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName
from iomed_desk.gui import crash, messages
from iomed_desk.gui.main import configure_application
from iomed_desk.gui.settings import Settings
from iomed_desk.gui.worker import wait_for_all
from tests.conftest import PASSPHRASE, TEST_HOME
from tests.ready_case import create_ready_case

#: every case title, party name and note typed by these tests contains this
MARKER = "ZQXMARK"
#: content that must never reach a file outside the case: the marker, and fixed titles and names used by tests
CONTENT = (MARKER, "Porto Novo container terminal", "Harbour Authority of Porto Novo", "Meridian Build Consortium",
           "Port Selene")
#: content found in a settings file after some test (checked by test_settings_files, which runs last)
SETTINGS_LEAKS: list[str] = []


def content_hits(data: bytes, needles: tuple[str, ...] = CONTENT) -> list[str]:
    """Which of `needles` occur in `data`, in UTF-8 or UTF-16 (either byte order)."""
    return [n for n in needles
            if any(enc in data for enc in (n.encode("utf-8"), n.encode("utf-16-le"), n.encode("utf-16-be")))]


def _settings_files() -> list[Path]:
    folder = TEST_HOME / ".config"
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".ini", ".conf")]


def marker(label: str) -> str:
    return f"{MARKER}-{label}-{uuid.uuid4().hex[:8]}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The settings-file scan looks at what the whole run wrote, so it runs after every other test."""
    last = [i for i in items if i.module is not None and i.module.__name__.endswith("test_settings_files")]
    items[:] = [i for i in items if i not in last] + last


@pytest.fixture(scope="session", autouse=True)
def _application(qapp: QApplication) -> QApplication:
    configure_application(qapp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TEST_HOME / ".config"))
    crash._suppress_dialog = True
    return qapp


def flush_events() -> None:
    """Deliver queued worker results and run deferred deletions."""
    wait_for_all()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _clean_slate(_application: QApplication, request: pytest.FixtureRequest) -> Iterator[None]:
    QSettings().clear()
    QSettings().sync()
    messages._next_answers.clear()
    messages.shown.clear()
    crash.reported.clear()
    yield
    flush_events()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    flush_events()
    QSettings().sync()
    for path in _settings_files():  # before the next test clears them
        SETTINGS_LEAKS.extend(f"{path.name} after {request.node.nodeid}: {hit}"
                              for hit in content_hits(path.read_bytes()))
    unused = list(messages._next_answers)
    messages._next_answers.clear()
    reported = list(crash.reported)
    crash.reported.clear()
    assert not reported, "a crash was reported:\n" + "\n".join(reported)
    assert not unused, f"pre-answered questions were never asked: {unused}"


@pytest.fixture
def settings() -> Settings:
    return Settings()


def make_case(path: Path, title: str | None = None, passphrase: str = PASSPHRASE,
              rule_set: RuleSetName = RuleSetName.CONSENT) -> Path:
    """A real case file with marked title and party names and its agreement to mediate on record (ready for
    sessions, tests/ready_case.py), closed again."""
    spec = NewCase(reference="IOMed/2026/042", title=title or marker("title"), kind=CaseKind.COMMERCIAL,
                   mediators=("Dr Ada Mensah",),
                   parties=(NewParty(marker("party-a"), PartyKind.COMPANY, ("Counsel A",)),
                            NewParty(marker("party-b"), PartyKind.STATE, ("Agent B",))),
                   rule_set=rule_set)
    create_ready_case(path, passphrase, spec).close()
    return path


def open_case(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Open `path` in the main window as an unlock would (the key derived here, on the test's thread)."""
    window.adopt(unlock(path, PASSPHRASE), "Case opened")
    assert window.workspace is not None


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    return make_case(tmp_path / "marked.iomed")


@pytest.fixture
def window(qtbot, settings: Settings):  # type: ignore[no-untyped-def]
    """The main window, shown; whatever case it holds is closed afterwards."""
    import iomed_desk.gui.workspace  # noqa: F401 - loaded, as main() has it loaded before a passphrase is typed
    from iomed_desk.gui.main_window import MainWindow

    w = MainWindow(settings)
    w.show()
    qtbot.waitExposed(w)
    yield w
    flush_events()
    w.close()
    w.deleteLater()
    flush_events()
