"""(round 51) No module of the package binds the same module-level name twice.

Parallel rule rounds add constants and helpers to the same large modules; a second `_EN_AGE_WORD = …` or
`_EN_OUTLET_NOUNS = …` silently replaces the first for every function that reads it (both happened: the first one
changed which names counted as persons, the second dropped outlet nouns from speaker spans). This test finds such
rebinding with `ast`, so a merge that reintroduces one fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import spanbank

PACKAGE = Path(spanbank.__file__).parent


def _module_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            out.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out.append((node.target.id, node.lineno))
    return out


def duplicate_bindings(source: str) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    for name, line in _module_bindings(ast.parse(source)):
        seen.setdefault(name, []).append(line)
    return {n: lines for n, lines in seen.items() if len(lines) > 1 and n != "__all__"}


def test_detector_finds_a_rebinding():
    assert duplicate_bindings("A = 1\ndef f():\n    return A\nA = 2\n") == {"A": [1, 4]}
    assert duplicate_bindings("A = 1\nB: int = 2\ndef f():\n    A = 3\n    return A\n") == {}


def test_no_module_rebinds_a_name():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        dups = duplicate_bindings(path.read_text(encoding="utf-8"))
        if dups:
            found[str(path.relative_to(PACKAGE))] = dups
    assert found == {}
