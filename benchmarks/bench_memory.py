"""Peak memory (RSS) with a large case open in the GUI, offscreen, in a fresh process.

The child does what a mediator does: start the application window, unlock the
case (Argon2id in this process, as the unlock dialog's worker does), adopt it
into the main window, open the joint channel (its whole list of notes), and
search a common word from the search panel. It reports its resident set after
each step and the peak (`VmHWM`), and the time from adopting the case to the
joint channel listed. A case is generated when none is given.
Run: `python benchmarks/bench_memory.py [--json] [--case FILE | --notes N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, dump  # noqa: E402

TARGET_MIB = 300

CHILD = r"""
import json, sys, time
from pathlib import Path

def rss():
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {k: round(int(status[k].split()[0]) / 1024, 1) for k in ("VmRSS", "VmHWM")}

steps = {"python": rss()}
from PySide6.QtWidgets import QApplication
from iomed_desk.gui.main import configure_application
from iomed_desk.gui.main_window import MainWindow
from iomed_desk.gui.settings import Settings
from iomed_desk.app.opening import derive_key_for, open_with_key

app = QApplication(sys.argv[:1])
configure_application(app)

def settle(seconds=0.3):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

window = MainWindow(Settings())
window.resize(1280, 800)
window.show()
settle()
steps["window"] = rss()
path, passphrase = Path(sys.argv[1]), sys.argv[2]
key = derive_key_for(path, passphrase)
steps["key derived"] = rss()
start = time.perf_counter()
session = open_with_key(path, key)
window.adopt(session, "Opened")
app.processEvents()
ws = window.workspace
ws.navigate("joint")
app.processEvents()
ready = time.perf_counter() - start
window.grab()
settle()
steps["joint channel listed"] = rss()
rows = ws.notes.model.rowCount()
ws.search_panel.search("tariff")
deadline = time.monotonic() + 60
while ws.search_panel.busy and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
settle()
steps["search shown"] = rss()
hits = ws.search_panel.results.topLevelItemCount()
print(json.dumps({"steps": steps, "peak_mib": rss()["VmHWM"], "adopt_to_listed_s": round(ready, 3),
                  "joint_rows": rows, "search_rows": hits}))
window.close()
session.close() if session.is_open else None
"""


def measure(case: Path, passphrase: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="iomed-mem-home-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": f"{home}/.config",
               "XDG_DATA_HOME": f"{home}/.local/share", "XDG_CACHE_HOME": f"{home}/.cache", "PYTHONPATH": str(ROOT),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        out = subprocess.run([sys.executable, "-c", CHILD, str(case), passphrase], capture_output=True, text=True,
                             env=env, timeout=600, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"memory run failed ({out.returncode}):\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update({"benchmark": "memory", "case_bytes": case.stat().st_size, "target_mib": TARGET_MIB,
                   "within_target": result["peak_mib"] < TARGET_MIB})
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--case", type=Path, help="a case file made by datagen (default: generate one)")
    parser.add_argument("--notes", type=int, default=100_000, help="size of the generated case")
    args = parser.parse_args(argv)
    from datagen import PASSPHRASE, build_case

    if args.case:
        result = measure(args.case, PASSPHRASE)
    else:
        with tempfile.TemporaryDirectory(prefix="iomed-mem-") as folder:
            case = Path(folder) / "case.iomed"
            build_case(case, args.notes)
            result = measure(case, PASSPHRASE)
    if args.json:
        dump(result)
        return 0
    for step, values in result["steps"].items():
        print(f"{step:<24} RSS {values['VmRSS']:>7.1f} MiB   peak {values['VmHWM']:>7.1f} MiB")
    print(f"peak {result['peak_mib']:.0f} MiB (target under {TARGET_MIB}); joint channel listed "
          f"{result['adopt_to_listed_s']:.2f} s after adopting ({result['joint_rows']} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
