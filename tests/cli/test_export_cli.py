"""From the demo case to a signed agreement that verifies offline, as a user does it on the command line."""

from __future__ import annotations

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
    pem = folder / "mediator.pem"
    assert cli("identity", "cert", str(med), str(pem), "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
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
