"""`iomed-desk exhibits CASE list|add|export`, run as a user runs it (a subprocess)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE


def test_add_list_export(session, tmp_path: Path) -> None:
    path = session.path
    session.close()
    src = tmp_path / "map.txt"
    src.write_text("Concession area map\n" * 100)
    stdin = PASSPHRASE + "\n"
    added = cli("exhibits", str(path), "add", str(src), "--channel", "party:p1", "--label", "C-12",
                "--passphrase-stdin", stdin=stdin)
    assert added.returncode == 0, added.stderr
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    assert "Exhibit C-12 added" in added.stdout and digest in added.stdout
    listed = cli("exhibits", str(path), "list", "--passphrase-stdin", stdin=stdin)
    line = [ln for ln in listed.stdout.splitlines() if "C-12" in ln][0]
    assert "party:p1" in line and "map.txt" in line and digest in line
    out = tmp_path / "out.txt"
    exported = cli("exhibits", str(path), "export", line.split()[0], str(out), "--passphrase-stdin", stdin=stdin)
    assert exported.returncode == 0 and out.read_bytes() == src.read_bytes() and digest in exported.stdout
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    refused = cli("exhibits", str(path), "add", str(bad), "--channel", "joint", "--label", "B-1",
                  "--passphrase-stdin", stdin=stdin)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "PDF, PNG, JPEG, DOCX, XLSX or UTF-8 text" in refused.stderr
    assert cli("check", str(path), "--passphrase-stdin", stdin=stdin).returncode == 0
