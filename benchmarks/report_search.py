"""docs/benchmarks.md's issue-15 section (search as you type, saves, memory) and its growth chart.

The section sits between two HTML comments, so `bench_search.py --report` can rewrite it
alone, and `make bench` (run_all.py) rewrites it with everything else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chart import Series, line_chart
from report import _table, ms, verdict

from iomed_desk.store.connection import AUTOCHECKPOINT_PAGES
from iomed_desk.store.maintenance import CHECKPOINT_EVERY, IDLE_SECONDS, MERGE_PAGES

BEGIN, END = "<!-- bench_search: begin -->", "<!-- bench_search: end -->"


def section(r: dict[str, Any], chart_name: str, alone: bool = False, gui_rss: float | None = None) -> list[str]:
    """`gui_rss`: section 6's peak in the GUI process (make bench measures it; bench_search alone does not)."""
    t, sizes = r["targets"], r["sizes"]
    big = next((s for s in sizes if s["notes"] == 100_000), sizes[-1])
    e, p = big["encrypted"], big["plain"]
    n = f"{big['notes']:,}"
    first = e["first"]["mediator"]["all"]["p95"]
    first_party = e["first"]["party"]["all"]["p95"]
    ratio, ratio_party = big["ranked_ratio_p95"], big["ranked_ratio_p95_party"]
    take, edit = e["take_note"]["p99"], e["edit_note"]["p99"]
    rel = e["relevance"]
    rows = [
        [f"search: first results p95 (newest 20), {n} notes, mediator / party",
         f"{ms(first)} / {ms(first_party)}", f"≤ {t['first_p95_ms']:g} ms",
         verdict(max(first, first_party) <= t["first_p95_ms"])],
        [f"search: full ranked list p95 / plain FTS5, {n} notes, mediator / party",
         f"{ratio:.2f}× / {ratio_party:.2f}× ({ms(e['ranked']['mediator']['all']['p95'])} / "
         f"plain {ms(p['ranked']['mediator']['all']['p95'])})", f"≤ {t['ranked_ratio']}×",
         verdict(max(ratio, ratio_party) <= t["ranked_ratio"])],
        [f"`take_note` / `edit_note` p99, {n} notes, synchronous = FULL",
         f"{ms(take)} / {ms(edit)} (p50 {ms(e['take_note']['median'])} / {ms(e['edit_note']['median'])})",
         f"≤ {t['save_p99_ms']:g} ms", verdict(max(take, edit) <= t["save_p99_ms"])],
        [f"peak RSS, {n}-note case open and searched (store worker, no GUI)", f"{e['rss_peak_mib']:.0f} MiB",
         f"< {t['rss_mib']:g} MiB", verdict(e["rss_peak_mib"] < t["rss_mib"])],
        *([[f"peak RSS, {n}-note case unlocked, open and searched in the GUI (section 6)", f"{gui_rss:.0f} MiB",
            f"< {t['rss_mib']:g} MiB", verdict(gui_rss < t["rss_mib"])]] if gui_rss is not None else []),
        ["relevance: precision at 10 over 20 judged queries, shipped / bm25 over every match",
         f"{rel['precision_shipped']:.3f} / {rel['precision_exact']:.3f}", "no drop",
         verdict(rel["precision_shipped"] >= rel["precision_exact"] - 0.02)],
    ]
    growth = [[f"{s['notes']:,}", ms(s["encrypted"]["first"]["mediator"]["all"]["p95"]),
               ms(s["encrypted"]["ranked"]["mediator"]["all"]["p95"]), ms(s["plain"]["ranked"]["mediator"]["all"]["p95"]),
               f"{s['ranked_ratio_p95']:.2f}×", ms(s["encrypted"]["take_note"]["p99"]),
               ms(s["encrypted"]["edit_note"]["p99"]), ms(s["plain"]["store_save"]["p99"]),
               f"{s['settle']['seconds']} s ({s['settle']['steps']} steps, longest {ms(s['settle']['longest_step_ms'])})",
               f"{s['encrypted']['rss_peak_mib']:.0f} MiB"] for s in sizes]
    per_query = [[f"`{q}`", str(e["ranked"]["mediator"]["hits"][q]), ms(e["first"]["mediator"]["query_median_ms"][q]),
                  ms(e["ranked"]["mediator"]["query_median_ms"][q]), ms(p["ranked"]["mediator"]["query_median_ms"][q])]
                 for q in r["queries"]]
    judged = [[f"`{q}`", f"{v['exact']:.1f}", f"{v['shipped']:.1f}", f"{v['shared_top10']}/10"]
              for q, v in rel["per_query"].items()]
    changed = sum(1 for v in rel["per_query"].values() if v["shared_top10"] < 10)
    return [
        BEGIN,
        "## Issue 15: search as you type, saves, memory",
        "",
        f"Generated {r['when']} by `{r['command']}` in {r['minutes']} minutes (`make bench` runs it too).",
        *(["**This section was measured on its own, after issue 15's changes; the sections above and below",
           "are from the full run dated at the top, before them, and keep that run's figures and targets.**"]
          if alone else []),
        "Each case is generated, opened once to let the idle maintenance run to the end (FTS5 merge in",
        f"steps of {MERGE_PAGES} pages, then a passive checkpoint: what the app does {IDLE_SECONDS:g} s after the",
        "last save), and only then copied unkeyed, so the plain baseline has the same rows and the same index",
        "structure. During the back-to-back saves the idle merge never runs; the worker's passive checkpoint",
        f"every {CHECKPOINT_EVERY} commits does (it takes no write lock), and SQLite's own checkpoint inside a",
        f"commit waits for {AUTOCHECKPOINT_PAGES:,} WAL pages, a safety net that a long burst still meets.",
        "Search: the 20 queries of section 3, once to warm up, then "
        f"{e['first']['mediator']['all']['n'] // len(r['queries'])} rounds; saves: "
        f"{e['take_note']['n']} of each kind back to back, each its own transaction and fsync.",
        "",
        *_table(["figure", "measured", "target", "verdict"], rows),
        *_save_breakdown(big, t["save_p99_ms"]),
        *(_save_miss(big) if max(take, edit) > t["save_p99_ms"] else []),
        "Growth (mediator; the chart below shows search p95 and save p99 against case size):",
        "",
        *_table(["notes", "first results p95", "ranked p95", "plain ranked p95", "ratio", "take_note p99",
                 "edit_note p99", "plain store save p99", "idle merge, built file", "peak RSS"], growth),
        f"![search p95 and save p99 against case size]({chart_name})",
        "",
        f"Per query at {n} notes (median, mediator):",
        "",
        *_table(["query", "hits", "first results", "ranked", "plain ranked"], per_query),
        f"How the top 10 changed at {n} notes: precision at 10 of bm25 over every match (exact ranking)",
        "and of the shipped ranking (bm25 among the newest matches, window widened until 200 hits), with",
        "the same query builder; and how many of the ten the two share. The judgements are the",
        "generator's (a note is about its main topic), not the ranker's: benchmarks/relevance.py.",
        f"{changed} of 20 queries have a different top 10: where precision holds, the shipped list shows",
        "newer notes on the same topic in place of older ones.",
        "",
        *_table(["query", "precision, every match", "precision, shipped", "shared"], judged),
        END,
    ]


def _save_breakdown(big: dict[str, Any], target: float) -> list[str]:
    """Where a save's time goes, in one worker: the disk, SQLite, the cipher, the app, the merge."""
    e, p = big["encrypted"], big["plain"]
    if "fsync" not in e:  # results saved before the breakdown joined
        return []

    def row(name: str, s: dict[str, Any]) -> list[str]:
        return [name, ms(s["median"]), ms(s["p95"]), ms(s["p99"]), ms(s["max"]), verdict(s["p99"] <= target)]

    rows = [row("the disk alone: 600-byte write + `os.fsync`, beside the case", e["fsync"]),
            row("plain SQLite: the save's statements, unkeyed copy", p["store_save"]),
            row("SQLCipher: the same statements, encrypted file", e["store_save"]),
            row("`take_note` back to back (app layer; no idle merge between)", e["take_note"]),
            row("`edit_note` back to back", e["edit_note"])]
    paced = e.get("paced")
    note = []
    if paced:
        if "fsync" in paced:
            rows.append(row(f"the disk alone at that pace: one `os.fsync` every {paced['pace_s']:g} s", paced["fsync"]))
        rows.append(row(f"`take_note` one every {paced['pace_s']:g} s (idle merge between, giving way)", paced))
        note = [f"At that pace {paced['idle_runs']} idle runs merged {paced['merge_steps']} steps of {MERGE_PAGES} pages"
                f" between the {paced['n']} saves; {paced['merge_yielded']} steps gave way to a save (interrupted and"
                f" rolled back). A save after a pause is slower than one of a burst even with no merge at all: the"
                f" disk's fsync after a pause is slower (the row above it), and so are cold CPU caches; with"
                f" {paced['n']} paced saves their p99 is close to the slowest one. The target is the burst's p99.", ""]
    return [f"Where a save's time goes at {big['notes']:,} notes (same run; p99 target {target:g} ms,"
            " `synchronous = FULL` throughout):", "",
            *_table(["save", "p50", "p95", "p99", "max", "p99 ≤ target"], rows), *note]


def _save_miss(big: dict[str, Any]) -> list[str]:
    p, e = big["plain"], big["encrypted"]
    return [f"Saves miss their target in this run. The disk's own fsync has p99 {ms(e['fsync']['p99'])}; the"
            f" save's statements have p99 {ms(p['store_save']['p99'])} on the unkeyed copy and"
            f" {ms(e['store_save']['p99'])} on the encrypted file (SQLCipher encrypts and MACs each page"
            f" written); `take_note` {ms(e['take_note']['p99'])}, `edit_note` {ms(e['edit_note']['p99'])}."
            " What the slowest saves meet, back to back: SQLite's checkpoint inside the commit that crosses"
            f" {AUTOCHECKPOINT_PAGES:,} WAL pages (about one save in 220 of a burst, since the worker's"
            " checkpoints between saves rarely let the WAL start over while saves keep coming), a crisis merge"
            " of 64 index segments (about one save in 64), and the worker's checkpoint syncing the file while"
            " the save syncs the WAL. Measure the spread with a second run before changing anything.", ""]


def growth_chart(path: Path, r: dict[str, Any]) -> None:
    sizes = r["sizes"]

    def pts(get) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
        return [(s["notes"], get(s)) for s in sizes]

    line_chart(path, "Search p95 and save p99 against case size", "notes in the case", "milliseconds (log)", [
        Series("ranked search p95", pts(lambda s: s["encrypted"]["ranked"]["mediator"]["all"]["p95"]), "#1f6f8b"),
        Series("first results p95", pts(lambda s: s["encrypted"]["first"]["mediator"]["all"]["p95"]), "#1f6f8b",
               dashed=True),
        Series("plain FTS5 ranked p95", pts(lambda s: s["plain"]["ranked"]["mediator"]["all"]["p95"]), "#b5522b"),
        Series("take_note p99", pts(lambda s: s["encrypted"]["take_note"]["p99"]), "#5b7f2e"),
        Series("edit_note p99", pts(lambda s: s["encrypted"]["edit_note"]["p99"]), "#5b7f2e", dashed=True),
    ], target=("first results target: 20 ms (saves: 5 ms)", 20.0))


def write_section(report: Path, r: dict[str, Any], *, alone: bool = False, gui_rss: float | None = None) -> None:
    chart = report.with_name("benchmarks-growth.png")
    growth_chart(chart, r)
    text = report.read_text(encoding="utf-8") if report.exists() else "# Benchmarks\n"
    block = "\n".join(section(r, chart.name, alone, gui_rss))
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        marker = "\n## The data"
        text = text.replace(marker, "\n" + block + "\n" + marker, 1) if marker in text else text + "\n" + block + "\n"
    report.write_text(text, encoding="utf-8")
