"""A disclosure is bound to the text consented to: the attacks of issue 12, hole 1, on real case files.

A's caucus note is disclosed to B with A's consent; the mediator then edits it. B's lists, B's
search, the joint screen's feed and the note as B reads it keep the consented revision; the new
text stays in A's caucus until A consents again. Clearing "given in confidence" needs A's consent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import ConsentManner
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import RuleSetName
from tests.conftest import PASSPHRASE, new_case_spec

CONSENTED = "A can accept 5M on the berth works"
SECRET = "BOTTOM LINE IS 3M never tell B"


def open_case(tmp_path: Path, rule_set: RuleSetName = RuleSetName.CONSENT) -> CaseSession:
    return create_case(tmp_path / "c.iomed", PASSPHRASE, new_case_spec(rule_set))


def everything_b_can_read(s: CaseSession, b: Audience, words: str) -> str:
    texts = [n.title + "\n" + n.body for n in s.visible_notes(b)]
    texts += [h.title + "\n" + h.snippet for h in s.search(words, b)]
    for channel in [Channel.joint(), *(p.channel for p in s.case.parties), Channel.mediator()]:
        texts += [n.body for n in s.notes_in(channel, b)]
    return "\n".join(texts)


@pytest.mark.parametrize("target", ["party", "joint"])
def test_an_edit_after_disclosure_stays_in_the_caucus(tmp_path: Path, target: str) -> None:
    s = open_case(tmp_path)
    try:
        a, b = s.case.parties[0], s.case.parties[1]
        nid = s.take_note(a.channel, "Offer", CONSENTED).created_id or ""
        to = Audience.party(b.id) if target == "party" else Audience.joint()
        s.disclose(nid, to, [f"party:{a.id}"])
        s.edit_note(nid, body=f"{CONSENTED}. {SECRET}")

        for audience in (Audience.party(b.id), Audience.joint()) if target == "joint" else (Audience.party(b.id),):
            seen = everything_b_can_read(s, audience, "BOTTOM LINE")
            assert SECRET not in seen and "BOTTOM" not in seen
            assert s.search("BOTTOM LINE", audience) == []
            assert [h.item_id for h in s.search("berth works", audience)] == [nid]
            note = s.note(nid, audience)
            assert (note.body, note.revision) == (CONSENTED, 1)
        assert s.note(nid).body.endswith(SECRET) and s.note(nid).revision == 2  # the mediator: current
        assert s.note(nid, Audience.party(a.id)).revision == 2  # A's own caucus: current

        # the same revision again: pointless, refused; the new one needs A's consent again
        with pytest.raises(NotAllowed):
            s.disclose(nid, to, [])
        s.disclose(nid, to, [f"party:{a.id}"], manner=ConsentManner.IN_WRITING, witness="Ben Beta")
        assert s.note(nid, Audience.party(b.id)).revision == 2
        latest = s.disclosures_of(nid)[-1]
        assert latest.revision == 2 and latest.consents[0].manner is ConsentManner.IN_WRITING
        assert latest.consents[0].witness == "Ben Beta"
    finally:
        s.close()


def test_revoking_the_later_disclosure_goes_back_to_the_earlier_revision(tmp_path: Path) -> None:
    s = open_case(tmp_path)
    try:
        a, b = s.case.parties[0], s.case.parties[1]
        nid = s.take_note(a.channel, "Offer", CONSENTED).created_id or ""
        s.disclose(nid, Audience.party(b.id), [f"party:{a.id}"])
        s.edit_note(nid, body="revision two")
        second = s.disclose(nid, Audience.party(b.id), [f"party:{a.id}"]).created_id or ""
        s.revoke_disclosure(second)
        assert s.note(nid, Audience.party(b.id)).body == CONSENTED
        assert s.search("revision two", Audience.party(b.id)) == []
    finally:
        s.close()


def test_model_law_clearing_in_confidence_needs_the_partys_consent(tmp_path: Path) -> None:
    """The audit's other route: clear "given in confidence", then disclose with no consent."""
    s = open_case(tmp_path, RuleSetName.MODEL_LAW)
    try:
        a, b = s.case.parties[0], s.case.parties[1]
        nid = s.take_note(a.channel, "Floor", SECRET, confidential=True).created_id or ""
        with pytest.raises(NotAllowed, match="Only the party"):
            s.edit_note(nid, confidential=False)
        with pytest.raises(NotAllowed, match=a.name):
            s.release_confidence(nid, [f"party:{b.id}", "mediator:" + s.case.mediators[0].id])
        with pytest.raises(NotAllowed):
            s.disclose(nid, Audience.party(b.id), [])
        assert s.note(nid).confidential and SECRET not in everything_b_can_read(s, Audience.party(b.id), "BOTTOM")

        s.release_confidence(nid, [f"party:{a.id}"], given_by={f"party:{a.id}": "Representative 1"},
                             manner=ConsentManner.SIGNED_ON_SCREEN)
        assert not s.note(nid).confidential
        event = s.audit_events("note.confidence_released")[0]
        assert event.detail["consents"] == [{"who": f"party:{a.id}", "given_by": "Representative 1",
                                             "manner": "signed-on-screen", "witness": ""}]
        s.disclose(nid, Audience.party(b.id), [])  # Model Law: no consent needed once released
        with pytest.raises(NotAllowed, match="not marked"):
            s.release_confidence(nid, [f"party:{a.id}"])
    finally:
        s.close()


def test_a_notebook_item_needs_its_sources_consent_not_the_mediators(tmp_path: Path) -> None:
    s = open_case(tmp_path, RuleSetName.HONG_KONG)
    try:
        a = s.case.parties[0]
        m = s.case.mediators[0]
        nid = s.take_note(Channel.mediator(), "Asteria", "Asteria's bottom line is USD 20m").created_id or ""
        with pytest.raises(InvalidInput, match="which party"):
            s.disclose(nid, Audience.joint(), [f"mediator:{m.id}"])
        with pytest.raises(NotAllowed):
            s.disclose(nid, Audience.joint(), [f"mediator:{m.id}"], source=a.id)
        everyone = [f"party:{p.id}" for p in s.case.parties] + [f"mediator:{m.id}"]
        s.disclose(nid, Audience.joint(), everyone, source=a.id)
        assert s.disclosures_of(nid)[0].source == a.id
        assert s.required_consents(nid, a.id) == [(w, lbl) for w, lbl in s.required_consents(nid, "several")]
    finally:
        s.close()


def test_deleting_a_note_wipes_every_revision_and_its_salt(tmp_path: Path) -> None:
    s = open_case(tmp_path)
    try:
        a, b = s.case.parties[0], s.case.parties[1]
        nid = s.take_note(a.channel, "Offer", "zanzibar first words").created_id or ""
        s.disclose(nid, Audience.party(b.id), [f"party:{a.id}"])
        s.edit_note(nid, body="zanzibar second words")
        s.delete_note(nid)
        with s.db.reading() as conn:
            rows = conn.execute("SELECT title, body, tags, speaker FROM revisions WHERE item_id = ?", (nid,)).fetchall()
            salt = conn.execute("SELECT salt FROM items WHERE id = ?", (nid,)).fetchone()[0]
        assert rows == [("", "", "", ""), ("", "", "", "")] and salt is None
        assert s.search("zanzibar", Audience.party(b.id)) == [] and s.search("zanzibar") == []
        with s.db.reading() as conn, pytest.raises(Exception, match="immutable"):
            conn.execute("UPDATE revisions SET body = 'forged' WHERE item_id = ?", (nid,))
    finally:
        s.close()
