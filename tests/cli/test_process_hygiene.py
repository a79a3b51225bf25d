"""Every command-line command hardens its process first (issue 12, hole 5): core dumps off, not dumpable.

Each command runs in a process of its own through the real entry point (`iomed_desk.cli.main`),
started with core dumps allowed; afterwards the same process asks the kernel (PR_GET_DUMPABLE,
RLIMIT_CORE), which keeps both for the life of the process. The crash itself, seen from
outside, is tests/reliability/test_cli_core_dumps.py.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "a long enough passphrase"

PROBE = """
import json, resource, sys
from iomed_desk.app.process import is_dumpable
from iomed_desk.cli import main
before = [is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)]
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "before": before,
                  "after": [is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)]}), file=sys.__stderr__)
"""


def allow_core_dumps() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def commands(folder: Path) -> dict[str, list[str]]:
    missing = str(folder / "missing.iomed")
    return {
        "new": ["new", str(folder / "exists"), "--reference", "R/1", "--title", "T", "--kind", "commercial",
                "--mediator", "M", "--party", "A", "--party", "B", "--passphrase-stdin"],
        "demo": ["demo", str(folder / "exists"), "--passphrase-stdin"],
        "info": ["info", missing, "--passphrase-stdin"],
        "check": ["check", missing, "--passphrase-stdin"],
        "backup": ["backup", missing, str(folder / "backup.iomed"), "--passphrase-stdin"],
        "passwd": ["passwd", missing, "--passphrase-stdin"],
        "export": ["export", missing, str(folder / "out.pdf"), "--identity", str(folder / "m.p12"),
                   "--passphrase-stdin"],
        "identity new": ["identity", "new", str(folder / "exists"), "--name", "M", "--passphrase-stdin"],
        "identity cert": ["identity", "cert", str(folder / "missing.p12"), str(folder / "c.pem"),
                          "--passphrase-stdin"],
        "verify": ["verify", str(folder / "missing.pdf")],
        "--version": ["--version"],
        "a usage error": ["info"],
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_DUMPABLE is Linux's")
def test_every_command_runs_not_dumpable_with_core_dumps_off(tmp_path: Path) -> None:
    (tmp_path / "exists").write_bytes(b"")  # demo and identity new refuse it at once
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    seen = {}
    for name, args in commands(tmp_path).items():
        out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], input=f"{PASS}\n{PASS}\n",
                             capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
                             preexec_fn=allow_core_dumps)
        assert "Traceback" not in out.stderr, out.stderr
        seen[name] = json.loads(out.stderr.strip().splitlines()[-1])
    assert all(s["before"][0] is True for s in seen.values()), seen  # each started dumpable
    assert {name: s["after"] for name, s in seen.items()} == {name: [False, [0, 0]] for name in seen}
