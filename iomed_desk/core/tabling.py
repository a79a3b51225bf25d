"""Tablings (showing a version to an audience) and positions (a party's stance on one clause).

Both are channel items under the firewall (DESIGN.md section 2): a tabling to
one party in caucus lives in that party's channel, a tabling to all parties in
`joint`; a position always lives in the channel of the party that took it, so
what a party says about a clause is its confidence until it is disclosed.
Visibility is decided only by `firewall.is_visible`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.drafting import DraftVersion, new_id
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.firewall import assert_visible, is_visible

COMMENT_LIMIT = 5000

#: recorded disclosures, as item id -> audiences the item was disclosed to (in force only)
Disclosed = Mapping[str, Iterable[Audience]]


class Stance(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    RESERVE = "reserve"


def _stance(value: Stance | str) -> Stance:
    try:
        return Stance(value)
    except ValueError:
        raise InvalidInput("A stance is accept, reject or reserve.") from None


def channel_for(audience: Audience) -> Channel:
    """The channel a tabling to `audience` lives in: `joint`, or the party's caucus channel."""
    if audience.kind == "joint":
        return Channel.joint()
    if audience.kind == "party":
        return Channel.party(audience.party_id or "")
    raise InvalidInput("A version is tabled to all parties or to one party, not to the mediator.")


@dataclass(frozen=True)
class Tabling:
    """A version shown to all parties (`joint`) or to one party in caucus (`party:<id>`)."""

    id: str
    draft_id: str
    version_number: int
    fingerprint: str
    audience: Audience
    channel: Channel
    created_at: datetime
    tabled_by: str = ""

    def __post_init__(self) -> None:
        if channel_for(self.audience) != self.channel:
            raise InvalidInput("A tabling lives in the channel of its audience.")

    def is_of(self, version: DraftVersion) -> bool:
        """True when this tabling showed exactly this text (same draft, number and fingerprint)."""
        return (self.draft_id, self.version_number, self.fingerprint) == (
            version.draft_id, version.number, version.fingerprint)

    @property
    def reaches_all_parties(self) -> bool:
        return self.audience.kind == "joint"

    def shown_to(self, party_id: str) -> bool:
        """Whether the party saw this tabling (so may take a position on it)."""
        return self.audience.kind == "joint" or self.audience.party_id == party_id


@dataclass(frozen=True)
class Position:
    """One party's stance on one clause of one version; its channel is that party's caucus."""

    id: str
    draft_id: str
    version_number: int
    clause_id: str
    party_id: str
    stance: Stance
    recorded_at: datetime
    comment: str = ""
    tabling_id: str | None = None
    recorded_by: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "stance", _stance(self.stance))

    @property
    def channel(self) -> Channel:
        return Channel.party(self.party_id)


def table_version(version: DraftVersion, audience: Audience, *, party_ids: Collection[str],
                  now: datetime, tabled_by: str = "", tabling_id: str | None = None) -> Tabling:
    """Record that `version` was shown to `audience`."""
    if audience.kind == "party" and audience.party_id not in party_ids:
        raise InvalidInput(f"No party {audience.party_id!r} in this case.")
    return Tabling(tabling_id or new_id(), version.draft_id, version.number, version.fingerprint,
                   audience, channel_for(audience), now, tabled_by)


def record_position(version: DraftVersion, tabling: Tabling, party_id: str, clause_id: str,
                    stance: Stance | str, *, party_ids: Collection[str], now: datetime,
                    comment: str = "", recorded_by: str = "",
                    position_id: str | None = None) -> Position:
    """A party's stance on a clause of a version that was tabled to it.

    Refused when the tabling is of another text or was not shown to that party:
    a party cannot accept what it has not seen.
    """
    if party_id not in party_ids:
        raise InvalidInput(f"No party {party_id!r} in this case.")
    if not tabling.is_of(version):
        raise InvalidInput("That tabling is of another version.")
    if not tabling.shown_to(party_id):
        raise NotAllowed(f"Version {version.number} was not tabled to this party in that tabling.")
    version.clause(clause_id)
    if len(comment) > COMMENT_LIMIT:
        raise InvalidInput(f"The comment is too long (at most {COMMENT_LIMIT} characters).")
    return Position(position_id or new_id(), version.draft_id, version.number, clause_id, party_id,
                    _stance(stance), now, comment.strip(), tabling.id, recorded_by)


def tabling_visible(tabling: Tabling, audience: Audience, disclosed: Disclosed | None = None) -> bool:
    return is_visible(tabling.channel, audience, (disclosed or {}).get(tabling.id, ()))


def position_visible(position: Position, audience: Audience,
                     disclosed: Disclosed | None = None) -> bool:
    return is_visible(position.channel, audience, (disclosed or {}).get(position.id, ()))


def visible_tablings(tablings: Iterable[Tabling], audience: Audience,
                     disclosed: Disclosed | None = None) -> tuple[Tabling, ...]:
    return tuple(t for t in tablings if tabling_visible(t, audience, disclosed))


def visible_positions(positions: Iterable[Position], audience: Audience,
                      disclosed: Disclosed | None = None) -> tuple[Position, ...]:
    return tuple(p for p in positions if position_visible(p, audience, disclosed))


def assert_tabling_visible(tabling: Tabling, audience: Audience,
                           disclosed: Disclosed | None = None) -> None:
    """For views to call before drawing; raises FirewallViolation (a bug), never a UserError."""
    assert_visible(tabling.channel, audience, (disclosed or {}).get(tabling.id, ()))


def assert_position_visible(position: Position, audience: Audience,
                            disclosed: Disclosed | None = None) -> None:
    assert_visible(position.channel, audience, (disclosed or {}).get(position.id, ()))


def versions_seen_by(tablings: Iterable[Tabling], audience: Audience,
                     disclosed: Disclosed | None = None) -> frozenset[tuple[str, int, str]]:
    """(draft id, number, fingerprint) of every version `audience` may see through a tabling.

    A version's text reaches a party only by being tabled to it, so the
    presentation window asks this before showing any version.
    """
    return frozenset((t.draft_id, t.version_number, t.fingerprint)
                     for t in visible_tablings(tablings, audience, disclosed))
