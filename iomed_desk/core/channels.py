"""Channels (where content lives) and audiences (who is looking at a screen).

Both are written as short strings in storage and in the audit log:
`joint`, `mediator` and `party:<id>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from iomed_desk.core.errors import InvalidInput

Kind = Literal["joint", "party", "mediator"]


def _parse(text: str) -> tuple[Kind, str | None]:
    if text == "joint":
        return "joint", None
    if text == "mediator":
        return "mediator", None
    if text.startswith("party:") and len(text) > len("party:"):
        return "party", text[len("party:"):]
    raise InvalidInput(f"Not a channel or audience: {text!r}.")


@dataclass(frozen=True, order=True)
class Channel:
    """Where one item lives, fixed when the item is created."""

    kind: Kind
    party_id: str | None = None

    def __post_init__(self) -> None:
        if (self.kind == "party") != (self.party_id is not None):
            raise InvalidInput("A party channel needs a party, and only a party channel has one.")

    @classmethod
    def joint(cls) -> Channel:
        return cls("joint")

    @classmethod
    def mediator(cls) -> Channel:
        return cls("mediator")

    @classmethod
    def party(cls, party_id: str) -> Channel:
        return cls("party", party_id)

    @classmethod
    def parse(cls, text: str) -> Channel:
        kind, pid = _parse(text)
        return cls(kind, pid)

    @property
    def is_caucus(self) -> bool:
        return self.kind == "party"

    def __str__(self) -> str:
        return f"party:{self.party_id}" if self.kind == "party" else self.kind


@dataclass(frozen=True, order=True)
class Audience:
    """Who is looking: the mediator (sees everything), all parties, or one party."""

    kind: Kind
    party_id: str | None = None

    def __post_init__(self) -> None:
        if (self.kind == "party") != (self.party_id is not None):
            raise InvalidInput("A party audience needs a party, and only a party audience has one.")

    @classmethod
    def joint(cls) -> Audience:
        return cls("joint")

    @classmethod
    def mediator(cls) -> Audience:
        return cls("mediator")

    @classmethod
    def party(cls, party_id: str) -> Audience:
        return cls("party", party_id)

    @classmethod
    def parse(cls, text: str) -> Audience:
        kind, pid = _parse(text)
        return cls(kind, pid)

    @property
    def is_mediator(self) -> bool:
        return self.kind == "mediator"

    def __str__(self) -> str:
        return f"party:{self.party_id}" if self.kind == "party" else self.kind
