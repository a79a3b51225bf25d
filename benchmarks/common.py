"""Small helpers shared by the benchmarks: percentiles, summaries, the machine, JSON out."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between the closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """Median, p50/p95/p99, min, max and inter-quartile range, in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "median": round(statistics.median(ms), 3),
        "p95": round(percentile(ms, 95), 3),
        "p99": round(percentile(ms, 99), 3),
        "min": round(min(ms), 3),
        "max": round(max(ms), 3),
        "iqr": round(percentile(ms, 75) - percentile(ms, 25), 3),
    }


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median and range of a figure measured once per repeat (e.g. a p95 per round)."""
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "n": len(values)}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return float("nan")


def _disk(path: Path) -> str:
    try:
        out = subprocess.run(["df", "-PT", str(path)], capture_output=True, text=True, timeout=10).stdout
        fields = out.splitlines()[1].split()
        return f"{fields[1]} ({fields[0]})"
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


def machine(work: Path | None = None) -> dict[str, Any]:
    """What the figures were measured on."""
    import sqlite3

    import sqlcipher3

    c = sqlcipher3.connect(":memory:")
    try:
        engine = c.execute("SELECT sqlite_version()").fetchone()[0]
        cipher = c.execute("PRAGMA cipher_version").fetchone()[0]
        provider = c.execute("PRAGMA cipher_provider").fetchone()
        provider_version = c.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        c.close()
    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "sqlcipher": f"{cipher} on SQLite {engine}"
                     + (f", {provider[0]} {provider_version[0] if provider_version else ''}" if provider else ""),
        "stdlib_sqlite3": sqlite3.sqlite_version,
    }
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        info["pyside6"] = "not installed"
    if work is not None:
        info["disk"] = _disk(work)
    return info


def dump(result: dict[str, Any]) -> None:
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()


def rss_peak_mib() -> float:
    """Peak resident set size of this process (VmHWM), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
