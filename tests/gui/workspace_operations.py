"""The workspace operations a mediator performs, as one script shared by a test and a benchmark.

`tests/gui/test_workspace_responsiveness.py` runs it to check that each
operation works and that the slow work runs off the GUI thread;
`benchmarks/bench_gui_thread.py` runs the very same steps to measure how long
each holds the GUI thread. Each step is one call on the GUI thread; the caller's
`step(label, operation)` runs it (and turns the event loop once, for the events
it posted). The search is started through the caller's `search(start)`, which
waits for the hits in its own way.
"""

from __future__ import annotations

from collections.abc import Callable

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Tag
from iomed_desk.gui.process_attendance import AttendanceDialog
from iomed_desk.gui.settings import Settings
from iomed_desk.gui.workspace import CaseWorkspace

Step = Callable[[str, Callable[[], object]], None]
Search = Callable[[Callable[[], object]], None]

PARAGRAPH = ("The consortium says the berth handover slipped because the dredging permit came late; the "
             "authority says the design changes were the consortium's. Both want the terminal running. ")
QUERY = "berth dredging"
NOTES = 250
SIZE = (1280, 800)


def add_notes(session: CaseSession, count: int = NOTES) -> None:
    """`count` notes of eight paragraphs, spread over every channel; a third of the joint ones on the joint screen."""
    channels = [Channel.joint(), *(p.channel for p in session.case.parties), Channel.mediator()]
    for i in range(count):
        channel = channels[i % len(channels)]
        session.take_note(channel, f"Note {i} on the berths", PARAGRAPH * 8, frozenset({Tag.FACT, Tag.INTEREST}),
                          on_joint_screen=channel == Channel.joint() and i % 3 == 0)


def open_workspace(session: CaseSession, settings: Settings, step: Step) -> CaseWorkspace:
    """The workspace as the main window makes it when a case opens, then its first paint."""
    made: list[CaseWorkspace] = []
    step("open the workspace", lambda: made.append(CaseWorkspace(session, settings)))
    ws = made[0]
    ws.resize(*SIZE)
    step("first paint", ws.show)
    return ws


def start_session(ws: CaseWorkspace, channel: Channel) -> None:
    """Start a session as the mediator does: the workspace asks who is in the room, Start takes the list
    as filled (the case's agreement to mediate is on record, so that is the only question)."""
    dialog = ws.start_session(channel)
    assert isinstance(dialog, AttendanceDialog), dialog
    dialog.submit()


def exercise(ws: CaseWorkspace, session: CaseSession, step: Step, search: Search) -> None:
    """Every page, eight notes, a caucus with a new long note saved, the joint screen, a disclosure, a search, a lock."""
    for key in ws.sidebar.entry_keys():
        label = "first visit to the Drafts page" if key == "drafts" else "open a page"
        step(label, lambda k=key: ws.navigate(k))
    party = session.case.parties[0].channel
    ws.navigate(str(party))
    for row in range(min(8, ws.notes.model.rowCount())):
        step("open a note", lambda r=row: ws.notes.list_view.setCurrentIndex(ws.notes.model.index(r)))
    step("start a caucus", lambda: start_session(ws, party))
    step("new note", ws.new_note)
    ws.notes.editor.body_edit.setPlainText(PARAGRAPH * 20)
    step("save a note", ws.save_pending)
    step("open the joint screen", ws.menu_actions()["view.joint_screen"].trigger)
    step("save with the joint screen open", lambda: (
        ws.notes.editor.body_edit.appendPlainText("more"), ws.save_pending()))
    step("disclosure dialog", lambda: ws.disclose_note().reject())
    step("end the session", ws.end_session)
    step("audit log", lambda: ws.navigate("audit"))
    search(lambda: ws.search_panel.search(QUERY))
    step("lock", ws.prepare_lock)
