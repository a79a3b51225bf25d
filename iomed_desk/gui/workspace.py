"""The case workspace: the sidebar, the session bar, the confidentiality banner and the pages of one case.

It composes the pages and is the one road from their buttons to the case:
every operation goes to `CaseSession`, and what the returned `Change` says
decides what is redrawn (the list, the session bar, the joint screen). It
saves before anything that would replace the note being edited, and on lock
leaves no text of the case in any widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import UserError
from iomed_desk.core.process import Termination
from iomed_desk.gui import messages
from iomed_desk.gui.audit_page import AuditPage
from iomed_desk.gui.banner import JOINT_COLOUR, ConfidentialityBanner
from iomed_desk.gui.clipboard import SecureClipboard
from iomed_desk.gui.disclosure_dialog import DisclosureDialog
from iomed_desk.gui.drafting import DraftsPage
from iomed_desk.gui.exhibits_panel import ExhibitsPanel
from iomed_desk.gui.joint_screen import JointScreen, JointScreenControl
from iomed_desk.gui.lazy_page import LazyPage
from iomed_desk.gui.notes_page import NotesPage
from iomed_desk.gui.overview_page import OverviewPage
from iomed_desk.gui.process_flow import ProcessFlow
from iomed_desk.gui.process_room import SHORTCUT as ATTENDANCE_SHORTCUT
from iomed_desk.gui.search_panel import SearchPanel
from iomed_desk.gui.session_bar import SessionActions, SessionBar, running_label
from iomed_desk.gui.settings import CLIPBOARD_SECONDS, JOINT_SCREEN_DISPLAY, SIDEBAR_SHOWN, Settings
from iomed_desk.gui.side_column import SideColumn
from iomed_desk.gui.sidebar import CaseSidebar
from iomed_desk.gui.workspace_notes import WorkspaceOperations

SELECTION_KEY = "workspace.selection"  # "<page> <note id>", ids only
REMEMBER_AFTER_MS = 3000
SEARCH = "search"
SIDEBAR_SHORTCUT = "Ctrl+Shift+B"
CHANNEL_SHORTCUTS = 9  # Ctrl+1 .. Ctrl+9
#: the keyboard path through a session (docs/user-guide.md's table, checked by tests/gui/test_keyboard_table.py)
SHORTCUTS = {"session.joint": "Ctrl+Shift+J", "session.caucus_here": "Ctrl+Shift+K", "session.end": "Ctrl+Shift+E",
             "note.disclose": "Ctrl+Shift+D", "view.joint_screen": "Ctrl+Shift+P"}
CHANNEL_PAGES = ("joint", "mediator")


class CaseWorkspace(WorkspaceOperations, ProcessFlow, QWidget):
    status_message = Signal(str)

    def __init__(self, session: CaseSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self._session = session
        self._settings = settings
        self._locked = False
        self._page = ""
        self._return_page = "overview"
        self._remembered = ""
        self._remember_timer = QTimer(self, singleShot=True, interval=REMEMBER_AFTER_MS, timeout=self._remember)
        self._dialogs: list[QDialog] = []
        self._ended: Termination | None = None
        self.sidebar = CaseSidebar(self)
        self.sidebar.populate(session.case)
        self.session_actions = SessionActions(session.case, self)
        self.session_bar = SessionBar(session.now, self.session_actions, self)
        self.banner = ConfidentialityBanner(self)
        self.overview = OverviewPage(session, self)
        self.notes = NotesPage(session, self._copy_seconds, self)
        self.exhibits = ExhibitsPanel(session, self)
        self.audit = AuditPage(session, self)
        self.search_panel = SearchPanel(session, self)
        self.search_field = self.search_panel.field
        self.room = JointScreenControl(session, lambda: settings.get(JOINT_SCREEN_DISPLAY), self)
        self.pages = QStackedWidget(self)
        for page in (self.overview, self.notes, self.audit, self.search_panel):
            self.pages.addWidget(page)
        self._own_pages: dict[str, tuple[QWidget, str]] = {
            "overview": (self.overview, self.tr("Case overview — visible to you only")),
            "audit": (self.audit, self.tr("Audit log — visible to you only"))}
        self._extra: list[QWidget] = []
        #: how a search hit of another kind than a note opens ("version", "tabling": the Drafts page)
        self.open_handlers: dict[str, Callable[[str], None]] = {}
        self._add_drafting()
        self._add_offers()
        self._actions = self._build_actions()
        self._lay_out()
        self._connect()
        self._refresh_sessions()
        self._follow_termination()
        self._restore()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.side.fit(event.size().width())
        super().resizeEvent(event)

    # -- the contract with the main window ---------------------------------------------
    def menu_actions(self) -> dict[str, QAction]:
        return dict(self._actions)

    def save_pending(self) -> bool:
        """Write the note being edited now; False if the case refused it (the text stays in the editor)."""
        if self._locked:
            return True
        saved = [self.notes.save_pending(), *(p.save_pending() for p in self._extra if hasattr(p, "save_pending"))]
        self._remember()
        return all(saved)

    def prepare_lock(self) -> None:
        """In STYLE.md's order: clipboard, dialogs, pending edits, selection; then wipe every view."""
        if self._locked:
            return
        SecureClipboard.instance().clear_if_ours()
        for dialog in list(self._dialogs):
            if isinstance(dialog, DisclosureDialog):
                dialog.wipe()
            dialog.reject()
        self._dialogs.clear()
        self.save_pending()
        self._locked = True
        for page in self._extra:
            if hasattr(page, "prepare_lock"):
                page.prepare_lock()
        self.room.shut()
        self.exhibits.set_locked(True)
        self.notes.clear()
        self.search_panel.clear()
        self.audit.clear()
        self.overview.clear()
        self.session_bar.stop()
        self.banner.show_neutral(self.tr("Locked"))
        for action in self._actions.values():
            action.setEnabled(False)
        self.session_actions.set_enabled(False)
        self.setEnabled(False)

    def focus_search(self) -> None:
        if not self._locked:
            if self.side.isHidden():
                self.toggle_sidebar()
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_field.selectAll()

    def toggle_sidebar(self) -> None:
        """Fold the sidebar (and the search field above it) away or bring it back; remembered in the settings.
        Finding (Ctrl+F) brings it back, since the search field lives there."""
        action = self._actions["view.sidebar"]
        shown = self.side.isHidden()
        action.setChecked(shown)
        self.side.setVisible(shown)
        self._settings.set(SIDEBAR_SHOWN, shown)
        if shown:
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- building --------------------------------------------------------------------
    def _add_drafting(self) -> None:
        """The single negotiating text: its page, and search hits on tabled text or positions open it."""
        def build(parent: QWidget) -> DraftsPage:
            page = DraftsPage(self._session, parent, load_now=False)
            page.status_message.connect(self.status_message)
            page.changed.connect(lambda change: self.apply_change(change, message=False))
            return page

        self.drafts = LazyPage(build, self)
        self.add_page("drafts", self.tr("Single text"), self.drafts, section="drafting",
                      section_title=self.tr("Drafting"), before="record",
                      banner=self.tr("The negotiating text — drafts are yours; parties see only what is tabled to them"))
        for kind in ("version", "tabling", "position"):
            self.open_handlers[kind] = lambda _item_id: self.navigate("drafts")

    def _add_offers(self) -> None:
        """The offers ledger and the private overlap check (gui/offers_page.py), built when first shown."""
        def build(parent: QWidget) -> QWidget:
            from iomed_desk.gui.offers_page import OffersPage

            page = OffersPage(self._session, parent)
            page.status_message.connect(self.status_message)
            page.changed.connect(lambda change: self.apply_change(change, message=True))
            return page

        self.offers = LazyPage(build, self)
        self.add_page("offers", self.tr("Offers"), self.offers, section="drafting",
                      banner=self.tr("Offers ledger — private figures and caucus offers: visible to you only"))

    def _copy_seconds(self) -> int:
        return self._settings.get(CLIPBOARD_SECONDS)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setToolTip(tip or text)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_actions(self) -> dict[str, QAction]:
        sa, key = self.session_actions, QKeySequence.StandardKey
        actions = {
            "note.new": self._action(self.tr("New note"), self.new_note, QKeySequence(key.New)),
            "note.delete": self._action(self.tr("Delete note…"), self.delete_note, tip=self.tr(
                "Delete the note for good (the audit log keeps that it existed)")),
            "note.disclose": self._action(self.tr("Disclose…"), self.disclose, tip=self.tr(
                "Disclose this caucus note, with the consents the rules require")),
            "session.joint": sa.joint, "session.caucus": sa.caucus, "session.end": sa.end,
            "session.attendance": self._action(self.tr("Attendance…"), self.record_attendance,
                                               QKeySequence(ATTENDANCE_SHORTCUT), self.tr(
                                                   "Record who leaves and who arrives late while the session runs")),
            "search": self._action(self.tr("Find…"), self.focus_search, QKeySequence(key.Find)),
            "exhibit.import": self._action(self.tr("Import exhibit…"), self.import_exhibits, tip=self.tr(
                "Import files into the channel on screen as exhibits (or drop them on the channel)")),
            "view.joint_screen": self.room.action,
            "agreement.export": self._action(self.tr("Export and sign the agreement…"), self.export_agreement,
                                             tip=self.tr("Render the concluded agreement, collect the signatures "
                                                         "in the room and save the signed PDF")),
            "edit.copy_secure": self._action(self.tr("Copy securely"), self.copy_secure, QKeySequence("Ctrl+Shift+C"),
                                             self.tr("Copy the selection (or the whole note); the clipboard is marked "
                                                     "secret and cleared after the countdown")),
            "session.caucus_here": self._action(
                self.tr("Start caucus with the party on screen"), self.start_caucus_here,
                QKeySequence(SHORTCUTS["session.caucus_here"]),
                self.tr("Start a caucus with the party whose channel is open")),
            "view.sidebar": self._action(self.tr("Show the sidebar"), self.toggle_sidebar,
                                         QKeySequence(SIDEBAR_SHORTCUT),
                                         self.tr("Show or fold away the case navigation (more room on a small "
                                                 "screen)")),
            **self.overview.menu_actions(),
        }
        actions.update(self._channel_actions())
        for action, keys in ((sa.joint, SHORTCUTS["session.joint"]), (sa.end, SHORTCUTS["session.end"]),
                             (actions["note.disclose"], SHORTCUTS["note.disclose"]),
                             (self.room.action, SHORTCUTS["view.joint_screen"])):
            action.setShortcut(QKeySequence(keys))
        #: the tips of the actions whose tip says why they are off, while they are on
        self._tips = {key: actions[key].toolTip() for key in ("note.delete", "note.disclose", "edit.copy_secure")}
        actions["view.sidebar"].setCheckable(True)
        actions["view.sidebar"].setChecked(self._settings.get(SIDEBAR_SHOWN))
        self.addActions(list(actions.values()))
        QShortcut(QKeySequence(key.Delete), self.notes.list_view, self.delete_note,
                  context=Qt.ShortcutContext.WidgetShortcut)
        return actions

    def channel_keys(self) -> list[str]:
        """The channels in sidebar order: Ctrl+1 the first (the joint channel), Ctrl+2 the next, …"""
        return [key for key in self.sidebar.entry_keys() if key in CHANNEL_PAGES or key.startswith("party:")]

    def _channel_actions(self) -> dict[str, QAction]:
        """Ctrl+1..Ctrl+9 open the channels in sidebar order; a number with no channel does nothing.
        Grouped under one "Go to channel" entry of the View menu."""
        menu = QMenu(self.tr("Go to channel"), self)
        actions: dict[str, QAction] = {"view.channels": menu.menuAction()}
        keys = self.channel_keys()
        for n in range(1, CHANNEL_SHORTCUTS + 1):
            key = keys[n - 1] if n <= len(keys) else ""
            item = self.sidebar.item_for(key) if key else None
            action = self._action(item.text() if item is not None else self.tr("Channel %1").replace("%1", str(n)),
                                  lambda k=key: bool(k) and self.navigate(k), QKeySequence(f"Ctrl+{n}"))
            action.setEnabled(bool(key))
            actions[f"channel.{n}"] = action
            if key:
                menu.addAction(action)
        return actions

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.setContentsMargins(12, 14, 0, 12)
        left.setSpacing(10)
        left.addWidget(self.search_field)
        left.addWidget(self.sidebar, 1)
        self.side = SideColumn(self)
        self.side.setLayout(left)
        self.side.setVisible(self._actions["view.sidebar"].isChecked())
        for key in ("note.disclose", "edit.copy_secure"):
            self.notes.add_header_action(self._actions[key])
        self.session_bar.add_button(self._actions["session.attendance"])
        self.session_bar.add_button(self._actions["view.joint_screen"])
        right = QVBoxLayout()
        right.setContentsMargins(16, 14, 16, 12)
        right.setSpacing(12)
        right.addWidget(self.session_bar)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.side)
        layout.addLayout(right, 1)
        # the search field is made after the overview: move it in the Tab chain to just before the sidebar
        QWidget.setTabOrder(self.sidebar.previousInFocusChain(), self.search_field)
        QWidget.setTabOrder(self.search_field, self.sidebar)

    def _connect(self) -> None:
        self.sidebar.page_requested.connect(self.navigate)
        self.overview.changed.connect(self.apply_change)
        self.search_panel.wanted.connect(lambda: self._page == SEARCH or self.navigate(SEARCH))
        self.search_panel.open_requested.connect(self._open_hit)
        self.search_panel.audience_box.currentIndexChanged.connect(
            lambda _i: self._show_search_banner() if self._page == SEARCH else None)
        self.search_panel.dismissed.connect(lambda: self.navigate(self._return_page) if self._page == SEARCH else None)
        self.notes.new_note_requested.connect(self.new_note)
        self.notes.current_note_changed.connect(lambda _id: (self._update_actions(), self._remember_timer.start()))
        self.notes.editor.saved.connect(lambda change: self.apply_change(change, reload_list=False))
        self.notes.editor.save_failed.connect(
            lambda message: self.status_message.emit(self.tr("Not saved: %1").replace("%1", message)))
        self.session_actions.start_requested.connect(self.start_session)
        self.notes.add_channel_tab(self.exhibits, self.exhibits, self.tr("Exhibits"))
        self.exhibits.install_drop(self.notes)
        assert self.notes.tabs is not None
        self.notes.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.exhibits.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.exhibits.show_dialog = self._show_dialog
        self.exhibits.changed.connect(self.apply_change)
        self.exhibits.status_message.connect(self.status_message)
        self.session_actions.end_requested.connect(self.end_session)

    @property
    def joint_screen(self) -> JointScreen | None:
        """The window the room sees, once it has been shown."""
        return self.room.screen

    # -- navigation ------------------------------------------------------------------
    @property
    def page(self) -> str:
        return self._page

    def add_page(self, key: str, label: str, page: QWidget, *, section: str, section_title: str = "",
                 before: str | None = None, banner: str) -> None:
        """Another page (Drafts, Offers) with its sidebar entry; `banner` says whose material it shows.

        The page may offer `refresh()` (on showing), `save_pending() -> bool` (before leaving it and on
        lock or quit), `prepare_lock()` and `apply_change(change)`; each is called when present.
        """
        if section_title:
            self.sidebar.add_section(section, section_title, before=before)
        self.sidebar.add_entry(key, label, section=section)
        self.pages.addWidget(page)
        self._own_pages[key] = (page, banner)
        self._extra.append(page)

    def navigate(self, key: str, note_id: str | None = None) -> bool:
        """Show a page ("overview", "audit", "search", a channel or an added page); refused if the page on
        screen cannot save what is typed in it."""
        current = self.pages.currentWidget()
        if self._locked or (hasattr(current, "save_pending") and not current.save_pending()):
            if not self._locked:
                self.sidebar.select(self._page if self._page != SEARCH else None)
            return False
        if key in self._own_pages:
            page, banner = self._own_pages[key]
            if hasattr(page, "refresh"):
                page.refresh()
            self.pages.setCurrentWidget(page)
            self.banner.show_neutral(banner)
        elif key == SEARCH:
            self.pages.setCurrentWidget(self.search_panel)
            self._show_search_banner()
        else:
            channel = Channel.parse(key)
            self.notes.show_channel(channel, note_id)
            self.pages.setCurrentWidget(self.notes)
            self.banner.show_channel(self._session.case, channel)
        self._page = key
        if key != SEARCH:
            self._return_page = key
        self.sidebar.select(key if key != SEARCH else None)
        self.session_bar.show_on_screen(self._session.case, self.current_channel())
        self._update_actions()
        self._remember_timer.start()
        return True

    def _show_search_banner(self) -> None:
        """Whose view the results are: every channel (the mediator's), or what one audience may see."""
        audience = self.search_panel.audience()
        case = self._session.case
        if audience.kind == "party":
            party = case.party(audience.party_id or "")
            self.banner.show_view(self.tr("Search results as %1 would see them").replace("%1", party.name),
                                  party.colour)
        elif audience.kind == "joint":
            self.banner.show_view(self.tr("Search results as the joint screen would show them — what every "
                                          "party may see"), JOINT_COLOUR)
        else:
            self.banner.show_warning(self.tr("Search results from every channel — confidential material of "
                                             "every party, visible to you only"))

    def current_channel(self) -> Channel | None:
        return self.notes.channel if self.pages.currentWidget() is self.notes else None

    def _restore(self) -> None:
        self._remembered = self._session.workspace_value(SELECTION_KEY) or ""
        page, _, note_id = self._remembered.partition(" ")
        self.navigate(page if page in self.sidebar.entry_keys() else "overview", note_id or None)

    def _remember(self) -> None:
        """Where the mediator is, by id only, so the case opens there next time (a write only when it moved)."""
        self._remember_timer.stop()
        if self._locked or not self._session.is_open:
            return
        note_id = self.notes.current_note_id() if self._return_page == self._page else None
        now = f"{self._return_page} {note_id or ''}".strip()
        if now == self._remembered:
            return
        try:
            self._session.set_workspace_value(SELECTION_KEY, now)
        except UserError:
            return
        self._remembered = now

    # -- redrawing -------------------------------------------------------------------
    def apply_change(self, change: Change, *, message: bool = True, reload_list: bool = True) -> None:
        """Redraw what `change` says changed: for the pages' own operations, and for any other view of this case."""
        if self._locked:
            return
        if message:
            self.status_message.emit(messages.change_text(change))
        if change.sessions:
            self._refresh_sessions()
        if change.case:
            self._follow_termination()
            if self.pages.currentWidget() is self.overview:
                self.overview.refresh()
        current = self.current_channel()
        if current is not None and (current in change.channels or change.disclosures):
            if reload_list:
                self.notes.reload()
            else:
                for note_id in change.notes:
                    self.notes.update_note(note_id)
        shown = self.pages.currentWidget()
        if (shown is self.overview and change.sessions) or shown is self.audit:
            shown.refresh()
        for page in self._extra:
            if hasattr(page, "apply_change"):
                page.apply_change(change)
        self.exhibits.apply_change(change)
        self.room.follow()
        self._update_actions()

    def _refresh_sessions(self) -> None:
        running = self._session.running_session()
        if running is None:
            self.session_bar.show_running(None, "", "")
        else:
            self.session_bar.show_running(running, *running_label(self._session.case, running))
            self.session_bar.show_on_screen(self._session.case, self.current_channel())
        self.session_actions.end.setEnabled(running is not None and self._ended is None)
        self._actions["session.attendance"].setEnabled(running is not None and self._ended is None)

    def note_on_screen(self) -> str | None:
        """The note the note actions act on: the one open in the Notes tab of the channel on screen, never
        one left in the editor behind another tab or page."""
        return self.notes.shown_note_id() if self.current_channel() is not None else None

    def _no_note_reason(self) -> str:
        """Why no note action may act now ("" when a note is on screen)."""
        if self.current_channel() is None:
            return self.tr("No note on screen: open a channel (Ctrl+1, Ctrl+2, …) and choose a note")
        hiding = self.notes.hiding_tab()
        if hiding:
            return self.tr("The %1 tab is on screen: go back to the Notes tab to act on a note").replace(
                "%1", hiding)
        if self.notes.disclosed_view.note_id is not None:
            return self.tr("This note is disclosed here from another channel: act on it in its own channel")
        if self.notes.current_note_id() is None:
            return self.tr("No note on screen: choose one in the list")
        return ""

    def _set_action(self, key: str, reason: str, tip: str = "") -> None:
        """On when `reason` is empty, with `tip` (else its own); off otherwise, saying `reason` where its
        tip would show (the menu's status line, the header button's tooltip)."""
        action = self._actions[key]
        action.setEnabled(not reason)
        tip = reason or tip or self._tips[key]
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def _disclose_reason(self, no_note: str) -> str:
        """Disclose… acts on the exhibit chosen on the Exhibits tab, else on the note on screen."""
        channel = self.current_channel()
        if self.exhibits_shown():
            if self.exhibits.can_disclose():
                return ""
            if channel is not None and channel.kind == "joint":
                return self.tr("Every party sees the Joint channel's exhibits already")
            return self.tr("Choose one of this channel's exhibits to disclose it")
        if no_note:
            return no_note
        if channel is not None and channel.kind == "joint":
            return self.tr("Every party sees the Joint channel's notes already")
        return ""

    def _update_actions(self) -> None:
        """The note actions act on what is on screen only: off, saying why, while the note is behind another
        tab (Exhibits) or page; after the termination only copying stays (its reason is ProcessFlow's)."""
        if self._locked:
            return
        no_note = self._no_note_reason()
        self._set_action("edit.copy_secure", no_note)
        if self._ended is not None:
            for key in ("note.new", "note.delete", "note.disclose", "session.caucus_here"):
                self._actions[key].setEnabled(False)
            return
        self._set_action("note.delete", no_note)
        self._set_action("note.disclose", self._disclose_reason(no_note),
                         self.exhibits.disclose_action.toolTip() if self.exhibits_shown() else "")
