"""The modules of the appearance and negation checks import one another in one direction only: the
reading of looks (lookwords.py) is its own module, so negations -> lookinstructions -> lookwords and
appearance -> negations make no cycle (one used to work only because each module looked its
neighbour up at call time). Each module imports alone, first, in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import edu

PACKAGE = Path(edu.__file__).parent
MODULES = ("appearance", "lookclauses", "lookinstructions", "lookwords", "negations", "negationwords", "opposites")


def _imports() -> dict[str, set[str]]:
    """Each module of the package, with the modules of the package it imports when it is loaded."""
    graph = {}
    for path in PACKAGE.glob("*.py"):
        said = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                said.update([node.module.split(".")[0]] if node.module else (alias.name for alias in node.names))
        graph[path.stem] = said
    return graph


def _cycle(graph: dict[str, set[str]], start: str) -> list[str]:
    """A chain of imports from ``start`` back to itself, or []."""
    path, seen = [start], set()

    def walk(module: str) -> bool:
        for other in sorted(graph.get(module, ())):
            if other == start:
                return True
            if other in graph and other not in seen:
                seen.add(other)
                path.append(other)
                if walk(other):
                    return True
                path.pop()
        return False

    return [*path, start] if walk(start) else []


@pytest.mark.parametrize("module", MODULES)
def test_the_look_and_negation_modules_import_in_no_cycle(module: str) -> None:
    assert _cycle(_imports(), module) == []


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import edu.{module}"], capture_output=True, text=True,
                          check=False, env={"PYTHONPATH": str(PACKAGE.parent)})
    assert done.returncode == 0, done.stderr
