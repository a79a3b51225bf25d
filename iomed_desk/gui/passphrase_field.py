"""A line edit for passphrases that keeps as little of them around as Qt allows.

Password echo; input-method hints that ask on-screen keyboards and IMEs not to
learn or predict; no undo or redo history; no context menu, drag or copy; and
the text is wiped when its window is hidden (the dialog closes) and whenever
its owner calls `wipe` (the lock screen goes away, a passphrase was taken). Python strings cannot be zeroed, so "wiped" means no widget
holds it any more.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

_REFUSED = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Copy,
            QKeySequence.StandardKey.Cut)


class PassphraseField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhHiddenText)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setClearButtonEnabled(False)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if any(event.matches(k) for k in _REFUSED):
            event.accept()
            return
        super().keyPressEvent(event)

    def wipe(self) -> None:
        """Empty the field; `setText` (unlike `clear`) also drops the edit history."""
        self.setText("")

    def take(self) -> str:
        """The passphrase, leaving the field empty."""
        text = self.text()
        self.wipe()
        return text

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Only when the window goes away: some containers (QWizard) hide and re-show a page while it is in use.
        if self.window() is self or not self.window().isVisible():
            self.wipe()
        super().hideEvent(event)


def passphrase_strength(text: str) -> int:
    """A rough 0–4 score from an entropy estimate: a hint for the mediator, not a policy (the app enforces the minimum)."""
    if not text:
        return 0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 20
    if any(ord(c) > 127 for c in text):
        pool += 100
    distinct = len(set(text))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2)) * 0.75
    for limit, score in ((30, 0), (45, 1), (60, 2), (80, 3)):
        if bits < limit:
            return score
    return 4


class StrengthMeter(QWidget):
    """A thin bar and one word, following a passphrase field as it is typed."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setObjectName("secondary")
        self.label.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        field.textChanged.connect(self.update_for)
        self.update_for(field.text())

    def update_for(self, text: str) -> None:
        score = passphrase_strength(text)
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong"))
        self.bar.setValue(score)
        self.label.setText(words[score] if text else "")
        self.bar.setProperty("strength", score)
        self.score = score
