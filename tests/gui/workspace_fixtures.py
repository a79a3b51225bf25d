"""Fixtures and helpers for the case-workspace tests: real case files, a workspace on screen, typing notes.

Test modules load the fixtures with
`pytest_plugins = ("tests.gui.workspace_fixtures",)` and import the helpers as usual
(PYTEST_DONT_REWRITE: the module is imported before pytest loads it as a plugin).
Every note text a test types carries a unique marker, so "this text never
appears there" checks can look for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import NewCase, NewParty, create_case, open_with_key
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName
from iomed_desk.gui.settings import Settings
from iomed_desk.gui.workspace import CaseWorkspace
from tests.conftest import PASSPHRASE
from tests.gui.conftest import flush_events
from tests.ready_case import ready_for_sessions

PARTIES = ("Harbour Authority of Porto Novo", "Meridian Build Consortium", "Eastern Development Bank")


def mark(label: str) -> str:
    """A unique word that appears only where the test put it."""
    return f"QQ{label.upper()}{uuid.uuid4().hex[:8]}"


class CaseMaker:
    """Real case files in a temp folder, each with its own fake clock; all closed at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sessions: list[CaseSession] = []
        self.clocks: dict[int, FakeClock] = {}

    def __call__(self, rule_set: RuleSetName = RuleSetName.CONSENT, parties: int = 3, *,
                 agreed: bool = True) -> CaseSession:
        """A case ready for sessions, its agreement to mediate on record (tests/ready_case.py); with
        `agreed=False` the case as just created, for the tests of what the first session asks for."""
        clock = FakeClock()
        spec = NewCase(reference="IOMed/2026/031", title="Porto Novo container terminal", kind=CaseKind.INVESTMENT,
                       mediators=("Dr Lin Wai-man",),
                       parties=tuple(NewParty(PARTIES[i], PartyKind.COMPANY, (f"Counsel {i + 1}",))
                                     for i in range(parties)),
                       rule_set=rule_set)
        session = create_case(self.folder / f"case-{len(self.sessions)}.iomed", PASSPHRASE, spec, clock=clock)
        if agreed:
            ready_for_sessions(session)
        self.sessions.append(session)
        self.clocks[id(session)] = clock
        return session

    def clock(self, session: CaseSession) -> FakeClock:
        return self.clocks[id(session)]

    def reopen(self, session: CaseSession) -> CaseSession:
        """Close and open the same file again with its key (no key derivation)."""
        key, path, clock = session.db.key, session.path, self.clock(session)
        session.close()
        again = open_with_key(path, key, clock=clock)
        self.sessions.append(again)
        self.clocks[id(again)] = clock
        return again

    def close_all(self) -> None:
        for session in self.sessions:
            if session.is_open:
                session.close()


@pytest.fixture
def case_factory(tmp_path: Path) -> Iterator[CaseMaker]:
    maker = CaseMaker(tmp_path)
    yield maker
    maker.close_all()


WorkspaceFactory = Callable[[CaseSession], CaseWorkspace]


@pytest.fixture
def workspace_factory(qtbot, settings: Settings) -> Iterator[WorkspaceFactory]:  # type: ignore[no-untyped-def]
    made: list[CaseWorkspace] = []

    def make(session: CaseSession) -> CaseWorkspace:
        workspace = CaseWorkspace(session, settings)
        workspace.resize(1280, 800)
        with qtbot.waitExposed(workspace):
            workspace.show()
        with qtbot.waitActive(workspace):
            workspace.activateWindow()
        made.append(workspace)
        return workspace

    yield make
    for workspace in made:
        if workspace.joint_screen is not None:
            workspace.joint_screen.close()
        workspace.close()
        workspace.deleteLater()
    flush_events()


def open_channel(qtbot, workspace: CaseWorkspace, channel: Channel) -> None:  # type: ignore[no-untyped-def]
    """Click the channel's sidebar entry."""
    item = workspace.sidebar.item_for(str(channel))
    assert item is not None
    rect = workspace.sidebar.visualItemRect(item)
    qtbot.mouseClick(workspace.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.page == str(channel)


def type_note(qtbot, workspace: CaseWorkspace, channel: Channel, title: str, body: str,  # type: ignore[no-untyped-def]
              *, save: bool = True) -> str:
    """Open the channel, press "New note", type the title and the body; save at once unless told not to."""
    open_channel(qtbot, workspace, channel)
    qtbot.mouseClick(workspace.notes.new_button, Qt.MouseButton.LeftButton)
    editor = workspace.notes.editor
    note_id = editor.note_id
    assert note_id is not None and editor.title_edit.hasFocus()
    qtbot.keyClicks(editor.title_edit, title)
    editor.body_edit.setFocus()
    type_text(qtbot, editor.body_edit, body)
    if save:
        assert workspace.save_pending()
    return note_id


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key by key; a line break is the Return key."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
          Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.UserRole + 1,
          Qt.ItemDataRole.UserRole + 2)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Every string an item model gives for any row, column, role and child."""
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def texts_of_one(w: QWidget) -> list[str]:
    """What one widget shows or holds: texts, titles, tips, names, documents (also as HTML), models, actions."""
    found = [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(),
             w.accessibleDescription()]
    if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
        found.append(w.text())
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        found += [w.toPlainText(), w.document().toHtml()]
    if isinstance(w, QComboBox):
        found += [w.currentText(), *(w.itemText(i) for i in range(w.count()))]
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        found += list(model_texts(w.model()))
    if isinstance(w, QGroupBox):
        found.append(w.title())
    for action in w.actions():
        found += [action.text(), action.toolTip()]
    return [t for t in found if t]


def texts_of(widget: QWidget) -> list[str]:
    """Every text `widget` and its children show or hold."""
    return [t for w in [widget, *widget.findChildren(QWidget)] for t in texts_of_one(w)]


def holders(marker: str) -> list[str]:
    """Every live widget in the application that holds `marker` in any text."""
    return [f"{type(w).__name__} {w.objectName()!r}" for w in QApplication.allWidgets()
            if any(marker in t for t in texts_of_one(w))]
