"""Search: Ctrl+F, full text over every channel, results grouped by channel in its colour, a result opens its note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence

from iomed_desk.core.channels import Channel
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_search_finds_every_channel_grouped_and_opens_a_result(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1, p2 = session.case.parties[:2]
    word = mark("dredging").lower()
    ids = {
        p1.channel: session.take_note(p1.channel, "Channel depth", f"The {word} schedule slips.").created_id,
        p2.channel: session.take_note(p2.channel, f"{word} costs", "Who pays.").created_id,
        Channel.mediator(): session.take_note(Channel.mediator(), "Impression", f"{word} is the key").created_id,
    }
    session.take_note(Channel.joint(), "Agenda", "Nothing relevant")
    ws = workspace_factory(session)

    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    assert ws.search_field.hasFocus()
    qtbot.keyClicks(ws.search_field, word[:10])
    assert ws.page == "search"
    assert ws.banner.text().startswith("Search results from every channel")
    panel = ws.search_panel
    qtbot.waitUntil(lambda: not panel.busy and panel.results.topLevelItemCount() == 3, timeout=5000)

    groups = [panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [f"Caucus — {p1.name}  (1)", f"Caucus — {p2.name}  (1)",
                                           "Mediator's notebook  (1)"]
    tint = groups[0].background(0).color()
    assert (tint.red(), tint.green(), tint.blue()) == QColor(p1.colour).getRgb()[:3]
    assert panel.status.text() == "3 notes found."
    assert word in groups[0].child(0).text(1)

    hit = groups[1].child(0)
    panel.results.setCurrentItem(hit)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert ws.page == str(p2.channel)
    assert ws.notes.editor.note_id == ids[p2.channel]
    assert ws.banner.text() == f"Confidential — caucus with {p2.name}"
    assert ws.sidebar.current_key() == str(p2.channel)


def test_a_late_answer_is_dropped_and_an_empty_query_clears(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    word = mark("late").lower()
    session.take_note(Channel.joint(), word, "")
    ws = workspace_factory(session)
    panel = ws.search_panel
    ws.focus_search()
    qtbot.keyClicks(ws.search_field, word)
    qtbot.keyClick(ws.search_field, Qt.Key.Key_Return)  # at once, without the typing pause
    panel.search("nothing-matches-this")  # a newer query overtakes the first
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    flush_events()
    assert panel.results.topLevelItemCount() == 0 and panel.status.text() == "No notes found."

    panel.search("")
    assert panel.results.topLevelItemCount() == 0 and not panel.busy
    panel.search(word)
    ws.prepare_lock()  # the answer arrives after the lock: dropped
    flush_events()
    assert panel.results.topLevelItemCount() == 0 and ws.search_field.text() == ""


def test_a_pasted_nul_or_lone_surrogate_is_searched_not_a_crash(qtbot, case_factory, workspace_factory) -> None:
    """Issue 12, hole 6: these reached SQLite and the UTF-8 encoder, and the crash dialog (the fixture fails on it)."""
    session = case_factory()
    word = mark("pasted").lower()
    session.take_note(Channel.joint(), word, "")
    ws = workspace_factory(session)
    panel = ws.search_panel
    for text, status in ((f"{word}\x00", "1 note found."), ("\x00", "No notes found."),
                         (f"\ud800{word}", "1 note found.")):
        panel.search(text)
        qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
        flush_events()
        assert panel.status.text() == status, text
