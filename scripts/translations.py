"""Keep the Chinese interface translations current: `python scripts/translations.py update|compile|check`.

- update: run pyside6-lupdate over every .py under iomed_desk/gui into iomed_desk_zh_CN.ts and
  iomed_desk_zh_HK.ts (existing translations kept), then fill every entry still missing a
  translation from glossary.json, so a code change only needs new glossary entries.
  `update --force` also replaces existing translations with the glossary's (after a glossary fix).
- compile: pyside6-lrelease each .ts into the .qm next to it.
- check: exit 1 listing entries that are unfinished, missing from a .ts (the sources have them),
  whose translation drops or changes a placeholder or an accelerator, and .qm files that are
  missing or not compiled from the current .ts. Untranslatable tr() calls are listed as warnings.

lupdate cannot see two things, which this script bridges without touching the sources:
- module helpers such as `def _tr(text): return QCoreApplication.translate("Ctx", text)`: lupdate
  would file their strings under the wrong context, so the sources are copied to a temporary tree
  where each `_tr("…")` call reads `QCoreApplication.translate("Ctx", "…")` (same line), and
  lupdate runs on that copy (paths in the .ts stay those of the real files);
- strings looked up at run time from tables (`_tr(LABELS[x])`): the glossary's "@untracked"
  section names them by context; they are fed to lupdate as QT_TRANSLATE_NOOP calls. Marking them
  QT_TRANSLATE_NOOP("Ctx", "…") in the code makes the entry redundant.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "iomed_desk" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "glossary.json"
LANGUAGES = ("zh_CN", "zh_HK")
UNTRACKED_FILE = "zz_untracked_strings.py"
BIN = Path(sys.executable).parent

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}")
ACCELERATOR = re.compile(r"&([^&\s])")
HELPER_CALL = "QCoreApplication.translate"


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"iomed_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"iomed_desk_{lang}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's environment, else from PATH."""
    local = BIN / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


# -- the glossary ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Glossary:
    """source text -> {"zh_CN": …, "zh_HK": …}, optionally with per-context overrides under "contexts"."""

    entries: dict[str, dict]
    untracked: dict[str, list[str]]

    @classmethod
    def load(cls, path: Path = GLOSSARY) -> Glossary:
        if not path.exists():
            return cls({}, {})
        data = json.loads(path.read_text(encoding="utf-8"))
        untracked = data.get("@untracked", {})
        entries = {k: v for k, v in data.items() if not k.startswith("@")}
        return cls(entries, {c: [s for s in v if not s.startswith("#")] for c, v in untracked.items()
                             if not c.startswith("#")})

    def lookup(self, context: str, source: str, lang: str) -> str | None:
        entry = self.entries.get(source)
        if entry is None:
            return None
        override = entry.get("contexts", {}).get(context, {})
        return override.get(lang) or entry.get(lang)


# -- extraction -----------------------------------------------------------------------------------

def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions `def f(text): return QCoreApplication.translate("Ctx", text)` -> {"f": "Ctx"}."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and len(node.body) == 1):
            continue
        ret = node.body[0]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        if (ast.unparse(call.func).endswith("translate") and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            helpers[node.name] = call.args[0].value
    return helpers


def _translate_aliases(tree: ast.Module) -> set[str]:
    """Names bound to the function itself, as in `t = QCoreApplication.translate`."""
    return {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
            for target in node.targets if isinstance(target, ast.Name)}


def rewrite_helpers(source: str) -> str:
    """Calls lupdate misreads, spelt out on the same line so line numbers hold.

    `_tr("x")` -> `QCoreApplication.translate("Ctx", "x")` for a module helper with a fixed context;
    `t("Ctx", "x")` -> `QCoreApplication.translate("Ctx", "x")` for a local alias of translate.
    """
    tree = ast.parse(source)
    helpers = _helper_contexts(tree)
    aliases = _translate_aliases(tree)
    if not helpers and not aliases:
        return source
    lines = source.encode("utf-8").splitlines(keepends=True)
    edits: list[tuple[int, int, int, bytes]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        f = node.func
        if f.id in helpers and isinstance(node.args[0], ast.Constant):
            new = f'{HELPER_CALL}({json.dumps(helpers[f.id])}, '.encode()
        elif f.id in aliases:
            new = f"{HELPER_CALL}(".encode()
        else:
            continue
        assert f.end_col_offset is not None
        end = f.end_col_offset
        if lines[f.lineno - 1][end:end + 1] == b"(":
            edits.append((f.lineno - 1, f.col_offset, end + 1, new))
    for row, start, end, new in sorted(edits, reverse=True):
        lines[row] = lines[row][:start] + new + lines[row][end:]
    return b"".join(lines).decode("utf-8")


def _untracked_source(untracked: dict[str, list[str]]) -> str:
    out = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, sources in sorted(untracked.items()):
        out += [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(s, ensure_ascii=False)})" for s in sources]
    return "\n".join(out) + "\n"


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(existing: dict[str, Path | None], out_dir: Path, glossary: Glossary,
                extra_args: tuple[str, ...] = ()) -> dict[str, Path]:
    """lupdate over a rewritten copy of the GUI sources; returns lang -> the .ts written under out_dir.

    The copy mirrors the repository (out_dir/iomed_desk/gui, out_dir/resources/translations),
    so file references in the .ts read exactly as they would for the real tree.
    """
    gui_copy = out_dir / "iomed_desk" / "gui"
    ts_dir = out_dir / "resources" / "translations"
    ts_dir.mkdir(parents=True)
    files: list[Path] = []
    for src in gui_sources():
        dest = gui_copy / src.relative_to(GUI)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(rewrite_helpers(src.read_text(encoding="utf-8")), encoding="utf-8")
        files.append(dest)
    if glossary.untracked:
        extra = gui_copy / UNTRACKED_FILE
        extra.write_text(_untracked_source(glossary.untracked), encoding="utf-8")
        files.append(extra)
    listing = out_dir / "sources.lst"
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    written: dict[str, Path] = {}
    for lang, current in existing.items():
        target = ts_dir / f"iomed_desk_{lang}.ts"
        if current is not None and current.exists():
            shutil.copyfile(current, target)
        result = subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "absolute",
                                 "-target-language", lang, *extra_args, f"@{listing}", "-ts", str(target)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
        written[lang] = target
    return written


# -- reading and writing .ts files ----------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str            # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]
    location: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        return self.kind not in ("vanished", "obsolete")


def _translations(tr: ET.Element) -> tuple[str, ...]:
    forms = tr.findall("numerusform")
    if forms:
        return tuple(f.text or "" for f in forms)
    return (tr.text or "",)


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            loc = msg.find("location")
            where = f"{loc.get('filename', '')}:{loc.get('line', '')}" if loc is not None else ""
            entries.append(Entry(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                                 msg.get("numerus") == "yes", tr.get("type", ""), _translations(tr), where))
    return entries


def _set_translation(tr: ET.Element, text: str) -> None:
    forms = tr.findall("numerusform")
    if forms:
        for f in forms:
            f.text = text
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def _drop_untracked_locations(path: Path) -> None:
    """References to the generated file of untracked strings point nowhere in the real tree."""
    pattern = re.compile(r'\n *<location filename="[^"]*' + re.escape(UNTRACKED_FILE) + r'" line="\d+"/>')
    text = path.read_text(encoding="utf-8")
    path.write_text(pattern.sub("", text), encoding="utf-8")


def fill(path: Path, lang: str, glossary: Glossary, force: bool) -> tuple[int, int]:
    """Fill translations from the glossary into the .ts at `path`; (filled, still missing)."""
    tree = ET.parse(path)
    filled = left = 0
    for ctx in tree.getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            current = _translations(tr)
            missing = tr.get("type") == "unfinished" or not all(current)
            wanted = glossary.lookup(context, msg.findtext("source") or "", lang)
            if wanted and (missing or (force and wanted not in current)):
                _set_translation(tr, wanted)
                filled += 1
            elif missing:
                left += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, left


def update(force: bool = False) -> int:
    glossary = Glossary.load()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="iomed-lupdate-") as tmp:
        work = Path(tmp)
        written = run_lupdate({lang: ts_path(lang) for lang in LANGUAGES}, work / "merge", glossary)
        counts = {lang: fill(path, lang, glossary, force) for lang, path in written.items()}
        # a second pass writes the filled files in lupdate's own layout, so the next update is a no-op
        normal = run_lupdate(written, work / "normal", glossary)
        for lang, path in normal.items():
            _drop_untracked_locations(path)
            shutil.copyfile(path, ts_path(lang))
            filled, left = counts[lang]
            live = [e for e in read_ts(ts_path(lang)) if e.live]
            print(f"{ts_path(lang).relative_to(ROOT)}: {len(live)} strings, {filled} filled from the glossary, "
                  f"{left} without a translation")
    return 0


# -- compile --------------------------------------------------------------------------------------

def lrelease(ts: Path, qm: Path) -> None:
    result = subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not qm.exists():
        raise SystemExit(f"pyside6-lrelease failed for {ts}:\n{result.stdout}{result.stderr}")


def compile_all() -> int:
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
        print(f"{qm_path(lang).relative_to(ROOT)}")
    return 0


# -- check ----------------------------------------------------------------------------------------

def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerator(text: str) -> str | None:
    found = ACCELERATOR.findall(text.replace("&&", ""))
    return found[0].upper() if found else None


def entry_problems(entry: Entry) -> list[str]:
    """What is wrong with one live entry of a .ts file (empty list: nothing)."""
    where = f"{entry.location} [{entry.context}] {entry.source!r}"
    if entry.kind == "unfinished" or not all(entry.translations):
        return [f"unfinished: {where}"]
    problems = []
    want = placeholders(entry.source)
    for text in entry.translations:
        got = placeholders(text)
        if entry.numerus and "%n" not in want:
            got = [p for p in got if p != "%n"]
        if got != want:
            problems.append(f"placeholders {want} became {got}: {where} -> {text!r}")
        if accelerator(entry.source) != accelerator(text):
            problems.append(f"accelerator &{accelerator(entry.source)} became &{accelerator(text)}: "
                            f"{where} -> {text!r}")
    return problems


def source_keys() -> set[tuple[str, str, str]]:
    """(context, source, comment) of every string the GUI sources (and the untracked list) hold now."""
    with tempfile.TemporaryDirectory(prefix="iomed-lupdate-") as tmp:
        written = run_lupdate({LANGUAGES[0]: None}, Path(tmp), Glossary.load())
        return {e.key for e in read_ts(written[LANGUAGES[0]])}


def qm_is_current(lang: str) -> bool:
    if not qm_path(lang).exists() or not ts_path(lang).exists():
        return False
    with tempfile.TemporaryDirectory(prefix="iomed-lrelease-") as tmp:
        fresh = Path(tmp) / "fresh.qm"
        lrelease(ts_path(lang), fresh)
        return fresh.read_bytes() == qm_path(lang).read_bytes()


@dataclass(frozen=True)
class Call:
    """One tr()-like call in the GUI sources, as lupdate should see it."""

    where: str
    context: str | None     # None: the context is not known (a tr() outside a class)
    text: str | None        # None: not a string literal
    kind: str               # "literal", "in f-string", "f-string", "str.format", "expression", "variable"


class _CallFinder(ast.NodeVisitor):
    def __init__(self, where: str, helpers: dict[str, str], aliases: set[str]) -> None:
        self.where, self.helpers, self.aliases = where, helpers, aliases
        self.classes: list[str] = []
        self.fstring_depth = 0
        self.calls: list[Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        if node.name not in self.helpers:  # a helper's own body passes its argument on
            self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:  # noqa: N802 - ast API
        self.fstring_depth += 1
        self.generic_visit(node)
        self.fstring_depth -= 1

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        self._record(node)
        self.generic_visit(node)

    def _record(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in self.helpers:
            context, args = self.helpers[name], node.args
        elif name == "tr" and isinstance(func, ast.Attribute):
            context, args = (self.classes[-1] if self.classes else None), node.args
        elif (name == "translate" and isinstance(func, ast.Attribute)) or name in self.aliases:
            if not node.args or not isinstance(node.args[0], ast.Constant):
                return
            context, args = str(node.args[0].value), node.args[1:]
        else:
            return
        if not args:
            return
        arg = args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            kind, text = ("in f-string" if self.fstring_depth else "literal"), arg.value
        else:
            text = None
            kind = ("f-string" if isinstance(arg, ast.JoinedStr)
                    else "str.format" if isinstance(arg, ast.Call) and ast.unparse(arg.func).endswith(".format")
                    else "expression" if isinstance(arg, ast.BinOp) else "variable")
        self.calls.append(Call(f"{self.where}:{node.lineno}", context, text, kind))


def tr_calls() -> list[Call]:
    """Every tr(), translate() and helper call in the GUI sources."""
    calls: list[Call] = []
    for path in gui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finder = _CallFinder(str(path.relative_to(ROOT)), _helper_contexts(tree), _translate_aliases(tree))
        finder.visit(tree)
        calls += finder.calls
    return calls


def lint(calls: list[Call], known: set[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(bugs, notes) about tr() calls.

    Bugs: text built before translation (an f-string, str.format, + or %: lupdate cannot read it and
    no translation can match it); a tr() inside an f-string whose text no .ts holds (lupdate does not
    look inside f-strings: move the call out, or name the text in the glossary's "@untracked").
    Notes: texts looked up at run time (a variable), which only "@untracked" or QT_TRANSLATE_NOOP
    make translatable; tr() inside f-strings already covered by "@untracked".
    """
    bugs, notes = [], []
    for c in calls:
        if c.kind in ("f-string", "str.format", "expression"):
            bugs.append(f"{c.where}: tr() of {'an ' if c.kind[0] in 'ef' else ''}{c.kind}: cannot be translated")
        elif c.kind == "in f-string" and c.text is not None:
            if c.context is None or (c.context, c.text) not in known:
                bugs.append(f"{c.where}: tr({c.text!r}) inside an f-string: lupdate does not see it")
            else:
                notes.append(f"{c.where}: tr({c.text!r}) inside an f-string (covered by @untracked)")
        elif c.kind == "variable":
            notes.append(f"{c.where}: tr() of a value looked up at run time [{c.context}]")
    return bugs, notes


def check_problems(notes: list[str] | None = None) -> list[str]:
    problems: list[str] = []
    wanted = source_keys()
    known: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        path = ts_path(lang)
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)} is missing: run `python scripts/translations.py update`")
            continue
        entries = read_ts(path)
        live = {e.key for e in entries if e.live}
        known |= {(e.context, e.source) for e in entries if e.live}
        for context, source, _comment in sorted(wanted - live):
            problems.append(f"{lang}: missing (run update): [{context}] {source!r}")
        problems += [f"{lang}: {p}" for e in entries if e.live for p in entry_problems(e)]
        if not qm_is_current(lang):
            problems.append(f"{qm_path(lang).relative_to(ROOT)} is missing or older than its .ts: run compile")
    bugs, lint_notes = lint(tr_calls(), known)
    problems += bugs
    if notes is not None:
        notes += lint_notes
    return problems


def check(verbose: bool = False) -> int:
    notes: list[str] = []
    problems = check_problems(notes)
    for n in notes if verbose else []:
        print(f"note: {n}")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"translations complete ({len(notes)} notes; -v lists them)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("--force", action="store_true", help="update: glossary entries replace existing translations")
    parser.add_argument("-v", "--verbose", action="store_true", help="check: also list tr() calls lupdate cannot see")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.force)
    if args.command == "compile":
        return compile_all()
    return check(args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
