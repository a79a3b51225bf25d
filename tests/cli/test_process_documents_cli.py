"""The process record's signed documents from the command line (issue 16), as a user runs them: the
agreement to mediate generated and signed (parties' keys issued in the room and a party's own PKCS#12
file), then `verify --trust` (exit 0) and the tampered copy (exit 1); the termination record signed by
the mediator alike; a refused command changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iomed_desk.app import process_record as pr
from iomed_desk.app.opening import create_case, unlock
from iomed_desk.core.clock import FakeClock
from iomed_desk.store import audit
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE, new_case_spec

MEDIATOR_PASS = "mediator identity passphrase"
PARTY_PASS = "party identity passphrase"


@pytest.fixture(scope="module")
def identities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("identity")
    med, party = folder / "mediator.p12", folder / "party.p12"
    assert cli("identity", "new", str(med), "--name", "Dr Lin Wai-man", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    assert cli("identity", "new", str(party), "--name", "Representative 2", "--passphrase-stdin",
               stdin=PARTY_PASS + "\n").returncode == 0
    return {"p12": med, "pem": folder / "mediator.pem", "party": party, "party_pem": folder / "party.pem"}


def _case(folder: Path) -> Path:
    path = folder / "case.iomed"
    create_case(path, PASSPHRASE, new_case_spec(parties=2), clock=FakeClock()).close()
    return path


def _flip(pdf: Path, out: Path) -> Path:
    data = bytearray(pdf.read_bytes())
    data[data.index(b"stream") + 40] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def test_generate_sign_record_and_verify(identities: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path)
    out = tmp_path / "agreement-to-mediate.pdf"
    # stdin: the case, the mediator identity, the PIN Representative 1 chooses, party.p12's passphrase
    res = cli("process", "agreement", str(case), "--generate", str(out), "--identity", str(identities["p12"]),
              "--signer", "Harbour Authority of Porto Novo=room",
              "--signer", f"Meridian Build Consortium=p12:{identities['party']}",
              "--institution-rules", "IOMed Mediation Rules", "--fees", "Shared equally.", "--passphrase-stdin",
              stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n2468\n{PARTY_PASS}\n")
    assert res.returncode == 0, res.stderr
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert sha in res.stdout
    both = ["--trust", str(identities["pem"]), "--trust", str(identities["party_pem"])]
    ok = cli("verify", str(out), *both)
    assert ok.returncode == 0, ok.stdout
    assert "IOMed agreement to mediate" in ok.stdout and "Meridian Build Consortium" in ok.stdout
    assert cli("verify", str(out), "--trust", str(identities["pem"])).returncode == 1  # party's key untrusted
    assert cli("verify", str(_flip(out, tmp_path / "bad.pdf")), *both).returncode == 1
    s = unlock(case, PASSPHRASE)
    try:
        recorded = pr.agreement_to_mediate(s)
    finally:
        s.close()
    assert (recorded.manner.value, recorded.pdf_sha256) == ("digital", sha)
    info = cli("info", str(case), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "signed (digital)" in info.stdout and sha in info.stdout


def test_a_party_left_without_a_key_is_refused(identities: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path)
    before = case.read_bytes()
    out = tmp_path / "atm.pdf"
    res = cli("process", "agreement", str(case), "--generate", str(out), "--identity", str(identities["p12"]),
              "--signer", "Harbour Authority of Porto Novo=room", "--passphrase-stdin",
              stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n2468\n")
    assert res.returncode != 0 and "Meridian Build Consortium" in res.stderr
    assert not out.exists() and case.read_bytes() == before


def test_terminate_with_the_signed_record(identities: dict[str, Path], tmp_path: Path) -> None:
    case = _case(tmp_path)
    assert cli("process", "agreement", str(case), "--manner", "paper", "--passphrase-stdin",
               stdin=PASSPHRASE + "\n").returncode == 0
    out = tmp_path / "termination.pdf"
    wrong = cli("process", "terminate", str(case), "--outcome", "not-settled", "--grounds", "No agreement.",
                "--certificate", str(out), "--identity", str(identities["p12"]), "--passphrase-stdin",
                stdin=f"{PASSPHRASE}\nnot the passphrase\n")
    assert wrong.returncode != 0 and not out.exists()
    s = unlock(case, PASSPHRASE)
    try:
        assert pr.termination(s) is None  # a wrong identity passphrase records no termination
    finally:
        s.close()
    res = cli("process", "terminate", str(case), "--outcome", "not-settled", "--grounds", "No agreement.",
              "--certificate", str(out), "--identity", str(identities["p12"]), "--passphrase-stdin",
              stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert res.returncode == 0, res.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() in res.stdout
    ok = cli("verify", str(out), "--trust", str(identities["pem"]))
    assert ok.returncode == 0, ok.stdout
    assert "IOMed termination record" in ok.stdout and "not settled" in ok.stdout and "No agreement." in ok.stdout
    assert cli("verify", str(_flip(out, tmp_path / "bad.pdf")), "--trust", str(identities["pem"])).returncode == 1
    assert cli("check", str(case), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_termination_record_for_a_termination_recorded_earlier(identities: dict[str, Path], tmp_path: Path) -> None:
    """`process termination-record CASE OUT --identity`: the signed record of a termination recorded without
    --certificate; refused in one line with nothing written before the termination, with a wrong identity
    passphrase, and over an existing file."""
    case = _case(tmp_path)
    out = tmp_path / "termination-record.pdf"
    assert cli("process", "agreement", str(case), "--manner", "paper", "--passphrase-stdin",
               stdin=PASSPHRASE + "\n").returncode == 0
    before = case.read_bytes()
    early = cli("process", "termination-record", str(case), str(out), "--identity", str(identities["p12"]),
                "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert early.returncode == 1 and "has not ended" in early.stderr
    assert not out.exists() and case.read_bytes() == before
    terminated = cli("process", "terminate", str(case), "--outcome", "not-settled", "--grounds",
                     "No agreement within the time agreed.", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert terminated.returncode == 0, terminated.stderr
    s = unlock(case, PASSPHRASE)
    try:
        ended = pr.termination(s)
    finally:
        s.close()
    assert ended is not None and ended.grounds == "No agreement within the time agreed."
    wrong = cli("process", "termination-record", str(case), str(out), "--identity", str(identities["p12"]),
                "--passphrase-stdin", stdin=f"{PASSPHRASE}\nnot the passphrase\n")
    assert wrong.returncode == 1 and not out.exists()
    res = cli("process", "termination-record", str(case), str(out), "--identity", str(identities["p12"]),
              "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert res.returncode == 0, res.stderr
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert sha in res.stdout
    ok = cli("verify", str(out), "--trust", str(identities["pem"]))
    assert ok.returncode == 0, ok.stdout
    assert "IOMed termination record" in ok.stdout and ended.grounds in ok.stdout
    assert cli("verify", str(out)).returncode == 1  # nothing trusted
    assert cli("verify", str(_flip(out, tmp_path / "bad.pdf")), "--trust", str(identities["pem"])).returncode == 1
    written = out.read_bytes()
    again = cli("process", "termination-record", str(case), str(out), "--identity", str(identities["p12"]),
                "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert again.returncode != 0 and "already exists" in again.stderr and out.read_bytes() == written
    s = unlock(case, PASSPHRASE)
    try:
        with s.db.reading() as conn:
            signed = audit.events(conn, action_prefix=pr.TERMINATION_RECORD_ACTION)
    finally:
        s.close()
    assert [e.detail["pdf_sha256"] for e in signed] == [sha]
    assert cli("check", str(case), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
