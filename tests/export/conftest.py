"""Fixtures for export tests: real keys, real PDFs, real signatures, made once per session.

Signing is the slow part, so one fully signed agreement (three parties and the
mediator's attestation) is made per session and its bytes reused.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.export.identity import (
    Identity,
    issue_party_identity,
    new_identity,
    write_certificate,
)
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.report import VerificationReport
from iomed_desk.export.signers import AgreementSigner, KeySigner
from tests.export.sample import EXPORT_TIME, sample_agreement, sample_document

PINS = ("2468", "1357", "9090")
REPRESENTATIVES = ("Amara Okafor", "Jonathan Reyes", "陈静 Chen Jing")


@dataclass(frozen=True)
class SignedAgreement:
    pdf: bytes
    path: Path
    report: VerificationReport
    mediator: Identity
    trust_pem: Path

    @property
    def trust(self) -> list[x509.Certificate]:
        return [self.mediator.certificate]


def tool(name: str) -> str:
    """The path of a command-line tool, or skip the test saying which package provides it."""
    found = shutil.which(name)
    if found is None:
        package = {"pdfsig": "poppler-utils", "pdftotext": "poppler-utils",
                   "pdffonts": "poppler-utils", "qpdf": "qpdf"}.get(name, name)
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


@pytest.fixture(scope="session")
def mediator() -> Identity:
    return new_identity("Dr. Sofia Lindqvist", organisation="IOMed")


class InRoomSigners(Mapping[int, AgreementSigner]):
    """Each party's in-room signer, issued afresh on every look-up: an in-room key signs only once."""

    def __init__(self, mediator: Identity) -> None:
        self.mediator = mediator
        self.organisations = [party.name for party in sample_document().parties]

    def __getitem__(self, index: int) -> AgreementSigner:
        issued = issue_party_identity(self.mediator, REPRESENTATIVES[index], PINS[index],
                                      organisation=self.organisations[index])
        return KeySigner.from_issued(issued, PINS[index])

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(REPRESENTATIVES)))

    def __len__(self) -> int:
        return len(REPRESENTATIVES)


@pytest.fixture(scope="session")
def party_signers(mediator: Identity) -> InRoomSigners:
    return InRoomSigners(mediator)


@pytest.fixture(scope="session")
def signed(tmp_path_factory: pytest.TempPathFactory, mediator: Identity,
           party_signers: dict[int, KeySigner]) -> SignedAgreement:
    folder = tmp_path_factory.mktemp("signed")
    path = folder / "agreement.pdf"
    report = export_and_sign(sample_agreement(), path, KeySigner(mediator), party_signers, EXPORT_TIME)
    trust_pem = folder / "mediator.pem"
    write_certificate(trust_pem, mediator.certificate)
    return SignedAgreement(path.read_bytes(), path, report, mediator, trust_pem)


# -- the demo case, for what may be signed around the termination --------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "case.iomed"
    write_demo(path, DEMO_PASSPHRASE)
    return path


@pytest.fixture(scope="module")
def identity() -> Identity:
    return new_identity("Dr Margaret Lau", organisation="IOMed")


@pytest.fixture
def case(demo: Path, tmp_path: Path) -> Iterator[CaseSession]:
    """The demo case (its agreement concluded, not yet exported), a copy of its own."""
    copy = tmp_path / "case.iomed"
    shutil.copyfile(demo, copy)
    s = unlock(copy, DEMO_PASSPHRASE)
    yield s
    s.close()
