"""Version 9: the termination freeze covers the offers ledger and the exhibits' rows (issues 16-18).

Schema 6 froze the case at the termination, but the tables added after it were frozen only in part:
schema 7 refused new issues and rounds (and `frozen_items` new offer and check items), yet an
`offers` or `offer_checks` row could still be inserted for an existing item, an offer or a check
removed, an issue renamed or removed; schema 8 refused new exhibit files and chunks, yet an exhibit's
label, producer or current revision could be changed, and its row removed or inserted. After the
termination these triggers refuse all of that, whoever writes. What closing does is left to it: the
caucus offers' figures and terms blanked (`offers_are_immutable` allows only that, and only on a
destroyed item), the exhibits' chunks deleted and revisions blanked (store/offers.destroy_in_caucus,
store/exhibits.destroy_in_caucus); neither inserts, deletes or renames a row frozen here.
"""

from __future__ import annotations

from iomed_desk.store.connection import Connection

V9 = """
CREATE TRIGGER frozen_offers BEFORE INSERT ON offers
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: offers can no longer be recorded, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_removals BEFORE DELETE ON offers
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: offers can no longer be removed, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_checks BEFORE INSERT ON offer_checks
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: no overlap check can run any more, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_check_removals BEFORE DELETE ON offer_checks
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: overlap checks can no longer be removed, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_issue_edits BEFORE UPDATE ON offer_issues
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: issues can no longer be changed, the mediation has ended');
END;
CREATE TRIGGER frozen_offer_issue_removals BEFORE DELETE ON offer_issues
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: issues can no longer be removed, the mediation has ended');
END;
CREATE TRIGGER frozen_exhibits BEFORE INSERT ON exhibits
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: exhibits can no longer be added, the mediation has ended');
END;
CREATE TRIGGER frozen_exhibit_edits BEFORE UPDATE ON exhibits
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: exhibits can no longer be changed, the mediation has ended');
END;
CREATE TRIGGER frozen_exhibit_removals BEFORE DELETE ON exhibits
    WHEN EXISTS (SELECT 1 FROM termination)
BEGIN
    SELECT RAISE(ABORT, 'refused: exhibits can no longer be removed, the mediation has ended');
END;
"""


def v9(conn: Connection, script) -> None:  # type: ignore[no-untyped-def]
    """The triggers; no row changes. Audited like the earlier steps."""
    script(V9)(conn)
    if conn.execute("SELECT count(*) FROM audit").fetchone()[0]:
        from datetime import UTC, datetime

        from iomed_desk.store import audit

        audit.append(conn, datetime.now(UTC), "IOMed Desk", "case.migrate", [], {"schema": 9})
