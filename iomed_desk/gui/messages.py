"""Every message box goes through here, so tests can pre-answer them (like KeePassXC's MessageBox::setNextAnswer)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iomed_desk.app.changes import Change, fill

Button = QMessageBox.StandardButton
_next_answers: list[Button] = []
#: what was shown, for tests: (kind, title, text)
shown: list[tuple[str, str, str]] = []


def set_next_answer(answer: Button) -> None:
    _next_answers.append(answer)


def _show(kind: str, parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    shown.append((kind, title, text))
    if _next_answers:
        return _next_answers.pop(0)
    box = QMessageBox(parent)
    box.setIcon({"error": QMessageBox.Icon.Warning, "warning": QMessageBox.Icon.Warning,
                 "question": QMessageBox.Icon.Question, "info": QMessageBox.Icon.Information}[kind])
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(buttons)
    box.setDefaultButton(default)
    return Button(box.exec())


def error(parent: QWidget | None, text: str, title: str = "IOMed Desk") -> None:
    _show("error", parent, title, text, Button.Ok, Button.Ok)


def info(parent: QWidget | None, text: str, title: str = "IOMed Desk") -> None:
    _show("info", parent, title, text, Button.Ok, Button.Ok)


def ask(parent: QWidget | None, text: str, title: str = "IOMed Desk",
        buttons: Button = Button.Yes | Button.No, default: Button = Button.No) -> Button:
    return _show("question", parent, title, text, buttons, default)


def warn(parent: QWidget | None, text: str, title: str, buttons: Button, default: Button) -> Button:
    """A warning the user must answer (a warning icon, the safe choice as `default`)."""
    return _show("warning", parent, title, text, buttons, default)


#: the English words the app puts into some templates' places: template -> place -> word -> (context "ChangeValue")
CHANGE_VALUES: dict[str, dict[int, dict[str, str]]] = {
    "Agreement to mediate recorded (%1)": {0: {
        "paper": QT_TRANSLATE_NOOP("ChangeValue", "paper"),
        "digital": QT_TRANSLATE_NOOP("ChangeValue", "digital"),
        "without": QT_TRANSLATE_NOOP("ChangeValue", "without one")}},
    "%1 %2 the declaration": {1: {
        "acknowledged": QT_TRANSLATE_NOOP("ChangeValue", "acknowledged"),
        "objected to": QT_TRANSLATE_NOOP("ChangeValue", "objected to")}},
    "Mediation ended: %1": {0: {
        "settled": QT_TRANSLATE_NOOP("ChangeValue", "settled"),
        "partially-settled": QT_TRANSLATE_NOOP("ChangeValue", "partially settled"),
        "not-settled": QT_TRANSLATE_NOOP("ChangeValue", "not settled"),
        "withdrawn": QT_TRANSLATE_NOOP("ChangeValue", "withdrawn by a party"),
        "terminated-by-mediator": QT_TRANSLATE_NOOP("ChangeValue", "terminated by the mediator")}},
}


def change_text(change: Change) -> str:
    """What an operation did, in the interface language: the app's template translated, then filled;
    the known English words among the values (an outcome, a manner, an answer) translated too."""
    known = CHANGE_VALUES.get(change.message, {})
    args = tuple(QCoreApplication.translate("ChangeValue", known[i][a]) if a in known.get(i, {}) else a
                 for i, a in enumerate(change.args))
    return fill(QCoreApplication.translate("Change", change.message), args)
