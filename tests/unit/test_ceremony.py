"""The ceremony's rules (core/ceremony.py): no identity number beyond 4 characters, one export per
agreement unless a reason is given, paper signatures recorded before the attestation."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from iomed_desk.core.ceremony import (
    AuthorityCheck,
    Checks,
    ExportEntry,
    ExportStatus,
    IdentityCheck,
    KeyHolding,
    SignerLine,
    SigningRecord,
    audit_detail,
    check_attestable,
    check_export_allowed,
    record_paper,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def _entry(number: int = 1, status: ExportStatus = ExportStatus.COMPLETE, signers: tuple = ()) -> ExportEntry:
    return ExportEntry(number, "ag-1", "a.pdf", "f" * 64, "a" * 64, status, NOW, signers=signers)


@pytest.mark.parametrize("number", ["K1234567", "12345", "AB 12 34 5"])
def test_an_identity_check_never_holds_more_than_four_characters(number: str) -> None:
    with pytest.raises(InvalidInput, match="only the last 4"):
        IdentityCheck("passport", number)  # type: ignore[arg-type]
    kept = IdentityCheck.from_number("passport", number)
    assert kept.last4 == "".join(number.split())[-4:] and len(kept.last4) == 4


@pytest.mark.parametrize(("number", "kept"), [
    ("A123456(3)", "4563"),            # a Hong Kong identity card as printed
    ("A123456 (3)", "4563"),
    ("Ａ１２３４５６（３）", "4563"),    # typed with a Chinese input method (full width)
    ("XA 123-456/7", "4567"),
    ("[Z]98.76", "9876"),
])
def test_an_identity_number_is_accepted_as_printed_and_only_four_characters_are_kept(
        number: str, kept: str) -> None:
    check = IdentityCheck.from_number("national-id", number)
    assert check.last4 == kept
    assert str(check) == f"{check.document.label} ending {kept}"


@pytest.mark.parametrize("number", ["A123456#3", "12_34", "", "()"])
def test_an_identity_number_with_other_characters_is_refused(number: str) -> None:
    with pytest.raises(InvalidInput):
        IdentityCheck.from_number("passport", number)


def test_unknown_document_and_instrument_kinds_are_refused() -> None:
    with pytest.raises(InvalidInput, match="passport, national-id, other"):
        IdentityCheck("driving-licence", "1234")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="full-powers"):
        AuthorityCheck("handshake")  # type: ignore[arg-type]


def test_a_second_export_needs_a_reason() -> None:
    assert check_export_allowed([], "") == ""
    with pytest.raises(NotAllowed, match="already exported .*export 1.*give the reason"):
        check_export_allowed([_entry()], "   ")
    assert check_export_allowed([_entry()], " the  party's copy was lost ") == "the party's copy was lost"


def test_attestation_needs_every_paper_signature_and_a_pdf_awaiting_it() -> None:
    paper = SignerLine("Sig-Party-2", "p2", "Beta", "Ben", "", KeyHolding.PAPER)
    waiting = _entry(status=ExportStatus.AWAITING_PAPER, signers=(paper,))
    with pytest.raises(NotAllowed, match="already been attested"):
        check_attestable(waiting, already_final=True)
    with pytest.raises(NotAllowed, match="matches none recorded"):
        check_attestable(None, already_final=False)
    with pytest.raises(NotAllowed, match="already been attested"):
        check_attestable(_entry(), already_final=False)
    with pytest.raises(InvalidInput, match="Record the paper signature of Beta"):
        record_paper(waiting, {})
    with pytest.raises(InvalidInput, match="p1 does not sign this export on paper"):
        record_paper(waiting, {"p1": ("Ann", NOW), "p2": ("Ann", NOW)})
    (done,) = record_paper(waiting, {"p2": ("Ann  Lee", NOW)})
    assert (done.witness, done.witnessed_at, done.awaiting_paper) == ("Ann Lee", NOW, False)


def test_the_record_round_trips_through_its_json_and_the_audit_detail_keeps_four_characters() -> None:
    line = SignerLine("Sig-Party-1", "p1", "Alpha 港口", "陈静", "Director", KeyHolding.TOKEN,
                      Checks(IdentityCheck.from_number("national-id", "A123456(7)".replace("(", "").replace(")", "")),
                             AuthorityCheck("board-resolution", "of 1 Dec 2026")),
                      "1f", "b" * 64, NOW)
    record = SigningRecord("R/1", "Settlement", "f" * 64, "a" * 64, 2, NOW, (line,), "lost copy", 1, "c" * 64)
    assert SigningRecord.from_dict(json.loads(json.dumps(record.as_dict()))) == record
    detail = json.dumps(audit_detail(_entry(signers=(line,))))
    assert "4567" in detail and "A123" not in detail and "b" * 64 in detail
    with pytest.raises(InvalidInput, match="not an IOMed Desk signing record"):
        SigningRecord.from_dict({"format": "something else"})
