"""The main window: the start page, the case workspace and the lock screen in one stack.

It composes; the pages do the work. It owns the case's lifecycle (open, lock,
unlock, close, quit) and runs the whole-file operations (backup, passphrase
change) on a worker. Locking follows STYLE.md's order, in `lock()`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.lock import IdleWatcher, LockScreen, SystemLockWatcher
from iomed_desk.gui.main_menus import MainMenus
from iomed_desk.gui.settings import IDLE_LOCK_SECONDS, LAST_FOLDER, WINDOW_GEOMETRY, Settings
from iomed_desk.gui.start_window import (
    DEMO_PASSPHRASE,
    StartPage,
    demo_case_path,
    demo_writer,
    write_demo_case,
)
from iomed_desk.gui.unlock_dialog import UnlockDialog, record_remembered
from iomed_desk.gui.worker import run_in_background
from iomed_desk.gui.workspace import CaseWorkspace

WorkspaceFactory = Callable[[CaseSession, Settings, QWidget], Any]


def default_workspace(session: CaseSession, settings: Settings, parent: QWidget) -> Any:
    """Imported at the top on purpose: a first import of the workspace while unlocking stalls the GUI."""
    return CaseWorkspace(session, settings, parent)


def clear_clipboard_if_ours() -> None:
    try:
        from iomed_desk.gui.clipboard import SecureClipboard
    except ImportError:
        return
    SecureClipboard.instance().clear_if_ours()


def close_open_dialogs(keep: QWidget | None = None) -> None:
    """Close popups and every visible dialog (their text may come from the case); `keep` stays."""
    for _ in range(10):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep:
            widget.reject()


def refresh_style_sheet() -> None:
    """Once per application palette: style sheets resolve palette() colours when they are set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    key = QApplication.palette().cacheKey()
    if app.property("iomedStylePalette") in (None, key):  # None: the palette the sheet was first set with
        app.setProperty("iomedStylePalette", key)
        return
    app.setProperty("iomedStylePalette", key)
    sheet = app.styleSheet()
    app.setStyleSheet("")
    app.setStyleSheet(sheet)
    app.setProperty("iomedStylePalette", QApplication.palette().cacheKey())


def collect_leftovers() -> None:
    """Once the loop has deleted the workspace: free wrappers that kept some of its widgets alive in cycles."""
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class BusyPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("pageTitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setFixedSize(320, 6)
        bar.setAccessibleName(self.tr("Working"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(12)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, workspace_factory: WorkspaceFactory = default_workspace,
                 capture_note: str = "") -> None:
        super().__init__()
        self.settings = settings
        self._workspace_factory = workspace_factory
        self._capture_note = capture_note
        self.session: CaseSession | None = None
        self.workspace: Any = None
        self.lock_screen: LockScreen | None = None
        self._jobs = 0
        self._lock_pending = False
        self._quit_pending = False
        self.setObjectName("mainWindow")

        self.stack = QStackedWidget(self)
        self.start_page = StartPage(settings, self)
        self.busy_page = BusyPage(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.busy_page)
        self.setCentralWidget(self.stack)
        self.start_page.new_case_requested.connect(self.new_case)
        self.start_page.open_case_requested.connect(self.choose_case)
        self.start_page.open_path_requested.connect(lambda p: self.open_path(Path(p)))
        self.start_page.demo_requested.connect(self.open_demo)

        self.menus = MainMenus(self, {
            "file.new": self.new_case, "file.open": self.choose_case, "file.demo": self.open_demo,
            "file.backup": self.backup, "file.passphrase": self.change_passphrase, "file.lock": self.lock,
            "file.close": self.close_case, "file.settings": self.show_settings, "file.quit": self.close,
            "help.about": self.show_about})
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_SECONDS), self)
        self.idle.idle.connect(self.lock)
        self.idle.panic.connect(self.lock)
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.system_locked.connect(self.lock)
        self.statusBar().setSizeGripEnabled(True)
        self._restore_geometry()
        self._refresh()

    # -- state ---------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def _refresh(self) -> None:
        if self.session is not None:
            title = self.tr("{file} — IOMed Desk").format(file=self.session.path.name)
        elif self.lock_screen is not None:
            title = self.tr("Locked — IOMed Desk")
        else:
            title = self.tr("IOMed Desk")
        self.setWindowTitle(title)
        self.menus.update(is_open=self.session is not None, locked=self.locked, busy=self._jobs > 0)

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- opening -----------------------------------------------------------------------
    def new_case(self) -> None:
        from iomed_desk.gui.new_case_wizard import NewCaseWizard

        wizard = NewCaseWizard(self.settings, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(lambda session: self._created(wizard, session))
        wizard.open()

    def _created(self, wizard: Any, session: CaseSession) -> None:
        if wizard.remembered:
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
        if demo_writer() is None:
            messages.info(self, self.tr("The demo case is not part of this build of IOMed Desk."))
            return
        self.start_page.set_demo_busy(True)
        self._run(lambda: write_demo_case(path), lambda _p: self.open_path(path, hint),
                  done=lambda: self.start_page.set_demo_busy(False))

    def adopt(self, session: CaseSession, message: str) -> None:
        """Show `session` in a new workspace, closing the case that was open (its edits saved) first."""
        if (self.session is not None or self.locked) and not self._close_current():
            session.close()
            return
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
        self.settings.add_recent(str(session.path.resolve()))
        self.idle.set_seconds(self.settings.get(IDLE_LOCK_SECONDS))
        self.idle.start()
        self._refresh()
        self.say(message)

    # -- locking -----------------------------------------------------------------------
    def lock(self) -> bool:
        """STYLE.md's order: running save, clipboard, dialogs, pending edits, selection, close, lock screen."""
        if self.session is None or self.workspace is None:
            return False
        if self._jobs:
            self._lock_pending = True
            self.say(self.tr("The case will lock as soon as the file operation finishes."))
            return False
        clear_clipboard_if_ours()
        close_open_dialogs()
        if not self.workspace.save_pending():
            messages.error(self, self.tr("Your last edit could not be saved, so the case was not locked "
                                         "(locking would lose it). Free some disk space, then lock again."))
            return False
        path = self.session.path
        self._teardown()
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

    def _teardown(self) -> None:
        """prepare_lock (saves, remembers the selection, clears text and undo history), then close the case."""
        assert self.session is not None and self.workspace is not None
        self.idle.stop()
        self.workspace.prepare_lock()
        self.menus.detach()
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()
        session, self.session = self.session, None
        session.close()
        QTimer.singleShot(0, collect_leftovers)

    def _unlocked(self, session: CaseSession) -> None:
        screen, self.lock_screen = self.lock_screen, None
        self.adopt(session, self.tr("Unlocked"))
        if screen is not None:
            self.stack.removeWidget(screen)
            screen.deleteLater()

    def _close_current(self) -> bool:
        """Close the open (or locked) case; False if pending edits could not be saved and the user kept them."""
        if self.workspace is not None:
            if not self.workspace.save_pending() and messages.ask(
                    self, self.tr("Your last edit could not be saved. Close the case anyway and lose it?")
            ) != messages.Button.Yes:
                return False
            clear_clipboard_if_ours()
            self._teardown()
        if self.lock_screen is not None:
            screen, self.lock_screen = self.lock_screen, None
            self.stack.removeWidget(screen)
            screen.deleteLater()
        return True

    def close_case(self) -> None:
        if self._jobs or not self._close_current():
            return
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self._refresh()
        self.say(self.tr("Case closed"))

    # -- whole-file operations, on a worker ------------------------------------------------
    def _run(self, job: Callable[[], Any], on_success: Callable[[Any], None],
             on_error: Callable[[str], None] | None = None, done: Callable[[], None] | None = None) -> None:
        self._jobs += 1
        self._refresh()
        progress = QProgressBar(self)
        progress.setRange(0, 0)
        progress.setFixedWidth(120)
        progress.setTextVisible(False)
        progress.setAccessibleName(self.tr("Working"))
        self.statusBar().addPermanentWidget(progress)

        def finish() -> None:
            self._jobs -= 1
            self.statusBar().removeWidget(progress)
            progress.deleteLater()
            if done is not None:
                done()
            self._refresh()

        def ok(result: Any) -> None:
            finish()
            on_success(result)
            self._after_jobs()

        def failed(message: str) -> None:
            finish()
            (on_error or (lambda m: messages.error(self, m)))(message)
            self._after_jobs()

        def crashed(details: str) -> None:
            finish()
            from iomed_desk.gui.crash import show_crash

            show_crash(details)
            self._after_jobs()

        run_in_background(job, ok, failed, crashed)

    def _after_jobs(self) -> None:
        if self._jobs:
            return
        if self._lock_pending:
            self._lock_pending = False
            self.lock()
        if self._quit_pending:
            self._quit_pending = False
            self.close()

    def backup(self) -> None:
        if self.session is None or self._jobs:
            return
        session = self.session
        suggested = session.path.with_name(f"{session.path.stem}-backup-{date.today():%Y-%m-%d}.iomed")
        dest, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the case to"), str(suggested),
                                              self.tr("IOMed Desk cases (*.iomed)"))
        if dest:
            self.backup_to(Path(dest))

    def backup_to(self, dest: Path) -> None:
        session = self.session
        if session is None:
            return
        self.say(self.tr("Writing the backup…"))
        self._run(lambda: session.backup(dest), lambda change: self.say(change.message))

    def change_passphrase(self) -> None:
        from iomed_desk.gui.passphrase_dialog import ChangePassphraseDialog

        if self.session is None or self._jobs:
            return
        dialog = ChangePassphraseDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.change_passphrase_to(*(dialog.take_values() or ("", ""))))
        dialog.open()

    def change_passphrase_to(self, current: str, new: str) -> None:
        """Re-key on a worker: the GUI thread's connection is closed first and the case reopened afterwards.

        The case's current key is kept only for the duration, to reopen the case if the change fails.
        """
        if self.session is None or self.workspace is None or not current or not new:
            return
        if not self.workspace.save_pending():
            messages.error(self, self.tr("Your last edit could not be saved; the passphrase was not changed."))
            return
        path, old_key = self.session.path, self.session.db.key
        clear_clipboard_if_ours()
        close_open_dialogs()
        self._teardown()
        self.busy_page.label.setText(self.tr("Changing the passphrase…"))
        self.stack.setCurrentWidget(self.busy_page)

        def rekey() -> bytes:
            worker_session = open_with_key(path, old_key)
            try:
                worker_session.change_passphrase(current, new)
                return worker_session.db.key
            finally:
                worker_session.close()

        def reopen(key: bytes, message: str, error: str = "") -> None:
            try:
                session = open_with_key(path, key)
            except UserError as exc:
                messages.error(self, exc.message)
                self.stack.setCurrentWidget(self.start_page)
                return
            self.adopt(session, message)
            if error:
                messages.error(self, error)

        self._run(rekey, lambda key: reopen(key, self.tr("Passphrase changed")),
                  lambda error: reopen(old_key, self.tr("Passphrase not changed"), error))

    # -- dialogs -----------------------------------------------------------------------------
    def show_settings(self) -> None:
        from iomed_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.open()

    def _settings_applied(self) -> None:
        self.idle.set_seconds(self.settings.get(IDLE_LOCK_SECONDS))
        self.start_page.refresh()
        self.say(self.tr("Settings saved"))

    def show_about(self) -> None:
        from iomed_desk.gui.about import AboutDialog

        dialog = AboutDialog(self, self._capture_note)
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
        if self._jobs:
            self._quit_pending = True
            self.say(self.tr("Finishing the file operation before quitting…"))
            event.ignore()
            return
        if not self._close_current():
            event.ignore()
            return
        clear_clipboard_if_ours()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.settings.flush()
        event.accept()
