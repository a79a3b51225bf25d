"""Issue 6, reliability 4: a bit flipped in every page of the demo case, and truncations at random lengths.

`iomed-desk check` must report every damaged copy: exit status 1, one line on
stderr, no traceback, within a time limit, and no new file beside the case
(never an unencrypted "repaired" one). The fast subset checks every page in
process (the key derived once) and a sample through the command line; the
full run puts every page and 40 truncations through the command line.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from iomed_desk.app.demo import write_demo
from iomed_desk.app.opening import derive_key_for, open_with_key
from iomed_desk.core.errors import UserError
from tests.conftest import PASSPHRASE
from tests.reliability.helpers import ROOT, child_env, figure, plain_sqlite_files, scan_files

PAGE = 4096
TIMEOUT = 60
DEMO_WORDS = ("Selene", "Solis", "Ostrand", "quay wall")  # text of the demo case, never in clear on disk


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    case = tmp_path_factory.mktemp("demo") / "demo.iomed"
    write_demo(case, PASSPHRASE)
    return case.read_bytes(), derive_key_for(case, PASSPHRASE)


def flipped(data: bytes, page: int, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    offset = page * PAGE + rng.randrange(min(PAGE, len(data) - page * PAGE))
    damaged[offset] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def cli_check(folder: Path, data: bytes) -> dict:
    """Write the damaged copy into its own folder and run `iomed-desk check` on it."""
    folder.mkdir()
    case = folder / "damaged.iomed"
    case.write_bytes(data)
    try:
        out = subprocess.run([sys.executable, "-m", "iomed_desk", "check", str(case), "--passphrase-stdin"],
                             input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=TIMEOUT,
                             env=child_env(), cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"hang": True, "code": None, "lines": 0, "traceback": False, "new_files": [], "plain": [],
                "message": ""}
    others = sorted(p.name for p in folder.iterdir() if p.name != case.name)
    result = {"hang": False, "code": out.returncode, "lines": len(out.stderr.strip().splitlines()),
              "traceback": "Traceback" in out.stderr, "new_files": others,
              "plain": [p.name for p in plain_sqlite_files(folder)] + scan_files([folder], DEMO_WORDS),
              "message": out.stderr.strip()}
    shutil.rmtree(folder)
    return result


def detected(r: dict) -> bool:
    return (not r["hang"] and r["code"] not in (0, None) and r["lines"] == 1 and not r["traceback"]
            and not r["new_files"] and not r["plain"])


def report(key: str, title: str, results: list[dict], **extra: object) -> None:
    bad = [r for r in results if not detected(r)]
    codes = Counter(str(r["code"]) for r in results)
    figure(key, title, f"{len(results) - len(bad)}/{len(results)}", "100% detected: exit 1, one line, no "
           "traceback, no hang, no new file", not bad and set(codes) == {"1"}, exit_codes=dict(codes),
           hangs=sum(r["hang"] for r in results), tracebacks=sum(r["traceback"] for r in results),
           new_files=sum(bool(r["new_files"]) for r in results), unencrypted=sum(bool(r["plain"]) for r in results),
           messages=dict(Counter(r["message"].split(":", 2)[-1].strip()[:90] for r in results).most_common(5)),
           **extra)


def run_all(tmp_path: Path, copies: list[bytes]) -> list[dict]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda i_data: cli_check(tmp_path / f"copy{i_data[0]}", i_data[1]),
                             enumerate(copies)))


def test_every_flipped_page_is_detected_in_process(demo: tuple[bytes, bytes], tmp_path: Path) -> None:
    """Every page, the check that `iomed-desk check` runs, with the key derived once."""
    data, key = demo
    pages = len(data) // PAGE
    rng = random.Random(4)
    missed, other_errors = [], []
    case = tmp_path / "damaged.iomed"
    for page in range(pages):
        case.write_bytes(flipped(data, page, rng))
        try:
            session = open_with_key(case, key)
        except UserError:
            continue
        except Exception as exc:  # noqa: BLE001 - counted: only UserError may escape
            other_errors.append(f"page {page}: {type(exc).__name__}")
            continue
        try:
            if session.check().ok:
                missed.append(page)
        except UserError:
            pass
        finally:
            session.close()
    figure("damage.pages.in_process", "bit flip in every page, checked in process: pages not detected",
           len(missed), "0", not missed and not other_errors, pages=pages, other_errors=other_errors)
    assert not missed and not other_errors


@pytest.mark.parametrize("scale", [pytest.param("fast", id="fast"), pytest.param("full", id="full",
                                                                                 marks=pytest.mark.slow)])
def test_check_command_detects_flipped_pages(demo: tuple[bytes, bytes], tmp_path: Path, scale: str) -> None:
    data, _ = demo
    pages = len(data) // PAGE
    rng = random.Random(5)
    chosen = list(range(pages)) if scale == "full" else sorted({0, 1, pages // 2, pages - 1, rng.randrange(pages)})
    results = run_all(tmp_path, [flipped(data, page, rng) for page in chosen])
    report(f"damage.pages.cli.{scale}", "`iomed-desk check`, one bit flipped per page: detected",
           results, pages=len(chosen), file_pages=pages, scale=scale)
    assert all(detected(r) for r in results), [r for r in results if not detected(r)][:3]


@pytest.mark.parametrize("count", [pytest.param(3, id="fast"), pytest.param(40, id="full", marks=pytest.mark.slow)])
def test_check_command_detects_truncation(demo: tuple[bytes, bytes], tmp_path: Path, count: int) -> None:
    data, _ = demo
    rng = random.Random(6 + count)
    lengths = sorted({rng.randrange(1, len(data)) for _ in range(count - count // 4)}
                     | {rng.randrange(1, len(data) // PAGE) * PAGE for _ in range(max(1, count // 4))})
    results = run_all(tmp_path, [data[:n] for n in lengths])
    report(f"damage.truncation.cli.{'full' if count >= 40 else 'fast'}", "`iomed-desk check`, file truncated "
           "at a random length (a quarter at page boundaries): detected", results, truncations=len(lengths))
    assert all(detected(r) for r in results), [r for r in results if not detected(r)][:3]
