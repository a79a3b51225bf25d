"""Audit events and their hash chain.

Each event carries the SHA-256 of the previous one, so removing, reordering
or editing any event breaks every hash after it. The chain head is printed on
exported agreements, tying the PDF to the record.
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


def canonical(seq: int, at: str, actor: str, action: str, targets: list[str] | tuple[str, ...],
              detail: dict[str, Any], prev_hash: str) -> bytes:
    body = {"seq": seq, "at": at, "actor": actor, "action": action,
            "targets": list(targets), "detail": detail, "prev": prev_hash}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(seq: int, at: str, actor: str, action: str, targets: list[str] | tuple[str, ...],
               detail: dict[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical(seq, at, actor, action, targets, detail, prev_hash)).hexdigest()
