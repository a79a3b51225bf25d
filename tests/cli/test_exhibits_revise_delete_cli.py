"""`iomed-desk exhibits CASE revise|delete`, run as a user runs it (subprocesses on real case files).

Each promise is checked from outside the command: the new revision's bytes by `exhibits export` and
hashlib, `list`, a disclosure keeping its revision by the signed agreement's annex (`verify
--extract-annex`), refusals by the audit head and the exhibit's revisions read back afterwards, the
confirmation on a real pseudo-terminal.
"""

from __future__ import annotations

import hashlib
import os
import pty
import select
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from iomed_desk.app import opening
from iomed_desk.app import process_record as pr
from iomed_desk.app.demo import DEMO_PASSPHRASE
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.process import Outcome
from tests.cli.test_annex_cli import ISSUE, MEDIATOR_PASS, SECRETS
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE, new_case_spec

STDIN = PASSPHRASE + "\n"
FIRST = "Quay wall survey, first issue\n" * 40


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A case with exhibit C-12 (revision 1) in the first party's channel."""
    path = tmp_path / "case.iomed"
    session = opening.create_case(path, PASSPHRASE, new_case_spec(parties=2), clock=FakeClock())
    try:
        (tmp_path / "survey.txt").write_text(FIRST)
        exhibits_desk(session).import_file(tmp_path / "survey.txt", session.case.parties[0].channel, label="C-12")
    finally:
        session.close()
    return path


def exhibits(case: Path, *args: str):  # type: ignore[no-untyped-def]
    return cli("exhibits", str(case), *args, "--passphrase-stdin", stdin=STDIN)


def state(case: Path) -> tuple[str, list[tuple[str, int, list[str]]]]:
    """The audit head and each live exhibit's label, current revision and revisions' SHA-256."""
    session = opening.unlock(case, PASSPHRASE)
    try:
        desk = exhibits_desk(session)
        found = [(x.label, x.revision, [r.sha256 for r in desk.revisions(x.id)])
                 for x in desk.visible(Audience.mediator())]
        return str(session.head()), found
    finally:
        session.close()


def refused(res, code: int, words: str) -> None:  # type: ignore[no-untyped-def]
    assert res.returncode == code, (res.returncode, res.stdout, res.stderr)
    assert len(res.stderr.strip().splitlines()) == 1 and words in res.stderr, res.stderr
    assert res.stdout == ""


def test_revise_then_export_and_list(case: Path, tmp_path: Path) -> None:
    new = tmp_path / "survey-2.txt"
    new.write_text("Quay wall survey, second issue: the crack is 40 cm long\n" * 30)
    digest = hashlib.sha256(new.read_bytes()).hexdigest()
    res = exhibits(case, "revise", "c-12", str(new), "--name", "survey (amended).txt")
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.splitlines()) == 1
    assert "C-12 revision 2" in res.stdout and digest in res.stdout
    out = tmp_path / "out.txt"
    exported = exhibits(case, "export", "C-12", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == new.read_bytes() and digest in exported.stdout
    line = [ln for ln in exhibits(case, "list").stdout.splitlines() if "C-12" in ln][0]
    assert "survey (amended).txt" in line and "revision 2" in line and digest in line
    by_id = exhibits(case, "revise", line.split()[0], str(tmp_path / "survey.txt"))  # the id names it too
    assert by_id.returncode == 0 and "C-12 revision 3" in by_id.stdout
    _, [(label, revision, shas)] = state(case)
    assert (label, revision) == ("C-12", 3)
    assert shas == [hashlib.sha256(FIRST.encode()).hexdigest(), digest, hashlib.sha256(FIRST.encode()).hexdigest()]


@pytest.fixture
def appending(tmp_path: Path) -> Iterator[Path]:
    """A large text file that another program keeps appending to."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a log being written\n" * 400_000)  # 8 MB: its read takes many appends
    stop = threading.Event()

    def append() -> None:
        with open(path, "ab", buffering=0) as f:
            while not stop.is_set():
                f.write(b"one more line\n")
                time.sleep(0.001)

    writer = threading.Thread(target=append, daemon=True)
    writer.start()
    yield path
    stop.set()
    writer.join()


def test_revise_refusals_change_nothing(case: Path, tmp_path: Path, appending: Path) -> None:
    before = state(case)
    new = tmp_path / "new.txt"
    new.write_text("a corrected survey\n")
    refused(exhibits(case, "revise", "C-12", str(tmp_path / "missing.txt")), 2, "missing.txt does not exist")
    refused(exhibits(case, "revise", "C-99", str(new)), 2, "No exhibit 'C-99'")
    refused(exhibits(case, "revise", "C-12", str(tmp_path)), 2, "is a folder")
    refused(exhibits(case, "revise", "C-12", str(appending)), 1, "changed while it was being read")
    assert state(case) == before


def test_a_terminated_case_takes_no_revision_and_no_deletion(case: Path, tmp_path: Path) -> None:
    session = opening.unlock(case, PASSPHRASE)
    try:
        pr.record_agreement_to_mediate(session, "paper")
        pr.terminate(session, Outcome.NOT_SETTLED, "No settlement was reached.")
    finally:
        session.close()
    before = state(case)
    new = tmp_path / "new.txt"
    new.write_text("a late survey\n")
    refused(exhibits(case, "revise", "C-12", str(new)), 1, "read-only")
    refused(exhibits(case, "delete", "C-12", "--yes"), 1, "read-only")
    assert state(case) == before


def test_delete(case: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a corrected survey\n")
    assert exhibits(case, "revise", "C-12", str(new)).returncode == 0
    before = state(case)
    refused(exhibits(case, "delete", "C-12"), 2, "--yes")  # no terminal to ask on
    refused(exhibits(case, "delete", "C-99", "--yes"), 2, "No exhibit 'C-99'")
    assert state(case) == before
    res = exhibits(case, "delete", "C-12", "--yes")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "Deleted C-12 (2 revisions); the audit keeps that it existed."
    head, found = state(case)
    assert found == [] and head != before[0]
    refused(exhibits(case, "export", "C-12", str(tmp_path / "out.txt")), 2, "No exhibit 'C-12'")
    assert not (tmp_path / "out.txt").exists()
    session = opening.unlock(case, PASSPHRASE)
    try:
        [event] = session.audit_events("exhibit.delete")
    finally:
        session.close()
    assert event.detail["revisions"] == 2
    assert cli("check", str(case), "--passphrase-stdin", stdin=STDIN).returncode == 0


def _on_terminal(args: list[str], answers: list[tuple[bytes, bytes]]) -> tuple[int, str]:
    """Run the command on a new pseudo-terminal (its controlling terminal, as in a shell), answering each
    prompt once it shows; the exit code and all the terminal showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: straight into the command
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("IOMED_DEBUG", None)
        os.execve(sys.executable, [sys.executable, "-m", "iomed_desk", *args], env)
    shown, pending, deadline = b"", list(answers), time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if pending and pending[0][0] in shown:
                os.write(fd, pending.pop(0)[1])
            ready, _, _ = select.select([fd], [], [], 1)
            if ready:
                try:
                    data = os.read(fd, 4096)
                except OSError:  # the child has gone: the terminal is closed
                    break
                if not data:
                    break
                shown += data
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


def test_delete_asks_on_a_terminal(case: Path) -> None:
    before = state(case)
    answers = [(b"Passphrase:", STDIN.encode())]
    code, shown = _on_terminal(["exhibits", str(case), "delete", "C-12"], [*answers, (b"[y/N]", b"n\n")])
    assert code == 1 and "Delete exhibit C-12 (survey.txt, 1 revision) for good?" in shown
    assert "Nothing was deleted; C-12 stays." in shown and "Traceback" not in shown
    assert state(case) == before
    code, shown = _on_terminal(["exhibits", str(case), "delete", "C-12"], [*answers, (b"[y/N]", b"y\n")])
    assert code == 0 and "Deleted C-12 (1 revision)" in shown
    assert state(case)[1] == []


def test_a_disclosed_exhibit_is_annexed_in_the_revision_consented_to(tmp_path: Path) -> None:
    """The revision disclosed to the joint session is what all parties see after a `revise`: the signed
    agreement's annex holds it, not the new file the mediator alone sees."""
    demo = tmp_path / "d.iomed"
    assert cli("demo", str(demo)).returncode == 0
    med = tmp_path / "mediator.p12"
    assert cli("identity", "new", str(med), "--name", "Dr Margaret Lau Mei-ling", "--passphrase-stdin",
               stdin=MEDIATOR_PASS + "\n").returncode == 0
    consented, later = tmp_path / "berth-plan.txt", tmp_path / "berth-plan-v5.txt"
    consented.write_text("Berth plan, revision 4\n" * 50)
    later.write_text("Berth plan, revision 5: berth 3 moved north\n" * 50)
    session = opening.unlock(demo, DEMO_PASSPHRASE)
    try:
        desk = exhibits_desk(session)
        party = session.case.parties[0]
        exhibit_id = desk.import_file(consented, party.channel, label="P-7").created_id
        assert exhibit_id is not None
        desk.disclose(exhibit_id, Audience.joint(), [str(party.channel)])
    finally:
        session.close()
    res = cli("exhibits", str(demo), "revise", "P-7", str(later), "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert res.returncode == 0 and "P-7 revision 2" in res.stdout, res.stderr
    pdf = tmp_path / "agreement.pdf"
    res = cli("export", str(demo), str(pdf), "--identity", str(med), *ISSUE, "--annex", "P-7",
              "--passphrase-stdin", stdin=SECRETS)
    assert res.returncode == 0, res.stderr
    annex = tmp_path / "annex.txt"
    assert cli("verify", str(pdf), "--extract-annex", "P-7", str(annex)).returncode == 0
    assert annex.read_bytes() == consented.read_bytes()
