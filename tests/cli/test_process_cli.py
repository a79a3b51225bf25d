"""`iomed-desk process ...` and `iomed-desk demo --closed` as a user runs them (subprocesses on real files).

Each step's promise is checked from outside the code under test: the signed PDF's SHA-256 by hashlib,
the record read back with `process show` and `info`, a refused step by the file's bytes staying the
same, the closed demo by `verify --trust` (exit 0), `check` (exit 0) and a scan of the decrypted file
for the demo's own caucus words (taken from resources/demo/notes_en.json, not from the code).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from iomed_desk.app import process_record as pr
from iomed_desk.app.demo import DEMO_PASSPHRASE
from iomed_desk.app.opening import create_case, unlock
from iomed_desk.core.clock import FakeClock
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE, new_case_spec

STDIN = PASSPHRASE + "\n"


def _case(tmp_path: Path) -> Path:
    path = tmp_path / "case.iomed"
    create_case(path, PASSPHRASE, new_case_spec(parties=2), clock=FakeClock()).close()
    return path


def process(case: Path, *args: str):  # type: ignore[no-untyped-def]
    return cli("process", args[0], str(case), *args[1:], "--passphrase-stdin", stdin=STDIN)


def test_the_process_record_step_by_step(tmp_path: Path) -> None:
    case = _case(tmp_path)
    before = case.read_bytes()
    res = process(case, "agreement", "--manner", "without")  # no reason: refused, nothing written
    assert res.returncode == 2 and "reason" in res.stderr.lower() and case.read_bytes() == before
    res = process(case, "agreement", "--manner", "digital")  # no signed PDF
    assert res.returncode == 2 and "SHA-256" in res.stderr and case.read_bytes() == before
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    res = process(case, "agreement", "--manner", "digital", "--signed-pdf", str(signed), "--fees", "Shared")
    assert res.returncode == 0, res.stderr
    shown = process(case, "show").stdout
    assert "signed (digital)" in shown and hashlib.sha256(signed.read_bytes()).hexdigest() in shown

    res = process(case, "declare", "--text", "No relationship with any party.")
    assert res.returncode == 0, res.stderr
    declaration = re.search(r"(dc-\S+)", res.stdout).group(1)
    assert "awaiting acknowledgement" in process(case, "show").stdout
    res = process(case, "answer", declaration, "objected", "--party", "p2")  # an objection needs grounds
    assert res.returncode == 2 and "grounds" in res.stderr.lower()
    for party in ("p1", "p2"):
        assert process(case, "answer", declaration, "acknowledged", "--party", party).returncode == 0

    res = process(case, "authority", "--party", "p1", "--representative", "Counsel 1", "--instrument",
                  "power-of-attorney", "--dated", "2026-02-27", "--limits", "up to USD 5m")
    assert res.returncode == 0, res.stderr

    session = unlock(case, PASSPHRASE)  # a caucus with p1, started as the GUI starts it
    try:
        started = pr.start_session(session, session.case.parties[0].channel,
                                   [pr.AttendeeSpec("Counsel 1", "representative", "p1")])
        session_id = started.created_id
    finally:
        session.close()
    before = case.read_bytes()
    res = process(case, "attend", session_id, "--name", "Agent B", "--role", "counsel", "--party", "p2")
    assert res.returncode == 1 and "confirm" in res.stderr and case.read_bytes() == before
    res = process(case, "attend", session_id, "--name", "Agent B", "--role", "counsel", "--party", "p2",
                  "--undertaking", "yes", "--confirm")
    assert res.returncode == 0, res.stderr

    shown = process(case, "show").stdout
    assert "declarations: 1, acknowledged by all parties" in shown
    assert "Counsel 1, by power of attorney dated 2026-02-27 (up to USD 5m)" in shown
    assert "Counsel 1 (representative)" in shown and "Agent B (counsel, undertaking yes)" in shown
    assert "attendance: 1 of 1 sessions recorded, 2 attendees, 0 undertaking(s) missing" in shown

    res = process(case, "terminate", "--outcome", "withdrawn", "--grounds", "Letter of 3 March")
    assert res.returncode == 2 and "withdrew" in res.stderr  # which party withdrew?
    res = process(case, "terminate", "--outcome", "withdrawn", "--grounds", "Letter of 3 March",
                  "--withdrawn-party", "p2")
    assert res.returncode == 0, res.stderr
    info = cli("info", str(case), "--passphrase-stdin", stdin=STDIN).stdout
    assert "termination: withdrawn on" in info and "(withdrawn: p2)" in info
    before = case.read_bytes()
    for step in (("declare", "--text", "Later"), ("authority", "--party", "p1", "--representative", "X",
                                                  "--instrument", "full-powers", "--dated", "2026-03-01"),
                 ("terminate", "--outcome", "not-settled", "--grounds", "again")):
        res = process(case, *step)
        assert res.returncode == 1 and res.stderr.strip(), step  # frozen: refused in one line
    assert case.read_bytes() == before
    assert process(case, "retention", "7").returncode == 0  # a closing step stays open
    assert "retention: 7 days; not closed" in process(case, "show").stdout


def _caucus_words() -> list[str]:
    """Long words of the demo's caucus and notebook notes (their phase's channel is not joint, or the
    note names its own) that appear nowhere else in the shipped script (not in a joint note, a draft, a
    position or the case's names), read from resources/demo/notes_en.json."""
    script = json.loads(Path("resources/demo/notes_en.json").read_text(encoding="utf-8"))
    caucus, rest = [], []
    for phase in script["phases"]:
        for step in phase["steps"]:
            note = step.get("note")
            channel = (note or {}).get("channel", phase.get("session", "mediator"))
            if note is not None and channel != "joint":
                caucus.append(f"{note['title']} {' '.join(note.get('body', []))}")
            else:
                rest.append(json.dumps(step, ensure_ascii=False))
    elsewhere = " ".join(rest) + json.dumps({k: v for k, v in script.items() if k != "phases"}, ensure_ascii=False)
    return sorted({w for text in caucus for w in re.findall(r"[A-Za-z]{10,}", text)} - set(
        re.findall(r"[A-Za-z]{10,}", elsewhere)))


def _dump(case: Path) -> str:
    """Every row of every table, decrypted."""
    session = unlock(case, DEMO_PASSPHRASE)
    try:
        with session.db.reading() as conn:
            return "\n".join(str(row) for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
                for row in conn.execute(f'SELECT * FROM "{name}"'))
    finally:
        session.close()


def test_the_closed_demo_verifies_checks_and_keeps_no_caucus_word(tmp_path: Path) -> None:
    case = tmp_path / "closed.iomed"
    res = cli("demo", "--closed", str(case))
    assert res.returncode == 0, res.stderr
    cert = tmp_path / "closed-destruction-certificate.pdf"
    pem = tmp_path / "closed-mediator.pem"
    assert "Case closed:" in res.stdout and str(cert) in res.stdout
    verified = cli("verify", str(cert), "--trust", str(pem))
    assert verified.returncode == 0, verified.stdout
    assert "Result: certificate verified" in verified.stdout
    assert cli("check", str(case), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n").returncode == 0
    info = cli("info", str(case), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n").stdout
    assert "termination: partially-settled" in info and "closed 2026-" in info
    assert "declarations: 1, acknowledged by all parties" in info and "authorities to settle: 3" in info
    assert re.search(r"attendance: (\d+) of \1 sessions recorded", info)
    words = _caucus_words()
    assert len(words) > 20
    found = [w for w in words if re.search(rf"\b{w}\b", _dump(case))]
    assert found == []
    # the scan's control: the open demo holds every one of them
    assert cli("demo", str(tmp_path / "open.iomed")).returncode == 0
    assert [w for w in words if not re.search(rf"\b{w}\b", _dump(tmp_path / "open.iomed"))] == []
    again = cli("demo", "--closed", str(case))  # nothing written over
    assert again.returncode != 0 and cert.exists()
