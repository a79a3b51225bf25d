"""The joint screen: a second window the parties see, fed only through the audience filter.

It has one audience at a time, `joint`, or `party:<id>` while a caucus with
that party runs, and it asks the case for what that audience may see
(`visible_notes`, `tablings`). From that it shows the version of the
negotiating text last tabled to it, then the joint notes the mediator put on
the screen and the items disclosed to the audience with their provenance,
newest first. Before drawing, every item is checked against the firewall
again; anything unexpected blanks the screen rather than show it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import Disclosure, consent_label
from iomed_desk.core.firewall import assert_visible
from iomed_desk.core.model import Case, Note
from iomed_desk.gui.banner import channel_colour
from iomed_desk.gui.markdown_view import MarkdownView, escape, render

BACKGROUND = "#f6f4ef"
INK = "#1f2731"
QUIET = "#5b6573"

STYLE = f"""
body {{ color: {INK}; }}
h2 {{ font-size: 1.3em; font-weight: 600; margin: 0 0 0.35em 0; }}
h3 {{ font-size: 1.0em; font-weight: 600; margin: 0.6em 0 0.2em 0; }}
p {{ margin: 0 0 0.55em 0; line-height: 140%; }}
p.provenance {{ color: {QUIET}; font-size: 0.72em; margin-top: 0.4em; }}
li {{ margin-bottom: 0.25em; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("JointScreen", text)


def audience_heading(case: Case, audience: Audience) -> str:
    if audience.kind == "party":
        return _tr("Caucus — %1").replace("%1", case.party(audience.party_id or "").name)
    return _tr("Joint session — all parties")


def provenance(case: Case, note: Note, disclosures: list[Disclosure]) -> str:
    """Where a disclosed item came from, and on whose consent (names of parties and mediators only)."""
    if note.channel.kind == "party":
        origin = _tr("Disclosed from the caucus with %1").replace("%1", case.party(note.channel.party_id or "").name)
    else:
        origin = _tr("Disclosed from the mediator's notes")
    d = disclosures[0]
    if d.exception is not None:
        return origin + _tr(", under %1").replace("%1", d.exception.label.split(":")[0])
    if not d.consents:
        return origin + _tr(" (no consent required under the case's rules)")
    names = ", ".join(consent_label(case, c.who) for c in d.consents)
    return origin + _tr(" with the consent of %1").replace("%1", names)


def choose_display(screens: Sequence[QScreen], wanted: str, main: QScreen | None) -> QScreen | None:
    """The display named in the settings; else any display but the mediator's; None if there is only one."""
    for screen in screens:
        if wanted and screen.name() == wanted:
            return screen
    if len(screens) > 1:
        return next((s for s in screens if s is not main), None)
    return None


class JointScreen(QWidget):
    """A top-level window for the room. It never shows the mediator's view of anything."""

    closed = Signal()

    def __init__(self, session: CaseSession, audience: Audience, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if audience.is_mediator:
            raise ValueError("the joint screen never shows the mediator's audience")
        self._session: CaseSession | None = session
        self._audience = audience
        self.shown_ids: list[str] = []
        self.setObjectName("jointScreen")
        # ends with the application's display name, so the platform does not append it a second time
        # (QPlatformWindow::formatWindowTitle appends it unless the title already ends with it)
        self.setWindowTitle(self.tr("Joint screen — IOMed Desk"))
        # the room reads it; the mediator's keyboard stays in the main window
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAccessibleName(self.tr("Joint screen"))
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, BACKGROUND), (QPalette.ColorRole.Base, BACKGROUND),
                             (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK)):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("jointHeading")
        self.subheading = QLabel(self)
        self.subheading.setObjectName("jointSubheading")
        self.accent = QWidget(self)
        self.accent.setFixedHeight(6)
        self.accent.setAutoFillBackground(True)
        self.view = MarkdownView(self)
        self.view.setFrameShape(MarkdownView.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Shown to the room"))
        self.view.document().setDefaultStyleSheet(STYLE)
        self.view.document().setDocumentMargin(0)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setStyleSheet(
            f"QTextBrowser {{ background: {BACKGROUND}; color: {INK}; border: none; }}"
            f" QScrollBar:vertical {{ background: {BACKGROUND}; width: 8px; border: none; }}"
            f" QScrollBar::handle:vertical {{ background: #cfcac0; border-radius: 4px; min-height: 40px; }}"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }")
        self.setStyleSheet(f"QLabel#jointSubheading {{ color: {INK}; }} QLabel#jointHeading {{ color: {QUIET}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(72, 48, 72, 40)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.accent)
        layout.addSpacing(18)
        layout.addWidget(self.view, 1)
        self._scale_fonts(1080)

    @property
    def audience(self) -> Audience:
        return self._audience

    def set_audience(self, audience: Audience, *, refresh: bool = True) -> None:
        """Blank first, then show what the new audience may see."""
        if audience.is_mediator:
            raise ValueError("the joint screen never shows the mediator's audience")
        self.blank()
        self._audience = audience
        if refresh:
            self.refresh()

    @property
    def frozen(self) -> bool:
        return self._session is None

    def freeze(self) -> None:
        """Keep what is drawn and let go of the case (it is about to close): nothing is read any more."""
        self._session = None

    def refresh(self) -> None:
        """Re-read what the audience may see and redraw; blank and re-raise if the firewall objects."""
        if self._session is None:
            return
        case = self._session.case
        in_force: dict[str, list[Disclosure]] = {}
        for d in self._session.all_disclosures():
            if d.in_force:
                in_force.setdefault(d.item_id, []).append(d)
        sections: list[str] = []
        shown: list[str] = []
        try:
            table = self._on_the_table(case, in_force)
            for note in reversed(self._session.visible_notes(self._audience)):
                mine = [d for d in in_force.get(note.id, []) if d.target in (self._audience, Audience.joint())]
                if note.channel.kind == "joint":
                    if not note.on_joint_screen:
                        continue
                    line = ""
                elif mine:
                    line = provenance(case, note, mine)
                else:
                    continue  # the party's own caucus notes stay with the mediator unless disclosed
                assert_visible(note.channel, self._audience, [d.target for d in mine])
                sections.append(f"<h2>{escape(note.title)}</h2>{render(note.body)}"
                                + (f'<p class="provenance">{escape(line)}</p>' if line else ""))
                shown.append(note.id)
        except BaseException:
            self.blank()
            raise
        if table:
            sections.insert(0, table[1])
            shown.insert(0, table[0])
        self.shown_ids = shown
        self.heading.setText(f"{case.reference} · {case.title}")
        self.subheading.setText(audience_heading(case, self._audience))
        accent = self.accent.palette()
        colour = channel_colour(case, self._audience_channel())
        accent.setColor(QPalette.ColorRole.Window, QColor(colour))
        self.accent.setPalette(accent)
        if sections:
            self.view.setHtml("<hr>".join(sections))
        else:
            self.view.setHtml(f'<p class="provenance">{escape(self.tr("Nothing is shown at the moment."))}</p>')

    def _on_the_table(self, case: Case, in_force: dict[str, list[Disclosure]]) -> tuple[str, str] | None:
        """The version most recently tabled to this audience (or to all parties), as (tabling id, HTML)."""
        assert self._session is not None
        desk = self._session.drafting
        tablings = desk.tablings(self._audience)
        if not tablings:
            return None
        tabling = tablings[-1]
        version = desk.version(tabling.draft_id, tabling.version_number)
        assert_visible(tabling.channel, self._audience, [d.target for d in in_force.get(tabling.id, [])])
        to = _tr("all parties") if tabling.audience.kind == "joint" else case.party(
            tabling.audience.party_id or "").name
        parts = [f"<h2>{escape(desk.draft(tabling.draft_id).name)}</h2>",
                 '<p class="provenance">' + escape(_tr("Version %1, tabled to %2").replace(
                     "%1", str(version.number)).replace("%2", to)) + "</p>"]
        for number, clause in enumerate(version.clauses, 1):
            for lang in version.languages:
                heading, body = clause.heading_in(lang), clause.body_in(lang)
                parts.append(f"<h3>{number}. {escape(heading)}</h3>" if heading else "")
                parts.append("<p>" + escape(body).replace("\n", "<br>") + "</p>" if body else "")
        return tabling.id, "".join(parts)

    def _audience_channel(self) -> Channel:
        return Channel.party(self._audience.party_id or "") if self._audience.kind == "party" else Channel.joint()

    def blank(self) -> None:
        self.shown_ids = []
        self.view.blank()
        self.heading.clear()
        self.subheading.clear()

    def present(self, display_name: str = "") -> None:
        """Full screen on the named display, or on a second display if there is one; else a window."""
        main = self.parentWidget().screen() if self.parentWidget() is not None else QGuiApplication.primaryScreen()
        target = choose_display(QGuiApplication.screens(), display_name, main)
        self.refresh()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self._scale_fonts(target.geometry().height())
            self.showFullScreen()
        else:
            self.resize(1100, 700)
            self._scale_fonts(900)
            self.show()

    def _scale_fonts(self, height: int) -> None:
        base = max(16.0, height / 46)
        for widget, factor, bold in ((self.heading, 0.8, False), (self.subheading, 1.35, True), (self.view, 1.0, False)):
            font = widget.font()
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            widget.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        bar = self.view.verticalScrollBar()
        steps = {Qt.Key.Key_PageDown: bar.pageStep(), Qt.Key.Key_Space: bar.pageStep(), Qt.Key.Key_Down: bar.singleStep() * 3,
                 Qt.Key.Key_PageUp: -bar.pageStep(), Qt.Key.Key_Up: -bar.singleStep() * 3}
        if event.key() in steps:
            bar.setValue(bar.value() + steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.blank()
        super().closeEvent(event)
        self.closed.emit()


class JointScreenControl(QObject):
    """The checkable "Show joint screen" action and the one screen it opens, kept on the room's audience."""

    def __init__(self, session: CaseSession, display: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._display = display
        self._parent = parent
        self.screen: JointScreen | None = None
        self.action = QAction(self.tr("Show joint screen"), self)
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show what the room may see on a second window or display"))
        self.action.toggled.connect(self._toggled)

    def room_audience(self) -> Audience:
        """Who is in the room: the party whose caucus runs, else all parties."""
        running = self._session.running_session()
        if running is not None and running.channel.kind == "party":
            return Audience.party(running.channel.party_id or "")
        return Audience.joint()

    def follow(self) -> None:
        """After any change to the case: the room's audience, and what it may see now."""
        if self.screen is None or not self.screen.isVisible():
            return
        room = self.room_audience()
        if room != self.screen.audience:
            self.screen.set_audience(room)
        else:
            self.screen.refresh()

    def shut(self) -> None:
        """For lock: blank and close; the action stays as it is, disabled with the rest."""
        if self.screen is not None:
            self.screen.blank()
            self.screen.close()

    def release(self, keeper: QWidget) -> JointScreen | None:
        """For the idle lock: hand the screen, frozen on what it shows, to `keeper` (the main window), so
        the room keeps reading while the case is locked. Only joint material stays up: a screen showing a
        caucus audience is shut instead, and None is returned (also when no screen shows)."""
        screen = self.screen
        if screen is None or not screen.isVisible():
            return None
        if screen.audience != Audience.joint():
            self.shut()
            return None
        self.screen = None
        screen.closed.disconnect()  # the action it unchecked goes with the workspace
        screen.freeze()
        geometry, full = screen.geometry(), screen.isFullScreen()
        screen.setParent(keeper, Qt.WindowType.Window)  # the workspace, its old parent, is deleted on lock
        screen.setGeometry(geometry)
        if full:
            screen.showFullScreen()
        else:
            screen.show()
        return screen

    def _toggled(self, on: bool) -> None:
        if not on:
            if self.screen is not None:
                self.screen.close()
            return
        if self.screen is None:
            self.screen = JointScreen(self._session, self.room_audience(), self._parent)
            self.screen.closed.connect(lambda: self.action.setChecked(False))
        else:
            self.screen.set_audience(self.room_audience(), refresh=False)
        self.screen.present(self._display())
        self._parent.window().activateWindow()  # where the platform activated the projector anyway
