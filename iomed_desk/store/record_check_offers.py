"""The offers ledger's rows against their audit events (schema 7), for `check` (store/record_check.py).

Each offer or demand is made once (`offer.create`, app/offers.py: its channel, its issue and the
content commitment over its salt and its fields, store/offers.offer_content) and never changed: a
new figure is a new offer. Only closing destroys one (`offer.delete`, app/closing.py): its figure and
terms blanked, its salt dropped. So, for every offer row:
- a live offer's commitment, recomputed from its salt and its row, must equal its `offer.create`
  event's: a figure, terms, maker, addressee or privacy changed outside IOMed Desk (by rewriting the
  row, or deleting it and inserting another) is damage, even with a commitment the attacker recomputed,
  since the event's commitment is in the chain;
- its channel and issue must be its event's; a destroyed offer needs its `offer.delete` event and
  must hold no salt, figure or terms; a live one must not have been deleted by an event;
- a row without its event, an event without its row, and an offer item without its row are damage.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from iomed_desk.core.audit import commitment
from iomed_desk.store import offers
from iomed_desk.store.connection import Connection

CREATE = "offer.create"
DELETE = "offer.delete"


def check_offers(conn: Connection) -> list[str]:
    """One readable line per disagreement between the offers and their audit events."""
    if not conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'offers'").fetchone()[0]:
        return []
    problems: list[str] = []
    made: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    deleted: dict[str, list[int]] = defaultdict(list)
    for seq, action, targets, detail in conn.execute(
            "SELECT seq, action, targets, detail FROM audit WHERE action IN (?, ?) ORDER BY seq", (CREATE, DELETE)):
        try:
            (item_id, *_), d = json.loads(targets), json.loads(detail)
            if not isinstance(item_id, str) or not isinstance(d, dict):
                raise TypeError
        except (ValueError, TypeError):
            problems.append(f"audit event {seq} ({action}) is unreadable")
            continue
        if action == CREATE:
            made[item_id].append((seq, d))
        else:
            deleted[item_id].append(seq)
    rows = offers.rows_for_check(conn)
    known = {r[0] for r in rows}
    for item_id, channel, salt, deleted_at, content in rows:
        problems += _check_offer(item_id, channel, salt, deleted_at, content, made.get(item_id, []),
                                 deleted.get(item_id, []))
    for (item_id,) in conn.execute("SELECT id FROM items WHERE kind = 'offer' AND id NOT IN"
                                   " (SELECT item_id FROM offers) ORDER BY id"):
        problems.append(f"offer {item_id}: its item has no offer row (removed outside IOMed Desk)")
        known.add(item_id)
    for item_id, events in sorted(made.items()):
        if item_id not in known:
            problems.append(f"audit event {events[0][0]} records offer {item_id}, which is not in the file")
    for item_id, seqs in sorted(deleted.items()):
        if item_id not in known:
            problems.append(f"audit event {seqs[0]} destroys offer {item_id}, which is not in the file")
    return problems


def _check_offer(item_id: str, channel: str | None, salt: bytes | None, deleted_at: str | None,
                 content: dict[str, str], made: list[tuple[int, dict[str, Any]]], deletes: list[int]) -> list[str]:
    label = f"offer {item_id}"
    if channel is None:
        return [f"{label} has no item (changed outside IOMed Desk)"]
    problems: list[str] = []
    if not made:
        problems.append(f"{label} has no audit event ({CREATE})")
    elif len(made) > 1:
        problems.append(f"{label} is recorded by {len(made)} audit events")
    event = made[0][1] if made else None
    if event is not None:
        if event.get("channel") != channel:
            problems.append(f"{label}: its channel differs from its audit event's")
        if event.get("issue") != content["issue"]:
            problems.append(f"{label}: its issue differs from its audit event's")
    if deleted_at is None:
        if deletes:
            problems.append(f"{label} is not destroyed, but audit event {deletes[0]} destroyed it")
        if salt is None:
            problems.append(f"{label} has no salt: its commitment cannot be checked")
        elif event is not None and commitment(salt, content) != event.get("commitment"):
            problems.append(f"{label}: its figure or terms differ from its audit event's commitment "
                            "(changed outside IOMed Desk)")
    else:
        if not deletes:
            problems.append(f"{label} is destroyed, but no audit event destroyed it")
        if salt is not None:
            problems.append(f"{label} is destroyed, but its salt was kept")
        if content["figure"] or content["terms"]:
            problems.append(f"{label} is destroyed, but its figure or terms were kept")
    return problems
