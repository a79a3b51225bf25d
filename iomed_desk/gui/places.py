"""A case's place as the interface shows it: a well-known seat in the interface language ("香港" in the
Hong Kong Chinese interface); any other place as the case spells it.

The case file keeps the place as typed (the agreement prints it as stored: `Case.place`, through
app/export.py); this is only how the screens name it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _known() -> dict[str, str]:
    t = QCoreApplication.translate
    # each name literal, so the translation tools find it
    return {"hong kong": t("Places", "Hong Kong"), "hong kong sar": t("Places", "Hong Kong SAR"),
            "macao": t("Places", "Macao"), "macau": t("Places", "Macao"), "beijing": t("Places", "Beijing"),
            "shanghai": t("Places", "Shanghai"), "shenzhen": t("Places", "Shenzhen"),
            "guangzhou": t("Places", "Guangzhou"), "taipei": t("Places", "Taipei"),
            "singapore": t("Places", "Singapore")}


def place_name(place: str) -> str:
    """`place` in the interface language when it is a well-known seat, else unchanged."""
    return _known().get(" ".join(place.split()).casefold(), place)
