"""Run every reliability test, fast subset and long runs, and write docs/reliability.md from their figures.

Runs `pytest tests/reliability -m "slow or not slow" -s` (echoing its output),
collects the `FIGURE {json}` lines each test prints, and writes the report: the
machine, the command, the pytest outcome, and a table of every figure against
its target, grouped as in issue 6.
Run: `python scripts/reliability_report.py [--report docs/reliability.md] [-- extra pytest args]`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COMMAND = ["-m", "pytest", "tests/reliability", "-m", "slow or not slow", "-s", "-q", "-p", "no:cacheprovider",
           "--timeout", "1800"]

GROUPS = (
    ("1. Crash durability: kill -9 while saving through the app layer", ("crash.",)),
    ("2. kill -9 during backup and during passphrase change", ("kill_",)),
    ("3. Disk full during saves and export", ("disk_full.", "gui.disk_full")),
    ("4. Damage: bit flips in every page, truncation", ("damage.",)),
    ("5. Plaintext scan", ("plaintext.",)),
    ("6. No network", ("network.",)),
    ("7. Signed-PDF tamper set", ("tamper.", "untouched.")),
    ("8. Fuzzing", ("fuzz.",)),
    ("9. The firewall at scale", ("firewall.",)),
    ("10. Lock", ("lock.",)),
    ("11. The record: injected objects, direct edits, rollbacks (issue 12)", ("record.", "rollback.")),
)
_FIGURE = re.compile(r"FIGURE (\{.*\})\s*$")
_SUMMARY = re.compile(r"^=*\s*(\d+ (?:passed|failed|error).*) in [\d.]+s")


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "os": f"{platform.system()} {platform.release()}",
            "python": sys.version.split()[0]}


def run(extra: list[str]) -> tuple[list[dict[str, Any]], str, int, float]:
    """Run pytest, echoing its output; return the figures, the summary line, the exit code, the seconds."""
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, *COMMAND, *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    assert proc.stdout is not None
    figures, summary = [], ""
    for line in proc.stdout:
        sys.stdout.write(line)
        found = _FIGURE.search(line)
        if found:
            figures.append(json.loads(found.group(1)))
        found_summary = _SUMMARY.search(line.strip())
        if found_summary:
            summary = found_summary.group(1).strip()
    return figures, summary, proc.wait(), time.perf_counter() - started


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("|", "\\|").replace("\n", " ")


def _detail(fig: dict[str, Any]) -> str:
    skip = {"id", "title", "value", "target", "ok"}
    parts = []
    for k, v in fig.items():
        if k in skip or v in ([], {}, None, ""):
            continue
        parts.append(f"{k.replace('_', ' ')}: {_cell(v)}")
    return "; ".join(parts)


def write(path: Path, figures: list[dict[str, Any]], summary: str, code: int, seconds: float,
          command: str) -> None:
    now = datetime.now(UTC)
    ok = sum(f["ok"] for f in figures)
    lines = [
        "# Reliability",
        "",
        f"Generated {now:%Y-%m-%d %H:%M} UTC by `make reliability`, that is `{command}`,",
        f"in {seconds / 60:.1f} minutes. Each test prints its figures (`FIGURE {{json}}` lines); this report",
        "lists every one of them. Tests marked `fast` also run in `make test`; `full` ones only here.",
        "Nothing here is edited by hand.",
        "",
        f"pytest: **{summary or 'no summary line'}** (exit status {code}); figures on target: {ok} of {len(figures)}.",
        "",
        "| machine | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in machine().items()],
        "",
    ]
    used: set[int] = set()
    for title, prefixes in GROUPS:
        group = [f for f in figures if f["id"].startswith(prefixes)]
        used.update(id(f) for f in group)
        lines += [f"## {title}", ""]
        if not group:
            lines += ["Not measured in this run.", ""]
            continue
        lines += ["| figure | measured | target | on target | details |", "|---|---|---|---|---|"]
        lines += [f"| {_cell(f['title'])} (`{f['id']}`) | {_cell(f['value'])} | {_cell(f['target'])} | "
                  f"{'yes' if f['ok'] else '**no**'} | {_detail(f)} |" for f in group]
        lines.append("")
    rest = [f for f in figures if id(f) not in used]
    if rest:
        lines += ["## Other figures", "", "| figure | measured | target | on target | details |",
                  "|---|---|---|---|---|"]
        lines += [f"| {_cell(f['title'])} (`{f['id']}`) | {_cell(f['value'])} | {_cell(f['target'])} | "
                  f"{'yes' if f['ok'] else '**no**'} | {_detail(f)} |" for f in rest]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "reliability.md")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    figures, summary, code, seconds = run(args.pytest_args)
    command = "QT_QPA_PLATFORM=offscreen .venv/bin/python " + " ".join(
        a if " " not in a else f'"{a}"' for a in COMMAND + args.pytest_args)
    write(args.report, figures, summary, code, seconds, command)
    print(f"wrote {args.report}: {len(figures)} figures, pytest exit status {code}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
