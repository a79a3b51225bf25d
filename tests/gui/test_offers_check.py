"""The private overlap check in the room (issue 17, "done when"), driven by key events only.

Three rounds, two parties, through the handover screens of the offers page. While each party
types, only its handover screen is visible, and no widget of any top-level window holds the other
party's limit (its text, tooltips, accessible names, models); the mediator's window never holds any
limit at any time; the handover screen draws exactly what one built with no case behind it draws.
After the check, the case file (raw bytes, WAL, every decrypted row) holds none of the typed limits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import unlock
from iomed_desk.gui.limit_handover import LimitHandover
from tests.conftest import PASSPHRASE
from tests.gui.conftest import flush_events, make_case
from tests.gui.widget_text import widget_texts
from tests.store.test_offers_check import decrypted_dump, raw_hits, written

#: (ceiling, floor) typed per round: gap, gap, overlap (split: 27,156,250)
LIMITS = [("21,250,000", "33,125,000"), ("24.375m", "29875000"), ("27500000", "26,812,500.00")]


def all_texts(except_field: QWidget | None = None) -> str:
    """Every text of every widget of every top-level window (visible or not), but `except_field`'s own."""
    out = []
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            if w is not except_field:
                out += [t for t in widget_texts(w) if t]
    return "\n".join(out)


def hits(text: str, limits: list[str]) -> list[str]:
    return [f for limit in limits for f in written(limit) if f in text]


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_three_rounds_by_keyboard_show_no_limit_to_anyone(qtbot, window, tmp_path: Path) -> None:
    path = make_case(tmp_path / "room.iomed")
    s = unlock(path, PASSPHRASE)
    ceiling, floor = s.case.parties
    offers_desk(s).add_issue("Purchase price", "amount", "USD")
    s.close()
    assert window.adopt(unlock(path, PASSPHRASE), "Case opened")
    window.workspace.navigate("offers")
    page = window.workspace.offers.page
    panel = page.check_panel
    every_limit = [x for pair in LIMITS for x in pair]

    press(qtbot, panel.agree_button)  # the terms: the defaults shown (A ceiling, B floor, split, 3 rounds)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.record is not None)

    for number, (high, low) in enumerate(LIMITS, start=1):
        press(qtbot, panel.round_button)
        for party, mine, theirs in ((ceiling, high, low), (floor, low, high)):
            assert not hits(all_texts(), every_limit), "the mediator's window holds a limit"
            press(qtbot, panel.hand_button)
            screen = panel.handover
            assert isinstance(screen, LimitHandover)
            qtbot.keyClicks(screen.secret, mine)
            if party is floor:
                screen.band.setFocus()
                qtbot.keyClick(screen.band, Qt.Key.Key_Space)  # asks for the band; the other party did not
            # while the party types: only its screen, naming it, holding nothing of the other party
            assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [screen]
            assert not window.isVisible()
            shown = all_texts(except_field=screen.secret)
            assert party.name in shown and "Purchase price" in shown
            assert not hits(shown + screen.secret.text(), [theirs]), "the other party's limit is on this screen"
            assert not hits(shown, every_limit), "a limit outside the party's own field"
            assert screen.secret.text() == mine  # its own, in a field that echoes nothing
            assert screen.secret.echoMode() == screen.secret.EchoMode.NoEcho
            alone = LimitHandover(party.name, "Purchase price (USD)", party is ceiling, screen.what.text()
                                  .split(". ", 1)[1], lambda b, w: None, lambda p: lambda: False)
            alone.resize(screen.size())
            alone.secret.setText("x" * len(mine))
            alone.band.setChecked(screen.band.isChecked())
            for w in (screen, alone):
                w.secret.clearFocus()
                w.band.clearFocus()
            alone.sign_button.setDefault(screen.sign_button.isDefault())  # the ring Return would press
            assert screen.grab().toImage() == alone.grab().toImage(), "the screen draws more than its party"
            alone.reject()  # it deletes itself
            screen.secret.setFocus()
            qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
            assert screen.secret.text() == ""  # moved into a bytearray, the field emptied at once
            qtbot.waitUntil(lambda sc=screen: sc.taking_back, timeout=30_000)
            assert not hits(all_texts(), every_limit)
            assert not window.isVisible()
            qtbot.keyClicks(screen.passphrase, PASSPHRASE)
            qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.isVisible() and panel.handover is None, timeout=60_000)
            assert not hits(all_texts(), every_limit)
        press(qtbot, panel.reveal_button)
        told = panel.result.text()
        assert f"Round {number} of 3" in told
        assert ("overlap" in told) == (number == 3), told
        assert not hits(all_texts(), every_limit)
    assert "27,156,250" in panel.result.text()  # (27,500,000 + 26,812,500) / 2, by the agreed rule
    assert not panel.round_button.isEnabled()  # an overlap was found: the check is over

    session = window.session
    assert [r.outcome for r in offers_desk(session).check(panel.record.id).rounds] == ["gap", "gap", "overlap"]
    forms = set().union(*(written(t) for t in every_limit))
    assert not raw_hits(tmp_path, forms)
    window.close_case()
    flush_events()
    assert not raw_hits(tmp_path, forms)
    dump = decrypted_dump(path)
    assert "27156250" in dump
    assert not [f for f in forms if f in dump]


def test_cancel_on_the_handover_drops_the_round_and_locks(qtbot, window, tmp_path: Path) -> None:
    path = make_case(tmp_path / "room.iomed")
    s = unlock(path, PASSPHRASE)
    a, b = (p.id for p in s.case.parties)
    desk = offers_desk(s)
    issue = desk.add_issue("Royalty", "percent").created_id or ""
    desk.start_check(issue, a, b, "outcome", 2)
    s.close()
    assert window.adopt(unlock(path, PASSPHRASE), "Case opened")
    window.workspace.navigate("offers")
    panel = window.workspace.offers.page.check_panel
    press(qtbot, panel.round_button)
    press(qtbot, panel.hand_button)
    screen = panel.handover
    qtbot.keyClicks(screen.secret, "12.75")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.locked and window.isVisible(), timeout=10_000)
    flush_events()
    assert not any(isinstance(w, LimitHandover) and w.isVisible() for w in QApplication.topLevelWidgets())
    s = unlock(path, PASSPHRASE)
    try:
        check = offers_desk(s).checks(issue)[0]
        assert check.rounds == ()  # the cancelled round did not count
        assert [e.action for e in s.audit_events("offers.check_round")] == ["offers.check_round_abandoned"]
    finally:
        s.close()
