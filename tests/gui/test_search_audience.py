"""Search as a party (issue 14, item 8): the results are exactly what that audience may see, excerpts
mark the match without letting note text inject markup, counts read right, newest first on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui.search_panel import NOTE_ROLE
from iomed_desk.gui.search_results import MARKED_ROLE
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)


def may_see(audience: str, channel: str, disclosed_to: set[str]) -> bool:
    """DESIGN.md section 2, rule 2, written out again: the mediator sees all; anyone sees the joint channel;
    a party sees its own caucus; and anyone sees an item disclosed to them or to all parties."""
    return (audience == "mediator" or channel == "joint" or channel == audience
            or audience in disclosed_to or "joint" in disclosed_to)


def _final(qtbot, panel) -> set[str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    return {i.data(0, NOTE_ROLE) for i in panel.results.hits()}


def test_each_audience_finds_exactly_what_the_firewall_lets_it_see(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1, p2, p3 = session.case.parties
    word = mark("tariff").lower()
    notes: dict[str, tuple[str, set[str]]] = {}  # id -> (channel, audiences it was disclosed to)

    def note(channel: Channel, title: str, disclosed_to: tuple[Audience, ...] = ()) -> None:
        note_id = session.take_note(channel, title, f"The {word} question.").created_id
        for target in disclosed_to:
            session.disclose(note_id, target, [str(channel)])
        notes[note_id] = (str(channel), {str(t) for t in disclosed_to})

    note(Channel.joint(), "Agenda")
    note(p1.channel, "Caucus A secret")
    note(p1.channel, "Caucus A, shared with B", (Audience.party(p2.id),))
    note(p1.channel, "Caucus A, shared with all", (Audience.joint(),))
    note(p2.channel, "Caucus B secret")
    note(p3.channel, "Caucus C secret")
    note(Channel.mediator(), "Own impression")
    ws = workspace_factory(session)
    panel = ws.search_panel

    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.keyClicks(ws.search_field, word)
    assert _final(qtbot, panel) == set(notes)
    qtbot.keyClick(ws, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Search as:"
    assert panel.audience_box.hasFocus()
    audiences = ["mediator", str(Audience.party(p1.id)), str(Audience.party(p2.id)), str(Audience.party(p3.id)),
                 "joint"]
    for expected_audience in audiences[1:]:
        qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
        assert str(panel.audience()) == expected_audience
        shown = _final(qtbot, panel)
        oracle = {i for i, (channel, to) in notes.items() if may_see(expected_audience, channel, to)}
        assert shown == oracle, expected_audience
    # the oracle is not vacuous: the party audiences differ from one another and from the mediator
    assert len({frozenset(i for i, (c, to) in notes.items() if may_see(a, c, to)) for a in audiences}) == 5
    assert "what every party may see" in panel.scope.text()


def test_an_excerpt_marks_the_match_and_note_text_cannot_inject_markup(qtbot, case_factory,
                                                                        workspace_factory) -> None:
    session = case_factory()
    word = mark("dredge").lower()
    body = (f'<b>not bold</b> <img src="file:///etc/passwd"> <a href="x">link</a> & the {word}ing '
            f'schedule; {word} again')
    session.take_note(Channel.joint(), "Markup", body)
    ws = workspace_factory(session)
    panel = ws.search_panel
    ws.focus_search()
    qtbot.keyClicks(ws.search_field, word)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)

    hit = panel.results.first_hit()
    html = hit.data(1, MARKED_ROLE)
    assert "<img" not in html and "<b>" not in html and "<a " not in html
    doc = QTextDocument()
    doc.setHtml(html)
    assert doc.toPlainText() == hit.text(1)  # drawn as the text says, every character
    assert hit.text(1).lstrip("…") in body and "<a href" in hit.text(1)
    marks = [f for f in _fragments(doc) if f[1]]
    assert [text for text, _marked in marks] == [f"{word}ing", word]  # a prefix match marks the whole word
    panel.results.viewport().grab()  # the delegate draws it without a warning (the fixture fails on one)


def _fragments(doc: QTextDocument) -> list[tuple[str, bool]]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            found.append((fragment.text(), fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush))
            it += 1
        block = block.next()
    return found


def test_counts_read_as_english_and_newest_first_orders_by_time(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    word = mark("crane").lower()
    ids = [session.take_note(Channel.joint(), f"{word} {word} {word}" if i == 0 else f"Item {i}",
                             f"the {word}").created_id for i in range(5)]
    ws = workspace_factory(session)
    panel = ws.search_panel
    ws.focus_search()
    qtbot.keyClicks(ws.search_field, word)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    assert panel.status.text() == "5 notes found."
    assert panel.results.hits()[0].data(0, NOTE_ROLE) == ids[0]  # best first: the word thrice in the title

    qtbot.keyClick(ws, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "Newest first"
    assert panel.newest_first.hasFocus()
    qtbot.keyClick(panel.newest_first, Qt.Key.Key_Space)
    assert panel.newest_first.isChecked()
    qtbot.waitUntil(lambda: panel.stage == "final" and not panel.busy, timeout=10_000)
    assert [i.data(0, NOTE_ROLE) for i in panel.results.hits()] == list(reversed(ids))

    ws.search_field.selectAll()
    qtbot.keyClicks(ws.search_field, f"{word} {word}")  # the same notes; now one more word: "Item 3"
    ws.search_field.selectAll()
    qtbot.keyClicks(ws.search_field, f"{word} 3")
    qtbot.waitUntil(lambda: panel.stage == "final" and panel.field.text().endswith("3"), timeout=10_000)
    qtbot.waitUntil(lambda: panel.status.text() == "1 note found.", timeout=10_000)
