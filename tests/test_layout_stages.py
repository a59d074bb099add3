"""generator/ reads as the pipeline: no import cycle between its modules, and no stage imports a later one.

Imports are read from the source (ast), function-level ones included: an import deferred into a
function still ties the two modules together, and hid the cycle of render, pages, charts,
svg_charts, downloads and forked for a long time.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
# The stages in pipeline order; a module may import its own stage and earlier ones. engine/ is the
# machinery every stage uses, so it comes first and imports no stage.
STAGES = ("engine", "read", "parse", "extract", "store", "pages", "search", "site")
SHARED = {"generator", "generator.model", "generator.settings"}  # imported by every stage, import none
COMMANDS = {"generator.cli", "generator.build"}  # on top: they run the stages


def module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imported(name: str, path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``name`` imports, wherever in the file the import is."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            # ``from package import module`` imports the module; ``from module import name`` the module
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in modules and t != name)
    return found


def import_graph() -> dict[str, set[str]]:
    names = module_names()
    return {name: imported(name, path, set(names)) for name, path in names.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def rank(name: str) -> int:
    """A module's place in the pipeline: shared modules first, the commands last."""
    if name in SHARED:
        return -1
    if name in COMMANDS:
        return len(STAGES)
    return STAGES.index(name.split(".")[1])


def test_cycles_are_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_function_level_imports_count(tmp_path):
    (tmp_path / "one.py").write_text("def f():\n    from .two import g\n", encoding="utf-8")
    assert imported("pkg.one", tmp_path / "one.py", {"pkg.one", "pkg.two"}) == {"pkg.two"}


def test_no_import_cycle_between_modules():
    assert cycles(import_graph()) == []


def test_every_module_is_in_a_stage():
    for name in module_names():
        assert name in SHARED | COMMANDS or name.split(".")[1] in STAGES, f"{name}: not in a stage folder"


def test_no_stage_imports_a_later_stage():
    later = sorted(f"{name} imports {target}" for name, targets in import_graph().items()
                   for target in targets if rank(target) > rank(name))
    assert later == []
