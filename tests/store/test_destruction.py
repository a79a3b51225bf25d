"""Closing a case through the app layer, on real case files: preconditions, what is destroyed and
kept, the audit chain and `check`, and the old file's bytes gone (seen through a hard link to it)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from iomed_desk.app import process_record as pr
from iomed_desk.app.closing import close_case, destruction_record
from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.export.identity import new_identity
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify_certificate import verify_certificate
from tests.store.test_destruction_scenario import build


def test_closing_destroys_caucus_material_and_keeps_joint(tmp_path: Path) -> None:
    path = tmp_path / "case.iomed"
    session, sc = build(path, FakeClock())
    with session.db.reading() as conn:
        commitments = conn.execute("SELECT item_id, number, commitment FROM revisions ORDER BY 1, 2").fetchall()
    before_events = session.audit_events(limit=10_000)
    linked = tmp_path / "old-inode.iomed"
    os.link(path, linked)  # an attacker who kept a link to the old file
    closed = close_case(session)
    s = closed.session
    try:
        assert not session.is_open and s.check().ok
        counts = {c.channel: (c.notes, c.revisions, c.positions, c.offers, c.exhibits)
                  for c in closed.record.channels}
        assert counts == sc.expected
        assert "4 offers destroyed" in closed.change.text
        # nothing of a caucus or the notebook is left to read or search; the joint notes are
        for channel in (Channel.party("p1"), Channel.party("p2"), Channel.mediator()):
            assert s.notes_in(channel) == []
        assert [n.title.split()[-1] for n in s.notes_in(Channel.joint())] == [sc.joint[0]]
        for word in sc.caucus:
            if word not in sc.figures:
                assert s.search(word) == [] and s.search(word, Audience.joint()) == []
        # the ledger keeps only the offer made in joint session, for every audience
        for audience in (Audience.mediator(), Audience.joint(), Audience.party("p1"), Audience.party("p2")):
            (kept,) = offers_desk(s).offers(audience=audience)
            assert (str(kept.figure), kept.terms.split()[-1], kept.channel) == (
                sc.joint[-2], sc.joint[-1], Channel.joint())
        assert sorted(e.targets[0] for e in s.audit_events("offer.delete")) == sorted(
            e.targets[0] for e in before_events if e.action == "offer.create" and e.detail["channel"] != "joint")
        assert s.search(sc.joint[0], Audience.joint())
        assert s.drafting.positions() == []
        assert s.drafting.versions(s.drafting.drafts()[0].id)  # the single text stays
        # salts are gone, commitments and every earlier event stay as they were
        with s.db.reading() as conn:
            assert conn.execute("SELECT count(*) FROM items WHERE deleted_at IS NOT NULL AND salt IS NOT NULL"
                                ).fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM items WHERE kind = 'note' AND channel = 'joint'"
                                " AND salt IS NULL").fetchone()[0] == 0
            assert conn.execute("SELECT item_id, number, commitment FROM revisions ORDER BY 1, 2"
                                ).fetchall() == commitments
        after = {e.seq: e.hash for e in s.audit_events(limit=10_000)}
        assert all(after[e.seq] == e.hash for e in before_events)
        destroyed = s.audit_events("case.destroy")[0]
        assert destroyed.detail["channels"]["party:p1"] == {"notes": 2, "revisions": 4, "positions": 1, "offers": 2,
                                                            "exhibits": 1, "exhibit_revisions": 2}
        assert closed.record.audit_head == f"{destroyed.seq}:{destroyed.hash}"
        assert destruction_record(s) == closed.record
        assert pr.summary(s).closed_at is not None
    finally:
        s.close()
    # the case file is a new file; the old one was emptied before it was unlinked
    assert os.stat(linked).st_ino != os.stat(path).st_ino
    assert linked.read_bytes() == b""


def test_closing_before_the_termination_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    session, sc = build(tmp_path / "case.iomed", FakeClock(), terminate=False)
    try:
        head = session.audit_head()
        with pytest.raises(NotAllowed, match="termination"):
            close_case(session)
        assert session.audit_head() == head and len(session.notes_in(Channel.party("p1"))) == 2
    finally:
        session.close()


def test_closing_waits_for_the_retention_period(tmp_path: Path) -> None:
    clock = FakeClock()
    session, sc = build(tmp_path / "case.iomed", clock, terminate=False)
    try:
        pr.set_retention_days(session, 30)
        pr.terminate(session, "not-settled", "No settlement.")
        ended = pr.termination(session).ended_on
        clock.advance(days=29)
        with pytest.raises(NotAllowed, match=f"before {(ended + timedelta(days=30)).isoformat()}"):
            close_case(session)
        assert len(session.notes_in(Channel.mediator())) == 1
        clock.advance(days=1)
        closed = close_case(session)
        closed.session.close()
    finally:
        if session.is_open:
            session.close()


def test_a_certificate_needs_an_identity_and_a_new_file(tmp_path: Path) -> None:
    session, _ = build(tmp_path / "case.iomed", FakeClock())
    try:
        with pytest.raises(InvalidInput, match="identity"):
            close_case(session, None, tmp_path / "c.pdf")
        taken = tmp_path / "taken.pdf"
        taken.write_bytes(b"x")
        signer = KeySigner(new_identity("Dr Lin Wai-man"))
        with pytest.raises(InvalidInput, match="already exists"):
            close_case(session, signer, taken)
        assert len(session.notes_in(Channel.party("p1"))) == 2  # nothing destroyed
    finally:
        session.close()


def test_closing_again_rewrites_and_reissues(tmp_path: Path) -> None:
    path = tmp_path / "case.iomed"
    session, _ = build(path, FakeClock())
    key = session.db.key
    first = close_case(session)
    record = first.record
    first.session.close()
    again = close_case(open_with_key(path, key, clock=FakeClock()), KeySigner(new_identity("Dr Lin Wai-man")),
                       tmp_path / "cert.pdf")
    try:
        assert "already closed" in again.change.text
        assert again.record == record and (tmp_path / "cert.pdf").exists()
        assert again.session.check().ok
    finally:
        again.session.close()


def test_the_certificate_counts_the_offers_and_exhibits_per_channel(tmp_path: Path) -> None:
    """The signed page, read back by poppler's pdftotext, has Offers and Exhibits columns: each channel's
    line and the total state what the scenario destroyed (its own count, written in the scenario); the
    record poppler's pdfdetach saves says the same, and verify's text report lists them per channel."""
    import re
    import subprocess

    from iomed_desk.export.destruction_certificate import DestructionRecord
    from tests.export.conftest import tool

    session, sc = build(tmp_path / "case.iomed", FakeClock())
    labels = {f"party:{p.id}": session.case.channel_label(Channel.party(p.id)) for p in session.case.parties}
    labels["mediator"] = session.case.channel_label(Channel.mediator())
    out = tmp_path / "certificate.pdf"
    closed = close_case(session, KeySigner(new_identity("Dr Lin Wai-man")), out)
    closed.session.close()
    text = subprocess.run([tool("pdftotext"), "-layout", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    rows = {m.group(1).strip(): tuple(int(n) for n in m.group(2).split())
            for m in re.finditer(r"^\s*(\S.*?)\s+((?:\d+\s+){4}\d+)\s*$", text, re.MULTILINE)}
    assert re.search(r"Channel\s+Notes\s+Revisions\s+Positions\s+Offers\s+Exhibits", text)
    for channel, expected in sc.expected.items():
        assert rows[labels[channel]] == expected
    assert rows["Total"] == tuple(sum(col) for col in zip(*sc.expected.values(), strict=True))
    assert rows["Total"][3:] == (4, 2)
    subprocess.run([tool("pdfdetach"), "-save", "1", "-o", str(tmp_path / "record.json"), str(out)],
                   check=True, capture_output=True)
    record = DestructionRecord.parse((tmp_path / "record.json").read_bytes())
    assert {c.channel: c.offers for c in record.channels} == {k: v[3] for k, v in sc.expected.items()}
    assert {c.channel: c.exhibits for c in record.channels} == {k: v[4] for k, v in sc.expected.items()}
    assert json.loads((tmp_path / "record.json").read_bytes())["format"] == 4  # 4: the record names its languages
    report = verify_certificate(out).to_text()
    for channel, (n, r, p, o, x) in sc.expected.items():
        assert (f"  {labels[channel]}: {n} note(s), {r} revision(s), {p} position(s), {o} offer(s), "
                f"{x} exhibit(s)") in report.splitlines()
    assert "4 note(s), 6 revision(s), 3 position(s), 4 offer(s), 2 exhibit(s)" in report
