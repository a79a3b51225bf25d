"""The main window's menus: its own actions, and slots where the workspace's actions go while a case is open.

While no case is open, each slot holds a disabled placeholder of the same
name, so the menus never change shape and keyboard users find things where
they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from iomed_desk.gui.shortcuts import PANIC_SHORTCUT

Key = QKeySequence.StandardKey


def _t(text: str) -> str:
    return QCoreApplication.translate("MainMenus", text)


#: workspace action key -> (menu, placeholder text, default shortcut when the workspace sets none);
#: shortcuts are built on use, since a QKeySequence needs the application to exist
WORKSPACE_SLOTS: tuple[tuple[str, str, str, str | Key | None], ...] = (
    ("exhibit.import", "file", "Import exhibit…", None),
    ("edit.copy_secure", "edit", "Copy securely", "Ctrl+Shift+C"),
    ("search", "edit", "Find…", Key.Find),
    ("note.new", "case", "New note", Key.New),
    ("note.delete", "case", "Delete note", None),
    ("note.disclose", "case", "Disclose…", None),
    ("session.joint", "session", "Start joint session", None),
    ("session.caucus", "session", "Start caucus with", None),
    ("session.end", "session", "End session", None),
    ("session.attendance", "session", "Attendance…", None),
    ("view.joint_screen", "view", "Show joint screen", None),
    ("case.signatories", "case", "Signatories…", None),
    ("case.place", "case", "Place and time zone…", None),
    ("agreement.export", "case", "Export and sign the agreement…", None),
)


class MainMenus(QObject):
    """Builds the menu bar of `window`; `actions` holds the window's own actions by key."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {
            "file": bar.addMenu(_t("&File")), "edit": bar.addMenu(_t("&Edit")), "case": bar.addMenu(_t("&Case")),
            "session": bar.addMenu(_t("&Session")), "view": bar.addMenu(_t("&View")), "help": bar.addMenu(_t("&Help")),
        }
        self.actions: dict[str, QAction] = {}
        file = self.menus["file"]
        self._own(file, "file.new", _t("&New case…"), handlers, QKeySequence.fromString("Ctrl+Shift+N"))
        self._own(file, "file.open", _t("&Open case…"), handlers, Key.Open)
        self._own(file, "file.demo", _t("Open the &demo case"), handlers)
        file.addSeparator()
        self._own(file, "file.backup", _t("&Backup…"), handlers)
        self._own(file, "file.passphrase", _t("Change &passphrase…"), handlers)
        file.addSeparator()
        self._own(file, "file.verify", _t("&Verify PDF…"), handlers)
        file.addSeparator()
        lock = self._own(file, "file.lock", _t("&Lock"), handlers, QKeySequence.fromString(PANIC_SHORTCUT))
        lock.setProperty("shortcutContext", "ApplicationShortcut")  # by name: no `Qt` namespace at start-up
        self._own(file, "file.close", _t("&Close case"), handlers, Key.Close)
        file.addSeparator()
        prefs = QKeySequence(Key.Preferences)
        self._own(file, "file.settings", _t("&Settings…"), handlers,
                  prefs if not prefs.isEmpty() else QKeySequence.fromString("Ctrl+,"))
        file.addSeparator()
        quit_action = self._own(file, "file.quit", _t("&Quit"), handlers, Key.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._own(self.menus["help"], "help.about", _t("&About IOMed Desk"), handlers).setMenuRole(
            QAction.MenuRole.AboutRole)

        self.placeholders: dict[str, QAction] = {}
        self.attached: dict[str, QAction] = {}
        for key, menu, text, _shortcut in WORKSPACE_SLOTS:
            placeholder = QAction(_t(text), self.window)
            placeholder.setEnabled(False)
            self.placeholders[key] = placeholder
            if key == "search":
                self.menus[menu].addSeparator()
            if key == "exhibit.import":  # beside Verify PDF…, not after Quit
                self.menus[menu].insertAction(self.actions["file.verify"], placeholder)
                continue
            self.menus[menu].addAction(placeholder)
        self.attest = QAction(_t("Attest after paper signatures…"), self.window)
        self.attest.setToolTip(_t("Record who witnessed each paper signature, then apply the mediator's "
                                  "attestation, which locks the agreement"))
        self.attest.triggered.connect(self._attest)
        self.menus["case"].addAction(self.attest)
        self.impartiality = QAction(_t("&Impartiality record…"), self.window)
        self.impartiality.setToolTip(_t("Caucus time, disclosures, tablings and positions per party: counts and "
                                        "times only, exportable as one PDF page for the parties"))
        self.impartiality.triggered.connect(self._impartiality)
        self.menus["case"].addAction(self.impartiality)
        self._process_menu()

    def _process_menu(self) -> None:
        """Case > Process: the process record's dialogs (gui/process_dialogs.py, process_closing.py)."""
        menu = self.menus["case"].addMenu(_t("P&rocess"))
        self.process_menu = menu
        self.process: dict[str, QAction] = {}
        for key, text, tip in (
                ("agreement", _t("&Agreement to mediate…"), _t("How the agreement to mediate was signed, or why the "
                                                                "mediation proceeds without it")),
                ("declarations", _t("&Declarations…"), _t("The mediators' declarations of independence and "
                                                          "impartiality and each party's answer")),
                ("authorities", _t("A&uthorities…"), _t("The instrument seen for each representative's authority "
                                                        "to settle")),
                ("terminate", _t("&Terminate the mediation…"), _t("Record how the mediation ended; the case "
                                                                  "becomes read-only")),
                ("close", _t("&Close the file…"), _t("Destroy the caucus material and sign the destruction "
                                                     "certificate"))):
            action = menu.addAction(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, k=key: self._process(k))
            self.process[key] = action
        menu.setToolTipsVisible(True)
        # a termination recorded from the overview's button changes what the menu offers: read on opening
        self.menus["case"].aboutToShow.connect(self.update_process)
        menu.aboutToShow.connect(self.update_process)

    def _process(self, key: str) -> None:
        """Open a process dialog for the open case; what it records goes to the workspace."""
        from iomed_desk.gui import process_closing, process_dialogs

        session, workspace = getattr(self.window, "session", None), getattr(self.window, "workspace", None)
        if session is None or workspace is None:
            return
        if key == "close":
            process_closing.close_file(self.window)
            return
        dialog = {"agreement": process_dialogs.AgreementToMediateDialog,
                  "declarations": process_dialogs.DeclarationsDialog,
                  "authorities": process_dialogs.AuthoritiesDialog,
                  "terminate": process_closing.TerminateDialog}[key](session, self.window)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(workspace.apply_change)
        dialog.saved.connect(lambda _change: self.update_process())
        self.process_dialog = dialog
        dialog.open()

    def update_process(self) -> None:
        """The process entries for the open case: after the termination only Close the file… stays, and
        each other entry says why it is off."""
        session = getattr(self.window, "session", None)
        is_open = session is not None and getattr(self.window, "workspace", None) is not None
        ended = None
        if is_open:
            from iomed_desk.app import process_record

            ended = process_record.termination(session)
        why = (_t("The mediation ended (%1) on %2: the case is read-only").replace("%1", ended.outcome.value)
               .replace("%2", ended.ended_on.isoformat()) if ended is not None else "")
        self.process_menu.menuAction().setEnabled(is_open)
        busy = is_open and getattr(getattr(self.window, "jobs", None), "running", 0) > 0
        for key, action in self.process.items():
            action.setEnabled(is_open and (key == "close" or ended is None))
            if key != "close":
                action.setToolTip(why or action.statusTip())
        self.process["close"].setEnabled(is_open and ended is not None and not busy)
        if busy:
            for action in self.process.values():
                action.setEnabled(False)
        if is_open and ended is None:
            self.process["close"].setToolTip(_t("Terminate the mediation first"))
        else:
            self.process["close"].setToolTip(self.process["close"].statusTip())

    def _own(self, menu: QMenu, key: str, text: str, handlers: dict[str, Callable[[], object]],
             shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # every binding the platform has: QKeySequence(Key.Close) keeps only the first (Ctrl+F4, not Ctrl+W)
            action.setShortcuts(shortcut)
        elif shortcut is not None and not shortcut.isEmpty():
            # as a property: setShortcut's overloads read PySide's `Qt` namespace (~16 ms at start-up)
            action.setProperty("shortcut", shortcut)
        action.triggered.connect(lambda _checked=False, k=key: handlers[k]())
        menu.addAction(action)
        self.actions[key] = action
        return action

    def _attest(self) -> None:
        """The attest dialog for the open case (attest_dialog.py); what it changes goes to the workspace."""
        from iomed_desk.gui.attest_dialog import AttestDialog

        session, workspace = getattr(self.window, "session", None), getattr(self.window, "workspace", None)
        if session is None or workspace is None:
            return
        dialog = AttestDialog(session, workspace)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attested.connect(workspace.apply_change)
        dialog.open()

    def _impartiality(self) -> None:
        """The impartiality record of the open case (impartiality_view.py)."""
        from iomed_desk.gui.impartiality_view import ImpartialityView

        session = getattr(self.window, "session", None)
        if session is None:
            return
        view = ImpartialityView(session, self.window)
        from PySide6.QtCore import Qt

        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()

    def attach(self, workspace_actions: dict[str, QAction]) -> None:
        """Put the workspace's actions in their slots (and give them standard shortcuts if they have none)."""
        self.detach()
        for key, menu_key, _text, shortcut in WORKSPACE_SLOTS:
            action = workspace_actions.get(key)
            if action is None:
                continue
            if shortcut is not None and action.shortcut().isEmpty():
                action.setShortcut(QKeySequence(shortcut))
            menu = self.menus[menu_key]
            menu.insertAction(self.placeholders[key], action)
            menu.removeAction(self.placeholders[key])
            self.attached[key] = action

    def detach(self) -> None:
        """Put the placeholders back; the workspace's actions go with the workspace.

        A submenu without a parent (the caucus menu lists the parties) would outlive the workspace,
        so it is emptied and deleted with it.
        """
        for key, menu_key, _text, _shortcut in WORKSPACE_SLOTS:
            action = self.attached.pop(key, None)
            if action is None:
                continue
            menu = self.menus[menu_key]
            menu.insertAction(action, self.placeholders[key])
            menu.removeAction(action)
            submenu = action.menu()
            if submenu is not None and submenu.parent() is None:
                submenu.clear()
                submenu.deleteLater()

    def update(self, *, is_open: bool, locked: bool, busy: bool) -> None:
        """Enable what makes sense now: case operations need an open case and no running file operation."""
        enabled = {
            "file.new": not busy, "file.open": not busy, "file.demo": not busy,
            "file.backup": is_open and not busy, "file.passphrase": is_open and not busy,
            "file.lock": is_open, "file.close": (is_open or locked) and not busy,
        }
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
        self.attest.setEnabled(is_open and not busy)
        self.impartiality.setEnabled(is_open and not busy)
        self.update_process()
