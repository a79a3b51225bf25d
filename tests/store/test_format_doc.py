"""docs/case-file.md tells the truth: its snippet opens a case in a fresh process with only sqlcipher3."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from iomed_desk.core.channels import Channel

DOC = Path(__file__).resolve().parents[2] / "docs" / "case-file.md"


def test_documented_snippet_reads_the_notes(session, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    session.take_note(Channel.party("p2"), "Financing gap", "The lender needs a 60-day cure period")
    session.close()
    snippet = re.search(r"```python\n(.*?)```", DOC.read_text(), re.S).group(1)  # type: ignore[union-attr]
    snippet = snippet.replace('"case.iomed", "the passphrase"', f"{str(case_path)!r}, 'correct horse battery'")
    guard = "import sys\nsys.modules['iomed_desk'] = None\n"
    out = subprocess.run([sys.executable, "-c", guard + snippet], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "party:p2 Financing gap The lender needs a 60-day cure period" in out.stdout


def test_domain_layers_never_import_qt() -> None:
    code = ("import sys\nimport iomed_desk.core.firewall, iomed_desk.store.database, iomed_desk.app.opening, "
            "iomed_desk.app.case_session, iomed_desk.cli, iomed_desk.cli.case_commands\n"
            "import pkgutil, importlib, iomed_desk\n"
            "for layer in ('core', 'store', 'app', 'export'):\n"
            "    pkg = importlib.import_module('iomed_desk.' + layer)\n"
            "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            "        importlib.import_module(m.name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def _documented_tables() -> set[str]:
    """The names in the first column of the document's schema table (between "## Schema" and the next heading)."""
    text = DOC.read_text()
    section = text[text.index("## Schema"):]
    section = section[:section.index("\n#", 1)]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([a-z_0-9]+)`", line.split("|")[1]))
    return names


def test_every_table_of_a_new_case_file_is_in_the_schema_table(fresh_session) -> None:  # type: ignore[no-untyped-def]
    with fresh_session.db.reading() as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    fts5 = {name for name, sql in rows if "USING fts5" in (sql or "")}
    shadow = {f"{t}_{part}" for t in fts5 for part in ("config", "data", "docsize", "idx", "content")}
    tables = {name for name, _ in rows if not name.startswith("sqlite_") and name not in shadow}
    assert {"offers", "offer_checks", "search_index"} <= tables  # the query sees the whole schema
    assert sorted(tables - _documented_tables()) == []
