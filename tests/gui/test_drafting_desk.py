"""The Drafts page from versions to agreement, on a real 3-party case file: save versions, the
redline (and its PDF), tabling, positions recorded in caucus, conclusion and reopening."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.model import CaseStatus
from iomed_desk.core.tabling import Stance
from iomed_desk.gui import messages
from iomed_desk.gui.drafting import DraftsPage
from iomed_desk.gui.drafting.history_view import NOTE_ROLE, TABLED_ROLE
from iomed_desk.gui.drafting.redline_view import DELETE_STYLE, INSERT_STYLE
from tests.filled_text import filled


def open_page(qtbot, session: CaseSession) -> DraftsPage:  # type: ignore[no-untyped-def]
    page = DraftsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def two_versions(qtbot, page: DraftsPage) -> list[str]:  # type: ignore[no-untyped-def]
    """Version 1 from the templates; version 2 with words changed in clause 4 and clause 1 moved down."""
    dialog = page.new_draft()
    dialog.accept()
    saving = page.save_version()
    saving.note_edit.setPlainText("First text")
    saving.accept()
    model, form = page.editor.model, page.editor.form
    page.editor.list_view.setCurrentIndex(model.index(3))
    body = form.bodies["en"]
    body.setPlainText(body.toPlainText().replace("shall pay", "must pay").replace("in full and final", "in final"))
    assert model.moveRows(model.index(0).parent(), 0, 1, model.index(0).parent(), 3)
    saving = page.save_version()
    saving.note_edit.setPlainText("Payment wording; parties clause moved")
    saving.accept()
    qtbot.waitUntil(lambda: not page.history.busy)
    return [c.id for c in model.clauses()]


def test_save_versions_and_the_redline(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    two_versions(qtbot, page)
    desk, draft_id = session.drafting, page.draft.id
    assert [v.change_note for v in desk.versions(draft_id)] == ["First text", "Payment wording; parties clause moved"]
    assert page.state_label.text() == "Same as version 2"
    history = page.history
    assert history.versions_list.count() == 2
    assert history.versions_list.item(0).data(NOTE_ROLE).startswith("Payment wording")
    page.tabs.setCurrentWidget(history)
    html = history.redline_view.html()
    assert f'<span style="{INSERT_STYLE}">must</span>' in html
    assert f'<span style="{DELETE_STYLE}">shall</span>' in html
    assert f'<span style="{DELETE_STYLE}"> full and</span>' in html
    text = history.redline_view.plain_text()
    assert "MOVED from § 1" in text and "CHANGED" in text and "Legend" in text
    assert "Version 2 (" in text and "compared with version 1" in text
    # the same version twice, then choose a pair by the combo boxes
    history.versions_list.setCurrentRow(1)
    assert "first version" in history.redline_view.plain_text()
    history.compare(1, 2)
    qtbot.waitUntil(lambda: not history.busy)
    history.changes_only.setChecked(True)
    assert "Parties and authority to sign" in history.redline_view.plain_text()
    assert "Confidentiality" not in history.redline_view.plain_text()
    # print to PDF, as QPrintDialog would with "Print to file"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pdf = tmp_path / "redline.pdf"
    printer.setOutputFileName(str(pdf))
    history.redline_view.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    if shutil.which("pdftotext"):
        printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "MOVED from § 1" in printed and "inserted words" in printed and "must" in printed


def test_table_to_one_party_and_to_joint(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    two_versions(qtbot, page)
    desk = session.drafting
    session.start_session(Channel.party("p2"))
    dialog = page.table(2)
    assert dialog.audience() == Audience.party("p2")  # the caucus in progress
    assert "Only Meridian Build Consortium sees this text" in dialog.effect_label.text()
    dialog.accept()
    assert [t.version_number for t in desk.tablings(Audience.party("p2"))] == [2]
    assert desk.tablings(Audience.party("p1")) == [] and desk.tablings(Audience.joint()) == []
    assert page.history.versions_list.item(0).data(TABLED_ROLE) == "Tabled to Meridian Build Consortium"
    assert page.positions.tabled_label.text() == "Version 2 tabled to Meridian Build Consortium"
    session.start_session(Channel.joint())
    dialog = page.table(2)
    assert dialog.audience() == Audience.joint()
    assert "Already tabled to: Meridian Build Consortium" in dialog.history_label.text()
    dialog.choose_party("p1")
    dialog.choose_joint()
    dialog.accept()
    assert [t.version_number for t in desk.tablings(Audience.joint())] == [2]
    assert [t.version_number for t in desk.tablings(Audience.party("p1"))] == [2]  # joint reaches every party
    assert page.positions.tabled_label.text() == "Version 2 tabled to Meridian Build Consortium, all parties"
    # the history button tables the selected version
    with qtbot.waitSignal(page.changed) as changed:
        page.history.table_button.click()
        dialog = page.dialog
        dialog.choose_party("p3")
        dialog.accept()
    assert changed.args[0].text == "Version 2 tabled to Eastern Development Bank"


def test_positions_in_caucus_conclude_and_reopen(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    clause_ids = two_versions(qtbot, page)
    desk, draft_id = session.drafting, page.draft.id
    page.tabs.setCurrentWidget(page.positions)
    panel = page.positions
    assert not panel.conclude_button.isEnabled()
    assert "has not been tabled to all parties" in panel.conclude_button.toolTip()
    assert not panel.reopen_button.isVisible()
    page.table(2).accept()  # to all parties (no session running)
    # a caucus with Meridian: the dialog defaults to Meridian, and the position stays in its channel
    session.start_session(Channel.party("p2"))
    dialog = page.record_position(2, clause_id=clause_ids[2])
    assert dialog.party_id() == "p2" and dialog.clause_id() == clause_ids[2]
    assert "Caucus with Meridian Build Consortium in progress" in dialog.channel_note.text()
    assert not dialog.ok_button.isEnabled()  # a stance must be chosen
    dialog.set_stance(Stance.RESERVE)
    dialog.comment_edit.setPlainText("Needs board approval before signing")
    dialog.accept()
    mine = desk.positions(draft_id, Audience.party("p2"))
    assert [(p.clause_id, p.stance, p.comment) for p in mine] == [
        (clause_ids[2], Stance.RESERVE, "Needs board approval before signing")]
    assert desk.positions(draft_id, Audience.party("p1")) == [] and desk.positions(draft_id, Audience.joint()) == []
    cell = panel.model.index(2, 2)
    assert cell.data() == "?  Reserve"
    assert "Needs board approval" in cell.data(Qt.ItemDataRole.ToolTipRole)
    panel.matrix.setCurrentIndex(cell)  # a click shows the comment in full
    assert "Needs board approval before signing" in panel.comment_label.text()
    assert "Meridian Build Consortium has not accepted" in panel.conclude_button.toolTip()
    assert "Clause 3 (Parties and authority to sign) (reserved)" in panel.conclude_button.toolTip()
    assert panel.agreement_label.text().endswith(" 33 positions still to be accepted.")
    # activating a cell (double-click, Enter) opens the dialog for that party and clause; the running caucus still wins
    session.end_session()
    panel.matrix.activated.emit(panel.model.index(0, 3))
    dialog = page.dialog
    assert dialog.party_id() == "p3" and dialog.clause_id() == clause_ids[0]
    dialog.reject()
    # every party accepts every clause, but the template's blanks are still in the text
    for clause in clause_ids:
        for party in ("p1", "p2", "p3"):
            desk.record_position(draft_id, 2, party, clause, Stance.ACCEPT, "")
    page.refresh()
    assert not panel.conclude_button.isEnabled()
    blanks = "Clause 2 (Obligations and deadlines), English: [Party], [describe the obligation] and [date] are not filled in."
    assert blanks in panel.conclude_button.toolTip()
    assert panel.agreement_label.text().startswith("Not ready to conclude: " + blanks)
    messages.set_next_answer(messages.Button.Ok)
    assert page.conclude(2) is None and messages.shown[-1][2].startswith(blanks[:-1] + " (and ")
    # version 3 writes them in; tabled and accepted, the button comes alive
    desk.save_working(draft_id, filled(desk.working_clauses(draft_id)))
    desk.save_version(draft_id, "Blanks written in")
    desk.table(draft_id, 3, Audience.joint())
    for clause in clause_ids:
        for party in ("p1", "p2", "p3"):
            desk.record_position(draft_id, 3, party, clause, Stance.ACCEPT, "")
    page.refresh(3)
    assert panel.conclude_button.isEnabled()
    assert "ready to conclude" in panel.agreement_label.text()
    dialog = page.conclude(3)
    fingerprint = desk.version(draft_id, 3).fingerprint
    assert dialog.fingerprint_label.text().replace(" ", "").replace("\n", "") == fingerprint
    assert "Eastern Development Bank" in dialog.summary_label.text()
    dialog.reject()
    assert session.case.status is CaseStatus.OPEN
    with qtbot.waitSignal(page.changed):
        page.conclude(3).accept()
    assert session.case.status is CaseStatus.SETTLED
    assert "Agreement concluded on version 3" in panel.agreement_label.text()
    assert not panel.conclude_button.isEnabled() and "already concluded" in panel.conclude_button.toolTip()
    assert panel.reopen_button.isVisibleTo(page) and panel.reopen_button.isEnabled()
    # reopening needs a reason
    dialog = page.reopen()
    assert not dialog.reopen_button.isEnabled()
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.reopen_button.isEnabled()
    dialog.reason_edit.setPlainText("The bank's board asked for one more day")
    dialog.reopen_button.click()
    assert session.case.status is CaseStatus.OPEN and desk.concluded() is None
    assert session.audit_events("agreement.reopen")[0].detail["reason"] == "The bank's board asked for one more day"
    assert not panel.reopen_button.isVisibleTo(page)


def test_refusals_are_shown_not_raised(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, session)
    dialog = page.new_draft()
    dialog.templates_box.setChecked(False)
    dialog.accept()
    page.editor.add_blank()  # a clause with no text cannot be saved as a version
    shown = len(messages.shown)
    messages.set_next_answer(messages.Button.Ok)
    page.save_version().accept()
    assert len(messages.shown) == shown + 1 and "has no text in English" in messages.shown[-1][2]
    assert session.drafting.versions(page.draft.id) == []
    messages.set_next_answer(messages.Button.Ok)
    assert page.conclude(1) is None and messages.shown[-1][2] == "There is no version 1."
    assert page.table(0) is None


def test_screenshots_of_a_case_without_drafts(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from tests.maintenance_scripts import load_script

    written = load_script("screenshots_drafting").save_drafting_screenshots(session, tmp_path / "shots")
    assert [p.name for p in written] == ["draft-editor.png", "redline.png", "positions-matrix.png"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
    assert len(session.drafting.versions(session.drafting.drafts()[0].id)) == 2
