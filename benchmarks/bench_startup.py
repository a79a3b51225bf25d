"""Cold start: the application's first paint and its usable start window, against a bare PySide6 window.

Each start is a new Python process on the offscreen platform, alternating the
two programs so drift on the machine hits both alike. A child reports
`time.monotonic()` (one clock for every process on Linux) at the instants
below; each figure is that instant minus the parent's clock just before it
started the child: interpreter start-up, imports, QApplication, the window, its
first paint.
- `bare`: QApplication, an empty QMainWindow, show, grab.
- `app`, in one run of `iomed_desk.gui.main.main(["--smoke"])`:
  `first paint`: the start window painted (hardened process, Qt, fonts and
  translator; no case layer imported yet), target <= 1.5x bare;
  `usable`: the main window in its place, its start page working (the case and
  app layers imported, on the next event-loop turn), target <= 2x bare.
- `floor`: the least a PySide6 program can do to paint anything: QApplication and a
  QLabel, shown and grabbed (what the interpreter and PySide6's own import cost).
- `entry`: the console script's road, `iomed_desk.cli.main(["gui", "--smoke"])` (what
  the .desktop file's `iomed-desk gui %f` runs), to its first paint and usable window.
- `module`: `python -m iomed_desk gui --smoke` (run as `-m` runs it, through runpy), the same.
Each child also reports its own CPU time (`time.process_time()`) at those instants:
other processes on a shared machine stretch the wall clock, hardly the CPU time, so
the CPU ratios say whether a change helped when the wall-clock spread is wide.
Run: `python benchmarks/bench_startup.py [--json] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, dump, summary_ms  # noqa: E402

TARGET_RATIO = 1.5
TARGET_USABLE_RATIO = 2.0
#: the figures whose CPU time is reported (first paint, then the usable window, per road)
CPU_FIGURES = ("bare", "floor", "app", "usable", "entry", "entry_usable", "module", "module_usable")

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.show()
image = window.grab()
print(time.monotonic(), time.process_time(), flush=True)
sys.exit(0 if not image.isNull() else 1)
"""

FLOOR = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("IOMed Desk")
label.show()
image = label.grab()
print(time.monotonic(), time.process_time(), flush=True)
sys.exit(0 if not image.isNull() else 1)
"""

APP = """
import sys, time
from iomed_desk.gui import main as start
seen = {}
start.MILESTONES.append(lambda name: seen.setdefault(name, (time.monotonic(), time.process_time())))
code = start.main(["--smoke"])
print(*seen["first_paint"], *seen["usable"], flush=True)
sys.exit(code)
"""

ENTRY = """
import sys, time
from iomed_desk.gui import main as start
seen = {}
start.MILESTONES.append(lambda name: seen.setdefault(name, (time.monotonic(), time.process_time())))
from iomed_desk.cli import main
code = main(["gui", "--smoke"])
print(*seen["first_paint"], *seen["usable"], flush=True)
sys.exit(code)
"""

MODULE = """
import runpy, sys, time
from iomed_desk.gui import main as start
seen = {}
start.MILESTONES.append(lambda name: seen.setdefault(name, (time.monotonic(), time.process_time())))
sys.argv = ["iomed_desk", "gui", "--smoke"]
try:
    runpy.run_module("iomed_desk", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
print(*seen["first_paint"], *seen["usable"], flush=True)
sys.exit(code)
"""


def start(program: str, home: Path) -> list[float]:
    """(wall seconds, CPU seconds) per instant the child reports, flattened."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONPATH": str(ROOT)}
    began = time.monotonic()
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120,
                         cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"start-up run failed ({out.returncode}):\n{out.stderr}")
    stamps = [float(s) for s in out.stdout.strip().splitlines()[-1].split()]
    return [v - began if i % 2 == 0 else v for i, v in enumerate(stamps)]


def _ratio(a: list[float], b: list[float]) -> float:
    return round(statistics.median(a) / statistics.median(b), 3)


def run(repeat: int) -> dict[str, Any]:
    programs = {"bare": BARE, "app": APP, "floor": FLOOR, "entry": ENTRY, "module": MODULE}
    seen: dict[str, list[float]] = {k: [] for k in ("bare", "bare_cpu", "app", "app_cpu", "usable", "usable_cpu",
                                                    "floor", "floor_cpu", "entry", "entry_cpu", "entry_usable",
                                                    "entry_usable_cpu", "module", "module_cpu", "module_usable",
                                                    "module_usable_cpu")}
    with tempfile.TemporaryDirectory(prefix="iomed-start-") as folder:
        home = Path(folder)
        for program in programs.values():  # warm the file cache: "cold" means a new process
            start(program, home)
        for _ in range(repeat):
            for name, program in programs.items():  # interleaved, so drift on the machine hits all alike
                stamps = start(program, home)
                seen[name].append(stamps[0])
                seen[f"{name}_cpu"].append(stamps[1])
                if name == "app":
                    seen["usable"].append(stamps[2])
                    seen["usable_cpu"].append(stamps[3])
                elif name in ("entry", "module"):
                    seen[f"{name}_usable"].append(stamps[2])
                    seen[f"{name}_usable_cpu"].append(stamps[3])
    bare, app, usable = seen["bare"], seen["app"], seen["usable"]
    b, a, u = summary_ms(bare), summary_ms(app), summary_ms(usable)
    return {
        "benchmark": "startup",
        "repeat": repeat,
        "bare_ms": b,
        "app_ms": a,  # to the first paint
        "ratio": round(a["median"] / b["median"], 3),
        "ratio_min_max": [round(min(app) / max(bare), 3), round(max(app) / min(bare), 3)],
        "target_ratio": TARGET_RATIO,
        "within_target": a["median"] / b["median"] <= TARGET_RATIO,
        "usable_ms": u,
        "usable_ratio": round(u["median"] / b["median"], 3),
        "usable_ratio_min_max": [round(min(usable) / max(bare), 3), round(max(usable) / min(bare), 3)],
        "target_usable_ratio": TARGET_USABLE_RATIO,
        "usable_within_target": u["median"] / b["median"] <= TARGET_USABLE_RATIO,
        "floor_ms": summary_ms(seen["floor"]),
        "floor_ratio": _ratio(seen["floor"], bare),
        "entry_ms": summary_ms(seen["entry"]),
        "entry_ratio": _ratio(seen["entry"], bare),
        "entry_usable_ms": summary_ms(seen["entry_usable"]),
        "entry_usable_ratio": _ratio(seen["entry_usable"], bare),
        "module_ms": summary_ms(seen["module"]),
        "module_ratio": _ratio(seen["module"], bare),
        "module_usable_ms": summary_ms(seen["module_usable"]),
        "module_usable_ratio": _ratio(seen["module_usable"], bare),
        "cpu_ms": {k: summary_ms(seen[f"{k}_cpu"]) for k in CPU_FIGURES},
        "cpu_ratio": {k: _ratio(seen[f"{k}_cpu"], seen["bare_cpu"]) for k in CPU_FIGURES if k != "bare"},
        "load_average": list(os.getloadavg()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    result = run(args.repeat)
    if args.json:
        dump(result)
        return 0
    print(f"bare PySide6 window: median {result['bare_ms']['median']:.0f} ms "
          f"(min {result['bare_ms']['min']:.0f}, max {result['bare_ms']['max']:.0f})")
    print(f"IOMed Desk first paint: median {result['app_ms']['median']:.0f} ms "
          f"(min {result['app_ms']['min']:.0f}, max {result['app_ms']['max']:.0f}); "
          f"ratio {result['ratio']:.2f} (target at most {TARGET_RATIO})")
    print(f"IOMed Desk usable start window: median {result['usable_ms']['median']:.0f} ms "
          f"(min {result['usable_ms']['min']:.0f}, max {result['usable_ms']['max']:.0f}); "
          f"ratio {result['usable_ratio']:.2f} (target at most {TARGET_USABLE_RATIO})")
    print(f"floor (QApplication + QLabel): median {result['floor_ms']['median']:.0f} ms, "
          f"ratio {result['floor_ratio']:.2f}")
    for road, what in (("entry", "console script (iomed-desk gui)"), ("module", "python -m iomed_desk gui")):
        print(f"{what}: first paint median {result[f'{road}_ms']['median']:.0f} ms, ratio "
              f"{result[f'{road}_ratio']:.2f}; usable median {result[f'{road}_usable_ms']['median']:.0f} ms, "
              f"ratio {result[f'{road}_usable_ratio']:.2f}")
    cpu, cr = result["cpu_ms"], result["cpu_ratio"]
    print("CPU time: " + ", ".join(f"{k} {cpu[k]['median']:.0f} ms" + (f" ({cr[k]:.2f}x)" if k in cr else "")
                                   for k in cpu) + f"; load average {result['load_average'][0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
