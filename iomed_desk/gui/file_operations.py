"""Whole-file operations run from the File menu, each on a worker: backup and passphrase change.

`FileJobs` counts them, so the window can refuse a second one, defer a lock
until the running one is done ("wait for a running save"), and show a busy
indicator in the status bar meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.lock import clear_clipboard_if_ours, close_open_dialogs
from iomed_desk.gui.settings import SECURE_ROOM, Settings
from iomed_desk.gui.worker import run_in_background


class BusyPage(QWidget):
    """Shown in place of the workspace while the case is closed for a re-key."""

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


class FileJobs(QObject):
    """Runs jobs through `run_in_background` with a busy indicator; `changed` when one starts or ends."""

    changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.running = 0

    def run(self, job: Callable[[], Any], on_success: Callable[[Any], None],
            on_error: Callable[[str], None] | None = None, done: Callable[[], None] | None = None) -> None:
        bar = self._window.statusBar()
        progress = QProgressBar(self._window)
        progress.setRange(0, 0)
        progress.setFixedWidth(120)
        progress.setTextVisible(False)
        progress.setAccessibleName(self.tr("Working"))
        bar.addPermanentWidget(progress)
        self.running += 1
        self.changed.emit()

        def finish(then: Callable[[], None]) -> None:
            self.running -= 1
            bar.removeWidget(progress)
            progress.deleteLater()
            if done is not None:
                done()
            then()
            self.changed.emit()

        def crashed(details: str) -> None:
            from iomed_desk.gui.crash import show_crash

            finish(lambda: show_crash(details))

        run_in_background(job, lambda result: finish(lambda: on_success(result)),
                          lambda message: finish(lambda: (on_error or self._show_error)(message)), crashed)

    def _show_error(self, message: str) -> None:
        messages.error(self._window, message)


class CaseWindow(QMainWindow):
    """The main window as the operations below use it; `MainWindow` is the one kind.

    Named here as a base class, since `main_window` imports this module: the
    operations read the open case and its workspace, run their job through
    `jobs`, and move the window between the workspace, a busy page and the start.
    """

    settings: Settings
    session: CaseSession | None
    workspace: Any
    jobs: FileJobs

    def say(self, message: str) -> None:
        raise NotImplementedError

    def teardown(self) -> None:
        """Save pending edits, then close the workspace and the case."""
        raise NotImplementedError

    def show_busy(self, text: str) -> None:
        raise NotImplementedError

    def show_start(self) -> None:
        raise NotImplementedError

    def adopt(self, session: CaseSession, message: str) -> bool:
        """Show `session` in a new workspace; False if it was not shown (and is closed)."""
        raise NotImplementedError


def backup(window: CaseWindow) -> None:
    session = window.session
    if session is None or window.jobs.running:
        return
    suggested = session.path.with_name(f"{session.path.stem}-backup-{date.today():%Y-%m-%d}.iomed")
    dest, _ = QFileDialog.getSaveFileName(window, window.tr("Back up the case to"), str(suggested),
                                          window.tr("IOMed Desk cases (*.iomed)"))
    if dest:
        backup_to(window, Path(dest))


def backup_to(window: CaseWindow, dest: Path) -> None:
    """A consistent encrypted copy, written by the case on a worker while the mediator keeps working."""
    session = window.session
    if session is None:
        return
    window.say(window.tr("Writing the backup…"))
    window.jobs.run(lambda: session.backup(dest), lambda change: window.say(messages.change_text(change)))


def change_passphrase(window: CaseWindow) -> None:
    from iomed_desk.gui.passphrase_dialog import ChangePassphraseDialog

    if window.session is None or window.jobs.running:
        return
    dialog = ChangePassphraseDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: change_passphrase_to(window, *(dialog.take_values() or ("", ""))))
    dialog.open()


def change_passphrase_to(window: CaseWindow, current: str, new: str) -> None:
    """Re-key on a worker: the GUI thread's connection must be closed first, and the case is reopened after.

    The case's current key is held only for the duration, to reopen the case if the change is refused.
    """
    session, workspace = window.session, window.workspace
    if session is None or workspace is None or not current or not new:
        return
    if not workspace.save_pending():
        messages.error(window, window.tr("Your last edit could not be saved; the passphrase was not changed."))
        return
    path, old_key = session.path, session.db.key
    forget_remembered_key = not window.settings.get(SECURE_ROOM)  # secure room: the keyring is never touched
    clear_clipboard_if_ours()
    close_open_dialogs()
    window.teardown()
    window.show_busy(window.tr("Changing the passphrase…"))

    def rekey() -> bytes:
        worker_session = open_with_key(path, old_key)
        try:
            worker_session.change_passphrase(current, new, forget_remembered_key=forget_remembered_key)
            return worker_session.db.key
        finally:
            worker_session.close()

    def reopen(key: bytes, message: str, error: str = "") -> None:
        try:
            reopened = open_with_key(path, key)
        except UserError as exc:
            window.show_start()
            messages.error(window, exc.message)
            return
        if not window.adopt(reopened, message):
            window.show_start()
            return
        if error:
            messages.error(window, error)

    window.jobs.run(rekey, lambda key: reopen(key, window.tr("Passphrase changed")),
                    lambda error: reopen(old_key, window.tr("Passphrase not changed"), error))
