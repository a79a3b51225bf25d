"""Issue 15's targets: search as you type, saves that never stall, memory; at 1k / 10k / 100k notes
(1M with `--big`), encrypted against the same file unkeyed, in one run.

For each size a case is generated (benchmarks/datagen.py), opened once to let the idle
maintenance finish (the FTS5 merge in small steps and a passive checkpoint, timed: what the
app does after 5 s without a save), and only then copied unkeyed with `sqlcipher_export`,
so both files hold the same rows and the same index structure. Each is measured in a fresh
worker process:

- search: the 20 queries of bench_store.py, once to warm up and then `--rounds` rounds, as
  the mediator and as one party: `first_results` (the newest 20, what search as you type
  shows at once) and `search` (the full ranked list, up to 200); p50/p95;
- saves: `take_note` and `edit_note` back to back (each its own transaction with an fsync,
  `synchronous = FULL`), p50/p99; the plain file runs the same statements at the store level;
  and, to take the tail apart, in the same worker: the disk's own fsync (a 600-byte write and
  `os.fsync` of a file beside the case, no SQLite), the store-level save on the encrypted
  connection (no app layer), and at the largest size `take_note` at a mediator's pace (one save
  every `--pace` seconds, so the idle merge runs between saves and gives way when one arrives),
  with how many merge steps ran and how many gave way;
- relevance: the 20 judged queries of benchmarks/relevance.py, precision at 10 of the shipped
  ranking and of bm25 over every match, and how many of the top 10 the two share;
- peak RSS of the encrypted worker, the case open and searched (no GUI).

Run: `python benchmarks/bench_search.py [--json] [--sizes 1000,10000,100000] [--big]`;
`--report docs/benchmarks.md` rewrites that file's issue-15 section and its growth chart.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import QUERIES, plain_connect, store_save, timed  # noqa: E402
from common import dump, machine, rss_peak_mib, summary_ms  # noqa: E402
from datagen import PASSPHRASE, ProseGenerator, build_case, plain_copy  # noqa: E402

from iomed_desk.core.channels import Audience, Channel  # noqa: E402

AUDIENCES = (("mediator", Audience.mediator()), ("party", Audience.party("p2")))
TARGETS = {"first_p95_ms": 20.0, "ranked_ratio": 1.25, "save_p99_ms": 5.0, "rss_mib": 200.0}
SEED = 20260305


def rounds_of(run, rounds: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    out: dict[str, Any] = {}
    for label, audience in AUDIENCES:
        hits = {q: len(run(q, audience)) for q in QUERIES}
        samples: list[float] = []
        per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(rounds):
            for q in QUERIES:
                t = timed(functools.partial(run, q, audience))
                samples.append(t)
                per_query[q].append(t)
        out[label] = {"all": summary_ms(samples), "hits": hits,
                      "query_median_ms": {q: summary_ms(v)["median"] for q, v in per_query.items()}}
    return out


def settle(path: Path, key: bytes) -> dict[str, Any]:
    """What the idle worker does once saves pause, run to the end: merge steps, then a checkpoint."""
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.store import maintenance

    session = open_with_key(path, key)
    try:
        session.maintenance.stop()
        with session.db.reading() as conn:
            steps, started, longest = 0, time.perf_counter(), 0.0
            while True:
                t0 = time.perf_counter()
                more = maintenance.merge_step(conn)
                longest = max(longest, time.perf_counter() - t0)
                if not more:
                    break
                steps += 1
            maintenance.checkpoint(conn)
            return {"steps": steps, "seconds": round(time.perf_counter() - started, 2),
                    "longest_step_ms": round(longest * 1000, 2)}
    finally:
        session.close()


def topics_of(conn, size: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'note' ORDER BY rowid LIMIT ?", (size,))]
    return {i: text.topic for i, text in zip(ids, ProseGenerator(SEED).notes(size), strict=True)}


def fsync_floor(folder: Path, count: int) -> dict[str, float]:
    """The disk's own durable write: append 600 bytes and `os.fsync`, `count` times (no SQLite)."""
    import os

    probe = folder / "fsync-probe.bin"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        samples = []
        for _ in range(count):
            t0 = time.perf_counter()
            os.write(fd, b"x" * 600)
            os.fsync(fd)
            samples.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
        probe.unlink()
    return summary_ms(samples)


def paced_saves(session, gen, count: int, pace: float) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """`take_note` once every `pace` seconds: the idle merge runs in the pauses and gives way to each save."""
    worker = session.maintenance
    steps0, yielded0, runs0 = worker.steps_total, worker.yielded, worker.runs
    channels = [Channel.joint(), Channel.party("p1"), Channel.party("p2"), Channel.party("p3")]
    samples, fsyncs = [], []
    probe = session.db.path.with_name("fsync-probe.bin")
    fd = os.open(probe, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        for i in range(count):
            next_at = time.monotonic() + pace
            text = gen.note()
            samples.append(timed(functools.partial(session.take_note, channels[i % 4], text.title, text.body,
                                                   text.tags, speaker=text.speaker)))
            # the disk at the same pace, after the idle run (0.5 s) and before the next save: 600 bytes, fsync
            time.sleep(max(0.0, next_at - pace / 4 - time.monotonic()))
            os.pwrite(fd, os.urandom(600), 0)
            fsyncs.append(timed(functools.partial(os.fsync, fd)))
            time.sleep(max(0.0, next_at - time.monotonic()))
    finally:
        os.close(fd)
        probe.unlink()
    return {**summary_ms(samples), "pace_s": pace, "merge_steps": worker.steps_total - steps0,
            "merge_yielded": worker.yielded - yielded0, "idle_runs": worker.runs - runs0,
            "fsync": summary_ms(fsyncs)}


def worker_encrypted(path: Path, rounds: int, saves: int, size: int, paced: int = 0,
                     pace: float = 1.0) -> dict[str, Any]:
    from relevance import judge, mean_precision

    from iomed_desk.app.opening import derive_key_for, open_with_key
    from iomed_desk.core.clock import FakeClock
    from iomed_desk.store import search as search_store

    key = derive_key_for(path, PASSPHRASE)
    session = open_with_key(path, key, clock=FakeClock())
    try:
        first = rounds_of(lambda q, a: session.first_results(q, a), rounds)
        ranked = rounds_of(lambda q, a: session.search(q, a), rounds)
        with session.db.reading() as conn:
            topics = topics_of(conn, size)
        shipped = judge(lambda q: [h.item_id for h in session.search(q)], topics)
        window = search_store.RANK_WINDOW
        search_store.RANK_WINDOW = 10**12  # bm25 over every match: the ranking before issue 15
        exact = judge(lambda q: [h.item_id for h in session.search(q)], topics)
        search_store.RANK_WINDOW = window
        relevance = {"precision_shipped": round(mean_precision(shipped), 3),
                     "precision_exact": round(mean_precision(exact), 3),
                     "per_query": {s.query: {"shipped": s.precision, "exact": e.precision,
                                             "shared_top10": len(set(s.top) & set(e.top))}
                                   for s, e in zip(shipped, exact, strict=True)}}
        rss = rss_peak_mib()
        gen = ProseGenerator(7)
        channels = [Channel.joint(), Channel.party("p1"), Channel.party("p2"), Channel.party("p3")]
        take = []
        for i in range(saves):
            text = gen.note()
            take.append(timed(functools.partial(session.take_note, channels[i % 4], text.title, text.body,
                                                text.tags, speaker=text.speaker)))
        ids = list(topics)
        edit = [timed(functools.partial(session.edit_note, ids[(i * 7919) % len(ids)], body=gen.note().body))
                for i in range(saves)]
        clock = FakeClock()
        with session.db.reading() as conn:
            store = [timed(functools.partial(store_save, conn, clock, "mediator:m1", gen.note()))
                     for _ in range(saves)]
        fsync = fsync_floor(path.parent, saves)
        pacing = paced_saves(session, gen, paced, pace) if paced else None
        with session.db.reading() as conn:
            settings = {n: str(conn.execute(f"PRAGMA {n}").fetchone()[0])
                        for n in ("cipher_memory_security", "cache_size", "synchronous", "journal_mode")}
    finally:
        session.close()
    return {"first": first, "ranked": ranked, "relevance": relevance, "rss_peak_mib": rss,
            "take_note": summary_ms(take), "edit_note": summary_ms(edit), "settings": settings,
            "store_save": summary_ms(store), "fsync": fsync, "paced": pacing}


def worker_plain(path: Path, rounds: int, saves: int, size: int) -> dict[str, Any]:
    from iomed_desk.core.clock import FakeClock
    from iomed_desk.store import search as search_store

    conn = plain_connect(path)
    try:
        first = rounds_of(lambda q, a: search_store.first_results(conn, q, a), rounds)
        ranked = rounds_of(lambda q, a: search_store.search(conn, q, a), rounds)
        gen, clock = ProseGenerator(7), FakeClock()
        store = [timed(functools.partial(store_save, conn, clock, "mediator:m1", gen.note())) for _ in range(saves)]
    finally:
        conn.close()
    return {"first": first, "ranked": ranked, "store_save": summary_ms(store)}


def run_worker(kind: str, path: Path, args: argparse.Namespace, size: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", kind, "--case", str(path), "--rounds", str(args.rounds),
           "--saves", str(args.saves), "--size", str(size), "--pace", str(args.pace),
           "--paced", str(args.paced if size == args.largest else 0)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=7200)
    if out.returncode != 0:
        raise SystemExit(f"{kind} worker failed on {path.name}:\n{out.stderr}")
    return json.loads(out.stdout)


def measure_size(size: int, work: Path, args: argparse.Namespace, log) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from iomed_desk.app.opening import derive_key_for

    case, plain = work / f"search-{size}.iomed", work / f"search-plain-{size}.sqlite"
    log(f"  building {size:,} notes ...")
    built = build_case(case, size, seed=SEED)
    key = derive_key_for(case, PASSPHRASE)
    settled = settle(case, key)
    log(f"  built in {built.seconds:.0f} s, settled in {settled['seconds']} s ({settled['steps']} merge steps)")
    plain_copy(case, key, plain)
    enc = run_worker("encrypted", case, args, size)
    log("  measured encrypted; measuring plain ...")
    base = run_worker("plain", plain, args, size)
    for p in work.glob(f"search-*{size}.*"):
        p.unlink()
    return {"notes": size, "generated_seconds": round(built.seconds, 1), "settle": settled,
            "encrypted": enc, "plain": base,
            "ranked_ratio_p95": round(enc["ranked"]["mediator"]["all"]["p95"] / base["ranked"]["mediator"]["all"]["p95"], 3),
            "ranked_ratio_p95_party": round(enc["ranked"]["party"]["all"]["p95"] / base["ranked"]["party"]["all"]["p95"], 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--big", action="store_true", help="add 1,000,000 notes (slow; not in CI)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--saves", type=int, default=1000, help="back-to-back saves of each kind (p99: the 10th slowest)")
    parser.add_argument("--paced", type=int, default=60, help="saves at a mediator's pace, largest size only")
    parser.add_argument("--pace", type=float, default=1.0, help="seconds between paced saves")
    parser.add_argument("--report", type=Path, help="rewrite this Markdown file's issue-15 section")
    parser.add_argument("--from-json", type=Path, help="write the report section from saved results")
    parser.add_argument("--save-json", type=Path)
    parser.add_argument("--worker", choices=["encrypted", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--case", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.largest = 0
    if args.worker:
        if args.worker == "plain":
            dump(worker_plain(args.case, args.rounds, args.saves, args.size))
        else:
            dump(worker_encrypted(args.case, args.rounds, args.saves, args.size, args.paced, args.pace))
        return 0
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        sizes = [int(s) for s in args.sizes.split(",")] + ([1_000_000] if args.big else [])
        args.largest = min(max(sizes), 100_000)
        work = Path(tempfile.mkdtemp(prefix="iomed-bench-search-"))
        started = time.perf_counter()

        def log(text: str) -> None:
            print(text, file=sys.stderr, flush=True)

        try:
            results = []
            for size in sizes:
                log(f"{size:,} notes")
                results.append(measure_size(size, work, args, log))
            info = machine(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        report = {"benchmark": "search", "machine": info, "targets": TARGETS, "queries": list(QUERIES),
                  "minutes": round((time.perf_counter() - started) / 60, 1), "sizes": results,
                  "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                  "command": "python benchmarks/bench_search.py " + " ".join(argv if argv is not None else sys.argv[1:])}
        if args.save_json:
            args.save_json.write_text(json.dumps(report), encoding="utf-8")
    if args.report:
        from report_search import write_section

        write_section(args.report, report, alone=True)
    if args.json:
        dump(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
