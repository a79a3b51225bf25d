"""The case file at 1,000 / 10,000 / 100,000 notes, encrypted against plain SQLite, in one run.

For each size a case is generated (benchmarks/datagen.py: seeded prose, bulk
inserted through the store layer in one transaction, plus a 200-clause
single text through the app layer), and a plain copy is made with
`sqlcipher_export` to an unkeyed database: the same schema, rows and FTS5
index without encryption. Each file is then measured in a fresh worker
process, so the plain baseline runs in a process where no keyed connection
ever switched on SQLCipher's (process-wide) memory security:

1. unlock: Argon2id key derivation, and open-to-ready (open with the key, read
   where the mediator left off, the running session and session history, list
   the first channel's 500 most recent notes with the disclosures: what the workspace does);
2. note save through the app layer (`take_note`, `edit_note`), p50/p99, and
   the same statements at the store level encrypted and plain;
3. search: 20 fixed queries, several rounds, p50/p95, as the mediator and as
   one party, encrypted (`CaseSession.search`) and plain (`store.search.search`);
7. file size: as built, compacted (a backup copy), and the plain copy.

Run: `python benchmarks/bench_store.py [--json] [--sizes 1000,10000,100000]`.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import dump, machine, rss_peak_mib, spread, summary_ms  # noqa: E402
from datagen import PASSPHRASE, ProseGenerator, build_case, plain_copy  # noqa: E402

from iomed_desk.core.channels import Audience, Channel  # noqa: E402

QUERIES = (
    "tariff", "completion date", "quay wall", "liquidated damages", "force majeure", "dredging",
    "step-in rights", "escrow", "performance bond", "Adeyemi", "arbitration", "Milestone 3", "2031",
    "typhoon", "noise limits", "zeppelin", "不可抗力", "特许经营期", "仲裁", "escrow 托管",
)
AUDIENCES = (("mediator", Audience.mediator()), ("party", Audience.party("p2")))
TARGETS = {"ready_s": 0.5, "save_p99_ms": 10.0, "search_p95_ms": 20.0, "search_ratio": 1.5}
PAGE_KEY, NOTE_KEY = "workspace.page", "workspace.note"
LIST_LIMIT = 500  # the notes page lists a channel's most recent 500 notes (gui/notes_page.py)


# -- what both workers run ---------------------------------------------------------------------
def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def search_rounds(run: Callable[..., list], rounds: int) -> dict[str, Any]:
    """Every query once to warm up, then `rounds` rounds of all 20, per audience."""
    out: dict[str, Any] = {}
    for label, audience in AUDIENCES:
        hits = {q: len(run(q, audience)) for q in QUERIES}
        search = functools.partial(run, audience=audience)
        samples: list[float] = []
        per_round_p95: list[float] = []
        per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(rounds):
            this_round = []
            for q in QUERIES:
                t = timed(functools.partial(search, q))
                this_round.append(t)
                per_query[q].append(t)
            samples += this_round
            per_round_p95.append(summary_ms(this_round)["p95"])
        out[label] = {"all": summary_ms(samples), "p95_per_round": spread(per_round_p95), "hits": hits,
                      "query_median_ms": {q: summary_ms(v)["median"] for q, v in per_query.items()}}
    return out


def store_save(conn, clock, actor: str, text) -> None:  # type: ignore[no-untyped-def]
    """The statements `CaseSession.take_note` runs, straight on a connection, in one transaction."""
    from iomed_desk.app.ids import new_id
    from iomed_desk.core.model import Note
    from iomed_desk.store import audit, notes, sessions

    now = clock.advance(seconds=3)
    conn.execute("BEGIN IMMEDIATE")
    try:
        running = sessions.running(conn)
        note = Note(id=new_id("n-"), channel=text.channel, title=text.title, body=text.body, tags=text.tags,
                    confidential=text.channel.kind == "party", speaker=text.speaker, author=actor,
                    created_at=now, updated_at=now,
                    session_id=running.id if running and running.channel == text.channel else None)
        revision = notes.insert(conn, note)
        audit.append(conn, now, actor, "note.create", [note.id], {"channel": str(text.channel),
                     "revision": revision.number, "commitment": revision.commitment})
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _batches(samples: list[float], size: int) -> dict[str, Any]:
    """p50/p99 over all saves, and the spread of the p50 and p99 over batches of `size`."""
    groups = [samples[i:i + size] for i in range(0, len(samples), size)]
    return {"all": summary_ms(samples),
            "p50_per_batch": spread([summary_ms(g)["median"] for g in groups]),
            "p99_per_batch": spread([summary_ms(g)["p99"] for g in groups])}


def search_newest(conn, text: str, audience: Audience, limit: int = 200, window: int = 2000) -> list:  # type: ignore[no-untyped-def]
    """What-if only: `store.search.search` with bm25 ranking limited to the newest `window` visible matches.

    FTS5 walks its doclists newest first and stops after `window` rows, so the cost no longer grows
    with the number of matches; results differ from exact ranking only for words in more notes than that.
    """
    from iomed_desk.store.search import build_query
    from iomed_desk.store.visibility import bind, visible_to

    query = build_query(text)
    if query is None:
        return []
    return conn.execute(
        "WITH recent AS MATERIALIZED (SELECT s.rowid AS rid, bm25(search_index, 4.0, 1.0) AS score"
        " FROM search_index s JOIN items i ON i.rowid = s.rowid"
        f" WHERE search_index MATCH :query AND i.deleted_at IS NULL AND {visible_to('i')}"
        " ORDER BY s.rowid DESC LIMIT :window),"
        " best AS MATERIALIZED (SELECT rid, score FROM recent ORDER BY score LIMIT :limit)"
        " SELECT i.id, i.kind, i.channel, COALESCE(n.title, ''), substr(COALESCE(n.body, ''), 1, 6000)"
        " FROM best JOIN items i ON i.rowid = best.rid LEFT JOIN notes n ON n.item_id = i.id"
        " ORDER BY best.score, best.rid",
        {"query": query, "limit": limit, "window": window, **bind(audience)}).fetchall()


# -- the encrypted worker ----------------------------------------------------------------------
def without_memory_security() -> None:
    """What-if only: open connections as `connection.connect` does, but with `cipher_memory_security = ON`
    (the configuration before issue 15; the shipped one is OFF, so the name is historical).

    That PRAGMA makes SQLCipher mlock() and munlock() every allocation SQLite makes (and wipe it
    on free); this variant measures what it would cost. Process-wide, so it runs in its own worker;
    `configure`'s own check (which expects OFF) is answered for it, and the worker records the
    value actually in force.
    """
    from iomed_desk.store import connection

    configure = connection.configure

    class _On:
        def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
            self._conn = conn

        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
            if "cipher_memory_security" in sql:
                self._conn.execute("PRAGMA cipher_memory_security = ON")
                return self._conn.execute("SELECT '0'")
            return self._conn.execute(sql, *args)

    connection.configure = lambda conn: configure(_On(conn))  # type: ignore[assignment]


def worker_encrypted(path: Path, repeat: int, rounds: int, saves: int) -> dict[str, Any]:
    from iomed_desk.app.opening import derive_key_for, open_with_key
    from iomed_desk.core.clock import FakeClock

    kdf = [timed(lambda: derive_key_for(path, PASSPHRASE)) for _ in range(repeat)]
    key = derive_key_for(path, PASSPHRASE)

    def ready() -> tuple[float, float]:
        start = time.perf_counter()
        s = open_with_key(path, key)
        opened = time.perf_counter()
        s.workspace_value(PAGE_KEY)
        s.workspace_value(NOTE_KEY)
        s.running_session()
        s.session_history()
        listed = s.notes_in(Channel.joint(), limit=LIST_LIMIT)
        s.all_disclosures()
        done = time.perf_counter()
        s.close()
        assert listed
        return opened - start, done - start

    readies = [ready() for _ in range(repeat + 1)][1:]  # the first pays for imports
    session = open_with_key(path, key, clock=FakeClock())
    try:
        search = search_rounds(lambda q, audience: session.search(q, audience), rounds)
        with session.db.reading() as conn:
            newest = search_rounds(lambda q, audience: search_newest(conn, q, audience), rounds)
        gen = ProseGenerator(7)
        channels = [Channel.joint(), Channel.party("p1"), Channel.party("p2"), Channel.party("p3")]
        take, edit, store = [], [], []
        for i in range(saves):
            text = gen.note()
            take.append(timed(functools.partial(session.take_note, channels[i % 4], text.title, text.body,
                                                text.tags, speaker=text.speaker)))
        with session.db.reading() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE kind = 'note' AND deleted_at IS NULL")]
        rng = random.Random(5)
        for _ in range(saves):
            nid = rng.choice(ids)
            body = gen.note().body
            edit.append(timed(functools.partial(session.edit_note, nid, body=body)))
        with session.db.reading() as conn:
            for _ in range(saves):
                store.append(timed(functools.partial(store_save, conn, session.clock, session.actor, gen.note())))
            merged_seconds = timed(lambda: conn.execute("INSERT INTO search_index(search_index) VALUES('optimize')"))
        after_merge = [timed(functools.partial(session.take_note, channels[i % 4], f"After merge {i}", gen.note().body))
                       for i in range(saves)]
        with session.db.reading() as conn:
            memsec = conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
    finally:
        session.close()
    return {
        "kdf": summary_ms(kdf),
        "open": summary_ms([r[0] for r in readies]),
        "ready": summary_ms([r[1] for r in readies]),
        "search": search,
        "search_newest_2000": newest,
        "take_note": _batches(take, 100),
        "edit_note": _batches(edit, 100),
        "store_save": _batches(store, 100),
        "fts_optimize_seconds": round(merged_seconds, 2),
        "take_note_after_optimize": _batches(after_merge, 100),
        "cipher_memory_security": memsec,
        "rss_peak_mib": rss_peak_mib(),
    }


# -- the plain worker --------------------------------------------------------------------------
def plain_connect(path: Path):  # type: ignore[no-untyped-def]
    """An unkeyed connection with the same PRAGMAs as a case connection (minus the cipher's)."""
    import sqlcipher3

    from iomed_desk.store import schema
    from iomed_desk.store.connection import AUTOCHECKPOINT_PAGES, CACHE_KIB

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    for pragma in ("temp_store = MEMORY", "secure_delete = ON", "foreign_keys = ON", "journal_mode = WAL",
                   "synchronous = FULL", "busy_timeout = 3000", f"cache_size = -{CACHE_KIB}",
                   f"wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    schema.check_not_newer(conn)
    return conn


def worker_plain(path: Path, repeat: int, rounds: int, saves: int) -> dict[str, Any]:
    from iomed_desk.core.clock import FakeClock
    from iomed_desk.store import case_info, disclosures, notes, sessions
    from iomed_desk.store import search as search_store

    def ready() -> tuple[float, float]:
        start = time.perf_counter()
        conn = plain_connect(path)
        case = case_info.load_case(conn)
        opened = time.perf_counter()
        case_info.get_workspace(conn, PAGE_KEY)
        case_info.get_workspace(conn, NOTE_KEY)
        sessions.running(conn)
        sessions.history(conn)
        listed = notes.in_channel(conn, Channel.joint(), Audience.mediator(), LIST_LIMIT)
        disclosures.all_disclosures(conn)
        done = time.perf_counter()
        conn.close()
        assert listed and case
        return opened - start, done - start

    readies = [ready() for _ in range(repeat + 1)][1:]
    conn = plain_connect(path)
    try:
        search = search_rounds(lambda q, audience: search_store.search(conn, q, audience), rounds)
        gen = ProseGenerator(7)
        clock = FakeClock()
        store = [timed(functools.partial(store_save, conn, clock, "mediator:m1", gen.note())) for _ in range(saves)]
    finally:
        conn.close()
    return {
        "open": summary_ms([r[0] for r in readies]),
        "ready": summary_ms([r[1] for r in readies]),
        "search": search,
        "store_save": _batches(store, 100),
        "rss_peak_mib": rss_peak_mib(),
    }


def run_worker(kind: str, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", kind, "--case", str(path), "--repeat", str(args.repeat),
           "--rounds", str(args.rounds), "--saves", str(args.saves)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"{kind} worker failed on {path.name}:\n{out.stderr}")
    return json.loads(out.stdout)


# -- the run -----------------------------------------------------------------------------------
def measure_size(size: int, work: Path, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    from iomed_desk.app.opening import derive_key_for, open_with_key

    case = work / f"case-{size}.iomed"
    plain = work / f"plain-{size}.sqlite"
    log(f"  building {size:,} notes ...")
    built = build_case(case, size, seed=args.seed)
    key = derive_key_for(case, PASSPHRASE)
    started = time.perf_counter()
    plain_copy(case, key, plain)
    plain_seconds = time.perf_counter() - started
    compact = work / f"compact-{size}.iomed"
    session = open_with_key(case, key)
    try:
        session.db.export_copy(compact, key, session.db.salt)
    finally:
        session.close()
    sizes = {"built": case.stat().st_size, "compact": compact.stat().st_size, "plain": plain.stat().st_size}
    compact.unlink()
    what_if_case = work / f"whatif-{size}.iomed"
    shutil.copyfile(case, what_if_case)  # each worker adds notes and merges the index: start both equal
    log(f"  built in {built.seconds:.1f} s ({sizes['built'] / 2**20:.1f} MiB); measuring encrypted ...")
    enc = run_worker("encrypted", case, args)
    log("  measuring plain ...")
    base = run_worker("plain", plain, args)
    log("  measuring encrypted with cipher_memory_security ON (what-if) ...")
    what_if = run_worker("encrypted-nomemsec", what_if_case, args)
    what_if_case.unlink()
    if not args.keep:
        for p in work.glob(f"*-{size}.*"):
            p.unlink()
    return {
        "notes": size,
        "generated": {"seconds": round(built.seconds, 1), "sessions": built.sessions,
                      "disclosures": built.disclosures, "clauses": built.clauses,
                      "plain_copy_seconds": round(plain_seconds, 1)},
        "file_bytes": sizes,
        "file_ratio_compact_to_plain": round(sizes["compact"] / sizes["plain"], 3),
        "encrypted": enc,
        "plain": base,
        "encrypted_without_memory_security": what_if,
        "ratios": {
            "search_p95_mediator": round(enc["search"]["mediator"]["all"]["p95"]
                                         / base["search"]["mediator"]["all"]["p95"], 3),
            "search_p50_mediator": round(enc["search"]["mediator"]["all"]["median"]
                                         / base["search"]["mediator"]["all"]["median"], 3),
            "search_p95_party": round(enc["search"]["party"]["all"]["p95"]
                                      / base["search"]["party"]["all"]["p95"], 3),
            "ready": round(enc["ready"]["median"] / base["ready"]["median"], 3),
            "store_save_p50": round(enc["store_save"]["all"]["median"] / base["store_save"]["all"]["median"], 3),
            "take_note_p50_to_plain_store": round(enc["take_note"]["all"]["median"]
                                                  / base["store_save"]["all"]["median"], 3),
            "what_if_search_p95_mediator": round(what_if["search"]["mediator"]["all"]["p95"]
                                                 / base["search"]["mediator"]["all"]["p95"], 3),
            "what_if_ready": round(what_if["ready"]["median"] / base["ready"]["median"], 3),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7, help="unlock repeats")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the 20 queries")
    parser.add_argument("--saves", type=int, default=300, help="saves of each kind")
    parser.add_argument("--seed", type=int, default=20260305)
    parser.add_argument("--work", type=Path, help="folder for the generated files (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--worker", choices=["encrypted", "encrypted-nomemsec", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--case", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        if args.worker == "encrypted-nomemsec":
            without_memory_security()
        fn = worker_plain if args.worker == "plain" else worker_encrypted
        dump(fn(args.case, args.repeat, args.rounds, args.saves))
        return 0

    def log(text: str) -> None:
        print(text, file=sys.stderr if args.json else sys.stdout, flush=True)

    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="iomed-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results = []
    try:
        for size in sizes:
            log(f"{size:,} notes")
            results.append(measure_size(size, work, args, log))
    finally:
        if args.work is None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report = {"benchmark": "store", "machine": machine(work if work.exists() else None), "queries": list(QUERIES),
              "targets": TARGETS, "seconds": round(time.perf_counter() - started, 1), "sizes": results,
              "command": "python benchmarks/bench_store.py " + " ".join(argv or sys.argv[1:])}
    if args.json:
        dump(report)
    else:
        print_table(report)
    return 0


def print_table(report: dict[str, Any]) -> None:
    print(f"{'notes':>8} {'ready ms':>9} {'(plain)':>8} {'save p99':>9} {'search p95':>11} {'(plain)':>8} "
          f"{'ratio':>6} {'file MiB':>9} {'(plain)':>8}")
    for r in report["sizes"]:
        e, p = r["encrypted"], r["plain"]
        print(f"{r['notes']:>8,} {e['ready']['median']:>9.1f} {p['ready']['median']:>8.1f} "
              f"{e['take_note']['all']['p99']:>9.2f} {e['search']['mediator']['all']['p95']:>11.2f} "
              f"{p['search']['mediator']['all']['p95']:>8.2f} {r['ratios']['search_p95_mediator']:>6.2f} "
              f"{r['file_bytes']['built'] / 2**20:>9.1f} {r['file_bytes']['plain'] / 2**20:>8.1f}")
    with contextlib.suppress(KeyError):
        print(f"total {report['seconds']} s")


if __name__ == "__main__":
    raise SystemExit(main())
