"""The mediators' declarations on the attestation page (issue 16, item 2), covered by the fingerprint.

The canonical agreement lists the days the declarations were made and whether every party acknowledged
them (`declaration date`, `declarations acknowledged by all parties`), so a changed answer is another
fingerprint; an agreement whose case records none has exactly the bytes it had before. The signed PDF
verifies and its pages, read by poppler's pdftotext, print the line in each of the agreement's languages.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from iomed_desk.core.canonical_agreement import NotCanonical, parse
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.identity import Identity
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.conftest import tool
from tests.export.sample import EXPORT_TIME, sample_agreement

DAYS = (date(2026, 2, 27), date(2026, 3, 1))
#: the sample's canonical text before declarations existed (its last lines, as format 1 wrote them)
OLD_TAIL = b"\naudit chain head: "


def declared(acknowledged: bool = True):  # type: ignore[no-untyped-def]
    return replace(sample_agreement(), declaration_dates=DAYS, declarations_acknowledged=acknowledged)


def test_an_agreement_without_declarations_keeps_its_bytes() -> None:
    plain = sample_agreement()
    assert b"declaration" not in plain.encoded
    assert parse(plain.encoded) == plain
    lines = plain.encoded.split(b"\n")
    assert lines[-2].startswith(b"audit chain head: ") and lines[-3].startswith(b"clause 4 zh-Hans body: ")


def test_the_lines_are_in_the_text_and_the_fingerprint() -> None:
    yes, no = declared(True), declared(False)
    text = yes.encoded.decode()
    assert ("declaration date: 2026-02-27\ndeclaration date: 2026-03-01\n"
            "declarations acknowledged by all parties: yes\naudit chain head: ") in text
    assert parse(yes.encoded) == yes and parse(no.encoded) == no
    assert len({yes.fingerprint, no.fingerprint, sample_agreement().fingerprint}) == 3
    # every other form of the same facts is not canonical
    for bad in (yes.encoded.replace(b": yes\n", b": Yes\n"),
                yes.encoded.replace(b"declarations acknowledged by all parties: yes\n", b""),
                yes.encoded.replace(b"declaration date: 2026-02-27\ndeclaration date: 2026-03-01\n",
                                    b"declaration date: 2026-03-01\ndeclaration date: 2026-02-27\n"),
                sample_agreement().encoded.replace(OLD_TAIL, b"\ndeclarations acknowledged by all parties: no"
                                                   + OLD_TAIL)):
        with pytest.raises(NotCanonical):
            parse(bad)
    with pytest.raises(InvalidInput):
        replace(sample_agreement(), declarations_acknowledged=True)
    with pytest.raises(InvalidInput):
        replace(sample_agreement(), declaration_dates=(DAYS[1], DAYS[0]))


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, mediator: Identity, party_signers) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("declared") / "agreement.pdf"
    report = export_and_sign(declared(), path, KeySigner(mediator), party_signers, EXPORT_TIME)
    assert report.ok, report.to_text()
    return path


def test_the_attestation_page_prints_it_in_each_language(signed: Path, mediator: Identity) -> None:
    report = verify_pdf(signed, [mediator.certificate])
    assert report.ok, report.to_text()
    pages = subprocess.run([tool("pdftotext"), str(signed), "-"], capture_output=True, text=True,
                           check=True).stdout
    flat = " ".join(pages.split())
    assert ("Declarations of independence and impartiality made on 27 February 2026, 1 March 2026, "
            "acknowledged by all parties.") in flat
    assert "调解员已于2026年2月27日、2026年3月1日作出独立性及公正性声明，各方均已确认。" in flat.replace(" ", "")
    last = pages.split("\f")[-2] if pages.endswith("\f") else pages.split("\f")[-1]
    assert "Declarations of independence" in " ".join(last.split())  # on the attestation (last) page


def test_the_exported_agreement_takes_the_case_record(session) -> None:  # type: ignore[no-untyped-def]
    """From the case: no declaration, no lines; one made, awaiting a party, 'no'; all acknowledged, 'yes'
    (the day at the seat, Hong Kong, where 23:30 UTC is the next day)."""
    from iomed_desk.app import process_record as pr
    from iomed_desk.app.export import canonical_agreement
    from tests.export.test_seat_and_signatories import conclude_template_agreement

    conclude_template_agreement(session)
    assert canonical_agreement(session).declaration_dates == ()
    assert b"declaration" not in canonical_agreement(session).encoded
    clock = session.clock
    clock.advance(hours=14, minutes=30)  # 23:30 UTC: already the next day in Hong Kong
    made = clock()
    assert made.hour == 23
    pr.record_declaration(session, session.case.mediators[0].id, "No relationship with any party.")
    parties = session.case.parties
    for party in parties[:-1]:
        pr.acknowledge_declaration(session, pr.declarations(session)[0].id, party.id)
    first = canonical_agreement(session)
    assert first.declaration_dates == (made.astimezone(ZoneInfo("Asia/Hong_Kong")).date(),)
    assert first.declaration_dates[0] > made.date()
    assert not first.declarations_acknowledged
    pr.acknowledge_declaration(session, pr.declarations(session)[0].id, parties[-1].id)
    second = canonical_agreement(session)
    assert second.declarations_acknowledged and second.fingerprint != first.fingerprint
