"""A channel lists its most recent notes only; an older note opened from search is still shown."""

from __future__ import annotations

from iomed_desk.core.channels import Channel
from iomed_desk.gui import notes_page

pytest_plugins = ("tests.gui.workspace_fixtures",)


def test_long_channels_list_the_most_recent_and_open_older_ones(qtbot, case_factory, workspace_factory,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(notes_page, "LIST_LIMIT", 5)
    session = case_factory()
    ids = [session.take_note(Channel.joint(), f"Agenda item {i}", f"body {i}").created_id for i in range(8)]
    ws = workspace_factory(session)
    assert ws.navigate("joint")
    assert ws.notes.model.rowCount() == 5 and ws.notes.more_label.isVisibleTo(ws)
    assert ws.navigate("joint", ids[0])  # the oldest, as a search hit opens it
    assert ws.notes.editor.note_id == ids[0]
    assert ws.notes.model.row_of(ids[0]) >= 0
