"""Cold start to the first window shown: the application against a bare PySide6 window.

Each start is a new Python process on the offscreen platform, alternating the
two programs so drift on the machine hits both alike. A child reports
`time.monotonic()` (one clock for every process on Linux) right after its
window has been shown and painted (`QWidget.grab()`); the figure is that
instant minus the parent's clock just before it started the child: interpreter
start-up, imports, QApplication, the window, its first paint.
- `bare`: QApplication, an empty QMainWindow, show, grab.
- `app`: `iomed_desk.gui.main.main(["--smoke"])`, which hardens the process,
  configures Qt and shows the start window, then grabs it.
Run: `python benchmarks/bench_startup.py [--json] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, dump, summary_ms  # noqa: E402

TARGET_RATIO = 1.5

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.show()
image = window.grab()
print(time.monotonic(), flush=True)
sys.exit(0 if not image.isNull() else 1)
"""

APP = """
import sys, time
from iomed_desk.gui.main import main
code = main(["--smoke"])
print(time.monotonic(), flush=True)
sys.exit(code)
"""


def start(program: str, home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONPATH": str(ROOT)}
    began = time.monotonic()
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120,
                         cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"start-up run failed ({out.returncode}):\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1]) - began


def run(repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="iomed-start-") as folder:
        home = Path(folder)
        start(BARE, home)  # warm the file cache for both programs: "cold" means a new process
        start(APP, home)
        bare, app = [], []
        for _ in range(repeat):
            bare.append(start(BARE, home))
            app.append(start(APP, home))
    b, a = summary_ms(bare), summary_ms(app)
    return {
        "benchmark": "startup",
        "repeat": repeat,
        "bare_ms": b,
        "app_ms": a,
        "ratio": round(a["median"] / b["median"], 3),
        "ratio_min_max": [round(min(app) / max(bare), 3), round(max(app) / min(bare), 3)],
        "target_ratio": TARGET_RATIO,
        "within_target": a["median"] / b["median"] <= TARGET_RATIO,
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
    print(f"IOMed Desk start window: median {result['app_ms']['median']:.0f} ms "
          f"(min {result['app_ms']['min']:.0f}, max {result['app_ms']['max']:.0f})")
    print(f"ratio {result['ratio']:.2f} (target at most {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
