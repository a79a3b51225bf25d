"""Handover mode (issue 14, item 2): while a representative types their PIN, no window shows the case.

Driven from the main window with the demo case open, through Case ▸ Export and
sign the agreement…. While the PIN is asked, every visible top-level window is
read (its widgets' texts) and grabbed: only the handover screen is up, it names
no other party and no note, and it draws exactly what a handover screen built
outside any case draws. Cancel, or the panic key, leaves the case locked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import export_entries
from iomed_desk.app.opening import unlock
from iomed_desk.app.signing import create_mediator_identity
from iomed_desk.core.channels import Channel
from iomed_desk.gui.export_wizard import MEDIATOR, METHODS, SIGNER, ExportWizard
from iomed_desk.gui.handover import HandoverScreen
from tests.gui.conftest import flush_events
from tests.gui.widget_text import widget_texts

MEDIATOR_PASSPHRASE = "attest with care"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def demo_window(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    write_demo(tmp_path / "demo.iomed")
    create_mediator_identity(tmp_path / "mediator.p12", "Dr Margaret Lau Mei-ling", MEDIATOR_PASSPHRASE)
    assert window.adopt(unlock(tmp_path / "demo.iomed", DEMO_PASSPHRASE), "Case opened")
    window.workspace.navigate("overview")
    return window


def case_content(session) -> list[str]:  # type: ignore[no-untyped-def]
    """Note titles and texts from every channel (long enough to be unmistakable)."""
    found = []
    for channel in [Channel.joint(), Channel.mediator(), *(p.channel for p in session.case.parties)]:
        for note in session.notes_in(channel):
            found += [t for t in (note.title, note.body[:40]) if len(t) >= 12]
    return found


def to_the_first_handover(qtbot, window, tmp_path: Path) -> tuple[ExportWizard, HandoverScreen]:  # type: ignore[no-untyped-def]
    window.menus.attached["agreement.export"].trigger()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportWizard) and w.isVisible())
    qtbot.waitUntil(lambda: wizard.preview_page.loaded, timeout=30_000)
    for expected in (MEDIATOR, METHODS, SIGNER):
        if expected == METHODS:
            qtbot.keyClicks(wizard.mediator_page.path, str(tmp_path / "mediator.p12"))
            qtbot.keyClicks(wizard.mediator_page.passphrase, MEDIATOR_PASSPHRASE)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda e=expected: wizard.currentId() == e, timeout=30_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HandoverScreen) and w.isVisible())
    return wizard, screen


def test_while_the_pin_is_asked_no_window_shows_the_case_and_cancel_locks(qtbot, demo_window, tmp_path: Path) -> None:
    window = demo_window
    session = window.session
    content = case_content(session)
    assert len(content) > 10
    signing, *others = session.case.parties
    assert any(others[0].name in t for t in (t for w in QApplication.allWidgets() for t in widget_texts(w) if t)), \
        "before the handover the main window shows the other parties"
    wizard, screen = to_the_first_handover(qtbot, window, tmp_path)
    qtbot.keyClicks(screen.secret, "47")  # the representative is typing

    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [screen], [type(w).__name__ for w in visible]
    assert not window.isVisible() and not wizard.isVisible()
    shown = [t for w in [screen, *screen.findChildren(QWidget)] if w.isVisible()
             for t in widget_texts(w) if t]
    everything = "\n".join(shown)
    assert signing.name in everything and "Dr Amara Solis" in everything
    for party in others:
        assert party.name not in everything
        for person in party.representatives:
            assert person not in everything
    for text in content:
        assert text not in everything, text
    assert session.case.title not in everything or session.case.title in wizard.title

    # the pixels: what a handover screen for the same signatory draws with no case behind it
    alone = HandoverScreen(screen.subject, screen.request, lambda s: lambda: None, lambda s: lambda: False)
    qtbot.addWidget(alone)
    alone.resize(screen.size())
    alone.secret.setText("47")
    for w in (screen, alone):
        w.secret.clearFocus()
    assert screen.grab().toImage() == alone.grab().toImage()

    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    flush_events()
    assert window.isVisible() and window.session is None
    assert window.stack.currentWidget() is window.lock_screen
    assert not any(isinstance(w, (ExportWizard, HandoverScreen)) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    check = unlock(tmp_path / "demo.iomed", DEMO_PASSPHRASE)
    try:
        assert export_entries(check) == []
    finally:
        check.close()


def test_the_panic_key_during_a_handover_locks_and_brings_back_the_lock_screen(qtbot, demo_window,
                                                                                 tmp_path: Path) -> None:
    window = demo_window
    _wizard, screen = to_the_first_handover(qtbot, window, tmp_path)
    qtbot.keyClick(screen.secret, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.locked and window.isVisible(), timeout=10_000)
    flush_events()
    assert not any(isinstance(w, (ExportWizard, HandoverScreen)) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
