"""The overlap check's rules against an oracle written from the issue's words in exact fractions, and the
figures as typed.

Oracle (not the code under test): the limits overlap exactly when the most the ceiling party would pay
is at least the least the floor party would accept; split the difference is the midpoint of the two
limits; the Smartsettle-style midpoint of the overlap is the midpoint of [floor, ceiling] narrowed by
the figures on the table where they lie inside it; a figure is that midpoint on the unit's step,
rounded half to even, and never outside the overlap. Computed with `fractions.Fraction`, not Decimal.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.offers import (
    CheckTerms,
    NegotiationIssue,
    RoundResult,
    Rule,
    Unit,
    check_may_run_round,
    evaluate,
    figure_values,
    format_figure,
    parse_figure,
)

CENTS = st.integers(min_value=0, max_value=10**11)  # up to a billion, in cents


def oracle_round(value: Fraction, step: Fraction) -> Fraction:
    """Round half to even onto the grid of `step`, by hand."""
    q, r = divmod(value, step)
    if r * 2 > step or (r * 2 == step and q % 2 == 1):
        q += 1
    return q * step


def oracle_zone(ceiling: Fraction, floor: Fraction, rule: Rule, offered: Fraction | None,
                demanded: Fraction | None) -> tuple[Fraction, Fraction]:
    lo, hi = floor, ceiling
    if rule is Rule.OVERLAP_MIDPOINT:
        if offered is not None and floor <= offered <= ceiling:
            lo = offered
        if demanded is not None and lo <= demanded <= ceiling:
            hi = demanded
    return lo, hi


@settings(max_examples=2000, deadline=None)
@given(c=CENTS, f=CENTS, rule=st.sampled_from(list(Rule)), offered=st.none() | CENTS, demanded=st.none() | CENTS,
       band=st.booleans())
def test_outcome_and_figure_follow_the_rule(c: int, f: int, rule: Rule, offered: int | None, demanded: int | None,
                                            band: bool) -> None:
    step = Fraction(1, 100)
    ceiling, floor = Fraction(c, 100), Fraction(f, 100)
    table = tuple(None if x is None else Decimal(x) / 100 for x in (offered, demanded))
    result = evaluate(1, Decimal(c) / 100, Decimal(f) / 100, Unit.AMOUNT, rule, table=table, band=band)  # type: ignore[arg-type]
    assert result.overlap == (ceiling >= floor)
    if not result.overlap:
        assert result.figure is None
        assert bool(result.band) == band
        return
    assert result.band == ""
    if rule is Rule.OUTCOME:
        assert result.figure is None
        return
    assert result.figure is not None
    got = Fraction(result.figure)
    assert floor <= got <= ceiling, "the figure is inside the overlap"
    lo, hi = oracle_zone(ceiling, floor, rule, None if offered is None else Fraction(offered, 100),
                         None if demanded is None else Fraction(demanded, 100))
    assert got == oracle_round((lo + hi) / 2, step)
    if rule is Rule.SPLIT:
        assert got == oracle_round((ceiling + floor) / 2, step)
    # the figure never equals a limit unless the zone forces it (it is a midpoint, not a limit)
    if hi - lo >= 2 * step:
        assert lo < got < hi


@settings(max_examples=500, deadline=None)
@given(c=st.integers(min_value=1, max_value=10**9), gap=st.integers(min_value=1, max_value=10**9))
def test_band_is_the_gap_relative_to_the_middle(c: int, gap: int) -> None:
    f = c + gap
    result = evaluate(1, Decimal(c), Decimal(f), Unit.AMOUNT, Rule.SPLIT, band=True)
    pct = Fraction(gap * 100) / Fraction(c + f, 2)
    want = next((f"within {b} %" for b in (5, 10, 25, 50) if pct <= b), "more than 50 %")
    assert result == RoundResult(1, False, None, want)


def test_dates_meet_in_the_middle_and_gaps_are_in_days() -> None:
    late, early = parse_figure("2027-06-30", Unit.DATE), parse_figure("2027-03-31", Unit.DATE)
    r = evaluate(1, late, early, Unit.DATE, Rule.SPLIT)
    assert format_figure(r.figure, Unit.DATE) == "2027-05-15"  # type: ignore[arg-type]
    # 31 March to 30 June is 91 days: just beyond the 90-day band
    assert evaluate(1, early, late, Unit.DATE, Rule.OUTCOME, band=True).band == "within 365 days"
    assert evaluate(1, early, late - 1, Unit.DATE, Rule.OUTCOME, band=True).band == "within 90 days"


@pytest.mark.parametrize("typed", ["27500000", "27,500,000", "27 500 000", "27.5m", "27.5 M", "27500000.00",
                                   "27,500,000.00", "27500k", "0.0275bn"])
def test_one_amount_many_ways_of_typing_it(typed: str) -> None:
    assert parse_figure(typed, Unit.AMOUNT) == Decimal("27500000")
    assert parse_figure(bytearray(typed.encode()), Unit.AMOUNT) == Decimal("27500000")


@pytest.mark.parametrize(("typed", "unit", "want"), [("12.5 %", Unit.PERCENT, "12.50"), ("12.5", Unit.PERCENT, "12.50"),
                                                    ("3 years", Unit.YEARS, "3.00"), ("2.5", Unit.YEARS, "2.50")])
def test_other_units(typed: str, unit: Unit, want: str) -> None:
    assert str(parse_figure(typed, unit)) == want


@pytest.mark.parametrize(("typed", "unit"), [("", Unit.AMOUNT), ("abc", Unit.AMOUNT), ("27.555", Unit.AMOUNT),
                                             ("-5", Unit.AMOUNT), ("1,2,3", Unit.AMOUNT), ("27.5m", Unit.PERCENT),
                                             ("101", Unit.PERCENT), ("30/06/2027", Unit.DATE), ("1e9", Unit.AMOUNT)])
def test_bad_figures_are_one_clear_line_that_never_repeats_the_input(typed: str, unit: Unit) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_figure(typed, unit)
    assert "\n" not in str(err.value)
    assert not typed or typed not in str(err.value)


def test_rounds_are_refused_after_the_agreed_number_and_after_an_overlap() -> None:
    terms = CheckTerms("i", "p1", "p2", Rule.SPLIT, 2)
    assert check_may_run_round(terms, []) == 1
    assert check_may_run_round(terms, [RoundResult(1, False)]) == 2
    with pytest.raises(NotAllowed):
        check_may_run_round(terms, [RoundResult(1, False), RoundResult(2, False)])
    with pytest.raises(NotAllowed):
        check_may_run_round(terms, [RoundResult(1, True)])


def test_the_agreed_figure_as_template_values() -> None:
    from iomed_desk.core.templates import fill

    issue = NegotiationIssue("i", "Purchase price", Unit.AMOUNT, "USD")
    values = figure_values(issue, Decimal("27750000.00"))
    assert fill("The Buyer shall pay {currency} {amount}.", "en", values) == "The Buyer shall pay USD 27,750,000."
    assert fill("{figure}", "en", figure_values(NegotiationIssue("r", "Royalty", Unit.PERCENT),
                                                Decimal("4.25"))) == "4.25 %"
