"""Signing times at the seat (issue 13): an agreement made at Hong Kong and signed on a laptop set
to New York shows, in every stamp and every signature's /M, the time in Hong Kong with its UTC
offset. Oracles: the raw /M strings of the file (ISO 32000-2 7.9.4's date format), poppler's
pdftotext for the stamps, and the UTC clock read around the signing."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.identity import Identity
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.render import render_agreement
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import KeySigner
from tests.export.conftest import InRoomSigners, tool
from tests.export.sample import EXPORT_TIME, sample_agreement
from tests.export.test_agreement_frame import CREATED, three_party_document

_LITERAL_M = re.compile(rb"/M \(((?:[^)\\]|\\[0-7]{3}|\\.)*)\)")
_M = re.compile(r"D:(\d{14})([+-])(\d\d)'(\d\d)'")
_STAMP = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC([+-])(\d\d):(\d\d)")


@pytest.fixture
def laptop_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's local zone is New York (UTC-5 in December, -4 in summer), never +08:00."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    assert datetime.now().astimezone().utcoffset() in (timedelta(hours=-5), timedelta(hours=-4))
    yield
    monkeypatch.undo()
    time.tzset()


def _times_m(pdf: bytes) -> list[datetime]:
    out = []
    for literal in _LITERAL_M.findall(pdf):  # a PDF literal string, octal escapes written out
        text = re.sub(rb"\\([0-7]{3})", lambda o: bytes([int(o[1], 8)]), literal).decode("latin-1")
        stamp, sign, hh, mm = _M.fullmatch(text).groups()  # type: ignore[union-attr]
        offset = timedelta(hours=int(hh), minutes=int(mm)) * (-1 if sign == "-" else 1)
        out.append(datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=timezone(offset)))
    return out


def _stamps(pdf: bytes, tmp_path: Path) -> list[datetime]:
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([tool("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for wall, sign, hh, mm in _STAMP.findall(text):
        offset = timedelta(hours=int(hh), minutes=int(mm)) * (-1 if sign == "-" else 1)
        out.append(datetime.strptime(wall, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(offset)))
    return out


def test_a_stamp_and_its_m_show_the_seats_time_not_the_laptops(
        laptop_in_new_york: None, mediator: Identity, party_signers: InRoomSigners, tmp_path: Path) -> None:
    pdf = render_agreement(three_party_document(("en",), modes=("digital", "digital", "digital")), CREATED).pdf
    before = datetime.now(UTC).replace(microsecond=0)
    signed = sign_pdf(pdf, "Sig-Party-1", party_signers[0], SignatureDetails(time_zone="Asia/Hong_Kong"))
    after = datetime.now(UTC)
    (m,) = _times_m(signed)
    (stamp,) = _stamps(signed, tmp_path)
    assert m.utcoffset() == stamp.utcoffset() == timedelta(hours=8)
    assert m == stamp and before <= m <= after


def test_every_signature_of_an_export_is_timed_at_the_seat(
        laptop_in_new_york: None, mediator: Identity, party_signers: InRoomSigners, tmp_path: Path) -> None:
    path = tmp_path / "agreement.pdf"
    before = datetime.now(UTC).replace(microsecond=0)
    report = export_and_sign(sample_agreement(), path, KeySigner(mediator), party_signers, EXPORT_TIME,
                             zone="Asia/Hong_Kong")
    after = datetime.now(UTC)
    assert report.ok
    pdf = path.read_bytes()
    times, stamps = _times_m(pdf), _stamps(pdf, tmp_path)
    assert len(times) == len(report.signatures) and len(stamps) == len(report.signatures) - 1  # certification: no box
    for when in (*times, *stamps):
        assert when.utcoffset() == timedelta(hours=8) and before <= when <= after


def test_an_unknown_zone_is_refused_before_signing(mediator: Identity, party_signers: InRoomSigners) -> None:
    pdf = render_agreement(three_party_document(("en",), modes=("digital", "digital", "digital")), CREATED).pdf
    with pytest.raises(InvalidInput, match="not a time zone known"):
        sign_pdf(pdf, "Sig-Party-1", party_signers[0], SignatureDetails(time_zone="Mars/Olympus_Mons"))
