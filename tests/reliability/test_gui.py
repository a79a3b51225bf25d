"""Issue 6, reliability 10 (lock), and the GUI halves of 3 (full disk) and 5 (plaintext scan).

Each scenario runs the real main window in a process of its own
(tests/reliability/gui_child.py, offscreen, hardened like the application) with
its own HOME, XDG folders and TMPDIR, so process-wide state (PR_SET_DUMPABLE,
QSettings files, an RLIMIT) is the scenario's alone.
"""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from iomed_desk.app.opening import NewCase, NewParty, create_case
from iomed_desk.core.model import CaseKind, PartyKind
from tests.conftest import PASSPHRASE, new_case_spec
from tests.reliability.helpers import ROOT, child_env, figure, scan_files


def environment(root: Path) -> tuple[dict[str, str], list[Path]]:
    home, tmp = root / "home", root / "tmp"
    folders = {"HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
               "XDG_CACHE_HOME": home / ".cache", "XDG_RUNTIME_DIR": home / "runtime", "TMPDIR": tmp}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    return child_env(**{k: str(v) for k, v in folders.items()}), [home, tmp]


def run(mode: str, case: Path, payload: dict, root: Path, timeout: float = 300) -> dict:
    env, _ = environment(root)
    out = subprocess.run([sys.executable, "-m", "tests.reliability.gui_child", mode, str(case)],
                         input=json.dumps(payload), capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=timeout)
    assert out.returncode == 0, out.stderr[-4000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def new_case(folder: Path) -> tuple[Path, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    case = folder / "case.iomed"
    session = create_case(case, PASSPHRASE, new_case_spec())
    key = session.db.key
    session.close()
    return case, key


@pytest.mark.parametrize("cycles", [pytest.param(1, id="fast"), pytest.param(5, id="full", marks=pytest.mark.slow)])
def test_idle_lock_leaves_nothing_behind(tmp_path: Path, cycles: int) -> None:
    case, key = new_case(tmp_path / "case")
    marker = f"LOCKMK{secrets.token_hex(4)}"
    r = run("lock", case, {"key": key.hex(), "passphrase": PASSPHRASE, "marker": marker, "idle_seconds": 2,
                           "cycles": cycles}, tmp_path)
    late = [c["late_by"] for c in r["cycles"]]
    timely = all(c["locked"] and abs(c["late_by"]) <= 1.0 for c in r["cycles"])  # Qt coarse timers: ±5%
    left = [c["leftovers"] for c in r["cycles"]]
    residue = sum(len(x["widgets"]) + len(x["models"]) + len(x["documents"]) + x["undo_stack_texts"]
                  + x["undo_stacks_with_commands"] + len(x["editors_with_undo"]) for x in left)
    closed = all(c["connection_closed"] and not c["open_files"] for c in r["cycles"])
    scale = "full" if cycles >= 5 else "fast"
    figure(f"lock.{scale}.idle", "idle lock: seconds after the set idle time (2 s) that the case locked",
           max(late, key=abs), "within ±1 s", timely, per_cycle=late, cycles=cycles)
    figure(f"lock.{scale}.residue", "after lock: marker text in widgets, item models, text documents, undo "
           "stacks and editors' undo history", residue, "0", residue == 0, scanned=left[-1], cycles=cycles)
    figure(f"lock.{scale}.closed", "after lock: database connection closed and no descriptor left on the case "
           "file", "closed" if closed else "open", "closed", closed,
           open_files=[c["open_files"] for c in r["cycles"]])
    figure(f"lock.{scale}.dumpable", "PR_GET_DUMPABLE of the running application", r["dumpable"], "0",
           r["dumpable"] == 0)
    figure(f"lock.{scale}.saved", "typed notes saved by the lock", f"{r['typed_notes_saved']}/{r['typed_notes']}",
           "all", r["typed_notes_saved"] == r["typed_notes"])
    assert timely, late
    assert residue == 0, left
    assert closed and r["dumpable"] == 0
    assert r["typed_notes_saved"] == r["typed_notes"]


def test_gui_keeps_the_text_when_the_disk_fills(tmp_path: Path) -> None:
    case, key = new_case(tmp_path / "case")
    r = run("disk_full", case, {"key": key.hex(), "marker": f"FULLMK{secrets.token_hex(4)}"}, tmp_path)
    ok = (r["autosave_failed_visibly"] and r["text_kept_in_editor"] and r["still_dirty"] and r["lock_refused"]
          and r["text_kept_after_lock_attempt"] and r["saved_once_there_is_room"] and r["on_disk_after"]
          and r["check_ok"])
    figure("gui.disk_full", "GUI, disk full (RLIMIT_FSIZE) while typing: text kept in the editor, lock refused, "
           "saved once there is room", "yes" if ok else "no", "yes", ok, **r)
    assert ok, r


def test_gui_workflow_leaves_no_plaintext(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    mk = {f: f"GUIMK{f.replace('_', '')}{secrets.token_hex(3)}" for f in (
        "reference", "title", "mediator", "party_a", "party_b", "joint_title", "joint_body", "caucus_title",
        "caucus_body", "given_by", "disclosure_note", "notebook_title", "notebook_body")}
    mk["caucus_zh"] = f"港口机密{secrets.token_hex(3)}"
    case = folder / "case.iomed"
    spec = NewCase(reference=mk["reference"], title=mk["title"], kind=CaseKind.COMMERCIAL, mediators=(mk["mediator"],),
                   parties=(NewParty(mk["party_a"], PartyKind.COMPANY), NewParty(mk["party_b"], PartyKind.STATE)))
    session = create_case(case, PASSPHRASE, spec)
    key = session.db.key
    session.close()
    r = run("workflow", case, {"key": key.hex(), "passphrase": PASSPHRASE, "markers": mk}, tmp_path)
    _, roots = environment(tmp_path)
    settings = [p for p in roots[0].rglob("*") if p.is_file() and p.suffix in (".conf", ".ini")]
    hits = scan_files([*roots, folder], [*mk.values(), PASSPHRASE])
    files = sum(1 for r_ in [*roots, folder] for p in r_.rglob("*") if p.is_file())
    ok = not hits and r["notebook_saved"] and r["backup_written"] and r["search_hits"] > 0
    figure("plaintext.gui", "plaintext scan after a GUI session (notes, session, search, disclosure, lock, "
           "unlock, backup, quit): marker hits", len(hits), "0", ok, files_scanned=files,
           settings_files=[p.name for p in settings], markers=len(mk) + 1, hits=hits[:10], **r)
    assert not hits, hits[:10]
    assert ok, r
