"""`iomed-desk offers CASE [--pdf OUT]`, run as a user runs it (a subprocess)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from iomed_desk.app.offers import offers_desk
from iomed_desk.core.channels import Channel
from iomed_desk.core.clock import FakeClock
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE
from tests.store.test_offers_check import LIMITS, new_session, run_check, written


def test_ledger_lines_and_pdf(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 5, 4, 1, 0, tzinfo=UTC))
    s = new_session(tmp_path / "case.iomed", clock)
    a, b, _c = (p.id for p in s.case.parties)
    desk = offers_desk(s)
    issue = desk.add_issue("Purchase price", "amount", "USD").created_id or ""
    s.start_session(Channel.party(a))
    desk.record_offer(issue, a, "18m", to_party=b, consents=[f"party:{a}"], terms="cash at closing")
    desk.record_offer(issue, a, "19.5m", private=True)
    s.end_session()
    run_check(s, clock, issue, a, b)
    s.close()
    pdf = tmp_path / "ledger.pdf"
    out = cli("offers", str(s.path), "--pdf", str(pdf), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert out.returncode == 0, out.stderr
    assert "Purchase price (USD)" in out.stdout
    assert "offer USD 18,000,000 (communicated; cash at closing)" in out.stdout
    assert "offer USD 19,500,000 (private figure)" in out.stdout
    assert "round 1: gap" in out.stdout and "round 3: overlap; figure by the agreed rule: USD 27,156,250" in out.stdout
    forms = set().union(*(written(t) for pair in LIMITS for t in pair))
    assert not [f for f in forms if f in out.stdout + out.stderr]
    info = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "WenQuanYi" in info
    assert cli("check", str(s.path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_errors_are_one_line(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 5, 4, 1, 0, tzinfo=UTC))
    s = new_session(tmp_path / "case.iomed", clock)
    s.close()
    empty = cli("offers", str(s.path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert empty.returncode == 0 and "No issues recorded." in empty.stdout
    wrong = cli("offers", str(s.path), "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr
    unknown = cli("offers", str(s.path), "--issue", "i-nope", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert unknown.returncode == 2 and "No such issue" in unknown.stderr
    missing = cli("offers", str(s.path), "--pdf", str(tmp_path / "nowhere" / "x.pdf"), "--passphrase-stdin",
                  stdin=PASSPHRASE + "\n")
    assert missing.returncode != 0 and missing.stderr.strip()
    assert not (tmp_path / "nowhere").exists()
