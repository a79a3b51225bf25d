"""The confidentiality banner (DESIGN.md section 2, rule 6) and the channel names and colours it uses.

The banner sits above every page of the workspace and says, in the colour of
the channel on screen, whose confidential material is showing. Channel titles
and colours live here so the sidebar, search results and the joint screen name
and colour a channel the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from iomed_desk.core.channels import Channel
from iomed_desk.core.model import Case

JOINT_COLOUR = "#52627a"
MEDIATOR_COLOUR = "#75655a"
NEUTRAL_COLOUR = "#5f6b7a"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Channels", text)


def party_name(case: Case, channel: Channel) -> str:
    return case.party(channel.party_id or "").name


def channel_title(case: Case, channel: Channel) -> str:
    """The short name of a channel, as the sidebar shows it."""
    if channel.kind == "joint":
        return _tr("Joint")
    if channel.kind == "mediator":
        return _tr("Mediator's notebook")
    return _tr("Caucus — %1").replace("%1", party_name(case, channel))


def channel_colour(case: Case, channel: Channel) -> str:
    if channel.kind == "party":
        return case.party(channel.party_id or "").colour
    return JOINT_COLOUR if channel.kind == "joint" else MEDIATOR_COLOUR


def scale_font(font: QFont, factor: float) -> None:
    """Scale a font whether it is sized in points or (under a style sheet) in pixels."""
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))


def colour_dot(colour: str, size: int = 12) -> QIcon:
    """A small filled circle: how a channel's colour appears in lists and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def banner_text(case: Case, channel: Channel) -> str:
    if channel.kind == "party":
        return _tr("Confidential — caucus with %1").replace("%1", party_name(case, channel))
    if channel.kind == "joint":
        return _tr("Joint — visible to all parties")
    return _tr("Mediator's notebook — visible to you only")


class ConfidentialityBanner(QFrame):
    """A full-width strip in the channel's colour; never hidden while a case is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confidentialityBanner")
        self.setAccessibleName(self.tr("Confidentiality banner"))
        self._label = QLabel(self)
        self._label.setObjectName("bannerText")
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self._label.font()
        scale_font(font, 1.08)
        font.setBold(True)
        self._label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 9, 18, 9)
        layout.addWidget(self._label, 1)
        self._colour = NEUTRAL_COLOUR
        self.show_neutral(self.tr("Case overview — visible to you only"))

    def text(self) -> str:
        return self._label.text()

    def colour(self) -> str:
        return self._colour

    def show_channel(self, case: Case, channel: Channel) -> None:
        self._set(banner_text(case, channel), channel_colour(case, channel))

    def show_neutral(self, text: str) -> None:
        """For the mediator's own pages that hold no one channel's material (overview, audit)."""
        self._set(text, NEUTRAL_COLOUR)

    def show_view(self, text: str, colour: str) -> None:
        """For material as one audience would see it (search as a party, as the joint screen), in its colour."""
        self._set(text, colour)

    def show_warning(self, text: str) -> None:
        """For pages that mix every channel's material (search results)."""
        self._set(text, "#8a3b12")

    def _set(self, text: str, colour: str) -> None:
        self._colour = colour
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(
            f"QFrame#confidentialityBanner {{ background: {colour}; border-radius: 6px; }}"
            " QLabel#bannerText { color: #ffffff; background: transparent; }")
