"""Exhibits leave no plaintext (issue 18): after importing an exhibit whose text holds a canary, none of
it is in HOME, the XDG folders, TMPDIR or /dev/shm (nor in the case file's bytes); closing the case
destroys the caucus exhibits: their canaries are in no decrypted page or row of the fresh file, while
a joint exhibit's stay; the case.destroy event counts them per channel."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab.pdfgen import canvas

from iomed_desk.app import process_record as pr
from iomed_desk.app.closing import close_case
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.process import Outcome
from tests.conftest import TEST_HOME
from tests.reliability.test_destruction_canary import decrypted_pages, every_row
from tests.store.test_destruction_scenario import build, scan

_RUN = os.urandom(4).hex()  # earlier runs' source files may still be in TMPDIR: this run's words are its own
CAUCUS_WORDS = [f"quillcanaryexhibit{_RUN}", f"marrowcanarytext{_RUN}"]
JOINT_WORD = f"lanterncanaryjoint{_RUN}"


def _folders() -> list[Path]:
    out = [TEST_HOME, Path(tempfile.gettempdir()), Path("/dev/shm")]
    out += [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR")
            if v in os.environ]
    return out


def _hits(words: list[str], skip: Path) -> list[str]:
    found = []
    for folder in _folders():
        for p in folder.rglob("*"):
            try:
                if p.is_symlink() or not p.is_file() or p.resolve().is_relative_to(skip.resolve()):
                    continue
                data = p.read_bytes()
            except OSError:
                continue
            found += [f"{w} in {p}" for w in words if w.encode() in data]
    return found


def test_exhibit_canaries_nowhere_and_destroyed_at_closing(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "case.iomed"
    session, sc = build(path, FakeClock(), terminate=False)
    desk = exhibits_desk(session)
    pdf = sources / "survey.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 700, f"Survey {CAUCUS_WORDS[0]}")
    c.save()
    note = sources / "memo.txt"
    note.write_text(f"Bottom line {CAUCUS_WORDS[1]}\n")
    joint = sources / "joint.txt"
    joint.write_text(f"Agreed map {JOINT_WORD}\n")
    desk.import_file(pdf, Channel.party("p1"), label="C-1")
    desk.import_file(note, Channel.mediator(), label="M-1")
    desk.import_file(joint, Channel.joint(), label="J-1")
    assert [h.title for h in session.search(CAUCUS_WORDS[0])] == ["C-1 survey.pdf"]
    # the sources themselves hold the canaries (the scan's control); nothing else the app wrote does
    assert _hits(CAUCUS_WORDS, skip=Path("/nonexistent")) != []
    assert _hits([*CAUCUS_WORDS, JOINT_WORD], skip=sources) == []
    # the scenario holds exhibits of its own: count what each caucus holds now, from the mediator's view
    held = {str(ch): len([x for x in desk.visible(Audience.mediator()) if x.channel == ch])
            for ch in (Channel.party("p1"), Channel.mediator())}
    joint_kept = sorted(x.label for x in desk.visible(Audience.mediator()) if x.channel == Channel.joint())
    pr.terminate(session, Outcome.NOT_SETTLED, "No settlement within the time the parties set.")
    key, salt = session.db.key, session.db.salt
    session.close()
    assert scan(every_row(path, key, salt), CAUCUS_WORDS) == CAUCUS_WORDS  # control: in the file before closing
    session = open_with_key(path, key, clock=FakeClock())
    closed = close_case(session)
    destroyed = closed.session.audit_events("case.destroy")[0].detail["channels"]
    assert destroyed["party:p1"]["exhibits"] == held["party:p1"] >= 1
    assert destroyed["mediator"]["exhibits"] == held["mediator"] >= 1
    assert closed.session.check().ok
    assert sorted(x.label for x in exhibits_desk(closed.session).visible(Audience.mediator())) == joint_kept
    closed.session.close()
    for data in (path.read_bytes(), decrypted_pages(path, key), every_row(path, key, salt)):
        assert scan(data, CAUCUS_WORDS) == []
    assert scan(every_row(path, key, salt), [JOINT_WORD]) == [JOINT_WORD]
    assert sorted(p.name for p in folder.iterdir()) == ["case.iomed"]
    assert _hits([*CAUCUS_WORDS, JOINT_WORD], skip=sources) == []
    assert sc.caucus

