"""Shared by the reliability tests: printing figures, child processes, case contents, scans.

Every test prints its figures as one line each, `FIGURE ` followed by JSON, so
`scripts/reliability_report.py` can collect them from `pytest -s` output.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from iomed_desk.store.connection import Connection

ROOT = Path(__file__).resolve().parents[2]
PLAIN_HEADER = b"SQLite format 3\x00"


def figure(key: str, title: str, value: Any, target: str, ok: bool, **detail: Any) -> None:
    """One measured figure, printed for the report (and readable in `pytest -s` output)."""
    record = {"id": key, "title": title, "value": value, "target": target, "ok": bool(ok), **detail}
    print("FIGURE " + json.dumps(record, ensure_ascii=False, default=str), flush=True)


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("IOMED_DEBUG", None)
    env.update(extra)
    return env


def python(*args: str, stdin: str = "", timeout: float = 120, env: dict[str, str] | None = None,
           cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=env or child_env(), cwd=cwd or ROOT)


def content_digest(conn: Connection, tables: Sequence[str] = ("items", "notes", "sessions", "disclosures",
                                                               "consents", "drafts", "draft_versions",
                                                               "tablings", "positions", "agreements",
                                                               "case_info", "parties", "mediators")) -> str:
    """SHA-256 over every row of the content tables, in a fixed order: equal digests, equal content."""
    h = hashlib.sha256()
    for table in tables:
        h.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode("utf-8"))
    return h.hexdigest()


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def scan_files(roots: Sequence[Path], markers: Sequence[str], *, exclude: Sequence[Path] = ()) -> list[str]:
    """`path: marker (encoding)` for every marker found, in UTF-8 and UTF-16, under `roots`."""
    needles = [(m, enc, data) for m in markers
               for enc, data in zip(("utf-8", "utf-16-le", "utf-16-be"), encodings(m), strict=True)]
    skip = {p.resolve() for p in exclude}
    hits: list[str] = []
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            try:
                real = path.resolve()
                if real in seen or real in skip or not path.is_file() or path.is_symlink():
                    continue
                seen.add(real)
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{path}: {m} ({enc})" for m, enc, needle in needles if needle in data]
    return hits


def plain_sqlite_files(folder: Path) -> list[Path]:
    """Files in `folder` that start like an unencrypted SQLite database."""
    out = []
    for p in folder.iterdir():
        if p.is_file():
            with open(p, "rb") as f:
                if f.read(16) == PLAIN_HEADER:
                    out.append(p)
    return out
