"""The first thing a mediator sees: new case, open case, the demo case, and recent case files.

Recent cases are file paths only and are not kept at all in secure-room mode.
The demo case is written on first use into the user's data folder, under the
fixed, public passphrase `iomed_desk.app.demo.DEMO_PASSPHRASE`, shown beside its button.

Building the page imports no case layer (the passphrase is repeated here, a test keeps the two
equal) and reads nothing of PySide's `Qt` namespace: its ~90 enums are built as Python enums on
first access, 15-30 ms before the page could be painted. Enum-valued settings go through Qt's
own property system by name (`setProperty("alignment", "AlignHCenter")`), the pointing-hand
cursor is set when the pointer first comes over a card, and recent paths sit in the user role
given as a number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.gui.settings import SECURE_ROOM, Settings

DEMO_FILE_NAME = "demo.iomed"
#: the demo case's passphrase, fixed and public because the demo holds only invented content: the
#: same as `iomed_desk.app.demo.DEMO_PASSPHRASE` (tests/gui/test_startup.py checks), written here so
#: that the start page shows it without importing the case layers
DEMO_PASSPHRASE = "demo-mediation-2026"
#: `USER_ROLE` as the number it is (see the module's docstring)
USER_ROLE = 0x0100


def demo_case_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / DEMO_FILE_NAME


def demo_writer():  # type: ignore[no-untyped-def]
    """`iomed_desk.app.demo.write_demo`, or None while that module is not installed."""
    try:
        from iomed_desk.app.demo import write_demo  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return write_demo


def write_demo_case(path: Path) -> Path:
    """Runs on a worker: create the demo case at `path` and close it again."""
    write_demo = demo_writer()
    if write_demo is None:
        from PySide6.QtCore import QCoreApplication

        from iomed_desk.core.errors import UserError

        raise UserError(QCoreApplication.translate("StartPage", "The demo case is not part of this build."))
    from iomed_desk.app.demo import DEMO_PASSPHRASE as written_with

    path.parent.mkdir(parents=True, exist_ok=True)
    result = write_demo(path, written_with)
    close = getattr(result, "close", None)
    if callable(close):
        close()
    return path


def _folder_label(folder: Path) -> str:
    """The folder as a person reads it: the home folder as ~."""
    home = Path.home()
    try:
        return str(Path("~") / folder.relative_to(home))
    except ValueError:
        return str(folder)


class _ActionCard(QFrame):
    """A panel with a big button and a line saying what it does."""

    def __init__(self, label: str, description: str, accessible: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("actionCard")
        self.button = QPushButton(label, self)
        self.button.setObjectName("bigButton")
        self.button.setAccessibleName(accessible)
        self.button.setMinimumHeight(44)
        self.button.setAutoDefault(True)  # Enter on the focused card presses it (outside a dialog only Space would)
        self.description = QLabel(description, self)
        self.description.setObjectName("secondary")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 16)
        layout.setSpacing(12)
        layout.addWidget(self.button)
        layout.addWidget(self.description)
        layout.addStretch(1)  # the description at the top, as an AlignTop would put it
        self._cursor_set = False

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        """The pointing hand over the button, set when the pointer first comes over the card (before it
        reaches the button): not while the page is built, which would read the `Qt` namespace."""
        if not self._cursor_set:
            from PySide6.QtCore import Qt

            self.button.setCursor(Qt.CursorShape.PointingHandCursor)
            self._cursor_set = True
        super().enterEvent(event)


class StartPage(QWidget):
    """Signals only: the main window decides what opening means."""

    new_case_requested = Signal()
    open_case_requested = Signal()
    open_path_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, first_paint: bool = False) -> None:
        """`first_paint`: the page the first window paints; it is the same page (neither imports a case
        layer), the flag is kept for that window's call."""
        super().__init__(parent)
        self.setObjectName("startPage")
        self._settings = settings

        title = QLabel(self.tr("IOMed Desk"), self)
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("Confidential caucus notes for mediators: each party's material kept apart, "
                                  "in one encrypted case file."), self)
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)

        self.new_card = _ActionCard(self.tr("New case…"),
                                    self.tr("Set up the parties, the mediators and the disclosure rules."),
                                    self.tr("Create a new case"), self)
        self.open_card = _ActionCard(self.tr("Open case…"), self.tr("Unlock a case file with its passphrase."),
                                     self.tr("Open a case file"), self)
        self.demo_card = _ActionCard(
            self.tr("Open the demo case"),
            self.tr("An invented investment mediation to explore.\nPassphrase: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE),
            self.tr("Open the demo case"), self)
        self.demo_card.description.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.new_button = self.new_card.button
        self.new_button.setObjectName("primaryBigButton")
        self.open_button = self.open_card.button
        self.demo_button = self.demo_card.button
        self.new_button.clicked.connect(self.new_case_requested)
        self.open_button.clicked.connect(self.open_case_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        cards = QGridLayout()
        cards.setHorizontalSpacing(18)
        for column, card in enumerate((self.new_card, self.open_card, self.demo_card)):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.recent_heading = QLabel(self.tr("Recent cases"), self)
        self.recent_heading.setObjectName("sectionHeading")
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setAccessibleName(self.tr("Recent case files"))
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # vertical: as needed
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_empty = QLabel(self.tr("Case files you open will be listed here (their paths only)."), self)
        self.recent_empty.setObjectName("secondary")
        self.secure_note = QLabel(self.tr("Secure-room mode is on: no list of recent cases is kept, "
                                          "and no key is remembered on this computer."), self)
        self.secure_note.setObjectName("secondary")
        self.secure_note.setWordWrap(True)
        self.footer = footer = QLabel(self.tr("Works offline: no network connection, no telemetry. Each case "
                                              "is one encrypted file; its passphrase never leaves this computer."),
                                      self)
        footer.setObjectName("footnote")
        footer.setProperty("alignment", "AlignHCenter")
        footer.setWordWrap(True)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(title)
        column.addSpacing(6)
        column.addWidget(subtitle)
        column.addSpacing(32)
        column.addLayout(cards)
        column.addSpacing(40)
        column.addWidget(self.recent_heading)
        column.addSpacing(10)
        column.addWidget(self.recent_list)
        column.addWidget(self.recent_empty)
        column.addWidget(self.secure_note)
        holder = QWidget(self)
        holder.setObjectName("startColumn")
        holder.setLayout(column)
        holder.setMaximumWidth(880)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 40, 32, 20)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        outer.addWidget(footer)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.recent_list)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent list and secure-room mode from settings."""
        secure = self._settings.get(SECURE_ROOM)
        self.recent_list.clear()
        for path in self._settings.recent():
            item = QListWidgetItem(f"{Path(path).name}      {_folder_label(Path(path).parent)}", self.recent_list)
            item.setData(USER_ROLE, path)
            item.setToolTip(path)
        count = self.recent_list.count()
        self.recent_heading.setVisible(not secure)
        self.recent_list.setVisible(not secure and count > 0)
        self.recent_empty.setVisible(not secure and count == 0)
        self.secure_note.setVisible(secure)
        if count:
            rows = min(count, 5)
            frame = self.recent_list.frameWidth() * 2 + 10  # the style sheet's padding, top and bottom
            self.recent_list.setFixedHeight(self.recent_list.sizeHintForRow(0) * rows + frame)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_path_requested.emit(str(item.data(USER_ROLE)))

    def recent_paths(self) -> list[str]:
        return [str(self.recent_list.item(i).data(USER_ROLE)) for i in range(self.recent_list.count())]

    def set_demo_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.demo_button.setText(self.tr("Preparing the demo case…") if busy else self.tr("Open the demo case"))
