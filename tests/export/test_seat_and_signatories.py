"""The export's frame from a real case file: signatories recorded in the case, the date at the seat."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from iomed_desk.app.case_settings import set_signatories
from iomed_desk.app.export import agreement_document
from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Audience
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import Signatory
from iomed_desk.core.tabling import Stance
from iomed_desk.export.document import DocSignatory
from iomed_desk.export.render import render_pdf
from tests.conftest import PASSPHRASE
from tests.export.conftest import tool
from tests.filled_text import filled

NEAR_MIDNIGHT = datetime(2026, 12, 5, 16, 30, tzinfo=UTC)  # 00:30 on 6 December in Hong Kong


@pytest.fixture
def laptop_in_los_angeles() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def conclude_template_agreement(session) -> None:  # type: ignore[no-untyped-def]
    desk = session.drafting
    draft = desk.new_draft("Settlement Agreement").created_id
    desk.save_working(draft, filled(desk.working_clauses(draft)))
    desk.save_version(draft, "Blanks written in")
    desk.table(draft, 1, Audience.joint())
    for clause in desk.version(draft, 1).clauses:
        for party in session.case.parties:
            desk.record_position(draft, 1, party.id, clause.id, Stance.ACCEPT)
    desk.conclude(draft, 1)


def test_recorded_signatories_and_the_seats_date_reach_the_pdf(session, case_path: Path, tmp_path: Path,
                                                               laptop_in_los_angeles) -> None:  # type: ignore[no-untyped-def]
    conclude_template_agreement(session)
    minister = Signatory("Representative 1", "Director-General", "by full powers dated 1 December 2026")
    deputy = Signatory("Deputy Agent", "Deputy Agent", "by full powers dated 1 December 2026")
    change = set_signatories(session, "p1", [minister, deputy])
    assert change.text == "Signatories of Harbour Authority of Porto Novo recorded"
    assert tuple(session.audit_events("party.signatories")[0].targets) == ("p1",)
    session.close()
    reopened = unlock(case_path, PASSPHRASE)
    try:
        p1 = reopened.case.party("p1")
        assert p1.representatives == ("Representative 1", "Deputy Agent") and p1.signatories == (minister, deputy)
        assert reopened.case.party("p2").signatories == ()
        doc = agreement_document(reopened, when=NEAR_MIDNIGHT)
        assert doc.date == date(2026, 12, 6) and NEAR_MIDNIGHT.astimezone().date() == date(2026, 12, 5)
        assert doc.parties[0].signatories == (DocSignatory(*vars(minister).values()),
                                              DocSignatory(*vars(deputy).values()))
        assert doc.parties[1].signatories == (DocSignatory("Representative 2"),)
        assert [c.heading("en") for c in doc.clauses][-2:] == ["Counterparts", "Electronic signatures"]
        assert "(1) Harbour Authority of Porto Novo;" in doc.clauses[0].body("en")
        assert "(3) Eastern Development Bank" in doc.clauses[0].body("en")
        assert reopened.check().ok
    finally:
        reopened.close()
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(render_pdf(doc, NEAR_MIDNIGHT))
    text = subprocess.run([tool("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "signed this Agreement at Hong Kong on 6 December 2026." in text
    assert "Capacity: Director-General" in text and "Authority: by full powers dated 1 December 2026" in text


def test_a_signatory_must_be_a_representative_of_the_party(session) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    party = session.case.party("p1")
    with pytest.raises(InvalidInput, match="not one of its representatives"):
        replace(party, signatories=(Signatory("Stranger"),))
    with pytest.raises(InvalidInput, match="one line"):
        Signatory("A", "Director\nand Chair")


def test_a_place_the_table_does_not_know_needs_its_zone(tmp_path: Path, laptop_in_los_angeles) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from iomed_desk.app.opening import create_case
    from tests.conftest import new_case_spec

    spec = replace(new_case_spec(), place="IOMed headquarters, Room 4")
    with pytest.raises(InvalidInput, match="time zone of IOMed headquarters, Room 4 is not known"):
        create_case(tmp_path / "a.iomed", PASSPHRASE, spec)
    with pytest.raises(InvalidInput, match="not a time zone known"):
        create_case(tmp_path / "a.iomed", PASSPHRASE, replace(spec, time_zone="Asia/Atlantis"))
    assert not (tmp_path / "a.iomed").exists()
    create_case(tmp_path / "a.iomed", PASSPHRASE, replace(spec, time_zone="Asia/Macau")).close()
    session = unlock(tmp_path / "a.iomed", PASSPHRASE)
    try:
        assert session.case.time_zone == "Asia/Macau"
        conclude_template_agreement(session)
        doc = agreement_document(session, when=NEAR_MIDNIGHT)
        assert (doc.place, doc.date) == ("IOMed headquarters, Room 4", date(2026, 12, 6))
    finally:
        session.close()


def test_each_signatory_of_a_party_signs_their_own_block(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.app.export import export_agreement, signature_field_labels
    from iomed_desk.export.identity import issue_party_identity, new_identity
    from iomed_desk.export.signers import KeySigner

    conclude_template_agreement(session)
    set_signatories(session, "p1", [Signatory("Representative 1", "Director-General", "by full powers"),
                                    Signatory("Deputy Agent", "Deputy Agent", "by full powers")])
    mediator = new_identity("Dr Lin Wai-man", organisation="IOMed")

    def issued(name: str, organisation: str) -> KeySigner:
        return KeySigner.from_issued(issue_party_identity(mediator, name, "2468", organisation=organisation), "2468")

    p1 = session.case.party("p1").name
    first, second = issued("Representative 1", p1), issued("Deputy Agent", p1)
    bank = issued("Representative 2", session.case.party("p2").name)
    with pytest.raises(InvalidInput, match="has 2 signatories, each signing with their own identity; 1 identity"):
        export_agreement(session, tmp_path / "a.pdf", KeySigner(mediator), {"p1": first, "p2": bank})
    assert not (tmp_path / "a.pdf").exists()
    report, _ = export_agreement(session, tmp_path / "a.pdf", KeySigner(mediator),
                                 {"p1": (first, second), "p2": bank})
    # the case's other party signs on paper: the attestation waits for it (paper first, then attested)
    assert all(s.ok for s in report.signatures) and report.unsigned_fields == ("Sig-Mediator",), report.to_text()
    assert report.problems == ("incomplete: Sig-Mediator not signed (awaiting the mediator's attestation)",)
    assert [s.field_name for s in report.signatures] == ["Sig-Certification", "Sig-Party-1", "Sig-Party-1-2",
                                                        "Sig-Party-2"]
    labels = signature_field_labels(session, "Mediator")
    assert labels["Sig-Party-1-2"] == f"{p1} (Deputy Agent)" and labels["Sig-Party-2"] == session.case.party("p2").name
