"""Run every benchmark and write the report: `make bench`.

Runs, each in its own process and through its `--json` output: bench_store
(three case sizes, encrypted, plain and a what-if), bench_memory (the largest
case in the GUI), bench_startup, bench_redline, bench_export and bench_gui_thread
(each workspace operation's time on the GUI thread), bench_search (issue 15's targets) and
bench_typing (search as you type over the largest case, up to 100,000 notes); then writes
the Markdown report with the machine, the command, every figure against its
target, and a PNG chart of search latency against case size.
Run: `python benchmarks/run_all.py --report docs/benchmarks.md [--sizes 1000,10000,100000]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, machine  # noqa: E402
from report import write_report  # noqa: E402
from report_search import write_section  # noqa: E402

HERE = Path(__file__).resolve().parent
COMMAND = "QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run_all.py"


def run_json(script: str, *args: str, log) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    log(f"== {script} {' '.join(args)}")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(HERE / script), "--json", *args], stdout=subprocess.PIPE,
                         stderr=None, text=True, cwd=ROOT, timeout=3600)
    if out.returncode != 0:
        raise SystemExit(f"{script} failed with exit code {out.returncode}")
    log(f"   {time.perf_counter() - started:.0f} s")
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--chart", type=Path, help="default: benchmarks-search.png beside the report")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--big", action="store_true", help="issue 15's growth at 1,000,000 notes too (slow)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run of the whole suite)")
    parser.add_argument("--save-json", type=Path, help="also keep the raw results here")
    parser.add_argument("--from-json", type=Path, help="rewrite the report from saved raw results, measuring nothing")
    args = parser.parse_args(argv)
    chart = args.chart or args.report.with_name("benchmarks-search.png")
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        write_report(args.report, chart, saved["results"], saved["machine"],
                     when=datetime.fromisoformat(saved["when"]), minutes=saved["minutes"], command=saved["command"])
        if "search" in saved["results"]:
            write_section(args.report, saved["results"]["search"], gui_rss=saved["results"]["memory"]["peak_mib"])
        return 0

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    when = datetime.now(UTC)
    sizes = args.sizes
    largest = max(int(s) for s in sizes.split(","))
    store_args = ["--sizes", sizes]
    if args.quick:
        store_args += ["--repeat", "3", "--rounds", "2", "--saves", "100"]
    work = Path(tempfile.mkdtemp(prefix="iomed-bench-"))
    try:
        store = run_json("bench_store.py", *store_args, "--work", str(work), "--keep", log=log)
        memory = run_json("bench_memory.py", "--case", str(work / f"case-{largest}.iomed"), log=log)
        search = run_json("bench_search.py", "--sizes", sizes, *(["--big"] if args.big else []),
                          *(["--rounds", "2", "--saves", "100"] if args.quick else []), log=log)
        info = machine(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    startup = run_json("bench_startup.py", "--repeat", "3" if args.quick else "9", log=log)
    redline = run_json("bench_redline.py", *(["--repeat", "3"] if args.quick else []), log=log)
    export = run_json("bench_export.py", *(["--repeat", "2"] if args.quick else []), log=log)
    gui = run_json("bench_gui_thread.py", *(["--repeat", "2"] if args.quick else []), log=log)
    typing = run_json("bench_typing.py", "--notes", str(min(largest, 100_000)),
                      *(["--repeat", "2"] if args.quick else []), log=log)
    exhibits = run_json("bench_exhibits.py", "--mb", "50" if args.quick else "200", log=log)
    exhibit_preview = run_json("bench_exhibit_preview.py", "--mb", "50" if args.quick else "200", log=log)
    results = {"store": store, "memory": memory, "search": search, "startup": startup, "redline": redline, "export": export,
               "gui_thread": gui, "typing": typing, "exhibits": exhibits,
               "exhibit_preview": exhibit_preview}
    minutes = (time.perf_counter() - started) / 60
    command = " ".join([COMMAND, *(a for a in (sys.argv[1:] if argv is None else argv)
                                   if not a.startswith("--save-json") and a != str(args.save_json))])
    if args.save_json:
        args.save_json.write_text(json.dumps({"results": results, "machine": info, "when": when.isoformat(),
                                              "minutes": minutes, "command": command}), encoding="utf-8")
    write_report(args.report, chart, results, info, when=when, minutes=minutes, command=command)
    write_section(args.report, search, gui_rss=memory["peak_mib"])
    log(f"wrote {args.report} and {chart} in {(time.perf_counter() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
