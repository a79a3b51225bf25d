"""The confidentiality firewall (DESIGN.md section 2, rule 2).

An item is visible to audience A iff A is the mediator; or its channel is
`joint`; or its channel is `party:p` and A is `party:p`; or a disclosure of the
item to A, or to `joint`, is in force. The store expresses the same rule in SQL
(`store.visibility`); a property test checks the two agree, and views call
`assert_visible` again before they draw.
"""

from __future__ import annotations

from collections.abc import Iterable

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import FirewallViolation


def is_visible(channel: Channel, audience: Audience, disclosed_to: Iterable[Audience] = ()) -> bool:
    if audience.is_mediator or channel.kind == "joint":
        return True
    if channel.kind == "party" and audience.kind == "party" and channel.party_id == audience.party_id:
        return True
    return any(target == audience or target.kind == "joint" for target in disclosed_to)


def assert_visible(channel: Channel, audience: Audience, disclosed_to: Iterable[Audience] = ()) -> None:
    if not is_visible(channel, audience, disclosed_to):
        raise FirewallViolation(f"an item of channel {channel} reached audience {audience}")


def natural_audience(channel: Channel) -> Audience:
    """The audience that sees a channel without any disclosure (besides the mediator)."""
    if channel.kind == "party":
        return Audience.party(channel.party_id or "")
    if channel.kind == "joint":
        return Audience.joint()
    return Audience.mediator()
