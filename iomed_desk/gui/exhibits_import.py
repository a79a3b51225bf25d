"""Importing exhibits: the small dialog that asks a file's label and who produced it (or, for a new
revision of an exhibit's file, the name it is listed under), and the import itself on a worker with a
progress dialog and Cancel.

The app streams the file into the case file (app/exhibits.py, `import_file` or `revise`); here its
progress callback, called on the worker thread, is carried to the GUI thread by a queued signal, and
Cancel sets a flag the app reads after each chunk (it then adds nothing). A revision is read exactly as
a first import is. Several files are imported one after the other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Channel
from iomed_desk.core.exhibits import MAX_LABEL, Exhibit, MediaType
from iomed_desk.gui.worker import run_in_background


def size_text(size: int) -> str:
    """A file size in the interface language: "1.7 kB", "15.9 MB" (QLocale's SI units and separators)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def type_text(media_type: MediaType) -> str:
    """PDF, PNG, JPEG, DOCX and XLSX are names; plain text is a word, translated."""
    return QCoreApplication.translate("ExhibitsPanel", "text") if media_type is MediaType.TEXT else media_type.short


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExhibitImport", text)


def suggested_label(session: CaseSession, channel: Channel) -> str:
    """"C-3" for a party whose name starts with C and 2 exhibits in its channel; "J-" joint, "M-" notebook."""
    if channel.kind == "party":
        name = session.case.party(channel.party_id or "").name.strip()
        prefix = (name[:1] or "P").upper()
    else:
        prefix = "J" if channel.kind == "joint" else "M"
    count = len(exhibits_desk(session).exhibits_in(channel))
    return f"{prefix}-{count + 1}"


def _file_size(path: Path) -> str:
    try:
        return size_text(path.stat().st_size)
    except OSError:
        return "?"


class ExhibitDetailsDialog(QDialog):
    """The label ("C-12"), who produced the file and the name it is listed under, for one file."""

    def __init__(self, session: CaseSession, channel: Channel, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import exhibit"))
        self.setMinimumWidth(460)
        heading = QLabel(self.tr("%1 (%2)").replace("%1", path.name).replace("%2", _file_size(path)), self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.label_edit = QLineEdit(suggested_label(session, channel), self)
        self.label_edit.setMaxLength(MAX_LABEL)
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.produced_edit = QComboBox(self)
        self.produced_edit.setEditable(True)
        self.produced_edit.setAccessibleName(self.tr("Produced by"))
        names = [p.name for p in session.case.parties]
        self.produced_edit.addItems(["", *names])
        if channel.kind == "party":
            self.produced_edit.setCurrentText(session.case.party(channel.party_id or "").name)
        self.name_edit = QLineEdit(path.name, self)
        self.name_edit.setAccessibleName(self.tr("File name"))
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Produced by:"), self.produced_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d9480f;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.label_edit.selectAll()

    def _accept(self) -> None:
        if not self.label_edit.text().strip():
            self.error.setText(self.tr("An exhibit needs a label (such as C-12)."))
            self.label_edit.setFocus()
            return
        self.accept()

    def details(self) -> tuple[str, str, str]:
        return (self.label_edit.text().strip(), self.produced_edit.currentText().strip(),
                self.name_edit.text().strip() or self.path.name)


#: reads the file into the case: (progress(done, size), cancelled()) -> what changed
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Change]


class RevisionDialog(QDialog):
    """A new revision of exhibit `exhibit`'s file from `path`: what it replaces, the name it is listed
    under, and what becomes of the revisions disclosed before."""

    def __init__(self, exhibit: Exhibit, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("exhibitRevisionDialog")
        self.setWindowTitle(self.tr("New revision of %1").replace("%1", exhibit.label))
        self.setMinimumWidth(460)
        now = QLabel(self.tr("Exhibit %1 now: revision %2, %3 (%4)").replace("%1", exhibit.label).replace(
            "%2", str(exhibit.revision)).replace("%3", exhibit.name).replace("%4", size_text(exhibit.size)), self)
        new = QLabel(self.tr("New revision %1: %2 (%3)").replace("%1", str(exhibit.revision + 1)).replace(
            "%2", path.name).replace("%3", _file_size(path)), self)
        for label in (now, new):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_edit = QLineEdit(path.name, self)
        self.name_edit.setAccessibleName(self.tr("File name"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        kept = QLabel(self.tr("The earlier revisions stay in the case file. Whoever this exhibit was disclosed "
                              "to keeps seeing the revision consented to; disclose it again to show this one."), self)
        kept.setObjectName("secondary")
        kept.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save revision"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(new)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(buttons)
        self.name_edit.selectAll()

    def name(self) -> str:
        return self.name_edit.text().strip() or self.path.name


class _Progress(QObject):
    """Created on the GUI thread: `moved` emitted from the worker arrives there queued."""

    moved = Signal(int, int)


class ImportJob(QObject):
    """Read one file into the case on a worker (`work`) with a progress dialog and Cancel:
    `finished_with(change or None, error text)`. `import_job` and `revision_job` make one."""

    finished_with = Signal(object, str)

    def __init__(self, work: Work, text: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = title
        self.cancel_flag = threading.Event()
        self.worker_thread: int | None = None
        self.dialog = QProgressDialog(text, _tr("Cancel"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_flag.set)
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

        def job() -> Change:
            self.worker_thread = threading.get_ident()
            return work(lambda done, size: self._relay.moved.emit(int(done * 1000 / size) if size else 1000, 0),
                        self.cancel_flag.is_set)

        self.dialog.setValue(0)
        self.dialog.show()
        run_in_background(job, self._succeeded, self._failed)

    def _moved(self, permille: int, _unused: int) -> None:
        if not self.cancel_flag.is_set():
            self.dialog.setValue(min(999, permille))

    def _succeeded(self, change: Change) -> None:
        self.dialog.close()
        self.finished_with.emit(change, "")

    def _failed(self, message: str) -> None:
        self.dialog.close()
        self.finished_with.emit(None, message)


def import_job(session: CaseSession, channel: Channel, path: Path, label: str, produced_by: str, name: str,
               parent: QWidget) -> ImportJob:
    """A new exhibit in `channel` from `path`, read on a worker."""
    desk = exhibits_desk(session)
    return ImportJob(lambda progress, cancelled: desk.import_file(
        path, channel, label=label, produced_by=produced_by, name=name, progress=progress, cancelled=cancelled),
        _tr("Importing %1…").replace("%1", name), _tr("Import exhibit"), parent)


def revision_job(session: CaseSession, exhibit: Exhibit, path: Path, name: str, parent: QWidget) -> ImportJob:
    """A new revision of `exhibit`'s file from `path`, read on a worker as a first import is."""
    desk = exhibits_desk(session)
    return ImportJob(lambda progress, cancelled: desk.revise(
        exhibit.id, path, name=name, progress=progress, cancelled=cancelled),
        _tr("Importing %1 as revision %2 of %3…").replace("%1", name).replace(
            "%2", str(exhibit.revision + 1)).replace("%3", exhibit.label),
        _tr("New revision"), parent)


def local_files(urls: list) -> list[Path]:  # type: ignore[type-arg]
    """The local files among dropped URLs (QUrl); folders and remote URLs are left out."""
    found = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                found.append(path)
    return found

