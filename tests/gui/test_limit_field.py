"""The overlap check's limit field shows nothing of the limit, not even its length (GUI loose ends, item 5).

Oracle: two screens, one with a one-character limit typed and one with a thirteen-character limit,
typed by keys, draw the same pixels (a password field's dots would differ); an empty field draws
differently (the "typed" line tells the party its keys arrived). Enter still moves the text into a
bytearray and empties the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from iomed_desk.gui.limit_handover import LimitHandover


def screen(qtbot, received: list[bytearray]) -> LimitHandover:  # type: ignore[no-untyped-def]
    s = LimitHandover("Harbour Ltd", "Purchase price (USD)", True, "Round 1 of 3",
                      lambda buffer, band: received.append(bytearray(buffer)), lambda p: lambda: False)
    s.resize(900, 600)
    s.show()
    qtbot.waitExposed(s)
    return s


def test_the_limit_field_shows_no_length(qtbot) -> None:  # type: ignore[no-untyped-def]
    received: list[bytearray] = []
    short, long, empty = screen(qtbot, received), screen(qtbot, received), screen(qtbot, received)
    qtbot.keyClicks(short.secret, "7")
    qtbot.keyClicks(long.secret, "27,500,000.00")
    for s in (short, long, empty):
        s.secret.setFocus()
        s.secret.clearFocus()  # the same focus on each (the caret's blink is not drawn without focus)
    assert short.grab().toImage() == long.grab().toImage(), "the field shows how long the limit is"
    assert short.grab().toImage() != empty.grab().toImage(), "nothing says the keys arrived"
    assert "27" not in short.typed.text() + long.typed.text() and "13" not in long.typed.text()
    long.secret.setFocus()
    qtbot.keyClick(long.secret, Qt.Key.Key_Return)
    assert long.secret.text() == ""
    qtbot.waitUntil(lambda: long.taking_back, timeout=30_000)
    assert received == [bytearray(b"27,500,000.00")]
    for s in (short, long, empty):
        s.reject()
