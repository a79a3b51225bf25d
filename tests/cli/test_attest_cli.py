"""The signing ceremony on the command line (issue 13): per-signatory keys (in the room, on a PKCS#11
token via SoftHSM2), the checks, a party on paper, `attest`, `verify --record`, and a re-export that
needs a reason. Real case file, real token, real signatures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iomed_desk.app.demo import DEMO_PASSPHRASE
from tests.cli.test_cli import cli
from tests.export.test_pkcs11 import _token_public_key
from tests.softhsm import KEY, LABEL, PIN

MEDIATOR_PASS = "mediator identity passphrase"


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory, token_module: str) -> dict[str, Path]:
    from iomed_desk.app.signing import open_mediator_identity
    from iomed_desk.export.identity import certificate_pem, issue_certificate

    folder = tmp_path_factory.mktemp("ceremony-cli")
    demo, med = folder / "d.iomed", folder / "mediator.p12"
    assert cli("demo", str(demo), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n").returncode == 0
    made = cli("identity", "new", str(med), "--name", "Dr Margaret Lau Mei-ling", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n")
    assert made.returncode == 0, made.stderr
    issuer = open_mediator_identity(med, MEDIATOR_PASS).issuing
    assert issuer is not None
    cert = issue_certificate(issuer, "Henrik Ostrand", _token_public_key(token_module),
                             organisation="Calder-Ostrand Terminal Consortium")
    token_pem = folder / "token.pem"
    token_pem.write_bytes(certificate_pem(cert) + certificate_pem(issuer.certificate))
    out = folder / "agreement.pdf"
    res = cli("export", str(demo), str(out), "--identity", str(med), "--signer", "p1=room",
              "--signer", f"Calder-Ostrand Terminal Consortium=token:{token_module}:{LABEL}:{KEY}:{token_pem}",
              "--id-check", "p1=passport:1234", "--authority", "p2=board-resolution:of 1 December 2026",
              "--id-check", "Eastern Littoral Development Bank=national-id:88A9", "--passphrase-stdin",
              stdin=f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n482913\n{PIN}\n")
    assert res.returncode == 0, res.stderr
    assert "Awaiting paper signatures: Grace Adeyemi" in res.stdout and "iomed-desk attest" in res.stdout
    assert not list(folder.glob("*.record*"))  # the records wait for the final PDF
    final = folder / "agreement-final.pdf"
    attested = cli("attest", str(demo), str(out), "--identity", str(med), "--paper",
                   "Eastern Littoral Development Bank=witnessed by Ms Ann Lee", "--passphrase-stdin",
                   stdin=f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert attested.returncode == 0, attested.stderr
    assert "agreement-final.record.json" in attested.stdout
    return {"folder": folder, "demo": demo, "med": med, "pem": med.with_suffix(".pem"), "pdf": out, "final": final}


def test_the_final_pdf_matches_its_record_and_the_token_is_recorded(room: dict[str, Path]) -> None:
    party_copy = room["folder"] / "agreement-final.record-calder-ostrand-terminal-consortium.pdf"
    ok = cli("verify", str(room["final"]), "--trust", str(room["pem"]), "--record", str(party_copy))
    assert ok.returncode == 0, ok.stdout
    assert "Record: every signer matches the record" in ok.stdout
    record = json.loads((room["folder"] / "agreement-final.record.json").read_text("utf-8"))
    lines = {s["field"]: s for s in record["signers"]}
    assert (lines["Sig-Party-1"]["holding"], lines["Sig-Party-1"]["id_last4"]) == ("room", "1234")
    assert (lines["Sig-Party-2"]["holding"], lines["Sig-Party-2"]["authority"]) == ("token", "board-resolution")
    assert (lines["Sig-Party-3"]["holding"], lines["Sig-Party-3"]["witness"]) == ("paper", "Ms Ann Lee")


def test_the_pdf_before_the_attestation_does_not_match_the_record(room: dict[str, Path]) -> None:
    bad = cli("verify", str(room["pdf"]), "--trust", str(room["pem"]), "--record",
              str(room["folder"] / "agreement-final.record.json"), "--json")
    assert bad.returncode == 1
    problems = json.loads(bad.stdout)["record"]["problems"]
    assert any(p.startswith("Sig-Mediator: not signed in this PDF") for p in problems), problems


def test_attesting_again_is_refused(room: dict[str, Path]) -> None:
    again = cli("attest", str(room["demo"]), str(room["pdf"]), "--identity", str(room["med"]), "--out",
                str(room["folder"] / "twice.pdf"), "--paper", "p3=witnessed by X", "--passphrase-stdin",
                stdin=f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert again.returncode == 1 and "already been attested" in again.stderr
    assert not (room["folder"] / "twice.pdf").exists()


def test_a_whole_identity_number_is_refused(room: dict[str, Path]) -> None:
    res = cli("export", str(room["demo"]), str(room["folder"] / "never.pdf"), "--identity", str(room["med"]),
              "--id-check", "p1=passport:K12345678", "--reason", "x", "--passphrase-stdin",
              stdin=f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n")
    assert res.returncode != 0 and "only the last 4" in res.stderr
    assert not (room["folder"] / "never.pdf").exists()


def test_a_second_export_needs_a_reason_which_info_lists(room: dict[str, Path]) -> None:
    again = room["folder"] / "again.pdf"
    args = ("export", str(room["demo"]), str(again), "--identity", str(room["med"]), "--signer", "p1=room",
            "--signer", "p2=room", "--signer", "p3=room", "--passphrase-stdin")
    stdin = f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n111111\n222222\n333333\n"
    refused = cli(*args, stdin=stdin)
    assert refused.returncode == 1 and "already exported" in refused.stderr and not again.exists()
    done = cli(*args, "--reason", "the bank chose to sign digitally", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert "Signing records: " in done.stdout and (room["folder"] / "again.record.json").exists()
    info = cli("info", str(room["demo"]), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n").stdout
    assert "Exports:     2" in info and "reason:                the bank chose to sign digitally (replaces export 1" in info
