"""Disclosing a position or a tabling (items with one immutable text), and revoking it, item by item.

Survivors of make mutation (docs/mutation.md): with `d.revoked_at IS NULL` dropped from the SQL
filter, a revoked disclosure of a position still showed; with `d.item_id = i.id` loosened, one
disclosure opened every item of the channel. Notes are covered by the revision join; these are not.
"""

from __future__ import annotations

from pathlib import Path

from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience
from iomed_desk.core.drafting import Clause
from iomed_desk.core.tabling import Stance
from tests.conftest import PASSPHRASE, new_case_spec


def test_a_disclosed_position_shows_alone_and_stops_when_revoked(tmp_path: Path) -> None:
    s = create_case(tmp_path / "c.iomed", PASSPHRASE, new_case_spec())
    try:
        p1, p2, _p3 = s.case.parties
        desk = s.drafting
        draft = desk.new_draft("Settlement", from_templates=False).created_id or ""
        desk.save_working(draft, [Clause("c1", (("en", "Payment"),), (("en", "USD 4m."),)),
                                  Clause("c2", (("en", "Release"),), (("en", "Mutual release."),))])
        desk.save_version(draft, "First")
        tabling = desk.table(draft, 1, Audience.party(p1.id)).created_id or ""
        shown = desk.record_position(draft, 1, p1.id, "c1", Stance.ACCEPT, "zephyr accepts").created_id or ""
        kept = desk.record_position(draft, 1, p1.id, "c2", Stance.RESERVE, "quokka reserves").created_id or ""
        to_p2 = Audience.party(p2.id)
        assert desk.positions(audience=to_p2) == [] and desk.tablings(to_p2) == []

        d = s.disclose(shown, to_p2, [f"party:{p1.id}"]).created_id or ""
        assert [p.id for p in desk.positions(audience=to_p2)] == [shown]  # not the other position
        assert [h.item_id for h in s.search("zephyr", to_p2)] == [shown]
        assert s.search("quokka", to_p2) == []

        s.revoke_disclosure(d)
        assert desk.positions(audience=to_p2) == []
        assert s.search("zephyr", to_p2) == []

        t = s.disclose(tabling, to_p2, [f"party:{p1.id}"]).created_id or ""
        assert [x.id for x in desk.tablings(to_p2)] == [tabling]
        assert desk.positions(audience=to_p2) == []
        s.revoke_disclosure(t)
        assert desk.tablings(to_p2) == []
        assert kept not in {p.id for p in desk.positions(audience=to_p2)}
    finally:
        s.close()
