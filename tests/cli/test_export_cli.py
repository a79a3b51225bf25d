"""From the demo case to a signed agreement that verifies offline, as a user does it on the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from iomed_desk.app.demo import DEMO_PASSPHRASE
from tests.cli.test_cli import PASS, cli

MEDIATOR_PASS = "mediator identity passphrase"


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("room")
    demo = folder / "d.iomed"
    assert cli("demo", str(demo)).returncode == 0
    med = folder / "mediator.p12"
    assert cli("identity", "new", str(med), "--name", "Dr Margaret Lau Mei-ling", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    written = folder / "mediator.pem"  # identity new writes the certificate to trust beside the keys
    pem = folder / "mediator-exported.pem"
    assert cli("identity", "cert", str(med), str(pem), "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    assert pem.read_bytes() == written.read_bytes()
    out = folder / "agreement.pdf"
    res = cli("export", str(demo), str(out), "--identity", str(med), "--issue-party", "p1", "--issue-party",
              "p2", "--issue-party", "Eastern Littoral Development Bank=Grace Adeyemi", "--passphrase-stdin",
              stdin=f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n111111\n222222\n333333\n")
    assert res.returncode == 0, res.stderr
    return {"folder": folder, "demo": demo, "med": med, "pem": pem, "pdf": out}


def test_exported_agreement_verifies_with_the_mediator_certificate(room: dict[str, Path]) -> None:
    out = cli("verify", str(room["pdf"]), "--trust", str(room["pem"]))
    assert out.returncode == 0, out.stdout
    for field in ("Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"):
        assert field in out.stdout
    assert "Grace Adeyemi" in out.stdout
    assert cli("verify", str(room["pdf"])).returncode == 1  # nothing trusted


def test_one_changed_byte_in_a_signed_range_fails(room: dict[str, Path], tmp_path: Path) -> None:
    data = bytearray(room["pdf"].read_bytes())
    data[200] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data)
    assert cli("verify", str(bad), "--trust", str(room["pem"])).returncode == 1


def test_wrong_identity_passphrase_writes_nothing(room: dict[str, Path]) -> None:
    out_pdf = room["folder"] / "never.pdf"
    res = cli("export", str(room["demo"]), str(out_pdf), "--identity", str(room["med"]), "--passphrase-stdin",
              stdin=f"{DEMO_PASSPHRASE}\nwrong passphrase\n")
    assert res.returncode != 0 and not out_pdf.exists()
    assert not [p for p in room["folder"].iterdir() if p.name.endswith(".tmp")]


def test_a_case_without_a_concluded_agreement_cannot_be_exported(tmp_path: Path, room: dict[str, Path]) -> None:
    case = tmp_path / "open.iomed"
    assert cli("new", str(case), "--reference", "R/1", "--title", "Open case", "--kind", "commercial",
               "--mediator", "M", "--party", "A", "--party", "B", "--passphrase-stdin",
               stdin=PASS + "\n").returncode == 0
    out_pdf = tmp_path / "x.pdf"
    res = cli("export", str(case), str(out_pdf), "--identity", str(room["med"]), "--passphrase-stdin",
              stdin=f"{PASS}\n{MEDIATOR_PASS}\n")
    assert res.returncode == 1 and "concluded" in res.stderr and not out_pdf.exists()


def test_info_lists_the_export_with_the_pdf_sha256_and_the_fingerprint(room: dict[str, Path]) -> None:
    """The case records what it wrote: `sha256sum` of the PDF, and the fingerprint verify recomputes."""
    pdf_sha256 = hashlib.sha256(room["pdf"].read_bytes()).hexdigest()
    verified = cli("verify", str(room["pdf"]), "--trust", str(room["pem"]), "--json")
    fingerprint = json.loads(verified.stdout)["fingerprint"]
    assert json.loads(verified.stdout)["file_sha256"] == pdf_sha256
    info = cli("info", str(room["demo"]), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert info.returncode == 0, info.stderr
    lines = info.stdout.splitlines()
    at = lines.index("Exports:     1")
    assert lines[at + 1].endswith(f"  {room['pdf'].name}")
    assert lines[at + 2] == f"    PDF SHA-256:           {pdf_sha256}"
    assert lines[at + 3] == f"    agreement fingerprint: {fingerprint}"
    extracted = cli("verify", str(room["pdf"]), "--extract-text")
    assert hashlib.sha256(extracted.stdout.encode("utf-8")).hexdigest() == fingerprint
