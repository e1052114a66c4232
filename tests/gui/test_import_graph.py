"""The window's Python modules import each other one way: no module reaches back, directly
or through others, to a module that imports it (at module level or inside a function)."""

from __future__ import annotations

import ast
from pathlib import Path

import embedded_unit_converter.gui as gui

PACKAGE = Path(gui.__file__).resolve().parent


def imports_of(path: Path) -> set[str]:
    """The sibling modules a file imports: `from . import x`, `from .x import y`,
    `from .x.y import z`, anywhere in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith(gui.__name__ + "."):
            found.add(node.module[len(gui.__name__) + 1:].split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(gui.__name__ + "."):
                    found.add(alias.name[len(gui.__name__) + 1:].split(".")[0])
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {p.stem: p for p in PACKAGE.glob("*.py")}
    return {name: imports_of(path) & set(modules) for name, path in modules.items()}


def cycle_in(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as [a, b, ..., a], or [] when there is none."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_window_modules_import_each_other_without_a_cycle():
    graph = import_graph()
    assert "converter" in graph["engine"] and "engine" in graph["app"]  # the graph is real
    cycle = cycle_in(graph)
    assert cycle == [], "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_cycles():
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"a"}}) == ["a", "a"]
    assert cycle_in({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_function_level_imports_count(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from .app import main\n    from . import engine, settings\n")
    assert imports_of(source) == {"app", "engine", "settings"}
