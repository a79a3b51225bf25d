"""`identity cert IN OUT` never overwrites OUT, as `identity new` never overwrites its file (issue 12, hole 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from iomed_desk.export.identity import create_identity_file

PASS = "a long enough passphrase"


def cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "iomed_desk", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=env)


def test_an_existing_output_is_refused_before_the_passphrase_is_asked(tmp_path: Path) -> None:
    identity = tmp_path / "mediator.p12"
    create_identity_file(identity, "Dr Lin Wai-man", PASS)
    out = tmp_path / "trusted.pem"
    out.write_text("a certificate someone relies on\n")
    for stdin in (f"{PASS}\n", ""):  # refused before stdin is read, like `identity new`
        result = cli("identity", "cert", str(identity), str(out), "--passphrase-stdin", stdin=stdin)
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines() == [f"iomed-desk: {out} already exists; choose another name."]
        assert out.read_text() == "a certificate someone relies on\n"

    fresh = tmp_path / "fresh.pem"
    result = cli("identity", "cert", str(identity), str(fresh), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.returncode == 0, result.stderr
    assert fresh.read_text().startswith("-----BEGIN CERTIFICATE-----")
