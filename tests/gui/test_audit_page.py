"""The audit log page: read-only, names instead of ids, filterable by action, never a note's content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from iomed_desk.core.channels import Audience, Channel
from tests.gui.workspace_fixtures import mark, texts_of

pytest_plugins = ("tests.gui.workspace_fixtures",)


def _rows(ws) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = ws.audit.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_audit_log_reads_as_prose_filters_and_holds_no_content(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1 = session.case.parties[0]
    secret = mark("audit")
    note_id = session.take_note(p1.channel, secret, secret).created_id
    session.edit_note(note_id, body=secret + " more")
    session.disclose(note_id, Audience.joint(), ["party:p1"])
    session.start_session(Channel.joint())
    ws = workspace_factory(session)
    ws.navigate("audit")
    assert ws.banner.text() == "Audit log — visible to you only"

    rows = _rows(ws)
    # the case as a mediator has it: the agreement to mediate recorded at opening, before any session
    assert [r[2] for r in rows] == ["Session started", "Disclosed", "Note edited", "Note added",
                                    "Agreement to mediate recorded", "Case created"]
    assert {r[1] for r in rows} == {"Dr Lin Wai-man"}
    assert rows[2][3] == f"Caucus — {p1.name} · changed: body · revision 2"
    assert rows[5][4] == "1"
    assert not any(secret in t for t in texts_of(ws.audit))

    qtbot.keyClicks(ws.audit.filter_combo, "Notes")
    assert ws.audit.filter_combo.currentData() == "note."
    assert [r[2] for r in _rows(ws)] == ["Note edited", "Note added"]
    assert ws.audit.summary.text().startswith("2 event(s)")

    ws.audit.set_filter("session.")
    ws.menu_actions()["session.end"].trigger()  # the page follows changes while it is shown
    assert ws.page == "audit"
    assert [r[2] for r in _rows(ws)] == ["Session ended", "Session started"]

    assert ws.audit.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    flags = ws.audit.model.flags(ws.audit.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
