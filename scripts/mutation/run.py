"""`make mutation`: mutmut over the modules that keep the promises, one copy of the tree per module.

Each module of scripts/mutation/modules.toml is mutated in its own copy of the committed tree
(scripts/mutation/work/<slug>/, git-ignored), never in the working tree: mutmut writes its mutants
under <copy>/mutants/ and runs only that module's test files there. The results of each
module are kept in scripts/mutation/work/results/<slug>.json, so the report can be written again
(or a single module re-run) without running the rest; docs/mutation.md is written from
them and from scripts/mutation/notes.toml, which says why a survivor is equivalent or which test
would kill it.

    python scripts/mutation/run.py                      # every module, then the report
    python scripts/mutation/run.py --only core-redline  # one module (slugs: path without iomed_desk/)
    python scripts/mutation/run.py --report-only        # the report from the results already there
    python scripts/mutation/run.py --only store-visibility --sql-only   # only the hand-written SQL mutants
    python scripts/mutation/run.py --only export-verify --harvest      # what a stopped run had done
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatch
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORK = HERE / "work"
RESULTS = WORK / "results"
MUTMUT = Path(sys.executable).parent / "mutmut"

#: what mutmut's exit codes mean (mutmut.stats.status_by_exit_code), folded into the report's columns
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout",
          -11: "segfault", -9: "segfault", 37: "killed", None: "not checked"}


@dataclass(frozen=True)
class Module:
    path: str
    target: int
    tests: tuple[str, ...]
    functions: tuple[str, ...] = ()
    #: hand-written mutants of what mutmut does not mutate, (name, from, to): `sql_N` for SQL kept in
    #: f-strings, `table_N` for module-level tables
    sql: tuple[tuple[str, str, str], ...] = ()

    @property
    def slug(self) -> str:
        return self.path.removeprefix("iomed_desk/").removesuffix(".py").replace("/", "-")

    @property
    def dotted(self) -> str:
        return self.path.removesuffix(".py").replace("/", ".")

    def patterns(self) -> list[str]:
        """mutmut's mutant-name globs for the chosen functions (x_f for functions, xǁCǁm for methods)."""
        out = []
        for f in self.functions:
            cls, _, name = f.rpartition(".")
            mangled = f"xǁ{cls}ǁ{name}" if cls else f"x_{name}"
            out.append(f"{self.dotted}.{mangled}__mutmut_*")
        return out


def load_modules() -> list[Module]:
    data = tomllib.loads((HERE / "modules.toml").read_text("utf-8"))
    return [Module(m["path"], m["target"], tuple(m["tests"]), tuple(m.get("functions", ())),
                   tuple((f"sql_{i}", t["from"], t["to"]) for i, t in enumerate(m.get("sql", ()), start=1))
                   + tuple((f"table_{i}", t["from"], t["to"]) for i, t in enumerate(m.get("table", ()), start=1)))
            for m in data["module"]]


class Notes(dict):
    """Notes by mutant name; a name with `*` is a glob that covers a whole function (no line check)."""

    def get(self, name: str, default: dict | None = None) -> dict | None:  # type: ignore[override]
        if name in self:
            return self[name]
        for pattern, note in self.items():
            if "*" in pattern and fnmatch(name, pattern):
                return note
        return default


def load_notes() -> Notes:
    path = HERE / "notes.toml"
    if not path.exists():
        return Notes()
    return Notes((n["mutant"], n) for n in tomllib.loads(path.read_text("utf-8")).get("note", []))


def _fits(note: dict, diff: str) -> bool:
    """A note still describes the mutant: a glob note always, a named one while its line matches."""
    return "*" in note["mutant"] or note.get("line", "") == _added_line(diff)


# --- the copy of the tree -------------------------------------------------------------------

def snapshot(source: str) -> tuple[Path, str]:
    """The tree to mutate: the committed HEAD (default) or the working tree, as plain files."""
    dest = WORK / "_tree"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    parts = ["iomed_desk", "tests", "pyproject.toml"] + (["resources"] if (ROOT / "resources").is_dir() else [])
    if source == "head":
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        tracked = subprocess.run(["git", "ls-tree", "--name-only", "HEAD", *parts], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout.split()
        archive = subprocess.run(["git", "archive", "HEAD", *tracked], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    else:
        rev = "working tree"
        for p in parts:
            src = ROOT / p
            if src.is_dir():
                shutil.copytree(src, dest / p, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif src.exists():
                shutil.copy2(src, dest / p)
    # resources/ is installed as the package iomed_desk.resources (a setuptools mapping); the copy
    # is not installed, so put it where the import finds it
    if (dest / "resources").is_dir():
        shutil.rmtree(dest / "iomed_desk" / "resources", ignore_errors=True)
        shutil.move(dest / "resources", dest / "iomed_desk" / "resources")
    return dest, rev


def setup_cfg(module: Module, workers: int) -> str:
    def lines(values: list[str] | tuple[str, ...]) -> str:
        return "".join(f"\n    {v}" for v in values)
    # -p no:cacheprovider: nothing written beside the tests; a fixed hypothesis seed makes a verdict
    # repeatable (the copy's .hypothesis database still replays examples that killed earlier mutants)
    return (
        "[mutmut]\n"
        "source_paths = iomed_desk\n"
        f"only_mutate = {module.path}\n"
        f"pytest_add_cli_args ={lines(['-p', 'no:cacheprovider', '--hypothesis-seed=0'])}\n"
        f"pytest_add_cli_args_test_selection ={lines(module.tests)}\n"
        # pytest-qt and the worker threads are not fork-safe after a run: fork every mutant from a
        # server that has imported the tests but run none
        "process_isolation = forkserver\n"
        # a mutant that loops is stopped after 8x its tests' clean CPU time plus 8 s (mutmut's own
        # 30x cost minutes per loop on a shared 2-core machine); a timeout counts as killed
        "timeout_multiplier = 4\n"
        # an error's wording is not a promise in scope (the GUI and CLI tests read messages); its
        # three mutants per message would be a third of the run, each running every covering test
        "do_not_mutate_patterns = ^\\s*raise \\w+\\(\n"
        "use_git_change_detection = false\n"
    )


# --- one module --------------------------------------------------------------------------------

@dataclass
class Outcome:
    slug: str
    path: str
    target: int
    functions: list[str]
    tests: list[str]
    revision: str
    seconds: float
    finished: bool
    statuses: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, str] = field(default_factory=dict)
    sql: dict[str, dict] = field(default_factory=dict)


def run_module(module: Module, tree: Path, revision: str, workers: int, log: Path) -> Outcome:
    copy = WORK / module.slug
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(tree, copy)
    (copy / "setup.cfg").write_text(setup_cfg(module, workers), "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        rc = subprocess.run([str(MUTMUT), "run", "--max-children", str(workers), *module.patterns()],
                            cwd=copy, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
    outcome = harvest(module, copy, revision, time.monotonic() - started, rc == 0)
    if module.sql:
        outcome.sql = run_sql_mutants(module, tree, log)
        outcome.seconds = round(time.monotonic() - started, 1)
    save(outcome)
    if rc == 0:
        shutil.rmtree(copy, ignore_errors=True)  # the copy is large; the log and the results stay
    return outcome


def save(outcome: Outcome) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{outcome.slug}.json").write_text(json.dumps(outcome.__dict__, indent=1, ensure_ascii=False),
                                                  "utf-8")


def harvest(module: Module, copy: Path, revision: str, seconds: float, finished: bool) -> Outcome:
    """What mutmut recorded in a module's copy (also of a run that was stopped: `--harvest`)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    outcome = Outcome(module.slug, module.path, module.target, list(module.functions), list(module.tests),
                      revision, round(seconds, 1), finished)
    meta = copy / "mutants" / (module.path + ".meta")
    if meta.exists():
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        wanted = module.patterns()
        for name, code in codes.items():
            if wanted and not any(fnmatch(name, p) for p in wanted):
                continue
            outcome.statuses[name] = STATUS.get(code, "suspicious")
        for name, status in outcome.statuses.items():
            if status not in ("killed", "timeout", "segfault", "not checked"):
                shown = subprocess.run([str(MUTMUT), "show", name], cwd=copy, env=env,
                                       capture_output=True, text=True)
                outcome.diffs[name] = shown.stdout.split("\n", 1)[1].strip() if shown.returncode == 0 else ""
    return outcome


def run_sql_mutants(module: Module, tree: Path, log: Path, known: dict[str, dict] | None = None,
                    each: Callable[[dict[str, dict]], None] | None = None) -> dict[str, dict]:
    """Each hand-written mutant in a copy of its own, against the module's test files (plain pytest, -x).

    mutmut leaves f-strings alone, and the firewall's SQL twin is one; these are the mutations of
    that SQL a person would worry about (a dropped condition, a flipped comparison).
    """
    results: dict[str, dict] = {}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    with log.open("a", encoding="utf-8") as out:
        for short, before, after in module.sql:
            name = f"{module.dotted}.{short}"
            diff = f"-{before}\n+{after}"
            if known and known.get(name, {}).get("diff") == diff and known[name]["status"] in ("killed", "survived"):
                results[name] = known[name]  # resumed: this one ran already
                continue
            copy = WORK / f"{module.slug}-sql"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(tree, copy)
            source = copy / module.path
            text = source.read_text("utf-8")
            if text.count(before) != 1:
                results[name] = {"status": "not applicable", "diff": diff}
                continue
            source.write_text(text.replace(before, after), "utf-8")
            print(f"--- {name}: {before!r} -> {after!r}", file=out, flush=True)
            rc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                 "--hypothesis-seed=0", "--rootdir=.", *module.tests],
                                cwd=copy, env=dict(env, PYTHONPATH=str(copy)), stdout=out,
                                stderr=subprocess.STDOUT).returncode
            results[name] = {"status": {0: "survived", 1: "killed"}.get(rc, f"error (pytest exit {rc})"),
                             "diff": diff}
            shutil.rmtree(copy, ignore_errors=True)
            if each:
                each(results)
    return results


# --- the report ---------------------------------------------------------------------------------

def _added_line(diff: str) -> str:
    """The mutated line of a mutant's diff (its first '+' line), to check a note still fits."""
    for line in diff.splitlines():
        if line.startswith("+") and not line.startswith("+++"):
            return line[1:].strip()
    return ""


def merged(outcome: dict) -> tuple[dict[str, str], dict[str, str]]:
    """mutmut's mutants and the hand-written SQL ones together: status and diff by name."""
    statuses, diffs = dict(outcome["statuses"]), dict(outcome["diffs"])
    for name, result in outcome.get("sql", {}).items():
        statuses[name] = result["status"]
        diffs[name] = result["diff"]
    return statuses, diffs


def tally(outcome: dict, notes: dict[str, dict]) -> dict[str, int]:
    counts = {"killed": 0, "timeout": 0, "survived": 0, "equivalent": 0, "other": 0, "not run": 0}
    statuses, diffs = merged(outcome)
    for name, status in statuses.items():
        note = notes.get(name)
        if status == "not applicable":
            continue
        if status == "not checked":
            counts["not run"] += 1
            continue
        if status in ("survived", "no tests") and note and note["verdict"] == "equivalent" \
                and _fits(note, diffs.get(name, "")):
            counts["equivalent"] += 1
        elif status in ("survived", "no tests"):
            counts["survived"] += 1
        elif status == "segfault":
            counts["timeout"] += 1
        elif status in counts:
            counts[status] += 1
        else:
            counts["other"] += 1
    return counts


def score(counts: dict[str, int]) -> float | None:
    judged = counts["killed"] + counts["timeout"] + counts["survived"] + counts["other"]
    return None if judged == 0 else 100.0 * (counts["killed"] + counts["timeout"]) / judged


def write_report(path: Path, modules: list[Module], wall: float | None) -> None:
    notes = load_notes()
    prose = (HERE / "report_intro.md").read_text("utf-8")
    rows, sections = [], []
    total_seconds = 0.0
    revisions = set()
    for module in modules:
        result_file = RESULTS / f"{module.slug}.json"
        scope = ("whole module" if not module.functions else ", ".join(module.functions)
                 if len(module.functions) <= 3 else f"{len(module.functions)} functions (listed below)")
        if not result_file.exists():
            rows.append(f"| `{module.path}` | {scope} | | not run | | | | | | {module.target} % | |")
            continue
        outcome = json.loads(result_file.read_text("utf-8"))
        revisions.add(outcome["revision"])
        total_seconds += outcome["seconds"]
        counts = tally(outcome, notes)
        pct = score(counts)
        met = "—" if pct is None else ("yes" if pct >= module.target else "**no**")
        state = "" if outcome["finished"] else (
            f" (stopped: {counts['not run']} mutants not run)" if counts["not run"] else " (run did not finish)")
        rows.append(
            f"| `{module.path}`{state} | {scope} | {outcome['revision']} | {counts['killed']} | {counts['timeout']} | "
            f"{counts['survived']} | {counts['equivalent']} | {counts['other']} | "
            f"{'—' if pct is None else f'{pct:.1f} %'} | {module.target} % | {met} |")
        statuses, diffs = merged(outcome)
        survivors = sorted((n for n, s in statuses.items()
                            if s not in ("killed", "timeout", "segfault", "not checked")),
                           key=_mutant_order)
        body = [f"### `{module.path}`", "",
                *([f"Functions: {', '.join(f'`{f}`' for f in module.functions)}.", ""] if module.functions else []),
                f"Tests: {', '.join(f'`{t}`' for t in outcome['tests'])}. "
                f"Run time {outcome['seconds'] / 60:.1f} min.", ""]
        if outcome.get("sql"):
            killed = sum(r["status"] == "killed" for r in outcome["sql"].values())
            body += [f"Hand-written mutants (`sql_N`, `table_N`: scripts/mutation/modules.toml; mutmut does not mutate "
                     f"f-strings or module-level tables): {killed} of {len(outcome['sql'])} killed; they are "
                     "counted in the table.", ""]
        if not survivors:
            body.append("Every mutant was killed.")
        for name in survivors:
            diff = diffs.get(name, "")
            note = notes.get(name)
            status = statuses[name]
            if note and not _fits(note, diff):
                note = None  # the code moved: the note was about another mutation
            if status == "not applicable":
                verdict = ("not applied: the text to replace is not in the file exactly once "
                           "(scripts/mutation/modules.toml needs updating)")
            elif note is None:
                verdict = "**not yet killed** (no note yet)"
            elif note["verdict"] == "equivalent":
                verdict = f"equivalent: {note['why']}"
            else:
                verdict = f"**not yet killed**: {note['why']}"
            tag = "" if status == "survived" else f" ({status})"
            body += [f"- `{name}`{tag}: {verdict}", "", "  ```diff",
                     *("  " + line for line in diff.splitlines() if not line.startswith(("---", "+++"))),
                     "  ```", ""]
        sections.append("\n".join(body))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = [
        prose.rstrip(), "",
        "## Results", "",
        f"Written {when}; each module was mutated in the commit named in *tree*; the modules' runs took "
        f"{total_seconds / 60:.0f} min in all" + (f" (this invocation: {wall / 60:.0f} min)" if wall else "") + ".",
        "",
        "| module | scope | tree | killed | timeout or crash | survived | equivalent | other | % killed | target | met |",
        "| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: | --- |",
        *rows, "",
        "% killed = (killed + timeout or crash) / (all − equivalent). *Timeout or crash*: the tests ran past "
        "8× their clean CPU time, or their process died (a Qt crash); either way the mutant was caught. "
        "*Survived* includes mutants no selected test reached (mutmut's “no tests”); *other* is "
        "mutmut's “suspicious”, a test run that errored, or a mutant never run.", "",
        "## Survivors", "",
    ]
    path.write_text("\n".join(header) + "\n" + "\n\n".join(sections) + "\n", "utf-8")


def _mutant_order(name: str) -> tuple[str, int]:
    base, _, number = name.rpartition("__mutmut_") if "__mutmut_" in name else name.rpartition("_")
    return base, int(number) if number.isdigit() else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="comma-separated slugs (e.g. core-firewall,gui-lock)")
    parser.add_argument("--source", choices=("head", "worktree"), default="head",
                        help="mutate the committed HEAD (default) or the working tree as it is")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "mutation.md")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--harvest", action="store_true",
                        help="record what a stopped run left in scripts/mutation/work/<module>/, then the report")
    parser.add_argument("--sql-only", action="store_true",
                        help="run only the hand-written SQL mutants, into the results already there")
    args = parser.parse_args()
    modules = load_modules()
    chosen = [m for m in modules if not args.only or m.slug in args.only.split(",")]
    if args.only and len(chosen) != len(args.only.split(",")):
        parser.error(f"unknown slug; the slugs are: {', '.join(m.slug for m in modules)}")
    wall = None
    if args.harvest:
        for module in chosen:
            copy, log = WORK / module.slug, WORK / f"{module.slug}.log"
            if (copy / "mutants").is_dir():
                revision = (RESULTS / "_tree-revision").read_text("utf-8").strip() \
                    if (RESULTS / "_tree-revision").exists() else "unknown"
                seconds = log.stat().st_mtime - (copy / "setup.cfg").stat().st_mtime
                save(harvest(module, copy, revision, seconds, False))
                print(f"{module.slug}: harvested the stopped run")
    elif not args.report_only:
        started = time.monotonic()
        tree, revision = snapshot(args.source)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "_tree-revision").write_text(revision, "utf-8")
        for module in chosen:
            log = WORK / f"{module.slug}.log"
            if args.sql_only:
                result_file = RESULTS / f"{module.slug}.json"
                if module.sql:
                    print(f"{module.slug}: hand-written SQL mutants ({log.relative_to(ROOT)})", flush=True)
                    result = json.loads(result_file.read_text("utf-8")) if result_file.exists() else Outcome(
                        module.slug, module.path, module.target, list(module.functions), list(module.tests),
                        revision, 0.0, False).__dict__
                    def keep(partial: dict[str, dict], result: dict = result, path: Path = result_file) -> None:
                        result["sql"] = dict(partial)
                        path.write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")
                    keep(run_sql_mutants(module, tree, log, result.get("sql"), keep))
                continue
            print(f"{module.slug}: mutating {module.path} ({log.relative_to(ROOT)})", flush=True)
            outcome = run_module(module, tree, revision, args.workers, log)
            counts = tally(outcome.__dict__, load_notes())
            pct = score(counts)
            print(f"  {counts} {'—' if pct is None else f'{pct:.1f} %'} killed, {outcome.seconds / 60:.1f} min"
                  + ("" if outcome.finished else " — mutmut did not finish, see the log"), flush=True)
        wall = time.monotonic() - started
    write_report(args.report, modules, wall)
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
