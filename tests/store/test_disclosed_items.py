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


def test_each_disclosure_carries_its_own_consents_and_no_other(tmp_path: Path) -> None:
    """Consents are read for all disclosures at once (store/disclosures.py); each disclosure still gets
    exactly the consents recorded for it, whether all are listed or one item's."""
    from iomed_desk.core.channels import Channel

    s = create_case(tmp_path / "c.iomed", PASSPHRASE, new_case_spec(parties=3))
    try:
        p1, p2, p3 = s.case.parties
        one = s.take_note(Channel.party(p1.id), "One", "berth").created_id or ""
        two = s.take_note(Channel.party(p2.id), "Two", "quay").created_id or ""
        s.disclose(one, Audience.party(p3.id), [f"party:{p1.id}"], given_by={f"party:{p1.id}": "Ms Adeyemi"})
        s.disclose(two, Audience.joint(), [f"party:{p2.id}", f"party:{p3.id}"])
        s.disclose(one, Audience.joint(), [f"party:{p1.id}"], given_by={f"party:{p1.id}": "Mr Chan"})
        expected = {(d.item_id, str(d.target)): d for d in s.all_disclosures()}
        got = {k: sorted((c.who, c.given_by) for c in d.consents) for k, d in expected.items()}
        assert got == {(one, f"party:{p3.id}"): [(f"party:{p1.id}", "Ms Adeyemi")],
                       (two, "joint"): [(f"party:{p2.id}", ""), (f"party:{p3.id}", "")],
                       (one, "joint"): [(f"party:{p1.id}", "Mr Chan")]}
        for item in (one, two):
            assert {d.id: d.consents for d in s.disclosures_of(item)} == {
                d.id: d.consents for d in expected.values() if d.item_id == item}
    finally:
        s.close()


def test_notes_disclosed_into_a_channel_against_the_disclosures_one_by_one(tmp_path: Path) -> None:
    """`disclosed_into` (one query) lists what reading every disclosure in force and then each note
    as the audience sees it lists: the same notes, the same revisions, the first disclosure first."""
    from iomed_desk.core.channels import Channel

    s = create_case(tmp_path / "c.iomed", PASSPHRASE, new_case_spec(parties=3))
    try:
        p1, p2, p3 = s.case.parties
        made = [s.take_note(Channel.party(p.id), f"Note {i}", f"text {i}").created_id or ""
                for i, p in enumerate((p1, p2, p3, p1, p2))]
        s.take_note(Channel.joint(), "Joint", "already joint")
        s.disclose(made[3], Audience.joint(), [f"party:{p1.id}"])
        s.edit_note(made[3], body="edited after the disclosure")  # the joint channel keeps revision 1
        s.disclose(made[1], Audience.party(p3.id), [f"party:{p2.id}"])
        s.disclose(made[0], Audience.joint(), [f"party:{p1.id}"])
        revoked = s.disclose(made[2], Audience.joint(), [f"party:{p3.id}"]).created_id or ""
        s.revoke_disclosure(revoked)
        s.disclose(made[4], Audience.joint(), [f"party:{p2.id}"])
        s.delete_note(made[4])
        for audience, here in ((Audience.joint(), Channel.joint()), (Audience.party(p3.id), Channel.party(p3.id))):
            oracle = []
            for item in dict.fromkeys(d.item_id for d in s.all_disclosures()
                                      if d.in_force and d.target in (audience, Audience.joint())):
                if item in made[4:]:
                    continue  # deleted
                note = s.note(item, audience)
                if note.channel != here:
                    oracle.append(note)
            assert s.disclosed_into(here, audience) == oracle
        assert [n.id for n in s.disclosed_into(Channel.joint(), Audience.joint())] == [made[3], made[0]]
        assert s.disclosed_into(Channel.joint(), Audience.joint())[0].body == "text 3"
    finally:
        s.close()
