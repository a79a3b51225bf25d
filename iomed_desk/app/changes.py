"""What an operation changed, so a view knows what to redraw and the status bar what to say."""

from __future__ import annotations

from dataclasses import dataclass, field

from iomed_desk.core.channels import Channel


@dataclass(frozen=True)
class Change:
    """`message` is a fixed English template with Qt-style `%1`, `%2` markers filled from `args`, so the
    GUI can translate the template (context "Change") and the command line print `text`."""

    message: str
    notes: frozenset[str] = field(default_factory=frozenset)
    channels: frozenset[Channel] = field(default_factory=frozenset)
    sessions: bool = False
    disclosures: bool = False
    drafts: bool = False
    case: bool = False
    created_id: str | None = None
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return fill(self.message, self.args)


def fill(template: str, args: tuple[str, ...]) -> str:
    """Qt's `%1`...`%9` substitution, highest number first so `%1` never eats `%10`."""
    for i in range(len(args), 0, -1):
        template = template.replace(f"%{i}", args[i - 1])
    return template
