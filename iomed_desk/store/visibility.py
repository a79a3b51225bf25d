"""The firewall in SQL: the same rule as `core.firewall.is_visible`, as a WHERE fragment.

Every query that feeds a screen other than the mediator's uses this fragment
with the audience bound as `:audience`; a property test checks it agrees with
the core rule for every item, audience and disclosure state.
"""

from __future__ import annotations

from iomed_desk.core.channels import Audience


def visible_to(alias: str = "i") -> str:
    """WHERE fragment; bind `audience` to `str(Audience)`."""
    return (
        f"(:audience = 'mediator' OR {alias}.channel = 'joint' OR {alias}.channel = :audience"
        f" OR EXISTS (SELECT 1 FROM disclosures d WHERE d.item_id = {alias}.id"
        f" AND d.revoked_at IS NULL AND d.target IN (:audience, 'joint')))"
    )


def shown_revision(items: str = "i", notes: str = "n") -> str:
    """SQL expression: the revision of a note the bound audience sees, NULL when it sees none.

    The current one where the audience sees the note by its channel (the mediator, the joint
    channel, its own caucus); otherwise the latest revision a disclosure in force to it, or to
    every party, was consented for. The twin of `core.disclosure.shown_revision`.
    """
    return (
        f"(CASE WHEN :audience = 'mediator' OR {items}.channel = 'joint' OR {items}.channel = :audience"
        f" THEN {notes}.revision ELSE (SELECT max(d.revision) FROM disclosures d WHERE d.item_id = {items}.id"
        f" AND d.revoked_at IS NULL AND d.target IN (:audience, 'joint')) END)"
    )


def bind(audience: Audience) -> dict[str, str]:
    return {"audience": str(audience)}
