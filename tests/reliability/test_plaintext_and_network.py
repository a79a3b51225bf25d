"""Issue 6, reliability 5 and 6: no plaintext outside the intended export, and no network, ever.

The whole workflow of tests/reliability/workflow.py runs in child processes
with their own HOME, XDG folders and TMPDIR, every text field carrying a
unique marker (Latin and Chinese), under an audit hook that records every
network event in every process. Then:
5. every file under HOME (settings, QSettings/QtProject.conf, keyrings,
   caches), the XDG config, data, cache and runtime folders, TMPDIR, /dev/shm
   and the case folder is scanned for every marker and the passphrases, in
   UTF-8 and UTF-16; only the agreement PDF and the identity files may hold them;
6. the audit hook saw no network event; and, where the machine allows an
   unprivileged network namespace, the workflow runs to the end under
   `unshare -rn` (no network device at all).
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env, figure, scan_files
from tests.reliability.workflow import EXPORTED, FIELDS


def markers() -> dict[str, str]:
    out = {}
    for i, field in enumerate(FIELDS):
        tag = secrets.token_hex(4).upper()
        if field in ("heading_zh", "body_zh"):
            out[field] = f"机密标记{tag}第{i}项"
        elif field == "pin":
            out[field] = f"{secrets.randbelow(10**9):09d}"
        elif field in ("passphrase", "new_passphrase", "identity_passphrase"):
            out[field] = f"pass MK{tag} {field}"
        else:
            out[field] = f"MK{field.replace('_', '')}{tag}"
    return out


def environment(root: Path) -> tuple[dict[str, str], list[Path]]:
    home, tmp = root / "home", root / "tmp"
    folders = {"HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
               "XDG_CACHE_HOME": home / ".cache", "XDG_RUNTIME_DIR": home / "runtime", "TMPDIR": tmp}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env = child_env(**{k: str(v) for k, v in folders.items()}, IOMED_AUDIT_LOG=str(root / "audit.jsonl"))
    return env, [home, tmp]


def run_workflow(root: Path, marks: dict[str, str], *, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env, _ = environment(root)
    (root / "case").mkdir()
    return subprocess.run([*prefix, sys.executable, "-m", "tests.reliability.workflow", str(root / "case")],
                          input=json.dumps(marks), capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def workflow(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("workflow")
    shm_before = set(Path("/dev/shm").iterdir()) if Path("/dev/shm").is_dir() else set()
    marks = markers()
    out = run_workflow(root, marks)
    assert out.returncode == 0, out.stderr[-3000:]
    shm_new = [p for p in Path("/dev/shm").iterdir() if p not in shm_before] if shm_before is not None else []
    return {"root": root, "marks": marks, "summary": json.loads((root / "case" / "summary.json").read_text()),
            "shm_new": shm_new}


def test_no_plaintext_outside_the_intended_export(workflow: dict) -> None:
    root, marks = workflow["root"], workflow["marks"]
    case = root / "case"
    intended = [case / name for name in workflow["summary"]["exported"]]
    _, roots = environment(root)
    scanned = [*roots, case, *workflow["shm_new"]]
    files = sum(1 for r in scanned for p in ([r] if r.is_file() else r.rglob("*")) if p.is_file())
    hits = scan_files(scanned, list(marks.values()), exclude=[*intended, case / "summary.json"])
    figure("plaintext.cli_app", "plaintext scan after the CLI + app workflow: marker hits outside the intended "
           "export", len(hits), "0", not hits, files_scanned=files, markers=len(marks),
           folders="HOME (settings, QSettings, caches), XDG config/data/cache/runtime, TMPDIR, /dev/shm, case folder",
           hits=hits[:10])
    assert not hits, hits[:10]
    # the scan can see: the intended export does carry the agreed text
    assert workflow["summary"]["verified"] and workflow["summary"]["checked"]
    shown = scan_files(intended, [marks[f] for f in EXPORTED])
    assert any(marks["identity_name"] in h for h in shown)


def _network_events(log: Path) -> tuple[list[str], int, int, list[str]]:
    records = [json.loads(line) for line in log.read_text().splitlines()]
    events = [e for r in records for e in r["network"]]
    local = [e for r in records for e in r["local"]]
    return events, len(records), min(r["events_seen"] for r in records), local


def test_no_network_in_any_process(workflow: dict) -> None:
    events, processes, least, local = _network_events(workflow["root"] / "audit.jsonl")
    origins = sorted({e.split(" at ", 1)[1].split(" < ")[-4] for e in local if " at " in e})
    figure("network.audit_hook", "network events under sys.addaudithook during the workflow (socket connect, "
           "bind, getaddrinfo, an Internet-family socket, urllib, http.client, ...)", len(events), "0", not events,
           processes=processes, fewest_audit_events_seen_by_a_process=least, events=events[:5],
           local_unix_sockets=len(local), local_socket_origins=origins)
    assert processes >= 10 and least > 0
    assert not events, events[:5]


def unshare_network() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not unshare_network(), reason="no unprivileged network namespace (unshare -rn) here")
def test_workflow_runs_without_any_network(tmp_path: Path) -> None:
    out = run_workflow(tmp_path, markers(), prefix=("unshare", "-rn"))
    events = _network_events(tmp_path / "audit.jsonl")[0] if (tmp_path / "audit.jsonl").exists() else []
    figure("network.unshare", "workflow under `unshare -rn` (no network device): failures / network events",
           int(out.returncode != 0) + len(events), "0", out.returncode == 0 and not events,
           exit_code=out.returncode, stderr=out.stderr[-300:])
    assert out.returncode == 0, out.stderr[-3000:]
    assert not events
