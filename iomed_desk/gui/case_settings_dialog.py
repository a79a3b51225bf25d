"""Case > Place and time zone…: the IANA zone that dates the agreement at its place (core/seat.py).

"Signed at Hong Kong on 7 December" must be Hong Kong's date, whatever zone
this computer is set to. The dialog lists every zone this computer knows,
filtered as one types (Up and Down move through the matches without leaving the
filter), preselects the case's zone or else the one known for the place, and
shows the date and time at the seat now, ticking. Save records the choice
through `app.case_settings.set_time_zone`, which writes an audit event.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.case_settings import set_time_zone
from iomed_desk.core.errors import UserError
from iomed_desk.core.seat import case_zone, zone_for_place
from iomed_desk.gui.places import place_name

TICK_MS = 1000


def utc_offset(offset: timedelta | None) -> str:
    """"UTC+08:00", "UTC−03:30", "UTC" for a zone's offset from UTC."""
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def time_at(moment: datetime, zone: str, *, seconds: bool = True) -> str:
    """The wall-clock date and time at `zone` at `moment`, written as the interface's locale writes dates
    (the weekday and month named, never a bare 12/06 a reader could take either way), with its offset."""
    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    when = QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))
    locale = QLocale()
    clock = "HH:mm:ss" if seconds else "HH:mm"
    if locale.language() == QLocale.Language.Chinese:
        pattern = f"yyyy年M月d日 dddd {clock}"
    else:
        pattern = f"dddd d MMMM yyyy, {clock}"
    return f"{locale.toString(when, pattern)} ({utc_offset(local.utcoffset())})"


def zone_matches(zone: str, wanted: str) -> bool:
    """Does `zone` match what was typed? Case and the underscore of "Hong_Kong" do not matter."""
    wanted = " ".join(wanted.replace("_", " ").split()).casefold()
    return not wanted or wanted in zone.replace("_", " ").casefold()


class _ArrowsToList(QObject):
    """Up and Down in the filter move the selection in the list, so the filter keeps the cursor."""

    def __init__(self, target: QListWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
            visible = [i for i in range(self.target.count()) if not self.target.item(i).isHidden()]
            if visible:
                row = self.target.currentRow()
                at = visible.index(row) if row in visible else -1
                at = max(0, min(len(visible) - 1, at + step[Qt.Key(event.key())]))
                self.target.setCurrentRow(visible[at])
            return True
        return False


class PlaceAndZoneDialog(QDialog):
    """The case's place and the time zone that dates its agreement; `saved` carries the Change."""

    saved = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("placeAndZoneDialog")
        self.setWindowTitle(self.tr("Place and time zone"))
        case = session.case
        self._place_zone = zone_for_place(case.place)

        heading = QLabel(self.tr("Where the agreement is made"), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr("The agreement is dated as at its place: the date it bears is the date in this "
                               "time zone when it is exported, whatever this computer's clock is set to."), self)
        intro.setObjectName("secondary")
        intro.setWordWrap(True)
        shown = place_name(case.place)
        self.place = QLabel(shown, self)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place.setAccessibleName(self.tr("Place"))
        known = (self.tr("The zone known for %1 is %2.").replace("%1", shown).replace("%2", self._place_zone)
                 if self._place_zone else
                 self.tr("No zone is known for %1: choose the zone of the place.").replace("%1", shown))
        self.known = QLabel(known, self)
        self.known.setObjectName("secondary")
        self.known.setWordWrap(True)

        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter the time zones"))
        self.filter.setPlaceholderText(self.tr("Type part of a name, e.g. Hong Kong, Geneva, New York"))
        self.filter.setClearButtonEnabled(True)
        self.zones = QListWidget(self)
        self.zones.setAccessibleName(self.tr("Time zones"))
        self.zones.setUniformItemSizes(True)
        for zone in sorted(zoneinfo.available_timezones()):
            QListWidgetItem(zone, self.zones)
        self.filter.installEventFilter(_ArrowsToList(self.zones, self))
        self.filter.textChanged.connect(self._filter)
        self.default_button = QPushButton(self.tr("Use the place's &zone"), self)
        self.default_button.setAutoDefault(False)
        self.default_button.setEnabled(bool(self._place_zone))
        self.default_button.clicked.connect(lambda: self.select(self._place_zone))

        self.now_at_seat = QLabel(self)
        self.now_at_seat.setObjectName("nowAtSeat")
        self.now_at_seat.setAccessibleName(self.tr("Date and time at the place now"))
        self.error = QLabel(self)
        self.error.setObjectName("errorMessage")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Place:"), self.place)
        filter_label = QLabel(self.tr("&Time zone:"), self)
        filter_label.setBuddy(self.filter)
        form.addRow(filter_label, self.filter)
        form.addRow("", self.zones)
        form.addRow("", self.default_button)
        form.addRow(self.tr("Now there:"), self.now_at_seat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.known)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

        self.zones.currentItemChanged.connect(lambda *_: self._tick())
        self.timer = QTimer(self, interval=TICK_MS, timeout=self._tick)
        self.timer.start()
        self.select(case_zone(case))
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def zone(self) -> str:
        item = self.zones.currentItem()
        return item.text() if item is not None and not item.isHidden() else ""

    def select(self, zone: str) -> None:
        """Show `zone` selected (clearing the filter if it hides it)."""
        found = self.zones.findItems(zone, Qt.MatchFlag.MatchExactly) if zone else []
        if not found:
            return
        if found[0].isHidden():
            self.filter.clear()
        self.zones.setCurrentItem(found[0])
        self.zones.scrollToItem(found[0], QListWidget.ScrollHint.PositionAtCenter)

    def _filter(self, text: str) -> None:
        first = None
        for i in range(self.zones.count()):
            item = self.zones.item(i)
            hidden = not zone_matches(item.text(), text)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.zones.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.zones.setCurrentItem(first)
        self._tick()

    def _tick(self) -> None:
        zone = self.zone()
        text = time_at(self._session.now(), zone) if zone else self.tr("Choose a time zone")
        if self.now_at_seat.text() != text:
            self.now_at_seat.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(zone))

    def save(self) -> None:
        zone = self.zone()
        if not zone:
            self.error.setText(self.tr("Choose a time zone from the list."))
            return
        if zone == self._session.case.time_zone:
            self.accept()
            return
        try:
            change = set_time_zone(self._session, zone)
        except UserError as error:
            self.error.setText(str(error))
            return
        self.saved.emit(change)
        self.accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)
