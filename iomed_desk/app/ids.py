"""Identifiers: random, short, and meaningless, so an id in the audit log reveals nothing."""

from __future__ import annotations

import secrets


def new_id(prefix: str = "") -> str:
    return prefix + secrets.token_hex(8)
