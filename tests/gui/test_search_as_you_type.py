"""Search as you type (issue 15, item 5): off the GUI thread, the newest hits first then the ranked list,
and an answer overtaken by a keystroke is never drawn."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Channel
from iomed_desk.gui.search_panel import FIRST_HITS, NOTE_ROLE
from tests.gui.threads import ThreadSpy
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _drawn(panel) -> list[tuple[str, str, list[str]]]:  # type: ignore[no-untyped-def]
    """Every list the panel draws: (stage, the field's text then, the hits' ids in order)."""
    seen: list[tuple[str, str, list[str]]] = []
    panel.shown.connect(lambda stage: seen.append(
        (stage, panel.field.text(), [i.data(0, NOTE_ROLE) for i in panel.results.hits()])))
    return seen


def test_typing_shows_the_newest_first_then_the_ranked_list_all_off_the_gui_thread(
        qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    word = mark("berth").lower()
    # the oldest ten carry the word in their title (bm25 weighs titles up): the ranked list puts them on top,
    # while the newest twenty, shown first, carry it in the text only
    titled = [session.take_note(Channel.joint(), f"{word} terms {i}", "Schedule.").created_id for i in range(10)]
    plain = [session.take_note(Channel.joint(), f"Item {i}", f"The {word} slips.").created_id for i in range(25)]
    ws = workspace_factory(session)
    panel = ws.search_panel
    drawn = _drawn(panel)

    with ThreadSpy(CaseSession.first_results, CaseSession.search) as spy:
        qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
        qtbot.keyClicks(ws.search_field, word)
        qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    spy.assert_ran_off_the_gui_thread()

    stages = [stage for stage, _text, _ids in drawn]
    assert stages == ["first", "final"], drawn  # typing paused once: one query, drawn twice
    first, final = drawn[0][2], drawn[1][2]
    assert first == list(reversed(plain))[:FIRST_HITS]  # the newest twenty, newest first
    assert set(final) == set(titled + plain)
    assert set(final[:10]) == set(titled)
    assert panel.status.text() == "35 notes found."


def test_an_answer_overtaken_by_a_keystroke_is_never_drawn(qtbot, case_factory, workspace_factory,
                                                            monkeypatch) -> None:
    session = case_factory()
    old, new = mark("anchor").lower(), mark("buoy").lower()
    stale = {session.take_note(Channel.joint(), f"{old} note {i}", "").created_id for i in range(3)}
    fresh = {session.take_note(Channel.joint(), f"{new} note", "").created_id}
    ws = workspace_factory(session)
    panel = ws.search_panel
    drawn = _drawn(panel)

    real = CaseSession.first_results
    started, release = threading.Event(), threading.Event()

    def held_back(self, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        """The real query, held on the worker while it is for the old word (a slow query over a big case)."""
        if old in text:
            started.set()
            release.wait(20)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(CaseSession, "first_results", held_back)
    try:
        ws.focus_search()
        qtbot.keyClicks(ws.search_field, old)
        qtbot.waitUntil(started.is_set, timeout=10_000)  # the old word's query is running on a worker
        ws.search_field.selectAll()
        qtbot.keyClicks(ws.search_field, new)  # the person types on
        qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    finally:
        release.set()
    qtbot.wait(300)
    from tests.gui.conftest import flush_events

    flush_events()
    assert drawn, "nothing was drawn"
    for _stage, text, ids in drawn:
        assert not (set(ids) & stale), f"a stale answer was drawn while the field said {text!r}"
    assert {i.data(0, NOTE_ROLE) for i in panel.results.hits()} == fresh
    assert panel.status.text() == "1 note found."


def test_enter_searches_at_once_and_down_enter_opens_a_hit_past_the_group_headers(
        qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1, p2 = session.case.parties[:2]
    word = mark("quay").lower()
    joint = session.take_note(Channel.joint(), f"{word} agenda", "").created_id
    first_p1 = session.take_note(p1.channel, f"{word} one", "").created_id
    second_p1 = session.take_note(p1.channel, f"{word} two", "").created_id
    in_p2 = session.take_note(p2.channel, f"{word} three", "").created_id
    ws = workspace_factory(session)
    panel = ws.search_panel

    ws.focus_search()
    qtbot.keyClicks(ws.search_field, word)
    qtbot.keyClick(ws.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    order = [i.data(0, NOTE_ROLE) for i in panel.results.hits()]
    assert order[0] == joint and set(order[1:3]) == {first_p1, second_p1} and order[3] == in_p2

    qtbot.keyClick(ws.search_field, Qt.Key.Key_Down)  # from the field to the first hit, not its header
    assert panel.results.hasFocus()
    visited = [panel.results.currentItem().data(0, NOTE_ROLE)]
    for _ in range(5):  # on down past the headers, and no further than the last hit
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
        visited.append(panel.results.currentItem().data(0, NOTE_ROLE))
    assert visited == [*order, order[-1], order[-1]]
    for _ in range(5):
        qtbot.keyClick(panel.results, Qt.Key.Key_Up)
        assert panel.results.currentItem().data(0, NOTE_ROLE), "the cursor stopped on a group header"
    assert panel.results.currentItem().data(0, NOTE_ROLE) == order[0]
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert ws.page == str(p1.channel)
    assert ws.notes.editor.note_id == order[1]


def test_emptying_the_field_goes_back_to_the_page_before(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1 = session.case.parties[0]
    word = mark("slip").lower()
    note = session.take_note(p1.channel, f"{word}", "").created_id
    ws = workspace_factory(session)
    ws.navigate(str(p1.channel), note)
    panel = ws.search_panel

    for empty in ("escape", "backspace"):
        ws.focus_search()
        qtbot.keyClicks(ws.search_field, word)
        assert ws.page == "search"
        qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
        if empty == "escape":
            qtbot.keyClick(ws.search_field, Qt.Key.Key_Escape)
        else:
            ws.search_field.selectAll()
            qtbot.keyClick(ws.search_field, Qt.Key.Key_Backspace)
        assert ws.search_field.text() == ""
        assert ws.page == str(p1.channel), empty
        assert ws.notes.editor.note_id == note
        assert ws.banner.text() == f"Confidential — caucus with {p1.name}"
