"""The agreement is dated at its seat: the seat's zone decides the date, never the computer's."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Case, CaseKind
from iomed_desk.core.seat import case_zone, date_at_seat, known_zone, zone_for_place


@pytest.fixture
def computer_zone() -> Iterator[callable]:  # type: ignore[valid-type]
    """Set this process's own time zone (TZ) for a test, and put it back afterwards."""
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_system_zone_database_is_there() -> None:
    assert known_zone("Asia/Hong_Kong") == "Asia/Hong_Kong"
    with pytest.raises(InvalidInput, match="not a time zone known"):
        known_zone("Asia/Atlantis")


@pytest.mark.parametrize(("place", "zone"), [
    ("Hong Kong", "Asia/Hong_Kong"), ("  hong   KONG ", "Asia/Hong_Kong"), ("香港", "Asia/Hong_Kong"),
    ("Singapore", "Asia/Singapore"), ("Geneva", "Europe/Zurich"), ("The Hague", "Europe/Amsterdam"),
    ("Europe/Vienna", "Europe/Vienna"), ("Room 4, IOMed", ""), ("Asia/Atlantis", "")])
def test_a_place_names_its_zone(place: str, zone: str) -> None:
    assert zone_for_place(place) == zone


@pytest.mark.parametrize(("moment", "zone", "day"), [
    (datetime(2026, 12, 5, 16, 30, tzinfo=UTC), "Asia/Hong_Kong", date(2026, 12, 6)),   # 00:30 in Hong Kong
    (datetime(2026, 12, 5, 15, 59, tzinfo=UTC), "Asia/Hong_Kong", date(2026, 12, 5)),   # 23:59 in Hong Kong
    (datetime(2026, 12, 6, 0, 30, tzinfo=UTC), "America/New_York", date(2026, 12, 5)),
    (datetime(2026, 12, 5, 23, 30, tzinfo=UTC), "Europe/London", date(2026, 12, 5)),
])
@pytest.mark.parametrize("computer", ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_the_date_is_the_seats_whatever_the_computers_zone(moment, zone, day, computer, computer_zone) -> None:  # type: ignore[no-untyped-def]
    computer_zone(computer)
    assert date_at_seat(moment, zone) == day


def test_a_laptop_in_another_zone_would_have_dated_it_otherwise(computer_zone) -> None:  # type: ignore[no-untyped-def]
    computer_zone("America/Los_Angeles")
    moment = datetime(2026, 12, 5, 16, 30, tzinfo=UTC)
    assert moment.astimezone().date() == date(2026, 12, 5)  # what the export printed before
    assert date_at_seat(moment, "Asia/Hong_Kong") == date(2026, 12, 6)


def test_a_case_setting_wins_over_the_place() -> None:
    case = Case("c", "R", "T", CaseKind.COMMERCIAL, place="Hong Kong")
    assert case_zone(case) == "Asia/Hong_Kong"
    assert case_zone(Case("c", "R", "T", CaseKind.COMMERCIAL, place="Room 4", time_zone="Asia/Macau")) == "Asia/Macau"
    assert case_zone(Case("c", "R", "T", CaseKind.COMMERCIAL, place="Room 4")) == ""
    with pytest.raises(InvalidInput, match="Not a time zone name"):
        Case("c", "R", "T", CaseKind.COMMERCIAL, time_zone="../etc/passwd")
