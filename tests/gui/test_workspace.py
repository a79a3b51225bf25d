"""The workspace as a whole: its sidebar and banner, its contract with the main window, reopening where it was left,
keyboard use, and a lock that leaves no text of the case in any widget or undo history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import holders, mark, type_note, type_text

pytest_plugins = ("tests.gui.workspace_fixtures",)

ACTION_KEYS = {"note.new", "note.delete", "note.disclose", "session.joint", "session.end", "session.caucus",
               "search", "view.joint_screen", "edit.copy_secure", "agreement.export", "case.signatories", "case.place",
               "view.sidebar", "view.channels", "exhibit.import", "session.caucus_here", "session.attendance", *(f"channel.{n}" for n in range(1, 10))}


def test_sidebar_banner_and_overview(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory(RuleSetName.HONG_KONG)
    ws = workspace_factory(session)
    case = session.case
    assert ws.page == "overview"  # a new case opens on its overview
    assert ws.sidebar.entry_keys() == ["overview", "joint", "party:p1", "party:p2", "party:p3", "mediator", "drafts", "offers", "audit"]
    assert [ws.sidebar.item_for(f"party:{p.id}").text() for p in case.parties] == [
        f"Caucus — {p.name}" for p in case.parties]
    for party in case.parties:
        icon = ws.sidebar.item_for(f"party:{party.id}").icon().pixmap(12, 12).toImage()
        assert icon.pixelColor(6, 6).name() == QColor(party.colour).name()

    overview_text = " ".join([ws.overview.title.text(), ws.overview.facts.text(), ws.overview.rules.text()])
    assert case.title in overview_text and case.reference in overview_text and "Investment" in overview_text
    assert "Hong Kong Mediation Ordinance" in overview_text and "Status: Open" in overview_text
    assert "Counsel 1" in " ".join(w.text() for w in ws.overview.parties_box.findChildren(type(ws.overview.title)))

    expected = {"joint": "Joint — visible to all parties",
                "mediator": "Mediator's notebook — visible to you only",
                "party:p2": f"Confidential — caucus with {case.parties[1].name}"}
    for key, text in expected.items():
        assert ws.navigate(key)
        assert ws.banner.text() == text and ws.banner.isVisible()
        assert ws.banner.geometry().bottom() < ws.pages.geometry().top()  # always above the content
    assert ws.banner.colour() == case.parties[1].colour


def test_the_menu_actions_the_main_window_codes_against(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    actions = ws.menu_actions()
    assert set(actions) == ACTION_KEYS and all(isinstance(a, QAction) for a in actions.values())
    assert [a.text() for a in actions["session.caucus"].menu().actions()] == [
        f"Start caucus with {p.name}" for p in session.case.parties]
    assert actions["view.joint_screen"].isCheckable()
    assert not actions["note.delete"].isEnabled() and not actions["session.end"].isEnabled()
    assert actions["search"].shortcut().toString() == "Ctrl+F"
    assert actions["note.new"].shortcut().toString() == "Ctrl+N"
    assert actions["edit.copy_secure"].shortcut().toString() == "Ctrl+Shift+C"
    assert ws.save_pending() is True


def test_keyboard_moves_through_the_sidebar_and_every_control_is_named(qtbot, case_factory,
                                                                        workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    ws.sidebar.setFocus()
    seen = [ws.page]
    for _ in range(8):
        qtbot.keyClick(ws.sidebar, Qt.Key.Key_Down)
        seen.append(ws.page)
    assert seen == ["overview", "joint", "party:p1", "party:p2", "party:p3", "mediator", "drafts", "offers", "audit"]

    type_note(qtbot, ws, Channel.joint(), "Named", "text")
    unnamed = []
    for w in ws.findChildren(QWidget):
        if not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
        named = w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())
        if isinstance(w, controls) and not named:
            unnamed.append(f"{type(w).__name__} {w.objectName()!r}")
    assert unnamed == []


def test_the_case_reopens_where_it_was_left(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p2 = session.case.parties[1]
    ws = workspace_factory(session)
    first = type_note(qtbot, ws, p2.channel, "First", "one")
    type_note(qtbot, ws, p2.channel, "Second", "two")
    ws.notes.list_view.setCurrentIndex(ws.notes.model.index(ws.notes.model.row_of(first)))
    ws.prepare_lock()
    assert session.workspace_value("workspace.selection") == f"{p2.channel} {first}"

    again = workspace_factory(case_factory.reopen(session))
    assert again.page == str(p2.channel) and again.sidebar.current_key() == str(p2.channel)
    assert again.notes.editor.note_id == first and again.notes.editor.title_edit.text() == "First"
    assert again.banner.text() == f"Confidential — caucus with {p2.name}"


def test_lock_leaves_no_text_in_any_widget_or_undo_history(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    p1 = session.case.parties[0]
    markers = []
    for channel in (Channel.joint(), *(p.channel for p in session.case.parties), Channel.mediator()):
        title, body = mark("t"), mark("b")
        session.take_note(channel, title, body, on_joint_screen=channel == Channel.joint())
        markers += [title, body]
    ws = workspace_factory(session)
    open_title, saved_body, unsaved = mark("open"), mark("saved"), mark("unsaved")
    note_id = type_note(qtbot, ws, p1.channel, open_title, saved_body)
    type_text(qtbot, ws.notes.editor.body_edit, " " + unsaved)  # typed, not yet saved
    qtbot.keyClicks(ws.notes.editor.speaker_edit, mark("speaker"))
    ws.notes.editor.title_edit.setFocus()
    qtbot.keyClick(ws.notes.editor.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(ws.notes.editor.title_edit, "!")
    markers += [open_title, saved_body, unsaved]

    ws.menu_actions()["view.joint_screen"].trigger()
    screen = ws.joint_screen
    assert any(markers[0] in t for t in [screen.view.toPlainText()])
    dialog = ws.disclose_note()
    assert isinstance(dialog, DisclosureDialog) and dialog.isVisible()
    ws.focus_search()
    qtbot.keyClicks(ws.search_field, markers[2])
    qtbot.keyClick(ws.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.search_panel.results.topLevelItemCount() == 1, timeout=5000)
    markers.append(markers[2])
    assert holders(unsaved) and holders(markers[2])

    ws.prepare_lock()
    flush_events()
    assert session.note(note_id).body == f"{saved_body} {unsaved}"  # saved before anything was wiped
    assert session.note(note_id).title == open_title + "!"
    for marker in markers:
        assert holders(marker) == [], marker
    undo = [f"{type(w).__name__} {w.objectName()!r}" for w in QApplication.allWidgets()
            if (isinstance(w, (QTextEdit, QPlainTextEdit)) and (w.document().isUndoAvailable()
                                                                 or w.document().isRedoAvailable()))
            or (isinstance(w, QLineEdit) and (w.isUndoAvailable() or w.isRedoAvailable()))]
    assert undo == []
    assert not screen.isVisible() and not ws.findChildren(DisclosureDialog)  # closed and gone
    assert ws.notes.model.rowCount() == 0 and ws.search_panel.results.topLevelItemCount() == 0
    assert ws.audit.model.rowCount() == 0
    assert not any(a.isEnabled() for a in ws.menu_actions().values())
    assert ws.navigate("joint") is False and ws.new_note() is None
    assert session.disclosures_of(note_id) == []


class _DraftsLike(QWidget):
    """A page as a later issue adds one (Drafts): it keeps typed text and must save and wipe it."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName("Clause text")
        self.calls: list[str] = []
        self.refuse = False

    def refresh(self) -> None:
        self.calls.append("refresh")

    def save_pending(self) -> bool:
        self.calls.append("save")
        return not self.refuse

    def prepare_lock(self) -> None:
        self.calls.append("lock")
        self.editor.setPlainText("")
        self.editor.document().clearUndoRedoStacks()

    def apply_change(self, change) -> None:  # type: ignore[no-untyped-def]
        self.calls.append("change")


def test_a_later_page_fits_in_with_its_own_section(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ws = workspace_factory(session)
    page = _DraftsLike()
    ws.add_page("offers", "Offers", page, section="offers", section_title="Offers", before="record",
                banner="Offers — the ledger of offers, visible to you only")
    keys = ws.sidebar.entry_keys()
    assert keys.index("mediator") < keys.index("drafts") < keys.index("offers") < keys.index("audit")
    headings = [ws.sidebar.item(i).text() for i in range(ws.sidebar.count()) if not ws.sidebar.item(i).data(
        Qt.ItemDataRole.UserRole + 1) and ws.sidebar.item(i).text()]
    assert headings == ["CASE", "CHANNELS", "DRAFTING", "OFFERS", "RECORD"]

    assert ws.navigate("offers") and page.calls == ["refresh"]
    assert ws.banner.text() == "Offers — the ledger of offers, visible to you only"
    page.refuse = True
    assert ws.navigate("joint") is False and ws.page == "offers"  # its unsaved text keeps it on screen
    assert ws.save_pending() is False
    page.refuse = False
    assert ws.navigate("joint")
    ws.new_note()
    assert "change" in page.calls

    hit_opened = []
    ws.open_handlers["version"] = hit_opened.append
    ws.search_panel.open_requested.emit(Channel.mediator(), "v-1", "version")
    assert hit_opened == ["v-1"]
    ws.prepare_lock()
    assert page.calls[-1] == "lock"


def test_the_drafts_page_is_built_on_first_visit_and_search_hits_open_it(qtbot, case_factory,
                                                                          workspace_factory) -> None:
    session = case_factory()
    draft_id = session.drafting.new_draft("Settlement Agreement").created_id
    session.drafting.save_version(draft_id)
    ws = workspace_factory(session)
    assert ws.drafts.page is None  # nothing built, nothing to wipe, until the mediator goes there
    (hit,) = [h for h in session.search("Settlement Agreement") if h.kind == "version"]
    ws.search_panel.open_requested.emit(hit.channel, hit.item_id, hit.kind)
    assert ws.page == "drafts" and ws.drafts.page is not None
    qtbot.waitUntil(lambda: ws.drafts.page.draft is not None)  # it fills itself on the next turn
    assert ws.drafts.page.draft.id == draft_id
