"""The overlap check's outcome as values and the seal/cancel race (issue 17, item 6 of the GUI loose ends).

The room's message is worded by the GUI from a structured outcome (kind, figure, band value and unit),
never parsed from English; a round cancelled (the case locks) while a worker seals a limit into it
takes nothing and wipes what was typed.
"""

from __future__ import annotations

import threading
from decimal import Decimal

from iomed_desk.app.offers import offers_desk
from iomed_desk.app.offers_check import Band, Outcome
from iomed_desk.core.errors import UserError
from iomed_desk.gui.offers_check_panel import band_text
from tests.store.test_offers_check import ledger  # noqa: F401 - the fixture

_TEMPLATES = {"Round %1: the limits overlap", "Round %1: the limits overlap; figure by the agreed rule: %2",
              "Round %1: there is a gap", "Round %1: there is a gap, within %2 %",
              "Round %1: there is a gap, more than %2 %", "Round %1: there is a gap, within %2 days",
              "Round %1: there is a gap, more than %2 days"}


def test_outcomes_are_values_and_the_message_a_fixed_template(ledger) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    s, clock, issue, (a, b, _c) = ledger
    desk = offers_desk(s)
    check_id = desk.start_check(issue, a, b, "split", 3).created_id or ""
    told = []
    # gap of 2m around a midpoint of 21m: 9.5 % of it, so "within 10 %" by core/offers.py's BANDS
    for ceiling, floor, band in (("20m", "22m", True), ("20m", "40m", True), ("20m", "22m", False),):
        desk.open_round(check_id)
        desk.submit_limit(a, bytearray(ceiling.encode()), want_band=band)
        desk.submit_limit(b, bytearray(floor.encode()), want_band=band)
        result, change = desk.reveal()
        told.append((desk.outcome(result, issue), change))
        clock.advance(minutes=1)
    (o1, c1), (o2, c2), (o3, c3) = told
    assert o1 == Outcome(1, "gap", band=Band(10, "%"))
    assert o2 == Outcome(2, "gap", band=Band(50, "%", beyond=True))
    assert o3 == Outcome(3, "gap")
    for change in (c1, c2, c3):
        assert change.message in _TEMPLATES and all(arg.isdigit() for arg in change.args)
    assert (c1.message, c1.args) == ("Round %1: there is a gap, within %2 %", ("1", "10"))
    assert band_text(o2.band) == "more than 50 %"  # type: ignore[arg-type]
    check_id = desk.start_check(issue, a, b, "split", 1).created_id or ""
    desk.open_round(check_id)
    desk.submit_limit(a, bytearray(b"30m"))
    desk.submit_limit(b, bytearray(b"26m"))
    result, change = desk.reveal()
    assert desk.outcome(result, issue) == Outcome(1, "overlap", Decimal("28000000.00"), "USD 28,000,000")
    assert change.message == "Round %1: the limits overlap; figure by the agreed rule: %2"
    assert change.args == ("1", "USD 28,000,000")


class _Slow(bytearray):
    """A typed limit whose reading waits until the test lets it go: the seal is caught mid-way."""

    def __init__(self, data: bytes, entered: threading.Event, go: threading.Event) -> None:
        super().__init__(data)
        self.entered, self.go = entered, go

    def __bytes__(self) -> bytes:
        self.entered.set()
        assert self.go.wait(10)
        return bytes(memoryview(self))


def test_a_round_cancelled_while_a_worker_seals_takes_nothing(ledger) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    s, _clock, issue, (a, b, _c) = ledger
    desk = offers_desk(s)
    check_id = desk.start_check(issue, a, b, "split", 2).created_id or ""
    desk.open_round(check_id)
    sealed = desk.round_in_progress
    assert sealed is not None
    entered, go = threading.Event(), threading.Event()
    typed = _Slow(b"27500000", entered, go)
    outcome: list[object] = []

    def worker() -> None:
        try:
            outcome.append(desk.submit_limit(a, typed))
        except UserError as exc:  # a clear refusal is fine too; a crash is not
            outcome.append(exc)
        except Exception as exc:  # noqa: BLE001 - the race's symptom, asserted below
            outcome.append(exc)

    sealing = threading.Thread(target=worker)
    sealing.start()
    assert entered.wait(10)
    cancelling = threading.Thread(target=desk.cancel_round)
    cancelling.start()
    cancelling.join(1.0)  # with the lock it waits for the seal; without, it destroys the round now
    go.set()
    sealing.join(10)
    cancelling.join(10)
    assert not sealing.is_alive() and not cancelling.is_alive()
    assert len(outcome) == 1 and (not isinstance(outcome[0], Exception) or isinstance(outcome[0], UserError)), outcome
    assert typed == bytearray(len(typed))
    assert desk.round_in_progress is None and sealed.destroyed and sealed.waiting_for() == (a, b)
    assert desk.check(check_id).rounds == ()
    # a seal into the dropped round is a no-op that wipes what was typed
    late = bytearray(b"26812500")
    assert sealed.seal(b, late) is False
    assert late == bytearray(len(late)) and sealed.waiting_for() == (a, b)
