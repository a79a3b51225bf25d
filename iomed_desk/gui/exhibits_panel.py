"""A channel's exhibits: the list (label, name, type, size, SHA-256, produced by, session), the preview,
import (File ▸ Import exhibit…, or files dropped on the channel), the export of one exhibit, its
disclosure (Disclose…, Ctrl+Shift+D: gui/disclosure_dialog.py with `ExhibitsDesk.disclose`), a new
revision of its file (New revision…, read on a worker as an import is) and its deletion (Delete…, or
the Delete key on the list, after a confirmation naming it). The list's context menu holds the same.

The panel shows what the app lists for the channel on screen (`exhibits_in`, the mediator looking at
that channel), and on the Joint channel also the exhibits disclosed to all parties, each in the
revision they were shown. Every read and write goes through app/exhibits.py on a worker: the GUI
thread never reads an exhibit's chunks. Preview is from memory (gui/exhibits_preview.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import UserError
from iomed_desk.core.exhibits import Exhibit, MediaType
from iomed_desk.gui import messages
from iomed_desk.gui.banner import channel_title
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.exhibits_import import (
    ExhibitDetailsDialog,
    ImportJob,
    RevisionDialog,
    import_job,
    local_files,
    revision_job,
    size_text,
    type_text,
)
from iomed_desk.gui.exhibits_preview import ExhibitPreview
from iomed_desk.gui.file_dialogs import choose_files
from iomed_desk.gui.worker import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Label"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Name"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Type"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Size"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "SHA-256"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Produced by"),
    QT_TRANSLATE_NOOP("ExhibitsPanel", "Session"),
)
SHA_COLUMN = 4
Index = QModelIndex | QPersistentModelIndex
FILTERS = QT_TRANSLATE_NOOP("ExhibitsPanel", "Exhibits (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.txt);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExhibitsPanel", text)


class ExhibitTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Exhibit, Audience]] = []
        self._case_title: Callable[[Channel], str] = str

    def set_rows(self, rows: list[tuple[Exhibit, Audience]], case_title: Callable[[Channel], str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._case_title = case_title
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], str)

    def row_of(self, exhibit_id: str | None) -> int:
        return next((r for r, (x, _a) in enumerate(self.rows) if x.id == exhibit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        x, audience = self.rows[index.row()]
        if role == ID_ROLE:
            return x.id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(x, audience, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SHA_COLUMN:
                return "SHA-256 " + x.sha256
            if audience.kind == "joint" and column == 0:
                return _tr("Disclosed to all parties from %1 (revision %2)").replace(
                    "%1", self._case_title(x.channel)).replace("%2", str(x.revision))
            return self._cell(x, audience, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_tr(COLUMNS[column])}: {self._cell(x, audience, column)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, x: Exhibit, audience: Audience, column: int) -> str:
        if column == 0:
            return x.label + (" ↗" if audience.kind == "joint" else "")
        if column == 1:
            return x.name
        if column == 2:
            return type_text(x.media_type)
        if column == 3:
            return size_text(x.size)
        if column == SHA_COLUMN:
            return x.sha256[:12] + "…"
        if column == 5:
            return x.produced_by
        when = local_text(x.file.created_at, year=False)
        return _tr("in session, %1").replace("%1", when) if x.session_id else when


REFUSED = QT_TRANSLATE_NOOP("ExhibitsPanel", "Only files can be dropped here, to import them as exhibits.")


class DropFilter(QObject):
    """Files dropped on the channel view: local files are handed on, anything else politely refused."""

    def __init__(self, on_files: Callable[[list[Path]], None], on_refused: Callable[[str], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._on_files, self._on_refused = on_files, on_refused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            data = event.mimeData()  # type: ignore[attr-defined]
            if data.hasUrls() and local_files(data.urls()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
            else:
                event.ignore()
                if kind == QEvent.Type.DragEnter:  # said once, as the drag comes in; Qt then sends no drop
                    self._on_refused(_tr(REFUSED))
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            data = event.mimeData()
            files = local_files(data.urls()) if data.hasUrls() else []
            if files:
                event.acceptProposedAction()
                self._on_files(files)
            else:
                event.ignore()
                self._on_refused(_tr(REFUSED))
            return True
        return False


class ExhibitsPanel(QWidget):
    """`changed` carries each Change (import, export) to the workspace; `status_message` a line for the
    status bar. `show_dialog` opens a dialog the workspace closes on lock."""

    changed = Signal(object)
    status_message = Signal(str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exhibitsPanel")
        self._session = session
        self._desk = exhibits_desk(session)
        self._channel: Channel | None = None
        self._generation = 0
        self._locked = False
        self._read_only = ""
        self._deleting: str | None = None
        self.show_dialog: Callable[[QDialog], object] = lambda d: d.open()
        self.jobs: list[ImportJob] = []
        self._queue: list[Path] = []
        self.model = ExhibitTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("exhibitTable")
        self.table.setAccessibleName(_tr("Exhibits"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._preview_row(current.row()))
        self.preview = ExhibitPreview(self)
        self.info = QLabel(self)
        self.info.setObjectName("secondary")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_action = QAction(_tr("Import exhibit…"), self)
        self.import_action.setToolTip(_tr("Import files into this channel as exhibits (or drop them on the "
                                          "channel)"))
        self.import_action.triggered.connect(lambda _c=False: self.choose_files())
        self.export_action = QAction(_tr("Export exhibit…"), self)
        self.export_action.setToolTip(_tr("Save a copy of the exhibit where you choose (recorded in the audit log)"))
        self.export_action.triggered.connect(lambda _c=False: self.choose_export())
        self.disclose_action = QAction(_tr("Disclose…"), self)
        self.disclose_action.setToolTip(_tr("Disclose this exhibit's current file revision, with the consents the "
                                            "rules require"))
        self.disclose_action.triggered.connect(lambda _c=False: self.disclose())
        self.revise_action = QAction(_tr("New &revision…"), self)
        self.revise_action.setToolTip(_tr("Import a new file as the next revision of this exhibit (the earlier "
                                          "revisions, and what was disclosed of them, stay)"))
        self.revise_action.triggered.connect(lambda _c=False: self.choose_revision())
        self.delete_action = QAction(_tr("&Delete…"), self)
        self.delete_action.setToolTip(_tr("Delete this exhibit and the file of every revision for good (the audit "
                                          "log keeps that it existed)"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _c=False: self.delete())
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.addActions([self.export_action, self.disclose_action, self.revise_action, separator,
                               self.delete_action])  # the context menu; Delete where the list has the focus
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.import_button = QPushButton(self.import_action.text(), self)
        self.import_button.clicked.connect(self.import_action.trigger)
        self.export_button = QPushButton(self.export_action.text(), self)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.disclose_button = QPushButton(self.disclose_action.text(), self)
        self.disclose_button.setAccessibleName(_tr("Disclose the selected exhibit"))
        self.disclose_button.clicked.connect(self.disclose_action.trigger)
        self.revise_button = QPushButton(self.revise_action.text(), self)
        self.revise_button.setAccessibleName(_tr("New revision of the selected exhibit"))
        self.revise_button.clicked.connect(self.revise_action.trigger)
        self.delete_button = QPushButton(self.delete_action.text(), self)
        self.delete_button.setAccessibleName(_tr("Delete the selected exhibit"))
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.empty = QLabel(self)
        self.empty.setObjectName("secondary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.disclose_button)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.delete_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.info)
        bottom_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_actions()

    # -- what the workspace calls ------------------------------------------------------------
    def install_drop(self, target: QWidget) -> DropFilter:
        """Files dropped anywhere on `target` (the channel view) are imported into the channel on screen."""
        target.setAcceptDrops(True)
        drop = DropFilter(self.import_files, self.status_message.emit, self)
        target.installEventFilter(drop)
        return drop

    @property
    def channel(self) -> Channel | None:
        return self._channel

    def show_channel(self, channel: Channel) -> None:
        if channel != self._channel:
            self.preview.show_message(_tr("Choose an exhibit to see it here."))
            self.info.setText("")
        self._channel = channel
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        if self._channel is None or self._locked:
            return
        current = select_id or self.current_id()
        rows: list[tuple[Exhibit, Audience]] = [(x, Audience.mediator()) for x in self._desk.exhibits_in(self._channel)]
        if self._channel.kind == "joint":
            joint = Audience.joint()
            rows += [(x, joint) for x in self._desk.visible(joint) if x.channel != self._channel]
        case = self._session.case
        self.model.set_rows(rows, lambda ch: channel_title(case, ch))
        self.empty.setText(_tr("No exhibits in this channel yet: import files, or drop them here.")
                           if not rows else _tr("%1 exhibits").replace("%1", str(len(rows))))
        row = self.model.row_of(current)
        if row >= 0:
            self.table.selectRow(row)
        else:  # the exhibit shown is gone (deleted, a disclosure revoked): none of it stays on screen
            self._preview_row(-1)
        self._update_actions()

    def apply_change(self, change: Change) -> None:
        if self._channel is not None and (self._channel in change.channels or change.disclosures):
            self.reload()

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row][0].id if 0 <= row < len(self.model.rows) else None

    def clear(self) -> None:
        """On lock and when the case closes: no label, name or byte of an exhibit left in a widget."""
        self._generation += 1
        self._channel = None
        self._queue.clear()
        self.model.clear()
        self.preview.wipe()
        self.info.setText("")
        self.empty.setText("")

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        if locked:
            self.clear()
        self._update_actions()

    def set_read_only(self, reason: str) -> None:
        """The mediation ended: no import, revision or deletion, by button, menu, key or drop; each says
        `reason` (the file refuses anyway). Viewing and exporting stay."""
        self._read_only = reason
        for w in (self.import_action, self.import_button, self.disclose_action, self.disclose_button,
                  self.revise_action, self.revise_button, self.delete_action, self.delete_button):
            w.setToolTip(reason)
            w.setStatusTip(reason)
        self._update_actions()

    def _update_actions(self) -> None:
        self.import_action.setEnabled(not self._locked and not self._read_only and self._channel is not None)
        self.import_button.setEnabled(self.import_action.isEnabled())
        self.export_action.setEnabled(not self._locked and self.current_id() is not None)
        self.export_button.setEnabled(self.export_action.isEnabled())
        self.disclose_action.setEnabled(self.can_disclose())
        self.disclose_button.setEnabled(self.disclose_action.isEnabled())
        changeable = self.changeable() is not None
        for w in (self.revise_action, self.revise_button, self.delete_action, self.delete_button):
            w.setEnabled(changeable)

    def can_disclose(self) -> bool:
        """An exhibit of this channel is chosen (not one shown on the Joint channel through a disclosure, nor
        a Joint exhibit: every party sees it already), and the case is writable."""
        row = self.table.currentIndex().row()
        if self._locked or self._read_only or not 0 <= row < len(self.model.rows):
            return False
        x, audience = self.model.rows[row]
        return audience.is_mediator and x.channel.kind != "joint"

    def changeable(self) -> Exhibit | None:
        """The chosen exhibit if it may get a new revision or be deleted here: one of this channel's own
        (not one the Joint channel shows through a disclosure: that is changed in its own channel), the
        case writable, no deletion under way."""
        row = self.table.currentIndex().row()
        if self._locked or self._read_only or self._deleting or not 0 <= row < len(self.model.rows):
            return None
        x, audience = self.model.rows[row]
        return x if audience.is_mediator else None

    # -- disclosure --------------------------------------------------------------------------
    def disclose(self) -> QDialog | None:
        """The disclosure dialog for the chosen exhibit; what it records comes back through `changed`."""
        if self._read_only:
            self.status_message.emit(self._read_only)
            return None
        if not self.can_disclose():
            return None
        from iomed_desk.gui.disclosable import exhibit_item
        from iomed_desk.gui.disclosure_dialog import DisclosureDialog

        try:
            item = exhibit_item(self._session, self.current_id() or "")
        except UserError as exc:
            messages.error(self, exc.message)
            return None
        dialog = DisclosureDialog(self._session, item, self)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(lambda _r: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.show_dialog(dialog)
        return dialog

    # -- preview -----------------------------------------------------------------------------
    def _preview_row(self, row: int) -> None:
        self._update_actions()
        self._generation += 1
        if not 0 <= row < len(self.model.rows):
            self.preview.show_message(_tr("Choose an exhibit to see it here."))
            self.info.setText("")
            return
        x, audience = self.model.rows[row]
        generation, desk = self._generation, self._desk
        info = (_tr("%1 · %2 · %3 · SHA-256 %4").replace("%1", x.label).replace("%2", x.name)
                .replace("%3", size_text(x.size)).replace("%4", x.sha256))
        if x.revision > 1:
            info += " · " + _tr("revision %1").replace("%1", str(x.revision))
        self.info.setText(info)
        self.preview.show_message(_tr("Reading %1…").replace("%1", x.label))

        def job() -> tuple[MediaType, bytes | None, str]:
            if x.media_type.is_ooxml:
                return x.media_type, None, desk.text(x.id, audience)
            seen, data = desk.read_bytes(x.id, audience)
            return seen.media_type, data, ""

        def shown(result: tuple[MediaType, bytes | None, str]) -> None:
            if generation == self._generation and not self._locked:
                self.preview.show_exhibit(*result)

        def failed(message: str) -> None:
            if generation == self._generation and not self._locked:
                self.preview.show_message(message)

        run_in_background(job, shown, failed)

    # -- import ------------------------------------------------------------------------------
    def choose_files(self) -> QDialog | None:
        if self._read_only:
            self.status_message.emit(self._read_only)
            return None
        if self._channel is None or self._locked:
            self.status_message.emit(_tr("Open a channel first; its exhibits are imported there."))
            return None
        return choose_files(self, _tr("Import exhibits into %1").replace(
            "%1", channel_title(self._session.case, self._channel)), "", _tr(FILTERS),
            lambda paths: self.import_files([Path(p) for p in paths]), multiple=True)

    def import_files(self, paths: list[Path]) -> None:
        """Ask each file's label and who produced it, then import it on a worker; one after the other."""
        if self._read_only:
            self.status_message.emit(self._read_only)
            return
        if self._channel is None or self._locked:
            self.status_message.emit(_tr("Open a channel first; its exhibits are imported there."))
            return
        self._bring_forward()
        self._queue.extend(paths)
        if len(self._queue) == len(paths) and not self.jobs:
            self._next()

    def _bring_forward(self) -> None:
        """Show the Exhibits tab of the channel view (a drop may land while the notes are shown)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)

    def _next(self) -> None:
        if not self._queue or self._channel is None or self._locked:
            self._queue.clear()
            return
        path = self._queue.pop(0)
        try:
            dialog = ExhibitDetailsDialog(self._session, self._channel, path, self)
        except UserError as exc:
            messages.error(self, exc.message)
            return
        channel = self._channel
        dialog.accepted.connect(lambda: self._start(channel, path, *dialog.details()))
        dialog.rejected.connect(self._next)
        self.show_dialog(dialog)

    def _start(self, channel: Channel, path: Path, label: str, produced_by: str, name: str) -> None:
        self._watch(import_job(self._session, channel, path, label, produced_by, name, self), None)

    def _watch(self, job: ImportJob, exhibit_id: str | None) -> None:
        self.jobs.append(job)
        job.finished_with.connect(lambda change, error: self._imported(job, change, error, exhibit_id))

    def _imported(self, job: ImportJob, change: Change | None, error: str, exhibit_id: str | None = None) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        job.deleteLater()
        if self._locked:
            return
        if change is None:
            messages.error(self, error, job.title)
        else:
            self.changed.emit(change)
            self.reload(change.created_id or exhibit_id)
        self._next()

    # -- a new revision ----------------------------------------------------------------------
    def choose_revision(self) -> QDialog | None:
        """New revision…: choose the file, then `revise_from`."""
        if self._read_only:
            self.status_message.emit(self._read_only)
            return None
        x = self.changeable()
        if x is None:
            return None
        return choose_files(self, _tr("New revision of %1").replace("%1", x.label), "", _tr(FILTERS),
                            lambda paths: self.revise_from(x.id, Path(paths[0])) if paths else None)

    def revise_from(self, exhibit_id: str, path: Path) -> QDialog | None:
        """Show what the file at `path` replaces and ask the name it is listed under; then read it on a
        worker with progress and Cancel, as an import. Errors are one line and change nothing."""
        if self._read_only:
            self.status_message.emit(self._read_only)
            return None
        x = self.changeable()
        if x is None or x.id != exhibit_id:  # the choice moved on (or the exhibit went) while the dialog was open
            self.status_message.emit(_tr("Choose the exhibit again; the list changed."))
            return None
        dialog = RevisionDialog(x, path, self)
        dialog.accepted.connect(lambda: self._start_revision(x, path, dialog.name()))
        dialog.finished.connect(lambda _r: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        self.show_dialog(dialog)
        return dialog

    def _start_revision(self, x: Exhibit, path: Path, name: str) -> None:
        if self._locked or self._read_only:
            return
        self._watch(revision_job(self._session, x, path, name, self), x.id)

    # -- deletion ----------------------------------------------------------------------------
    def delete(self) -> None:
        """Delete… (or Delete on the list): asks first, naming the exhibit and its file; the deletion runs
        on a worker (every revision's chunks are overwritten), then the next exhibit is chosen."""
        if self._read_only:
            self.status_message.emit(self._read_only)
            return
        chosen = self.changeable()
        if chosen is None:
            return
        try:
            x = self._desk.exhibit(chosen.id)  # as it is now, to name it rightly
        except UserError as exc:
            messages.error(self, exc.message, _tr("Delete exhibit"))
            self.reload()
            return
        text = _tr("Delete the exhibit “%1” (%2)? Its file, in every revision, is removed from the case file for "
                   "good; the audit log keeps that it existed.").replace("%1", x.label).replace("%2", x.name)
        if any(d.in_force for d in self._session.disclosures_of(x.id)):
            text += " " + _tr("Those it was disclosed to no longer see it.")
        if messages.ask(self, text, _tr("Delete exhibit")) != messages.Button.Yes:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.model.row_of(x.id)
        after = [r[0].id for r in self.model.rows[row + 1:] + self.model.rows[:row][::-1] if r[1].is_mediator]
        desk = self._desk
        self._deleting = x.id
        self._update_actions()
        self.status_message.emit(_tr("Deleting %1…").replace("%1", x.label))

        def done(change: Change) -> None:
            self._deleting = None
            if self._locked:
                return
            self.changed.emit(change)
            self.reload(next(iter(after), None))

        def failed(message: str) -> None:
            self._deleting = None
            self._update_actions()
            if not self._locked:
                messages.error(self, message, _tr("Delete exhibit"))

        run_in_background(lambda: desk.delete(x.id), done, failed)

    # -- export ------------------------------------------------------------------------------
    def choose_export(self) -> QFileDialog | None:
        row = self.table.currentIndex().row()
        if self._locked or not 0 <= row < len(self.model.rows):
            return None
        x, audience = self.model.rows[row]
        dialog = QFileDialog(self, _tr("Export exhibit %1").replace("%1", x.label), str(Path.home() / x.name))
        dialog.setObjectName("exportExhibitDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.export_to(x.id, Path(path), audience))
        dialog.open()
        return dialog

    def export_to(self, exhibit_id: str, path: Path, audience: Audience | None = None) -> None:
        """Write the exhibit to `path` on a worker; the SHA-256 of what was written is shown after."""
        desk, seen = self._desk, audience or Audience.mediator()
        self.status_message.emit(_tr("Exporting to %1…").replace("%1", path.name))

        def done(change: Change) -> None:
            if self._locked:
                return
            self.changed.emit(change)
            label, sha = change.args[0], change.args[1]
            messages.info(self, _tr("Exhibit %1 saved to %2.\nSHA-256 %3").replace("%1", str(label))
                          .replace("%2", str(path)).replace("%3", str(sha)), _tr("Export exhibit"))

        run_in_background(lambda: desk.export(exhibit_id, path, seen), done,
                          lambda message: messages.error(self, message, _tr("Export exhibit")))
