"""A final text stays final: once concluded (and after export) the Text tab takes no edit, says why, and
"Save version" is off; changing it takes Reopen with a reason, which the Versions tab then shows.

Driven by clicks and keys on the real Drafts page over a real case file; the case file is read back to
show nothing was written. The conclude dialog shows the draft's fingerprint and says the exported PDF
prints a different one (the agreement fingerprint of the canonical text).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.tabling import Stance
from iomed_desk.gui.drafting import DraftsPage
from iomed_desk.gui.drafting.conclude_dialog import ConcludeDialog, ReopenDialog
from tests.filled_text import filled

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def agreed_draft(session: CaseSession) -> tuple[str, int]:
    """A draft whose version 1 every party accepted clause by clause (set up through the app)."""
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id
    desk.save_working(draft_id, filled(desk.working_clauses(draft_id)))
    desk.save_version(draft_id, "Final text")
    desk.table(draft_id, 1, Audience.joint())
    for clause in desk.version(draft_id, 1).clauses:
        for party in session.case.parties:
            desk.record_position(draft_id, 1, party.id, clause.id, Stance.ACCEPT, "")
    return draft_id, 1


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(qtbot, page: DraftsPage, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(widget)).center())
    assert page.tabs.currentWidget() is widget


def open_page(qtbot, session: CaseSession) -> DraftsPage:  # type: ignore[no-untyped-def]
    page = DraftsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def conclude_by_clicks(qtbot, page: DraftsPage) -> ConcludeDialog:  # type: ignore[no-untyped-def]
    click_tab(qtbot, page, page.positions)
    click(qtbot, page.positions.conclude_button)
    dialog = page.dialog
    assert isinstance(dialog, ConcludeDialog)
    return dialog


def test_conclude_dialog_tells_the_draft_fingerprint_from_the_agreement_fingerprint(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    draft_id, number = agreed_draft(session)
    page = open_page(qtbot, session)
    dialog = conclude_by_clicks(qtbot, page)
    fingerprint = session.drafting.version(draft_id, number).fingerprint
    assert dialog.fingerprint_label.text().replace(" ", "").replace("\n", "") == fingerprint
    said = dialog.fingerprint_note.text()
    assert "draft" in said.lower() and "agreement fingerprint" in said and "differs" in said
    assert "SHA-256 of the canonical text" in said
    dialog.reject()


def test_a_concluded_text_takes_no_edit_until_reopened_with_a_reason(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    draft_id, number = agreed_draft(session)
    desk = session.drafting
    page = open_page(qtbot, session)
    editor = page.editor
    with qtbot.waitSignal(page.changed):
        click(qtbot, conclude_by_clicks(qtbot, page).conclude_button)
    concluded_clauses = desk.version(draft_id, number).clauses

    click_tab(qtbot, page, editor)
    notice = editor.read_only_notice
    assert notice.isVisible()
    assert "Concluded on" in notice.text() and "read-only" in notice.text() and "Reopen" in notice.text()
    assert not editor.save_button.isEnabled()
    assert not editor.add_button.isEnabled() and not editor.remove_button.isEnabled()
    body = editor.form.bodies["en"]
    heading = editor.form.headings["en"]
    before = body.toPlainText()
    click(qtbot, body)
    qtbot.keyClicks(body, "QQCHANGED")
    qtbot.keyClicks(heading, "QQHEADING")
    qtbot.keyClick(body, Qt.Key.Key_N, CTRL_ALT)  # "blank clause"
    qtbot.keyClick(editor.list_view, Qt.Key.Key_Delete)  # "remove clause"
    assert body.toPlainText() == before and "QQHEADING" not in heading.text()
    assert editor.model.clauses() == list(concluded_clauses)
    assert page.save_pending()
    qtbot.wait(50)
    assert tuple(desk.working_clauses(draft_id)) == concluded_clauses
    assert len(desk.versions(draft_id)) == 1

    # Reopen with a reason, from the notice itself
    click(qtbot, editor.reopen_button)
    dialog = page.dialog
    assert isinstance(dialog, ReopenDialog)
    qtbot.keyClicks(dialog.reason_edit, "Counsel for the bank asked for one more day")
    with qtbot.waitSignal(page.changed):
        click(qtbot, dialog.reopen_button)
    assert desk.concluded() is None
    assert not editor.read_only_notice.isVisible() and editor.save_button.isEnabled()
    click(qtbot, body)
    qtbot.keyClicks(body, " QQAFTER")
    assert "QQAFTER" in body.toPlainText()
    assert page.save_pending() and "QQAFTER" in desk.working_clauses(draft_id)[0].body_in("en")

    # the Versions tab keeps the record: concluded, reopened and why
    click_tab(qtbot, page, page.history)
    record = page.history.agreement_record.text()
    assert "Concluded on version 1" in record and "Reopened" in record
    assert "Counsel for the bank asked for one more day" in record


def test_an_exported_agreement_is_final_and_says_so(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    draft_id, number = agreed_draft(session)
    desk = session.drafting
    desk.conclude(draft_id, number)
    desk.mark_exported(desk.concluded().agreement.id, "agreement.pdf", pdf_sha256="ab" * 32)
    page = open_page(qtbot, session)
    editor = page.editor
    click_tab(qtbot, page, editor)
    assert editor.read_only_notice.isVisible()
    assert "exported" in editor.read_only_notice.text() and "read-only" in editor.read_only_notice.text()
    assert not editor.reopen_button.isVisible()
    assert not editor.save_button.isEnabled()
    body = editor.form.bodies["en"]
    before = body.toPlainText()
    qtbot.keyClicks(body, "QQCHANGED")
    assert body.toPlainText() == before
    click_tab(qtbot, page, page.history)
    assert "Exported" in page.history.agreement_record.text()


def test_the_case_refuses_to_change_a_concluded_draft(session) -> None:  # type: ignore[no-untyped-def]
    """The app checks it too: no screen, script or stale editor can write past the conclusion."""
    draft_id, number = agreed_draft(session)
    desk = session.drafting
    desk.conclude(draft_id, number)
    clauses = desk.working_clauses(draft_id)
    events = len(session.audit_events())
    changed = [clauses[0].with_text("en", body="QQCHANGED"), *clauses[1:]]
    with pytest.raises(NotAllowed, match="concluded"):
        desk.save_working(draft_id, changed)
    with pytest.raises(NotAllowed, match="concluded"):
        desk.save_version(draft_id, "another")
    assert desk.working_clauses(draft_id) == clauses and len(desk.versions(draft_id)) == 1
    assert len(session.audit_events()) == events
    other = desk.new_draft("Amendment").created_id  # another draft stays free
    desk.save_version(other, "first")
    assert QApplication.instance() is not None
