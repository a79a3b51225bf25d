"""What an operation changed, so a view knows what to redraw and the status bar what to say."""

from __future__ import annotations

from dataclasses import dataclass, field

from iomed_desk.core.channels import Channel


@dataclass(frozen=True)
class Change:
    message: str
    notes: frozenset[str] = field(default_factory=frozenset)
    channels: frozenset[Channel] = field(default_factory=frozenset)
    sessions: bool = False
    disclosures: bool = False
    drafts: bool = False
    case: bool = False
    created_id: str | None = None
