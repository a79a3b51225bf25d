"""Joint sessions and caucuses: the actions that start and end them, and a bar with the running timer.

The bar shows which session runs and for how long, reading the time from the
case's clock, so what it shows agrees with the duration the case records.
During a caucus it also says, in words and not only by colour, when the notes
on screen are not that party's ("Caucus with Lantau — showing Meridia's notes").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Case, Session
from iomed_desk.gui.banner import channel_colour, colour_dot, scale_font


def elapsed_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class SessionActions(QObject):
    """The menu actions of the Session menu; the caucus action's menu lists the parties."""

    start_requested = Signal(object)  # Channel
    end_requested = Signal()

    def __init__(self, case: Case, parent: QObject) -> None:
        super().__init__(parent)
        self.joint = QAction(self.tr("Start joint session"), self)
        self.joint.setToolTip(self.tr("Start a joint session: new notes go to the joint channel"))
        self.joint.triggered.connect(lambda: self.start_requested.emit(Channel.joint()))
        self.caucus = QAction(self.tr("Start caucus"), self)
        self.caucus.setToolTip(self.tr("Start a caucus with one party: new notes go to its channel"))
        self.party_menu = QMenu(self.tr("Start caucus"))
        self.party_actions: dict[str, QAction] = {}
        for party in case.parties:
            action = self.party_menu.addAction(colour_dot(party.colour),
                                               self.tr("Start caucus with %1").replace("%1", party.name))
            action.triggered.connect(lambda _=False, c=party.channel: self.start_requested.emit(c))
            self.party_actions[party.id] = action
        self.caucus.setMenu(self.party_menu)
        self.end = QAction(self.tr("End session"), self)
        self.end.setToolTip(self.tr("End the running session and record its duration"))
        self.end.triggered.connect(self.end_requested.emit)
        self.end.setEnabled(False)

    def set_enabled(self, enabled: bool) -> None:
        for action in (self.joint, self.caucus, self.end, *self.party_actions.values()):
            action.setEnabled(enabled)

    def dispose(self) -> None:
        self.party_menu.deleteLater()


class SessionBar(QFrame):
    def __init__(self, now: Callable[[], datetime], actions: SessionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        self.setStyleSheet('QLabel#sessionState[mismatch="true"] { background: #fff3cd; color: #5c4400; '
                           "font-weight: 600; padding: 2px 8px; border-radius: 4px; }")
        self.setAccessibleName(self.tr("Session"))
        self._now = now
        self._running: Session | None = None
        self._label = ""
        #: True while a caucus runs and another channel's notes are on screen
        self.mismatch = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)
        self.state_dot = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sessionState")
        self.state_label.setWordWrap(True)  # a long "— showing …'s notes" wraps rather than widen the window
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label.setMinimumWidth(160)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("sessionTimer")
        self.timer_label.setAccessibleName(self.tr("Session time"))
        font = self.timer_label.font()
        font.setFamilies(["monospace"])
        font.setStyleHint(font.StyleHint.Monospace)
        scale_font(font, 1.1)
        self.timer_label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.state_dot)
        layout.addWidget(self.state_label, 1)
        layout.addWidget(self.timer_label)
        self.buttons: list[QToolButton] = []
        for action in (actions.joint, actions.caucus, actions.end):
            self.add_button(action)
        self.show_running(None, "", "")

    def add_button(self, action: QAction) -> QToolButton:
        """A button at the right end of the bar for `action` (a menu action opens its menu)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text())
        if action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout().addWidget(button)
        self.buttons.append(button)
        return button

    def show_running(self, session: Session | None, label: str, colour: str) -> None:
        """Show `session` (or that none runs); the timer ticks only while one runs."""
        self._running = session
        self._label = label
        self.mismatch = False
        self.state_label.setProperty("mismatch", False)
        self.state_label.setAccessibleDescription("")
        if session is None:
            self._tick.stop()
            self.state_dot.clear()
            self.state_label.setText(self.tr("No session running"))
            self.state_label.setEnabled(False)
            self.timer_label.clear()
            self.timer_label.hide()
            return
        self.state_dot.setPixmap(colour_dot(colour, 12).pixmap(12, 12))
        self.state_label.setText(label)
        self.state_label.setEnabled(True)
        self.timer_label.show()
        self.tick()
        self._tick.start()

    def show_on_screen(self, case: Case, channel: Channel | None) -> None:
        """Say whose notes are on screen when they are not the running caucus's (`channel` None: a page
        of the mediator's own, such as the overview, which holds no party's notes)."""
        running = self._running
        other = (running is not None and running.channel.kind == "party" and channel is not None
                 and channel != running.channel)
        text = self._label
        if other and channel is not None:
            text = _tr("%1 — showing %2").replace("%1", self._label).replace("%2", _showing(case, channel))
        if running is not None:
            self.state_label.setText(text)
        self.mismatch = bool(other)
        self.state_label.setProperty("mismatch", self.mismatch)
        self.state_label.setAccessibleDescription(text if other else "")
        self.state_label.setToolTip(text if other else "")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)

    def timer_text(self) -> str:
        return self.timer_label.text()

    def tick(self) -> None:
        if self._running is not None:
            self.timer_label.setText(elapsed_text(self._running.duration_seconds(self._now())))

    def stop(self) -> None:
        self.show_running(None, "", "")


def running_label(case: Case, session: Session) -> tuple[str, str]:
    """What the bar says of a running session, and its colour."""
    if session.channel.kind == "joint":
        text = _tr("Joint session")
    else:
        text = _tr("Caucus with %1").replace("%1", case.party(session.channel.party_id or "").name)
    return text, channel_colour(case, session.channel)


def _showing(case: Case, channel: Channel) -> str:
    if channel.kind == "party":
        return _tr("%1's notes").replace("%1", case.party(channel.party_id or "").name)
    if channel.kind == "joint":
        return _tr("the joint channel")
    return _tr("your own notebook")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionBar", text)
