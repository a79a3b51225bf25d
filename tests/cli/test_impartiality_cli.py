"""`iomed-desk impartiality CASE [--pdf OUT] [--json]`, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import cli
from tests.unit.test_impartiality_scenario import PASSPHRASE, Scenario, build, expected_party


@pytest.fixture
def scenario(tmp_path: Path):  # type: ignore[no-untyped-def]
    sc = build(tmp_path / "case.iomed")
    sc.session.close()  # the command opens the file itself
    return sc


def test_json_figures_and_no_content(scenario: Scenario) -> None:
    out = cli("impartiality", str(scenario.session.path), "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    for party in record["parties"]:
        want = expected_party(scenario, party["id"])
        if want["caucus_running"]:  # the command reads the real clock: a running caucus has run since
            assert party["caucus_running"] and party["caucus_minutes"] >= want["caucus_minutes"]  # type: ignore[operator]
            want.pop("caucus_minutes")
        for key in ("caucuses", "caucus_minutes", "disclosures_from", "disclosures_from_to_all",
                    "disclosures_to", "positions"):
            if key in want:
                assert party[key] == want[key], (party["name"], key)
        assert len(party["tablings_seen"]) == len(want["tablings_seen"])  # type: ignore[arg-type]
    assert not [c for c in scenario.canaries if c in out.stdout + out.stderr]


def test_text_and_pdf(scenario: Scenario, tmp_path: Path) -> None:
    pdf = tmp_path / "impartiality.pdf"
    out = cli("impartiality", str(scenario.session.path), "--pdf", str(pdf), "--passphrase-stdin",
              stdin=PASSPHRASE + "\n")
    assert out.returncode == 0, out.stderr
    assert "Republic of Asteria" in out.stdout and "2, 35 min" in out.stdout and "1, 5 min" in out.stdout
    assert " min (one running)" in out.stdout
    assert not [c for c in scenario.canaries if c in out.stdout]
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert cli("check", str(scenario.session.path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_errors_are_one_line(scenario: Scenario, tmp_path: Path) -> None:
    wrong = cli("impartiality", str(scenario.session.path), "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr
    missing = cli("impartiality", str(scenario.session.path), "--pdf", str(tmp_path / "nowhere" / "x.pdf"),
                  "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert missing.returncode != 0 and missing.stderr.strip()
    assert not (tmp_path / "nowhere").exists()
