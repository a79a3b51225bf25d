"""The main window: the start page, the case workspace and the lock screen in one stack.

It composes; the pages do the work. It owns the case's lifecycle (open, lock,
unlock, close, quit); the whole-file operations (backup, passphrase change)
live in file_operations.py. Locking follows STYLE.md's order, in `lock()`.

The start window is usable before the case layers are imported: this module
loads none of them (nor PySide's `Qt` namespace) when imported or when the
window is built; `load_case_layers` does, the first time a case is opened or
created, the demo asked for, or on `warm_up` a moment after the window shows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QProcess, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from iomed_desk.gui.main_menus import MainMenus
from iomed_desk.gui.settings import (
    IDLE_KEEPS_JOINT_SCREEN,
    IDLE_LOCK_SECONDS,
    LAST_FOLDER,
    WINDOW_GEOMETRY,
    Settings,
)
from iomed_desk.gui.start_window import (
    DEMO_PASSPHRASE,
    StartPage,
    demo_case_path,
    demo_writer,
    write_demo_case,
)
from iomed_desk.gui.style import refresh_style_sheet

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession
    from iomed_desk.gui.file_operations import BusyPage, FileJobs
    from iomed_desk.gui.file_operations import CaseWindow as _WindowBase
    from iomed_desk.gui.lock import IdleCountdown, IdleWatcher, LockScreen, SystemLockWatcher
    from iomed_desk.gui.unlock_dialog import UnlockDialog
else:  # at run time the window is a plain QMainWindow until a case is first opened (see load_case_layers)
    _WindowBase = QMainWindow

WorkspaceFactory = Callable[["CaseSession", Settings, QWidget], Any]


def default_workspace(session: CaseSession, settings: Settings, parent: QWidget) -> Any:
    """The workspace module is imported after the start window is shown (`warm_up`), not at start-up,
    so the first window appears sooner; by the time a passphrase is typed it is loaded."""
    from iomed_desk.gui.workspace import CaseWorkspace

    return CaseWorkspace(session, settings, parent)


WARM_UP_MS = 250


def restart_command() -> tuple[str, list[str]]:
    """How to start IOMed Desk again: the frozen application itself, else this Python running the package."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "iomed_desk"]


def launch_detached(program: str, args: list[str]) -> bool:
    """Start a new, independent IOMed Desk process; False if it could not be started."""
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
@dataclass(frozen=True)
class _CaseParts:
    idle: IdleWatcher
    idle_banner: IdleCountdown
    system_lock: SystemLockWatcher
    jobs: FileJobs
    busy_page: BusyPage


#: workspace actions without a placeholder slot in the menus, added to them while a case is open
EXTRA_ACTIONS = (("session", "session.caucus_here"), ("view", "view.sidebar"), ("view", "view.channels"))


def load_case_layers() -> None:
    """Import the case and app layers (sqlcipher3, cryptography, through `app.case_session`) and the
    window's modules built on them: the first time a case is opened or created, the demo asked for,
    or by `warm_up`, never before the start window is usable.

    The warnings policy goes first: it must precede any third-party import that could warn, and it
    names cryptography's category, so it imports cryptography itself.
    """
    global _case_layers_loaded
    if _case_layers_loaded:
        return
    from iomed_desk.warnings_policy import quiet_third_party_deprecations

    quiet_third_party_deprecations()
    import iomed_desk.app.case_session  # noqa: F401
    import iomed_desk.gui.anchors  # noqa: F401
    import iomed_desk.gui.file_operations  # noqa: F401
    import iomed_desk.gui.lock  # noqa: F401
    import iomed_desk.gui.unlock_dialog  # noqa: F401

    _case_layers_loaded = True


_case_layers_loaded = False


def warm_up() -> None:
    """Load the case layers and the workspace's code while the mediator is still looking at the start window."""
    load_case_layers()
    import iomed_desk.gui.workspace  # noqa: F401


class MainWindow(_WindowBase):
    """The start page at once; what a case needs (the lock's watchers, the file jobs, the busy page) is
    built by `case_parts` the first time a case is opened or created, with the case layers."""

    def __init__(self, settings: Settings, *, workspace_factory: WorkspaceFactory = default_workspace,
                 capture_note: str = "") -> None:
        super().__init__()
        self.settings = settings
        self._workspace_factory = workspace_factory
        self._capture_note = capture_note
        self.session: CaseSession | None = None
        self.workspace: Any = None
        self.lock_screen: LockScreen | None = None
        #: the joint screen left up for the room by an idle lock (frozen, joint material only), else None
        self.kept_joint_screen: QWidget | None = None
        #: starts the new process for "Restart now" (program, args) -> started
        self.relaunch: Callable[[str, list[str]], bool] = launch_detached
        self._view_actions: list[tuple[str, Any]] = []
        self._parts: _CaseParts | None = None
        self._lock_pending = False
        self._quit_pending = False
        self.setObjectName("mainWindow")

        self.stack = QStackedWidget(self)
        self.start_page = StartPage(settings, self)
        self.stack.addWidget(self.start_page)
        central = QWidget(self)
        self._column = column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.start_page.new_case_requested.connect(self.new_case)
        self.start_page.open_case_requested.connect(self.choose_case)
        self.start_page.open_path_requested.connect(lambda p: self.open_path(Path(p)))
        self.start_page.demo_requested.connect(self.open_demo)

        self.menus = MainMenus(self, {
            "file.new": self.new_case, "file.open": self.choose_case, "file.demo": self.open_demo,
            "file.backup": self.backup, "file.passphrase": self.change_passphrase, "file.lock": self.lock,
            "file.close": self.close_case, "file.settings": self.show_settings, "file.quit": self.close,
            "file.verify": self.verify_pdf,
            "help.about": self.show_about})
        self.statusBar().setSizeGripEnabled(True)
        self._restore_geometry()
        self._refresh()

    # -- what a case needs, built with the case layers ------------------------------------
    def case_parts(self) -> _CaseParts:
        """The idle and system-lock watchers, the countdown banner, the file jobs and the busy page:
        built (and the case layers imported, `load_case_layers`) on first use."""
        if self._parts is None:
            load_case_layers()
            from iomed_desk.gui import file_operations, lock

            idle = lock.IdleWatcher(self.settings.get(IDLE_LOCK_SECONDS), self)
            banner = lock.IdleCountdown(idle, self)
            self._column.insertWidget(0, banner)
            idle.idle.connect(self.idle_lock)
            idle.panic.connect(self.panic_lock)
            system_lock = lock.SystemLockWatcher(self)
            system_lock.system_locked.connect(self.lock)
            jobs = file_operations.FileJobs(self)
            jobs.changed.connect(self._jobs_changed)
            busy_page = file_operations.BusyPage(self)
            self.stack.addWidget(busy_page)
            self._parts = _CaseParts(idle, banner, system_lock, jobs, busy_page)
        return self._parts

    @property
    def idle(self) -> IdleWatcher:
        return self.case_parts().idle

    @property
    def idle_banner(self) -> IdleCountdown:
        return self.case_parts().idle_banner

    @property
    def system_lock(self) -> SystemLockWatcher:
        return self.case_parts().system_lock

    @property
    def jobs(self) -> FileJobs:
        return self.case_parts().jobs

    @property
    def busy_page(self) -> BusyPage:
        return self.case_parts().busy_page

    def _busy(self) -> bool:
        """A file operation is running (none can before the case parts exist)."""
        return self._parts is not None and self._parts.jobs.running > 0

    # -- state ---------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def _refresh(self) -> None:  # the title and what the menus offer, from the state
        if self.session is not None:
            title = self.tr("{file} — IOMed Desk").format(file=self.session.path.name)
        elif self.lock_screen is not None:
            title = self.tr("Locked — IOMed Desk")
        else:
            title = self.tr("IOMed Desk")
        self.setWindowTitle(title)
        self.menus.update(is_open=self.session is not None, locked=self.locked, busy=self._busy())

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- opening -----------------------------------------------------------------------
    def new_case(self) -> None:
        from PySide6.QtCore import Qt

        self.case_parts()
        from iomed_desk.gui.new_case_wizard import NewCaseWizard

        wizard = NewCaseWizard(self.settings, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(lambda session: self._created(wizard, session))
        wizard.open()

    def _created(self, wizard: Any, session: CaseSession) -> None:
        if wizard.remembered:
            from iomed_desk.gui.unlock_dialog import record_remembered

            record_remembered(self.settings, session.path, session.case.id)
        self.adopt(session, self.tr("Case created"))

    def choose_case(self) -> None:
        folder = self.settings.get(LAST_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a case"), folder,
                                              self.tr("IOMed Desk cases (*.iomed);;All files (*)"))
        if path:
            self.settings.set(LAST_FOLDER, str(Path(path).parent))
            self.open_path(Path(path))

    def open_path(self, path: Path, hint: str = "") -> UnlockDialog | None:
        """Ask for the passphrase of `path` (or use a remembered key) and open it in the workspace."""
        if self.session is not None and self.session.path.resolve() == Path(path).resolve():
            return None
        from iomed_desk.gui import messages

        if not Path(path).is_file():
            messages.error(self, self.tr("There is no case file at {path}.").format(path=path))
            return None
        from PySide6.QtCore import Qt

        self.case_parts()
        from iomed_desk.gui.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(Path(path), self.settings, hint=hint, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(lambda session: self.adopt(session, self.tr("Case opened")))
        dialog.start()
        return dialog

    def open_demo(self) -> None:
        path = demo_case_path()
        hint = self.tr("Demo passphrase: {passphrase}").format(passphrase=DEMO_PASSPHRASE)
        if path.exists():
            self.open_path(path, hint)
            return
        self.case_parts()
        if demo_writer() is None:
            from iomed_desk.gui import messages

            messages.info(self, self.tr("The demo case is not part of this build of IOMed Desk."))
            return
        self.start_page.set_demo_busy(True)
        self.jobs.run(lambda: write_demo_case(path), lambda _p: self.open_path(path, hint),
                      done=lambda: self.start_page.set_demo_busy(False))

    def adopt(self, session: CaseSession, message: str) -> bool:
        """Show `session` in a new workspace, closing the case that was open (its edits saved) first.

        Before anything of it shows, a file whose audit chain lacks the head last seen here is flagged
        (anchors.py); False if it stays closed.
        """
        from iomed_desk.gui import anchors

        self.case_parts()
        if not anchors.confirm(self, self.settings, session):
            session.close()
            return False
        if (self.session is not None or self.locked) and not self._close_current():
            session.close()
            return False
        try:
            workspace = self._workspace_factory(session, self.settings, self)
        except BaseException:
            session.close()
            raise
        self.session, self.workspace = session, workspace
        workspace.status_message.connect(self.say)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.menus.attach(workspace.menu_actions())
        self._add_view_actions(workspace.menu_actions())
        self.settings.add_recent(str(session.path.resolve()))
        self.idle.set_seconds(self.settings.get(IDLE_LOCK_SECONDS))
        self.idle.start()
        self._refresh()
        self.say(message)
        return True

    def _add_view_actions(self, actions: dict[str, Any]) -> None:
        """The workspace's entries that have no placeholder slot in the menus (the sidebar, Ctrl+1..9)."""
        self._view_actions = [(menu, actions[key]) for menu, key in EXTRA_ACTIONS if key in actions]
        for menu, action in self._view_actions:
            self.menus.menus[menu].addAction(action)

    # -- locking -----------------------------------------------------------------------
    def idle_lock(self) -> bool:
        """The lock after idle time: the joint screen stays up for the room if the setting says so."""
        return self.lock(keep_joint_screen=self.settings.get(IDLE_KEEPS_JOINT_SCREEN))

    def panic_lock(self) -> bool:
        """At once, and nothing left on any screen: the joint screen kept by an idle lock goes too."""
        self._drop_kept_joint_screen()
        return self.lock()

    def lock(self, *, keep_joint_screen: bool = False) -> bool:
        """STYLE.md's order: running save, clipboard, dialogs, pending edits, selection, close, lock screen.

        With `keep_joint_screen`, a joint screen showing the joint session stays up, frozen on what it
        shows (joint material only), until the case is unlocked, closed, or the panic key is pressed.
        """
        if self.session is None or self.workspace is None:
            return False
        if self._busy():
            self._lock_pending = True
            self.say(self.tr("The case will lock as soon as the file operation finishes."))
            return False
        from iomed_desk.gui import messages
        from iomed_desk.gui.lock import LockScreen, clear_clipboard_if_ours, close_open_dialogs

        clear_clipboard_if_ours()
        close_open_dialogs()
        if not self.workspace.save_pending():
            messages.error(self, self.tr("Your last edit could not be saved, so the case was not locked "
                                         "(locking would lose it). Free some disk space, then lock again."))
            return False
        path = self.session.path
        kept = self.workspace.room.release(self) if keep_joint_screen else None
        self.teardown()
        if kept is not None:
            self.kept_joint_screen = kept
            kept.closed.connect(lambda: self._forget_kept(kept))
            self.idle.watch_panic_only()
        self.lock_screen = LockScreen(path, self.settings, self)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.close_requested.connect(self.close_case)
        self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.setFocus()
        self.statusBar().clearMessage()
        self._refresh()
        self.say(self.tr("Locked"))
        return True

    def teardown(self) -> None:
        """prepare_lock (saves, remembers the selection, clears text and undo history), then close the case."""
        assert self.session is not None and self.workspace is not None
        from iomed_desk.gui import anchors
        from iomed_desk.gui.lock import collect_leftovers

        self.idle.stop()
        self.workspace.prepare_lock()
        self.menus.detach()
        for menu, action in self._view_actions:
            self.menus.menus[menu].removeAction(action)
        self._view_actions = []
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()
        session, self.session = self.session, None
        anchors.remember(self.settings, session)
        session.close()
        QTimer.singleShot(0, collect_leftovers)

    def _unlocked(self, session: CaseSession) -> None:
        screen, self.lock_screen = self.lock_screen, None
        kept, self.kept_joint_screen = self.kept_joint_screen, None
        adopted = self.adopt(session, self.tr("Unlocked"))
        if adopted and kept is not None:  # the live screen replaces the frozen one
            self.workspace.room.action.setChecked(True)
        if kept is not None:
            kept.close()
        if screen is not None:
            self.stack.removeWidget(screen)
            screen.deleteLater()
        if not adopted:  # swapped for an older file while locked, and the mediator kept it closed
            self.show_start()

    def _forget_kept(self, screen: QWidget) -> None:
        if self.kept_joint_screen is screen:
            self.kept_joint_screen = None
            if self.session is None:
                self.idle.stop()
        screen.deleteLater()

    def _drop_kept_joint_screen(self) -> None:
        kept, self.kept_joint_screen = self.kept_joint_screen, None
        if kept is not None:
            kept.close()

    def _close_current(self) -> bool:
        """Close the open (or locked) case; False if pending edits could not be saved and the user kept them."""
        self._drop_kept_joint_screen()
        if self.workspace is not None:
            from iomed_desk.gui import messages
            from iomed_desk.gui.lock import clear_clipboard_if_ours

            if not self.workspace.save_pending() and messages.ask(
                    self, self.tr("Your last edit could not be saved. Close the case anyway and lose it?")
            ) != messages.Button.Yes:
                return False
            clear_clipboard_if_ours()
            self.teardown()
        if self.lock_screen is not None:
            screen, self.lock_screen = self.lock_screen, None
            self.stack.removeWidget(screen)
            screen.deleteLater()
        return True

    def close_case(self) -> None:
        if self._busy() or not self._close_current():
            return
        self.show_start()
        self.say(self.tr("Case closed"))

    # -- whole-file operations, on a worker (file_operations.py) ----------------------------
    def _jobs_changed(self) -> None:
        self._refresh()
        if self._busy():
            return
        if self._lock_pending:
            self._lock_pending = False
            self.lock()
        if self._quit_pending:
            self._quit_pending = False
            self.close()

    def backup(self) -> None:
        from iomed_desk.gui import file_operations

        file_operations.backup(self)

    def backup_to(self, dest: Path) -> None:
        from iomed_desk.gui import file_operations

        file_operations.backup_to(self, dest)

    def change_passphrase(self) -> None:
        from iomed_desk.gui import file_operations

        file_operations.change_passphrase(self)

    def show_busy(self, text: str) -> None:
        self.busy_page.label.setText(text)
        self.stack.setCurrentWidget(self.busy_page)

    def show_start(self) -> None:
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self._refresh()

    # -- dialogs -----------------------------------------------------------------------------
    def verify_pdf(self) -> None:
        """Verify any signed agreement, offline; needs no case open."""
        from iomed_desk.gui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_settings(self) -> None:
        from iomed_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.restart_requested.connect(self.restart_now)
        dialog.open()

    def restart_now(self) -> bool:
        """For a new interface language: close the case (edits saved, as on quit), start IOMed Desk again and
        end this process; nothing happens while a file operation runs or if the case could not be closed."""
        if self._busy():
            self.say(self.tr("Restart when the file operation has finished."))
            return False
        if not self._close_current():
            return False
        self.show_start()
        program, args = restart_command()
        if not self.relaunch(program, args):
            from iomed_desk.gui import messages

            messages.error(self, self.tr("IOMed Desk could not start again by itself; start it yourself to see "
                                         "the new language."))
            return False
        self.close()
        QCoreApplication.quit()
        return True

    def _settings_applied(self) -> None:
        if self._parts is not None:  # else the watcher reads the setting when it is built
            self._parts.idle.set_seconds(self.settings.get(IDLE_LOCK_SECONDS))
        self.start_page.refresh()
        self.say(self.tr("Settings saved"))

    def show_about(self) -> None:
        from iomed_desk.gui.about import AboutDialog

        dialog = AboutDialog(self, self._capture_note)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- geometry and quitting ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.settings.get(WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1280, 800)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new application palette (the system turned dark): re-resolve the palette-relative style sheet.

        Later, from the event loop: re-styling inside the palette change's own delivery is not safe.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, refresh_style_sheet)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._busy():
            self._quit_pending = True
            self.say(self.tr("Finishing the file operation before quitting…"))
            event.ignore()
            return
        if not self._close_current():
            event.ignore()
            return
        if self._parts is not None:  # nothing of a case was ever on the clipboard before
            from iomed_desk.gui.lock import clear_clipboard_if_ours

            clear_clipboard_if_ours()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.settings.flush()
        event.accept()
