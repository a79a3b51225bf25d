"""The offers ledger and the rules of the private overlap check (issue 17), pure: no crypto, no SQL, no Qt.

The ledger: per case, negotiation issues, each with a unit (an amount in a currency, a percentage,
years, or a date). Each offer or demand is an item (DESIGN.md section 2): it lives in the channel of
the party that made it (or `joint` when made in a joint session), so a party's private figures stay
in its caucus; an offer made in caucus reaches another party only by a disclosure with the consents
the case's rule set asks for (core/disclosure.py), like any note. A `private` offer is the
mediator's note of a figure the party mentioned but did not authorise to be passed on: it is never
a move on the chart and is never communicated by the ledger.

The overlap check, for one issue and two parties: the *ceiling* party types the most it would pay
(or agree to), the *floor* party the least it would accept. `evaluate` decides, from the two limits
only:
- the outcome: "overlap" exactly when ceiling >= floor, else "gap";
- with an overlap, by the rule agreed before the round:
  - `Rule.OUTCOME`: nothing more;
  - `Rule.SPLIT` (split the difference): the midpoint of the two limits, (ceiling + floor) / 2;
  - `Rule.OVERLAP_MIDPOINT` (Smartsettle-style, the midpoint of the overlap): the midpoint of the zone
    both parties would accept *given what is on the table*: from the floor up to the ceiling, but no
    lower than the ceiling party's last communicated offer and no higher than the floor party's last
    communicated demand, where those lie inside the limits (a party already offering X would not be
    held to less than X). With no communicated figures on the table it equals `Rule.SPLIT`;
  each figure rounded half-even to the unit's step (a cent, a hundredth of a percent or a year, a
  day), which keeps it inside the zone, whose ends are on that step;
- with a gap, and only when both parties asked for it in that round, its size as a band of the
  midpoint of the two limits ("within 10 %"; for dates, in days).
Never a limit. Note what any midpoint rule implies, and parties should hear before agreeing to one:
a party that knows its own limit and the revealed `Rule.SPLIT` figure can work out the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum

from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput, NotAllowed


class Unit(StrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
    YEARS = "years"
    DATE = "date"


class Kind(StrEnum):
    OFFER = "offer"
    DEMAND = "demand"


class Rule(StrEnum):
    OUTCOME = "outcome"
    SPLIT = "split"
    OVERLAP_MIDPOINT = "overlap-midpoint"


#: the step every figure of a unit is kept on (dates are days since 0001-01-01, `date.toordinal`)
STEP = {Unit.AMOUNT: Decimal("0.01"), Unit.PERCENT: Decimal("0.01"), Unit.YEARS: Decimal("0.01"),
        Unit.DATE: Decimal(1)}
#: gap bands, in percent of the midpoint of the two limits (in days for dates)
BANDS = (5, 10, 25, 50)
DAY_BANDS = (7, 30, 90, 365)
MAX_ROUNDS = 10
_SUFFIX = {"k": Decimal(1000), "m": Decimal(1000000), "mn": Decimal(1000000), "bn": Decimal(1000000000),
           "b": Decimal(1000000000)}
_NUMBER = re.compile(r"^(\d{1,15}(?:\.\d+)?|\.\d+)\s*(k|m|mn|bn|b)?$")
_GROUPED = re.compile(r"^\d{1,3}([,' ]\d{3})+(\.\d+)?(\s*(k|m|mn|bn|b))?$")


@dataclass(frozen=True)
class NegotiationIssue:
    """One issue on which figures are exchanged: "Purchase price (USD)", "Royalty (%)"."""

    id: str
    name: str
    unit: Unit
    currency: str = ""  # for `Unit.AMOUNT` only: an ISO 4217 code
    created_at: datetime | None = None

    def label(self) -> str:
        return f"{self.name} ({self.currency})" if self.unit is Unit.AMOUNT and self.currency else self.name


@dataclass(frozen=True)
class Offer:
    """An offer or a demand on one issue: who made it, to whom ("" for every other party), in which
    session, the figure (on the unit's step) and terms; `private` for the mediator's note of a figure
    not to be passed on. Lives in `channel`, fixed when recorded."""

    id: str
    issue_id: str
    channel: Channel
    kind: Kind
    party_id: str
    to_party: str
    figure: Decimal
    terms: str
    private: bool
    made_at: datetime
    session_id: str | None = None
    author: str = ""


@dataclass(frozen=True)
class Move:
    """One point of the negotiation dance: a party's figure at a time."""

    offer_id: str
    party_id: str
    at: datetime
    figure: Decimal
    kind: Kind
    private: bool = False


def check_issue(name: str, unit: Unit | str, currency: str) -> tuple[str, Unit, str]:
    """A valid (name, unit, currency), or `InvalidInput`."""
    try:
        unit = Unit(unit)
    except ValueError:
        raise InvalidInput("The unit is an amount, a percentage, years or a date.") from None
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Name the issue (for example: Purchase price).")
    currency = currency.strip().upper()
    if unit is Unit.AMOUNT and not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidInput("An amount needs its currency as a three-letter code (USD, HKD, CNY).")
    if unit is not Unit.AMOUNT and currency:
        raise InvalidInput("Only an amount has a currency.")
    return name, unit, currency


def parse_figure(text: str | bytes | bytearray, unit: Unit) -> Decimal:
    """The figure typed, on the unit's step: "27500000", "27,500,000", "27.5m", "12.5 %", "3 years",
    "2027-06-30". `InvalidInput` (which never repeats what was typed: a limit may be in it) otherwise."""
    raw = bytes(text).decode("utf-8", "replace") if isinstance(text, (bytes, bytearray)) else text
    s = raw.strip().lower()
    if unit is Unit.DATE:
        try:
            return Decimal(date.fromisoformat(s).toordinal())
        except ValueError:
            raise InvalidInput("Type the date as year-month-day, for example 2027-06-30.") from None
    if unit is Unit.PERCENT:
        s = s.removesuffix("%").strip()
    if unit is Unit.YEARS:
        for word in ("years", "year", "yrs", "yr", "y"):
            if s.endswith(word):
                s = s[: -len(word)].strip()
                break
    if _GROUPED.match(s):
        s = re.sub(r"[,' ](?=\d{3})", "", s)
    match = _NUMBER.match(s)
    if not match or (match.group(2) and unit is not Unit.AMOUNT):
        raise InvalidInput(_HOW[unit])
    try:
        value = Decimal(match.group(1)) * _SUFFIX.get(match.group(2) or "", Decimal(1))
    except InvalidOperation:
        raise InvalidInput(_HOW[unit]) from None
    if value != value.quantize(STEP[unit]):
        raise InvalidInput(_HOW[unit])
    if unit is Unit.PERCENT and value > 100:
        raise InvalidInput("A percentage is at most 100.")
    return value.quantize(STEP[unit])


_HOW = {
    Unit.AMOUNT: "Type the amount in figures, for example 1250000, 1,250,000 or 1.25m (at most two decimals).",
    Unit.PERCENT: "Type the percentage in figures, for example 12.5 (at most two decimals).",
    Unit.YEARS: "Type the number of years in figures, for example 3 or 2.5 (at most two decimals).",
    Unit.DATE: "Type the date as year-month-day, for example 2027-06-30.",
}


def format_figure(value: Decimal, unit: Unit, currency: str = "") -> str:
    """A figure as a clause or the ledger shows it: "USD 27,500,000", "12.5 %", "3 years", "2027-06-30"."""
    if unit is Unit.DATE:
        return date.fromordinal(int(value)).isoformat()
    step = value.quantize(STEP[unit])
    whole = step == step.to_integral_value()
    text = f"{step:,.0f}" if whole else f"{step:,.2f}"
    if unit is Unit.AMOUNT:
        return f"{currency} {text}".strip()
    if unit is Unit.PERCENT:
        return f"{text.replace(',', '')} %"
    return f"{text.replace(',', '')} year" + ("" if step == 1 else "s")


def offer_channel(party_id: str, private: bool, session_channel: Channel | None) -> Channel:
    """Where an offer lives: made openly in a joint session, `joint`; otherwise (in caucus, between
    sessions, or a private figure anywhere) the channel of the party that made it."""
    if not private and session_channel is not None and session_channel.kind == "joint":
        return Channel.joint()
    return Channel.party(party_id)


# -- the overlap check ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckTerms:
    """What the parties agreed before the first round: who gives a ceiling, who a floor, the rule and
    how many rounds."""

    issue_id: str
    ceiling_party: str
    floor_party: str
    rule: Rule
    rounds: int


@dataclass(frozen=True)
class RoundResult:
    """What a round reveals to the room: nothing else of the limits is kept."""

    number: int
    overlap: bool
    figure: Decimal | None = None
    band: str = ""

    @property
    def outcome(self) -> str:
        return "overlap" if self.overlap else "gap"


@dataclass(frozen=True)
class CheckRecord:
    """A check as the room knows it: its terms and the rounds run so far."""

    id: str
    terms: CheckTerms
    rounds: tuple[RoundResult, ...]

    @property
    def finished(self) -> bool:
        return any(r.overlap for r in self.rounds) or len(self.rounds) >= self.terms.rounds


def check_terms(terms: CheckTerms, parties: set[str]) -> None:
    if terms.ceiling_party not in parties or terms.floor_party not in parties:
        raise InvalidInput("No such party in this case.")
    if terms.ceiling_party == terms.floor_party:
        raise InvalidInput("The check needs two different parties: one gives a ceiling, the other a floor.")
    if not 1 <= terms.rounds <= MAX_ROUNDS:
        raise InvalidInput(f"Agree between 1 and {MAX_ROUNDS} rounds.")
    Rule(terms.rule)


def check_may_run_round(terms: CheckTerms, done: list[RoundResult]) -> int:
    """The number of the next round, or `NotAllowed`: the agreed rounds are used up, or an overlap was found."""
    if any(r.overlap for r in done):
        raise NotAllowed("This check has already found an overlap; start a new check for new limits.")
    if len(done) >= terms.rounds:
        raise NotAllowed(f"The {terms.rounds} round(s) agreed for this check have all been run.")
    return len(done) + 1


def zone(ceiling: Decimal, floor: Decimal, rule: Rule,
         table: tuple[Decimal | None, Decimal | None] = (None, None)) -> tuple[Decimal, Decimal] | None:
    """The range whose midpoint the rule reveals (see the module's docstring), None with a gap."""
    if ceiling < floor:
        return None
    lo, hi = floor, ceiling
    if rule is Rule.OVERLAP_MIDPOINT:
        offered, demanded = table
        if offered is not None and lo <= offered <= hi:
            lo = offered
        if demanded is not None and lo <= demanded <= hi:
            hi = demanded
    return lo, hi


def evaluate(number: int, ceiling: Decimal, floor: Decimal, unit: Unit, rule: Rule, *,
             table: tuple[Decimal | None, Decimal | None] = (None, None), band: bool = False) -> RoundResult:
    """The round's result from the two limits; `table` is (the ceiling party's last communicated
    offer, the floor party's last communicated demand) for `Rule.OVERLAP_MIDPOINT`."""
    found = zone(ceiling, floor, rule, table)
    if found is not None:
        if rule is Rule.OUTCOME:
            return RoundResult(number, True)
        lo, hi = found
        return RoundResult(number, True, ((lo + hi) / 2).quantize(STEP[unit], rounding=ROUND_HALF_EVEN))
    return RoundResult(number, False, band=gap_band(ceiling, floor, unit) if band else "")


def gap_band(ceiling: Decimal, floor: Decimal, unit: Unit) -> str:
    """The gap as a band: of the midpoint of the two limits in percent, or in days for dates."""
    gap = floor - ceiling
    if unit is Unit.DATE:
        for days in DAY_BANDS:
            if gap <= days:
                return f"within {days} days"
        return f"more than {DAY_BANDS[-1]} days"
    middle = (floor + ceiling) / 2
    for pct in BANDS:
        if gap * 100 <= middle * pct:
            return f"within {pct} %"
    return f"more than {BANDS[-1]} %"


def figure_values(issue: NegotiationIssue, figure: Decimal) -> dict[str, str]:
    """Template values (core/templates.py `fill`) for an agreed figure, so the drafting desk inserts it
    without retyping: {amount} and {currency} for an amount (the clause templates' own placeholders),
    {figure} for the figure with its unit, whatever the unit."""
    shown = format_figure(figure, issue.unit, issue.currency)
    if issue.unit is Unit.AMOUNT:
        return {"amount": format_figure(figure, issue.unit), "currency": issue.currency, "figure": shown}
    return {"figure": shown}
