"""The seat's time zone: where an agreement is signed decides the date it bears.

"Signed at Hong Kong on 6 December" must be Hong Kong's date at that moment, not
the date of whatever zone the mediator's laptop is set to. A case names its
place; its time zone is a case setting (`Case.time_zone`) that defaults to the
zone known for the place (`SEAT_ZONES`, or the place written as an IANA name).

Zones are read with `zoneinfo`: the system's time zone database on Linux and
macOS, the `tzdata` package on Windows (pinned in the lock for Windows only).
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime

from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Case

#: common seats of mediation and arbitration, by how a case writes its place (casefolded)
SEAT_ZONES = {
    "hong kong": "Asia/Hong_Kong", "香港": "Asia/Hong_Kong", "hong kong sar": "Asia/Hong_Kong",
    "macao": "Asia/Macau", "macau": "Asia/Macau", "澳门": "Asia/Macau", "澳門": "Asia/Macau",
    "beijing": "Asia/Shanghai", "北京": "Asia/Shanghai", "shanghai": "Asia/Shanghai",
    "上海": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "深圳": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai", "广州": "Asia/Shanghai", "廣州": "Asia/Shanghai",
    "taipei": "Asia/Taipei", "台北": "Asia/Taipei", "臺北": "Asia/Taipei",
    "singapore": "Asia/Singapore", "新加坡": "Asia/Singapore",
    "kuala lumpur": "Asia/Kuala_Lumpur", "jakarta": "Asia/Jakarta", "bangkok": "Asia/Bangkok",
    "manila": "Asia/Manila", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul",
    "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "dubai": "Asia/Dubai",
    "abu dhabi": "Asia/Dubai", "doha": "Asia/Qatar", "riyadh": "Asia/Riyadh",
    "london": "Europe/London", "paris": "Europe/Paris", "geneva": "Europe/Zurich",
    "zurich": "Europe/Zurich", "the hague": "Europe/Amsterdam", "vienna": "Europe/Vienna",
    "stockholm": "Europe/Stockholm", "frankfurt": "Europe/Berlin", "istanbul": "Europe/Istanbul",
    "cairo": "Africa/Cairo", "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos",
    "johannesburg": "Africa/Johannesburg", "new york": "America/New_York",
    "washington": "America/New_York", "washington, d.c.": "America/New_York",
    "miami": "America/New_York", "são paulo": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
}


def known_zone(name: str) -> str:
    """`name` if this computer's time zone database has it; else InvalidInput saying so."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"{name!r} is not a time zone known on this computer "
                           "(an IANA name such as Asia/Hong_Kong).") from None
    return name


def zone_for_place(place: str) -> str:
    """The zone known for `place` ("Hong Kong", "香港", or an IANA name itself); "" if none."""
    wanted = " ".join(place.split()).casefold()
    if wanted in SEAT_ZONES:
        return SEAT_ZONES[wanted]
    if "/" in place.strip():
        try:
            return known_zone(place.strip())
        except InvalidInput:
            return ""
    return ""


def case_zone(case: Case) -> str:
    """The case's time zone setting, else the zone of its place; "" when neither is known."""
    return case.time_zone or zone_for_place(case.place)


def date_at_seat(moment: datetime, zone: str) -> date:
    """The calendar date at the seat at `moment` (an aware datetime)."""
    if moment.tzinfo is None:
        raise ValueError("date_at_seat needs an aware datetime")
    return moment.astimezone(zoneinfo.ZoneInfo(known_zone(zone))).date()
