"""Audit events, their hash chain, and the commitments that tie them to content.

Each event carries the SHA-256 of the previous one, so removing, reordering
or editing any event breaks every hash after it. The chain head is printed on
exported agreements, tying the PDF to the record.

An event that changes content carries a *commitment* to it: SHA-256 over the
item's random salt and the canonical bytes of the revision. `check` recomputes
each one from the tables, so a body edited behind the app's back no longer
matches its event; the salt dies with the item, so after destruction the
commitment reveals nothing of the text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    action: str
    targets: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


@dataclass(frozen=True)
class AuditHead:
    """The newest event of a chain as someone outside the file holds it, written `SEQ:HASH`.

    A chain that has grown still contains every head it had; one that was rolled back, truncated or
    swapped for an older copy does not, so a head kept elsewhere catches what the file cannot.
    """

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> AuditHead:
        """`SEQ:HASH` (64 hex digits); ValueError otherwise."""
        seq, sep, digest = text.strip().partition(":")
        if not sep or not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()):
            raise ValueError(f"not an audit head (SEQ:HASH, 64 hex digits): {text!r}")
        return cls(int(seq), digest.lower())


def canonical(seq: int, at: str, actor: str, action: str, targets: list[str] | tuple[str, ...],
              detail: dict[str, Any], prev_hash: str) -> bytes:
    body = {"seq": seq, "at": at, "actor": actor, "action": action,
            "targets": list(targets), "detail": detail, "prev": prev_hash}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def content_bytes(fields: dict[str, Any]) -> bytes:
    """The canonical bytes of one revision: its fields as sorted, compact JSON in UTF-8."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def commitment(salt: bytes, fields: dict[str, Any]) -> str:
    return hashlib.sha256(salt + content_bytes(fields)).hexdigest()


def event_hash(seq: int, at: str, actor: str, action: str, targets: list[str] | tuple[str, ...],
               detail: dict[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical(seq, at, actor, action, targets, detail, prev_hash)).hexdigest()
