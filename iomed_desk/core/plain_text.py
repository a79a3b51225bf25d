"""What a one-line name may hold: text that reads on the page as it is stored.

A case reference, title, place, party, representative or mediator name is printed in the
signed agreement and shown on every screen. Refused in them:

- control characters (C0, DEL, C1: a NUL, an escape, a tab) and line or paragraph
  separators: a name is one line, and a NUL ends strings in C code along the way;
- the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069:
  they reorder what follows, so a name holding U+202E is stored as one text and read as
  another ("Trojan Source"); the marks U+200E, U+200F and U+061C stay allowed (they mix scripts
  correctly and reorder nothing on their own);
- lone surrogates, which are not text and cannot be written as UTF-8.
"""

from __future__ import annotations

import unicodedata

from iomed_desk.core.errors import InvalidInput

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe_character(value: str) -> tuple[str, str] | None:
    """The first character a one-line name may not hold, with what it is; None if there is none."""
    for ch in value:
        if ch in BIDI_CONTROLS:
            return ch, "a text-direction control character, which makes it read differently from what is stored"
        category = unicodedata.category(ch)
        if category == "Cc":
            return ch, "a control character"
        if category in ("Zl", "Zp"):
            return ch, "a line break"
        if category == "Cs":
            return ch, "a lone surrogate, which is not text"
    return None


def require_plain_line(value: str, what: str) -> str:
    """`value` unchanged, or `InvalidInput` naming `what` and the character's code point."""
    found = unsafe_character(value)
    if found is not None:
        ch, kind = found
        raise InvalidInput(f"{what} contains {kind} (U+{ord(ch):04X}); remove it.")
    return value
