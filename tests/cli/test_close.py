"""`iomed-desk close` as a user runs it: refused before the termination, then the caucus material
destroyed, `info` showing the case closed, `check` passing, and the certificate verified by
`iomed-desk verify --trust` (exit 0) and rejected once tampered with (exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iomed_desk.core.clock import FakeClock
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE
from tests.store.test_destruction_scenario import build

MEDIATOR_PASS = "mediator identity passphrase"


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("identity")
    med = folder / "mediator.p12"
    assert cli("identity", "new", str(med), "--name", "Dr Lin Wai-man", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    return {"p12": med, "pem": folder / "mediator.pem"}


def _case(folder: Path, *, terminate: bool = True) -> Path:
    session, _ = build(folder / "case.iomed", FakeClock(), terminate=terminate)
    session.close()
    return folder / "case.iomed"


def test_close_then_verify_the_certificate(identity: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path)
    secrets = f"{PASSPHRASE}\n{MEDIATOR_PASS}\n"
    res = cli("close", str(case), "--identity", str(identity["p12"]), "--passphrase-stdin", stdin=secrets)
    assert res.returncode == 0, res.stderr
    cert = tmp_path / "case-destruction-certificate.pdf"
    assert cert.exists() and "4 notes (6 revisions), 3 positions and 4 offers destroyed" in res.stdout
    info = cli("info", str(case), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert info.returncode == 0 and "closed" in info.stdout.lower()
    assert cli("check", str(case), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    ok = cli("verify", str(cert), "--trust", str(identity["pem"]))
    assert ok.returncode == 0, ok.stdout
    assert "IOMed destruction certificate" in ok.stdout and "Caucus with" in ok.stdout
    assert "4 note(s), 6 revision(s), 3 position(s), 4 offer(s), 2 exhibit(s)" in ok.stdout
    assert cli("verify", str(cert)).returncode == 1  # nothing trusted
    # one changed byte inside the signed page content
    data = bytearray(cert.read_bytes())
    data[data.index(b"stream") + 40] ^= 0x01
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bytes(data))
    assert cli("verify", str(bad), "--trust", str(identity["pem"])).returncode == 1
    # a second close: already closed, a new certificate only under a new name
    again = cli("close", str(case), "--identity", str(identity["p12"]), "--passphrase-stdin", stdin=secrets)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_close_before_the_termination_is_refused(identity: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path, terminate=False)
    before = case.read_bytes()
    res = cli("close", str(case), "--identity", str(identity["p12"]), "--passphrase-stdin",
              stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert res.returncode == 1 and "termination" in res.stderr
    assert case.read_bytes() == before
    assert not (tmp_path / "case-destruction-certificate.pdf").exists()


def test_wrong_identity_passphrase_destroys_nothing(identity: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path)
    before = case.read_bytes()
    res = cli("close", str(case), "--identity", str(identity["p12"]), "--passphrase-stdin",
              stdin=f"{PASSPHRASE}\nnot the passphrase\n")
    assert res.returncode != 0 and case.read_bytes() == before
