"""The package keeps the shape DESIGN.md draws: layers without import cycles, small modules.

Imports are read from the source (function-local ones included), so a cycle hidden inside a
function body counts as much as one at the top of a file.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "monitor"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# What each layer may not import: results flow upward (sources → store → analysis → alerts →
# runtime, cli and web), so a lower layer never reaches into a higher one.
EDGES = ("monitor.cli", "monitor.web")
FORBIDDEN = {
    "monitor.config": ("monitor.store", "monitor.places", "monitor.claims", "monitor.sources"),
    "monitor.text": ("monitor.store", "monitor.places", "monitor.claims", "monitor.alerts"),
    "monitor.places": ("monitor.store", "monitor.claims", "monitor.alerts", "monitor.runtime"),
    "monitor.claims": ("monitor.store", "monitor.places", "monitor.alerts", "monitor.runtime"),
    "monitor.store": ("monitor.alerts", "monitor.search", "monitor.runtime", *EDGES),
    "monitor.sources": ("monitor.alerts", "monitor.search", "monitor.runtime", *EDGES),
    "monitor.search": ("monitor.alerts", "monitor.runtime", *EDGES),
    "monitor.alerts": ("monitor.search", "monitor.runtime", *EDGES),
    "monitor.runtime": EDGES,
    "monitor.web": ("monitor.cli", "monitor.runtime"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported_modules(path: Path) -> Iterator[str]:
    """Every monitor module `path` imports, at any depth of the file."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name.startswith("monitor."):
                yield name


def import_graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        # A package's __init__ importing its own submodules is how packages expose them.
        graph[name] = {m for m in imported_modules(path) if m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycle_among_the_modules() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_layer_imports_one_above_it(layer: str) -> None:
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in import_graph().items()
        if name == layer or name.startswith(layer + ".")
        for target in targets
        if target.startswith(FORBIDDEN[layer])
    )
    assert wrong == []


def test_modules_and_functions_stay_small() -> None:
    too_big = []
    for name, path in sorted(MODULES.items()):
        source = path.read_text(encoding="utf-8")
        if (lines := source.count("\n")) > MAX_MODULE_LINES:
            too_big.append(f"module {name}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                size = (node.end_lineno or node.lineno) - start + 1
                if size > MAX_FUNCTION_LINES:
                    too_big.append(f"function {name}.{node.name}: {size} lines")
    assert too_big == []
