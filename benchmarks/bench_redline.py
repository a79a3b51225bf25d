"""Redline speed on a realistic single text, against difflib on the same text flattened.

Builds two seeded 200-clause bilingual (English + Simplified Chinese) versions,
the second with 10% of clauses edited and a few moved, then times
`iomed_desk.core.redline.redline` and two baselines measured in the same run:
`difflib.SequenceMatcher` over the lines of both canonical texts, and
`difflib.ndiff` over the same lines (what a plain line-diff tool would do).
Run: `python benchmarks/bench_redline.py [--json] [--repeat N] [--seed S]`.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iomed_desk.core.drafting import Clause, Draft, DraftVersion, make_version  # noqa: E402
from iomed_desk.core.redline import apply_redline, redline  # noqa: E402

EN_WORDS = ("the", "Party", "shall", "pay", "deliver", "notify", "within", "days", "after",
            "Effective", "Date", "agreement", "obligation", "release", "claim", "settlement",
            "sum", "written", "consent", "confidential", "arbitration", "seat", "law", "governed",
            "breach", "remedy", "notice", "account", "transfer", "performance", "deadline")
ZH_CHARS = "当事方应于生效日后日内支付和解款项书面通知对争议承担责任仲裁保密履行义务协议条款期限银行账户"


def _en(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(EN_WORDS) for _ in range(words)).capitalize() + "."


def _zh(rng: random.Random, chars: int) -> str:
    return "".join(rng.choice(ZH_CHARS) for _ in range(chars)) + "。"


def build(seed: int, clauses: int = 200) -> tuple[DraftVersion, DraftVersion, dict[str, int]]:
    rng = random.Random(seed)
    draft = Draft("bench", "Settlement Agreement", ("en", "zh-Hans"))
    now = datetime(2026, 3, 2, tzinfo=UTC)
    old = [Clause(f"c{i:03d}", (("en", _en(rng, 3)), ("zh-Hans", _zh(rng, 4))),
                  (("en", "\n".join(_en(rng, 25) for _ in range(3))),
                   ("zh-Hans", "\n".join(_zh(rng, 40) for _ in range(3)))))
           for i in range(clauses)]
    new = list(old)
    changed = rng.sample(range(clauses), clauses // 10)
    for i in changed:
        c = new[i]
        en = c.body_in("en").split(" ")
        en[rng.randrange(len(en))] = "amended"
        en.insert(rng.randrange(len(en)), "promptly")
        zh = c.body_in("zh-Hans")
        cut = rng.randrange(len(zh) - 5)
        new[i] = c.with_text("en", body=" ".join(en)).with_text(
            "zh-Hans", body=zh[:cut] + "经双方同意" + zh[cut + 3:])
    moves = 5
    for _ in range(moves):
        new.insert(rng.randrange(clauses), new.pop(rng.randrange(clauses)))
    v1 = make_version(draft, old, author="bench", now=now)
    v2 = make_version(draft, new, author="bench", now=now, previous=v1)
    return v1, v2, {"clauses": clauses, "changed": len(changed), "moves_requested": moves,
                    "characters": len(v1.canonical_text)}


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="write the results as JSON to stdout")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args(argv)

    v1, v2, shape = build(args.seed)
    red = redline(v1, v2)
    if apply_redline(v1, red) != v2.clauses:
        raise SystemExit("redline does not rebuild the new version")
    a, b = v1.canonical_text.splitlines(), v2.canonical_text.splitlines()
    results = {
        "redline_ms": median_ms(lambda: redline(v1, v2), args.repeat),
        "sequencematcher_lines_ms": median_ms(
            lambda: difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes(), args.repeat),
        "ndiff_lines_ms": median_ms(lambda: list(difflib.ndiff(a, b)), args.repeat),
    }
    report = {
        "benchmark": "redline",
        "seed": args.seed,
        "repeat": args.repeat,
        "shape": shape,
        "summary": red.summary,
        "median_ms": {k: round(v, 3) for k, v in results.items()},
        "ratio_vs_sequencematcher": round(
            results["redline_ms"] / results["sequencematcher_lines_ms"], 3),
        "ratio_vs_ndiff": round(results["redline_ms"] / results["ndiff_lines_ms"], 3),
        "python": sys.version.split()[0],
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
        return 0
    print(f"redline: {shape['clauses']} bilingual clauses, {shape['changed']} changed, "
          f"{shape['moves_requested']} moves requested, {shape['characters']} characters; "
          f"median of {args.repeat}")
    print(f"{'measure':<36}{'median ms':>12}{'redline / this':>16}")
    base = results["redline_ms"]
    for name, ms in results.items():
        print(f"{name:<36}{ms:>12.2f}{base / ms:>16.2f}")
    print("(the baselines diff lines only; redline also matches clauses, finds moves and diffs "
          "changed texts word by word)")
    print(f"clause summary: {red.summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
