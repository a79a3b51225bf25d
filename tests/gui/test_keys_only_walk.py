"""Issue 14: the core flow with the keyboard only, and what the walk found.

The walk starts where `iomed-desk` starts (the first window, then the main window) and presses keys on
whatever has the keyboard focus: no method of the application is called and no button is clicked, and an
event filter counts the mouse events (none). Slow steps (key derivation, the agreement's record) run on
workers; the test waits for them. The case file is then read back through the app layer.
The smaller tests below are the faults the walk ran into, each fixed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from iomed_desk.app.opening import unlock
from iomed_desk.core.model import RuleSetName
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from iomed_desk.gui.new_case_wizard import NewCaseWizard
from iomed_desk.gui.process_attendance import AttendanceDialog
from iomed_desk.gui.process_dialogs import AgreementToMediateDialog
from iomed_desk.gui.search_panel import NOTE_ROLE
from iomed_desk.gui.settings import Settings
from iomed_desk.store.keys import derive_key
from tests.gui.conftest import MARKER, flush_events, open_case
from tests.gui.threads import ThreadSpy
from tests.gui.workspace_fixtures import mark

pytest_plugins = ("tests.gui.workspace_fixtures",)

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_the_search_banner_says_whose_view_the_results_are(qtbot, case_factory, workspace_factory) -> None:
    """Searching as a party, the banner names that party (in its colour), not "every channel"."""
    session = case_factory()
    p1, p2, _p3 = session.case.parties
    word = mark("berth").lower()
    session.take_note(p1.channel, "Caucus note", f"The {word} question.")
    ws = workspace_factory(session)
    panel = ws.search_panel
    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.keyClicks(ws.search_field, word)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    assert ws.banner.text().startswith("Search results from every channel")
    qtbot.keyClick(ws, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
    assert ws.banner.text() == f"Search results as {p1.name} would see them"
    assert ws.banner.colour() == p1.colour and "every channel" not in ws.banner.accessibleDescription()
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
    assert ws.banner.text() == f"Search results as {p2.name} would see them" and ws.banner.colour() == p2.colour
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_End)
    assert ws.banner.text().startswith("Search results as the joint screen would show them")
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Home)
    assert ws.banner.text().startswith("Search results from every channel")
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)


def test_enter_on_a_start_page_card_opens_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The start page's focused button answers Enter, as buttons in dialogs do (Space was the only key)."""
    from iomed_desk.gui.new_case_wizard import NewCaseWizard

    with qtbot.waitActive(window):
        window.activateWindow()
    assert QApplication.focusWidget() is window.start_page.new_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    flush_events()
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, NewCaseWizard) and wizard.isVisible()
    assert QApplication.focusWidget() is wizard.case_page.reference
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_tab_goes_from_the_audience_to_each_consent_in_the_disclosure_dialog(  # type: ignore[no-untyped-def]
        qtbot, case_factory, workspace_factory) -> None:
    """The consent rows are built after the dialog's other fields; Tab still reaches them right after the
    audience (they used to come after Cancel, so Tab skipped from the audience to "How given")."""
    session = case_factory(RuleSetName.HONG_KONG, parties=2)
    p1 = session.case.parties[0]
    note_id = session.take_note(p1.channel, "Caucus note", "Text").created_id
    ws = workspace_factory(session)
    ws.navigate(str(p1.channel), note_id)
    qtbot.keyClick(ws.notes.list_view, Qt.Key.Key_D, CTRL | SHIFT)
    flush_events()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DisclosureDialog)
    assert QApplication.focusWidget() is dialog.target_buttons["joint"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    visited = []
    for _ in range(len(dialog.consent_boxes) * 2 + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    rows = [w for who in dialog.consent_boxes for w in (dialog.consent_boxes[who], dialog.given_by[who])]
    assert len(rows) == 6  # Cap. 620: both parties and the mediator
    assert visited == [*rows, dialog.manner_witness.manner_combo]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


# -- the walk ----------------------------------------------------------------------------------------------------
PASSPHRASE_TYPED = "quiet harbour at dawn"
MEDIATOR, MERIDIA, LANTAU = "Dr Ada Keys", f"{MARKER} Meridia", f"{MARKER} Lantau"
MERIDIA_REP, LANTAU_REP = "Ms M. Counsel", "Mr L. Agent"
WORD = "harbourwalk"  # in both caucus notes: searching as Meridia must find only Meridia's


class MouseCounter(QObject):
    """Counts every mouse button event the application sees, for any widget or window."""

    KINDS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
             QEvent.Type.NonClientAreaMouseButtonPress, QEvent.Type.NonClientAreaMouseButtonRelease)

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.KINDS:
            self.count += 1
        return False


class Keyboard:
    """Keys where the keyboard focus is, as a person's keyboard delivers them; nothing else."""

    def __init__(self, qtbot, window) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.window = qtbot, window

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1, *, settle: bool = True) -> None:
        """`settle`: then deliver what the key set off (waiting for workers); not for a step whose worker the
        test watches, since waiting would block the GUI thread the worker checks in with."""
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifiers)
            if settle:
                flush_events()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        flush_events()

    def dialog_closed(self) -> None:
        """A window manager gives the main window its activation back when a dialog closes; the offscreen
        platform has none, so the test does what it would (activation only: the focus is the window's own)."""
        flush_events()
        if QApplication.focusWidget() is None:
            with self.qtbot.waitActive(self.window):
                self.window.activateWindow()
            flush_events()


def modal(kind: type) -> Any:
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind), f"expected {kind.__name__}, got {widget!r}"
    return widget


def test_the_core_flow_with_the_keyboard_only(qtbot, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 14's first "done when": new case → caucus note → disclose → joint screen → search as a party →
    lock → unlock, by key presses on whatever has the focus, and not one mouse event."""
    from iomed_desk.gui import main as start

    mice = MouseCounter()
    QApplication.instance().installEventFilter(mice)
    try:
        launch = start.Launch(settings)  # as iomed-desk starts: the first window, then the main window
        launch.start()
        qtbot.waitUntil(lambda: launch.window is not None, timeout=10_000)
        window = launch.window
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        flush_events()
        keys = Keyboard(qtbot, window)
        path = tmp_path / "walk.iomed"
        title_m, body_m = f"{MARKER} berth offer", f"Meridia would accept a {WORD} berth swap before March."
        title_l, body_l = f"{MARKER} bottom line", f"Lantau could give up the {WORD} if pressed."

        # -- a new case, by the wizard ----------------------------------------------------------------
        assert keys.focus() is window.start_page.new_button
        keys.press(Qt.Key.Key_Return)
        wizard = modal(NewCaseWizard)
        assert keys.focus() is wizard.case_page.reference
        keys.type("IOMed/2026/314")
        keys.press(Qt.Key.Key_Tab)
        keys.type(f"{MARKER} keys-only case")
        keys.press(Qt.Key.Key_Tab)
        keys.press(Qt.Key.Key_Down)  # kind: international commercial -> investment
        keys.press(Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.rules_page
        keys.press(Qt.Key.Key_Down, times=2)  # party consent -> Model Law -> Cap. 620
        keys.press(Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.people_page and keys.focus() is wizard.people_page.mediator
        keys.type(MEDIATOR)
        for name, representative in ((MERIDIA, MERIDIA_REP), (LANTAU, LANTAU_REP)):
            keys.press(Qt.Key.Key_Tab, times=2)  # (co-mediator or colour) -> name
            keys.type(name)
            keys.press(Qt.Key.Key_Tab, times=2)  # kind -> representatives
            keys.type(representative)
        keys.press(Qt.Key.Key_Return)
        page = wizard.file_page
        assert wizard.currentPage() is page and keys.focus() is page.path
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(str(path))
        keys.press(Qt.Key.Key_Tab, times=2)  # Browse… -> passphrase
        assert keys.focus() is page.passphrase
        keys.type(PASSPHRASE_TYPED)
        keys.press(Qt.Key.Key_Tab)
        keys.type(PASSPHRASE_TYPED)
        with ThreadSpy(derive_key) as kdf:
            keys.press(Qt.Key.Key_Return, settle=False)  # Finish
            qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
        kdf.assert_ran_off_the_gui_thread()
        keys.dialog_closed()
        workspace = window.workspace
        meridia, lantau = workspace._session.case.parties

        # -- a caucus with Meridia, a note in it -------------------------------------------------------
        keys.press(Qt.Key.Key_2, CTRL)
        assert workspace.page == str(meridia.channel)
        keys.press(Qt.Key.Key_K, CTRL | SHIFT)
        modal(AgreementToMediateDialog)  # the first session asks how the agreement to mediate was signed
        keys.press(Qt.Key.Key_Return)  # signed on paper (the default)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AttendanceDialog), timeout=10_000)
        flush_events()
        keys.press(Qt.Key.Key_Return)  # everyone listed is in the room: start
        keys.dialog_closed()
        assert workspace._session.running_session().channel == meridia.channel
        keys.press(Qt.Key.Key_N, CTRL)
        editor = workspace.notes.editor
        assert keys.focus() is editor.title_edit
        keys.type(title_m)
        keys.press(Qt.Key.Key_Return)
        assert keys.focus() is editor.body_edit
        keys.type(body_m)
        keys.press(Qt.Key.Key_Tab)
        assert keys.focus() in editor.tag_buttons.values()
        keys.press(Qt.Key.Key_Space)
        note_m = workspace.notes.current_note_id()

        # -- disclosed to all parties, with the consents Cap. 620 asks for -----------------------------
        keys.press(Qt.Key.Key_D, CTRL | SHIFT)
        dialog = modal(DisclosureDialog)
        assert keys.focus() is dialog.target_buttons["joint"]
        keys.press(Qt.Key.Key_Space)
        givers = {f"party:{meridia.id}": MERIDIA_REP, f"party:{lantau.id}": LANTAU_REP}
        asked = list(dialog.consent_boxes)
        assert len(asked) == 3  # every party and the mediator
        for who in asked:
            keys.press(Qt.Key.Key_Tab)
            assert keys.focus() is dialog.consent_boxes[who]
            keys.press(Qt.Key.Key_Space)
            keys.press(Qt.Key.Key_Tab)
            keys.type(givers.get(who, MEDIATOR))
        keys.press(Qt.Key.Key_Return)  # Disclose
        keys.dialog_closed()
        assert not any(isinstance(w, DisclosureDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        assert keys.focus() is workspace.notes.list_view
        keys.press(Qt.Key.Key_E, CTRL | SHIFT)
        assert workspace._session.running_session() is None

        # -- a caucus with Lantau, its own note, not disclosed -----------------------------------------
        keys.press(Qt.Key.Key_3, CTRL)
        assert workspace.page == str(lantau.channel)
        keys.press(Qt.Key.Key_K, CTRL | SHIFT)
        modal(AttendanceDialog)
        keys.press(Qt.Key.Key_Return)
        keys.dialog_closed()
        keys.press(Qt.Key.Key_N, CTRL)
        keys.type(title_l)
        keys.press(Qt.Key.Key_Return)
        keys.type(body_l)
        note_l = workspace.notes.current_note_id()
        keys.press(Qt.Key.Key_E, CTRL | SHIFT)
        assert workspace._session.running_session() is None

        # -- the joint screen shows the disclosed note, and only it ---------------------------------------
        keys.press(Qt.Key.Key_P, CTRL | SHIFT)
        screen = workspace.joint_screen
        assert screen is not None and screen.isVisible()
        shown = screen.view.toPlainText()
        assert title_m in shown and body_m in shown
        assert title_l not in shown and WORD not in shown.replace(body_m, "")
        assert QApplication.activeWindow() is window
        keys.press(Qt.Key.Key_P, CTRL | SHIFT)
        assert workspace.joint_screen is None or not workspace.joint_screen.isVisible()

        # -- search as Meridia: Lantau's caucus note is not among the hits ---------------------------------
        panel = workspace.search_panel
        keys.press(Qt.Key.Key_F, CTRL)
        assert keys.focus() is workspace.search_field
        keys.type(WORD)
        qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
        assert {i.data(0, NOTE_ROLE) for i in panel.results.hits()} == {note_m, note_l}  # the mediator sees both
        keys.press(Qt.Key.Key_Escape)  # empties the field, back to the page before
        assert workspace.page == str(lantau.channel) and keys.focus() is workspace.search_field
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # whose eyes, before typing
        assert keys.focus() is panel.audience_box and workspace.search_field.text() == ""
        keys.press(Qt.Key.Key_Down)  # the mediator -> Meridia
        assert workspace.banner.text() == f"Search results as {MERIDIA} would see them"
        keys.press(Qt.Key.Key_F, CTRL)
        keys.type(WORD)
        qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
        assert [i.data(0, NOTE_ROLE) for i in panel.results.hits()] == [note_m]
        keys.press(Qt.Key.Key_Down)
        assert keys.focus() is panel.results and panel.results.currentItem().data(0, NOTE_ROLE) == note_m
        keys.press(Qt.Key.Key_Return)
        assert workspace.page == str(meridia.channel) and workspace.notes.current_note_id() == note_m

        # -- lock, and unlock by typing the passphrase ------------------------------------------------------
        keys.press(Qt.Key.Key_L, CTRL | SHIFT)
        assert window.locked and window.session is None
        assert keys.focus() is window.lock_screen.panel.field
        keys.type(PASSPHRASE_TYPED)
        with ThreadSpy(derive_key) as kdf:
            keys.press(Qt.Key.Key_Return, settle=False)
            qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
        kdf.assert_ran_off_the_gui_thread()
        assert not window.locked and window.workspace.notes.current_note_id() == note_m
        assert mice.count == 0, f"{mice.count} mouse events during a keyboard-only walk"
        keys.press(Qt.Key.Key_W, CTRL)  # Close case (the platform's Close key)
        assert window.session is None
    finally:
        QApplication.instance().removeEventFilter(mice)

    # -- what the case file holds, read back through the app layer ------------------------------------------
    session = unlock(path, PASSPHRASE_TYPED)
    try:
        case = session.case
        assert case.rule_set is RuleSetName.HONG_KONG and [p.name for p in case.parties] == [MERIDIA, LANTAU]
        notes = {n.id: n for n in session.notes_in(meridia.channel) + session.notes_in(lantau.channel)}
        assert (notes[note_m].title, notes[note_m].body) == (title_m, body_m)
        assert (notes[note_l].title, notes[note_l].body) == (title_l, body_l)
        assert notes[note_m].channel == meridia.channel and notes[note_l].channel == lantau.channel
        (disclosure,) = session.disclosures_of(note_m)
        assert disclosure.target.kind == "joint" and disclosure.in_force
        assert {c.who: c.given_by for c in disclosure.consents} == {
            f"party:{meridia.id}": MERIDIA_REP, f"party:{lantau.id}": LANTAU_REP,
            f"mediator:{case.mediators[0].id}": MEDIATOR}
        assert session.disclosures_of(note_l) == []
        events = session.audit_events()
        actions = [e.action for e in events]
        for action in ("process.agreement_to_mediate", "session.start", "session.end"):
            assert action in actions, action
        assert actions.count("session.start") == 2 and actions.count("session.end") == 2
        disclosed = [e for e in events if e.action.startswith("disclos") and note_m in e.targets]
        assert disclosed, sorted(set(actions))
        assert any(note_m in e.targets for e in events if e.action.startswith("note."))
        assert any(note_l in e.targets for e in events if e.action.startswith("note."))
        assert session.check().ok
    finally:
        session.close()


def test_alt_a_in_the_empty_search_field_chooses_the_audience(qtbot, case_factory, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    """Alt+A before typing: the field used to take it as an "a" (and search for it); now the results page
    shows with the keyboard on "Search as:", and typing after Ctrl+F searches as the audience chosen."""
    session = case_factory()
    p1, p2, _p3 = session.case.parties
    word = mark("quay").lower()
    mine = session.take_note(p1.channel, "Own caucus", f"The {word} question.").created_id
    session.take_note(p2.channel, "Other caucus", f"The {word} answer.")
    ws = workspace_factory(session)
    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    assert ws.search_field.hasFocus()
    qtbot.keyClick(ws.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    panel = ws.search_panel
    assert ws.search_field.text() == "" and panel.audience_box.hasFocus() and ws.page == "search"
    qtbot.keyClick(panel.audience_box, Qt.Key.Key_Down)
    qtbot.keySequence(ws, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.keyClicks(ws.search_field, word)
    qtbot.waitUntil(lambda: panel.stage == "final", timeout=10_000)
    assert [i.data(0, NOTE_ROLE) for i in panel.results.hits()] == [mine]


def test_ctrl_w_closes_the_case_as_the_guide_says(qtbot, window, case_file: Path) -> None:  # type: ignore[no-untyped-def]
    """The guide's Ctrl+W: the action had only the platform's first Close binding (Ctrl+F4 on Linux)."""
    open_case(window, case_file)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.workspace.sidebar.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    flush_events()
    assert window.session is None and window.workspace is None
