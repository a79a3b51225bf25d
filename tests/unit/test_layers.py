"""The layers of DESIGN.md §3, and no import circles, read from the sources with `ast`.

    gui/  cli/      the faces: import app and core (and their own package)
    app/            imports core, store, export
    export/  store/ side by side: each imports core only
    core/           imports nothing of ours

Every import counts wherever it stands: at the top, inside a function (a lazy
import is still a dependency), and under `if TYPE_CHECKING:` (a type named in
a signature is part of the module's contract; the circles this test was
written to end were mostly such). Run `python tests/unit/test_layers.py` to
print the import graph's circles and any import against the layers.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "iomed_desk"

#: what each layer may import, besides itself and the package root (`iomed_desk.__version__`)
MAY_IMPORT: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "store": frozenset({"core"}),
    "export": frozenset({"core"}),
    "app": frozenset({"core", "store", "export"}),
    "gui": frozenset({"core", "app", "startup"}),
    "cli": frozenset({"core", "app", "startup"}),
    "startup": frozenset(),  # warnings_policy.py: what the two faces do first when the process starts
    "main": frozenset({"cli"}),  # __main__.py: `python -m iomed_desk`
}

#: (importer: a layer or a module, imported module) -> why it is allowed for now. Each entry must still
#: be needed: the test fails on one that no import uses any more, so remove it when its import goes.
ALLOWED: dict[tuple[str, str], str] = {
    # the CLI's `gui` command (and no command at all) starts the window: one face handing over to the other
    ("cli", "iomed_desk.gui.main"): "the `gui` command starts the desktop application",
}

#: import circles tolerated for now, each a sorted tuple of modules; keep it empty
ALLOWED_CIRCLES: set[tuple[str, ...]] = set()

Graph = dict[str, set[str]]


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    """`iomed_desk.gui.x` -> gui; the command line is `cli` whether it is cli_*.py files or a cli/ package."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    top = parts[1]
    if top == "cli" or top.startswith("cli_"):
        return "cli"
    return {"warnings_policy": "startup", "__main__": "main"}.get(top, top)


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """The modules of ours that one import statement names (the most specific that exists)."""
    def existing(name: str) -> str:
        while name not in known and "." in name:
            name = name.rpartition(".")[0]
        return name

    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == "iomed_desk" or alias.name.startswith("iomed_desk."):
                yield existing(alias.name)
        return
    base = node.module or ""
    if node.level:
        package = module if is_package else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    if base != "iomed_desk" and not base.startswith("iomed_desk."):
        return
    for alias in node.names:
        full = f"{base}.{alias.name}"
        yield full if full in known else existing(base)


def import_graph(package: Path = PACKAGE) -> Graph:
    """Module -> the modules of ours it imports, anywhere in its source."""
    files = {module_name(p, package): p for p in package.rglob("*.py")}
    known = set(files)
    graph: Graph = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets = {target for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                   for target in _imported(node, module, path.name == "__init__.py", known)}
        graph[module] = targets - {module}
    return graph


def against_the_layers(graph: Graph) -> list[tuple[str, str]]:
    """(importer, imported) pairs that the layers forbid, before the allow-list."""
    bad = []
    for module, targets in sorted(graph.items()):
        mine = layer_of(module)
        for target in sorted(targets):
            theirs = layer_of(target)
            if theirs not in (mine, "root") and theirs not in MAY_IMPORT.get(mine, frozenset()):
                bad.append((module, target))
    return bad


def allowed_by(module: str, target: str) -> tuple[str, str] | None:
    for key in ((module, target), (layer_of(module), target)):
        if key in ALLOWED:
            return key
    return None


def circles(graph: Graph) -> list[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(tuple(sorted(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


# -- the rules hold in the sources ---------------------------------------------------------------

def test_the_graph_is_read() -> None:
    """A parser that saw nothing would pass everything: check it sees imports of every kind."""
    graph = import_graph()
    assert len(graph) > 80
    assert "iomed_desk.core.errors" in graph["iomed_desk.app.case_session"]  # at the top
    assert "iomed_desk.app.drafting" in graph["iomed_desk.app.case_session"]  # inside a function
    assert "iomed_desk.gui.messages" in graph["iomed_desk.gui.main_window"]  # `from package import module`


def test_every_import_keeps_to_the_layers() -> None:
    bad = [f"{module} imports {target} ({layer_of(module)} may import only "
           f"{', '.join(sorted(MAY_IMPORT.get(layer_of(module), ()))) or 'itself'})"
           for module, target in against_the_layers(import_graph()) if allowed_by(module, target) is None]
    assert not bad, "\n".join(bad)


def test_every_allowance_is_still_used() -> None:
    used = {allowed_by(module, target) for module, target in against_the_layers(import_graph())}
    stale = sorted(set(ALLOWED) - used)
    assert not stale, "no import needs these any more; remove them from ALLOWED: " + repr(stale)


def test_no_import_circles() -> None:
    found = circles(import_graph())
    new = [c for c in found if c not in ALLOWED_CIRCLES]
    assert not new, "modules that import each other, directly or round a circle:\n" + "\n".join(
        " <-> ".join(c) for c in new)
    stale = ALLOWED_CIRCLES - set(found)
    assert not stale, "these circles are gone; remove them from ALLOWED_CIRCLES: " + repr(sorted(stale))


# -- the checks bite ---------------------------------------------------------------------------------

def test_a_gui_module_importing_the_store_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "iomed_desk"
    for folder in ("gui", "store", "core"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "store" / "search.py").write_text("from iomed_desk.core import errors\n")
    (package / "core" / "errors.py").write_text("")
    (package / "gui" / "panel.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from iomed_desk.store.search import SearchHit\n")
    (package / "gui" / "view.py").write_text("def show():\n    from ..store import search\n")
    graph = import_graph(package)
    assert against_the_layers(graph) == [("iomed_desk.gui.panel", "iomed_desk.store.search"),
                                         ("iomed_desk.gui.view", "iomed_desk.store.search")]


def test_a_circle_through_a_lazy_import_is_caught() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [("a", "b", "c")]


if __name__ == "__main__":
    graph = import_graph()
    print(f"{len(graph)} modules, {sum(map(len, graph.values()))} imports of ours")
    for circle in circles(graph):
        print("circle:", " <-> ".join(circle))
    for module, target in against_the_layers(graph):
        key = allowed_by(module, target)
        print(f"{module} -> {target}" + (f"   (allowed: {ALLOWED[key]})" if key else "   AGAINST THE LAYERS"))
    sys.exit(0)
