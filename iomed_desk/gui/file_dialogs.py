"""Choosing files to open, in a dialog that fits its columns and writes dates as the interface does.

Qt's own file dialog (what Linux desktops without a platform dialog get) opens
small, clips its Name column, and writes "Date Modified" in the system locale's
short format ("12/6/26 3:45 PM": a US date, whatever language the interface
speaks). Here the dialog opens at a size that shows the columns, the name column
takes the spare width, and dates go through `gui.dates.local_text`. Windows and
macOS keep their native dialogs. The dialog opens window-modal and answers
through `on_chosen`, so nothing waits in a nested event loop. It is a child of
the window that asked and goes with it (deleting it on close crashed PySide when
the file list was still loading).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from iomed_desk.gui.dates import local_text

#: big enough for the name, size, type and date columns of a folder of agreements
DIALOG_SIZE = (960, 600)
DATE_COLUMN = 3


class LocaleDates(QIdentityProxyModel):
    """The file list as it is, but with "Date Modified" in the interface's date format."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DATE_COLUMN and isinstance(model, QFileSystemModel):
            stamp = model.lastModified(self.mapToSource(index))
            if stamp.isValid():
                return local_text(datetime.fromtimestamp(stamp.toMSecsSinceEpoch() / 1000, UTC))
        return super().data(index, role)


def uses_qt_dialog() -> bool:
    """True where Qt draws the dialog itself (we then fix its size, columns and dates)."""
    return sys.platform not in ("win32", "darwin")


def _start_folder(start: str) -> str:
    path = Path(start).expanduser() if start else Path.home()
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return str(candidate)
    return str(Path.home())


def choose_files(parent: QWidget, title: str, start: str, filters: str, on_chosen: Callable[[list[str]], None],
                 *, multiple: bool = False) -> QFileDialog:
    """Open a file dialog for existing files (one, or several with `multiple`); `on_chosen` gets the paths
    when the user accepts. Returns the dialog, already open."""
    dialog = QFileDialog(parent, title, _start_folder(start), filters)
    dialog.setObjectName("chooseFilesDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile)
    if uses_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setProxyModel(LocaleDates(dialog))
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.resize(*DIALOG_SIZE)
        _fit_columns(dialog)
    if start and Path(start).expanduser().is_file():
        dialog.selectFile(str(Path(start).expanduser()))
    dialog.filesSelected.connect(lambda files: on_chosen(list(files)))
    dialog.open()
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """The name column takes what the others leave; size, type and date show whole."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
