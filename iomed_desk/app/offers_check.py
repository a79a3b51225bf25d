"""One round of the private overlap check, sealed in memory (issue 17, item 2).

Each limit is sealed the moment it is typed: parsed from the handover screen's bytearray (which is
then zeroed), its canonical bytes encrypted with AES-256-GCM under a one-time key, those bytes zeroed.
The key is random, made for this round and held only here; nothing of a round is ever written to the
case file or a log. `open_and_destroy` decrypts both limits into bytearrays just long enough for
`core.offers.evaluate`, then zeroes them and the key and drops the ciphertexts, whatever happens.

What remains, honestly: Python cannot wipe immutable objects. While a limit is parsed and compared,
a `str` and a `Decimal` of it exist; they are unreferenced when the call returns, and CPython frees
their memory without zeroing it, so a dump of the process's memory (which the process hygiene makes
hard: no core files, not ptrace-able) could still find them until the memory is reused. The
cipher object keeps its own copy of the key, released (and cleansed by OpenSSL) when it is dropped.
No object the app holds refers to a limit after the round (tested).

A round is sealed on a worker while the GUI thread may cancel it (the case locks): one lock orders
`seal`, `open_and_destroy` and `destroy`, and a seal that arrives after the round was destroyed does
nothing but wipe what was typed (tested with a thread).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from decimal import Decimal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.offers import NegotiationIssue, RoundResult, Unit, format_figure, parse_figure

_TAG = 16
_WIDTH = 48  # every sealed limit is padded to this many bytes, so ciphertext length tells nothing


def wipe(buffer: bytearray | memoryview | None) -> None:
    """Zero a mutable buffer in place."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


class SealedRound:
    """The limits of one round, sealed per party until both are in; then opened once and destroyed."""

    def __init__(self, check_id: str, number: int, ceiling_party: str, floor_party: str, unit: Unit) -> None:
        self.check_id = check_id
        self.number = number
        self.parties = (ceiling_party, floor_party)
        self.unit = unit
        self._key: bytearray | None = bytearray(os.urandom(32))
        self._aead: AESGCM | None = AESGCM(self._key)
        self._sealed: dict[str, tuple[bytes, bytes]] = {}
        self._band: set[str] = set()
        self._lock = threading.Lock()

    @property
    def destroyed(self) -> bool:
        return self._aead is None

    def waiting_for(self) -> tuple[str, ...]:
        return tuple(p for p in self.parties if p not in self._sealed)

    def seal(self, party_id: str, typed: bytearray, *, want_band: bool = False) -> bool:
        """Seal `party_id`'s limit from what it typed; `typed` is zeroed whether or not it parses.
        False (and nothing sealed) when the round was destroyed first: cancelled while this ran."""
        try:
            with self._lock:
                return self._seal(party_id, typed, want_band)
        finally:
            wipe(typed)

    def _seal(self, party_id: str, typed: bytearray, want_band: bool) -> bool:
        if self._aead is None:
            return False
        if party_id not in self.parties:
            raise InvalidInput("That party is not part of this check.")
        if party_id in self._sealed:
            raise NotAllowed("This party's limit is already sealed for this round.")
        plain = bytearray(_WIDTH)
        try:
            text = str(parse_figure(typed, self.unit)).encode("ascii")
            plain[: len(text)] = text
            del text
            nonce = os.urandom(12)
            self._sealed[party_id] = (nonce, self._aead.encrypt(nonce, plain, party_id.encode()))
        finally:
            wipe(plain)
        if want_band:
            self._band.add(party_id)
        return True

    def open_and_destroy(self) -> tuple[Decimal, Decimal, bool]:
        """(ceiling, floor, every party asked for the band); the round is destroyed whatever happens."""
        with self._lock:
            try:
                return self._open()
            finally:
                self._destroy()

    def _open(self) -> tuple[Decimal, Decimal, bool]:
        if self._aead is None:
            raise NotAllowed("This round is over; start the next one.")
        missing = self.waiting_for()
        if missing:
            raise NotAllowed("Both limits must be sealed before the result can be shown.")
        limits = []
        for party in self.parties:
            nonce, sealed = self._sealed[party]
            plain = bytearray(len(sealed) - _TAG)
            try:
                self._aead.decrypt_into(nonce, sealed, party.encode(), plain)
                limits.append(Decimal(plain.rstrip(b"\0").decode("ascii")))
            except InvalidTag:  # pragma: no cover - only if memory was tampered with
                raise NotAllowed("A sealed limit could not be opened; run the round again.") from None
            finally:
                wipe(plain)
        return limits[0], limits[1], set(self._band) == set(self.parties)

    def destroy(self) -> None:
        """Zero the key, drop the cipher and every sealed limit. Safe to call more than once; waits
        for a seal in progress on another thread."""
        with self._lock:
            self._destroy()

    def _destroy(self) -> None:
        wipe(self._key)
        self._key = None
        self._aead = None
        self._sealed.clear()
        self._band.clear()


@dataclass(frozen=True)
class Band:
    """The gap's size as the room is told it: within `value` (or more than it, `beyond`), in `unit`
    ("%" of the midpoint of the two limits, or "days" for dates)."""

    value: int
    unit: str
    beyond: bool = False


@dataclass(frozen=True)
class Outcome:
    """What one round tells the room, as values the GUI words itself: `kind` is "overlap" or "gap";
    `figure` (with `figure_text`, on the issue's unit) only for an overlap under a figure rule, `band`
    only for a gap both parties asked to size."""

    number: int
    kind: str
    figure: Decimal | None = None
    figure_text: str = ""
    band: Band | None = None

    @property
    def change_message(self) -> tuple[str, tuple[str, ...]]:
        """A fixed English template (translated by the GUI, context "Change") and its arguments."""
        n = str(self.number)
        if self.kind == "overlap":
            if self.figure is None:
                return "Round %1: the limits overlap", (n,)
            return "Round %1: the limits overlap; figure by the agreed rule: %2", (n, self.figure_text)
        if self.band is None:
            return "Round %1: there is a gap", (n,)
        template = {("%", False): "Round %1: there is a gap, within %2 %",
                    ("%", True): "Round %1: there is a gap, more than %2 %",
                    ("days", False): "Round %1: there is a gap, within %2 days",
                    ("days", True): "Round %1: there is a gap, more than %2 days"}[(self.band.unit, self.band.beyond)]
        return template, (n, str(self.band.value))


_BAND = re.compile(r"(within|more than) (\d+) (%|days)")


def outcome_of(result: RoundResult, issue: NegotiationIssue) -> Outcome:
    """The structured outcome of a recorded round. The band is kept in the file in the core's canonical
    form ("within 10 %", core/offers.py `gap_band`), read back here once so no view parses it."""
    if result.overlap:
        if result.figure is None:
            return Outcome(result.number, "overlap")
        return Outcome(result.number, "overlap", result.figure,
                       format_figure(result.figure, issue.unit, issue.currency))
    if not result.band:
        return Outcome(result.number, "gap")
    match = _BAND.fullmatch(result.band)
    if match is None:
        raise ValueError(f"not a band: {result.band!r}")
    word, value, unit = match.groups()
    return Outcome(result.number, "gap", band=Band(int(value), unit, word == "more than"))
