"""Annexes on the command line (issue 18): `export --annex` embeds exhibits from the case file, `verify`
checks them, `verify --extract-annex` writes one out whose SHA-256 sha256sum confirms against the
signed text; a caucus exhibit not disclosed to all parties cannot be annexed."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from iomed_desk.app import opening
from iomed_desk.app.demo import DEMO_PASSPHRASE
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Channel
from tests.cli.test_cli import cli

MEDIATOR_PASS = "mediator identity passphrase"
SECRETS = f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n111111\n222222\n333333\n"
ISSUE = ("--issue-party", "p1", "--issue-party", "p2", "--issue-party", "Eastern Littoral Development Bank=Grace Adeyemi")


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("annex-room")
    demo = folder / "d.iomed"
    assert cli("demo", str(demo)).returncode == 0
    med = folder / "mediator.p12"
    assert cli("identity", "new", str(med), "--name", "Dr Margaret Lau Mei-ling", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    contract = folder / "concession-contract.pdf"
    canvas = Canvas(str(contract))
    canvas.drawString(72, 720, "Concession Agreement of 14 May 2011")
    canvas.save()
    plan = folder / "berth-plan.txt"
    plan.write_text("Berth plan, revision 4\n" * 100)
    caucus = folder / "bottom-line.txt"
    caucus.write_text("Our real limit is USD 30m\n")
    session = opening.unlock(demo, DEMO_PASSPHRASE)
    try:
        desk = exhibits_desk(session)
        desk.import_file(contract, Channel.joint(), label="C-12")
        desk.import_file(plan, Channel.joint(), label="R-3")
        desk.import_file(caucus, Channel.party(session.case.parties[0].id), label="P-1")
    finally:
        session.close()
    pdf = folder / "agreement.pdf"
    res = cli("export", str(demo), str(pdf), "--identity", str(med), *ISSUE, "--annex", "C-12", "--annex", "r-3",
              "--passphrase-stdin", stdin=SECRETS)
    assert res.returncode == 0, res.stderr
    return {"folder": folder, "demo": demo, "med": med, "pem": folder / "mediator.pem", "pdf": pdf,
            "contract": contract, "plan": plan}


def test_export_with_annexes_verifies(room: dict[str, Path]) -> None:
    out = cli("verify", str(room["pdf"]), "--trust", str(room["pem"]))
    assert out.returncode == 0, out.stdout
    assert "annex C-12 verified; concession-contract.pdf" in out.stdout
    assert "annex R-3 verified; berth-plan.txt" in out.stdout
    assert "Result: text and annexes verified, all signatures valid" in out.stdout


def test_extract_annex_is_what_sha256sum_and_the_signed_text_say(room: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "c12.pdf"
    res = cli("verify", str(room["pdf"]), "--extract-annex", "C-12", str(out))
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == room["contract"].read_bytes()
    digest = subprocess.run(["sha256sum", str(out)], capture_output=True, text=True, check=True).stdout.split()[0]
    text = cli("verify", str(room["pdf"]), "--extract-text").stdout
    assert "annex 1: C-12\nannex 1 file: concession-contract.pdf\n" in text
    assert f"annex 1 sha256: {digest}\n" in text
    assert digest in res.stdout
    again = cli("verify", str(room["pdf"]), "--extract-annex", "C-12", str(out))
    assert again.returncode != 0 and "exists" in again.stderr
    missing = cli("verify", str(room["pdf"]), "--extract-annex", "C-99", str(tmp_path / "x"))
    assert missing.returncode != 0 and "no annex labelled 'C-99'" in missing.stderr
    assert not (tmp_path / "x").exists()


def test_a_caucus_exhibit_cannot_be_annexed(room: dict[str, Path]) -> None:
    pdf = room["folder"] / "leak.pdf"
    res = cli("export", str(room["demo"]), str(pdf), "--identity", str(room["med"]), *ISSUE, "--annex", "P-1",
              "--reason", "again", "--passphrase-stdin", stdin=SECRETS)
    assert res.returncode != 0
    assert "Exhibit P-1 is not visible to all parties" in res.stderr
    assert not pdf.exists()


def test_the_audit_event_names_the_annexes(room: dict[str, Path]) -> None:
    session = opening.unlock(room["demo"], DEMO_PASSPHRASE)
    try:
        event = [e for e in session.audit_events("agreement.export") if e.action == "agreement.export"][-1]
    finally:
        session.close()
    listed = [(a["label"], a["sha256"]) for a in event.detail["annexes"]]
    assert listed == [("C-12", hashlib.sha256(room["contract"].read_bytes()).hexdigest()),
                      ("R-3", hashlib.sha256(room["plan"].read_bytes()).hexdigest())]
