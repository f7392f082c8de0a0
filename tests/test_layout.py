"""The package's layout: one home per kind of entity, layers that import downwards only.

Read statically (no import), so a lazy import inside a function counts as much as one at
the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Set

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "migtext"
TESTS = Path(__file__).resolve().parent

KINDS = ("page", "countries", "organisations", "people", "dates", "instruments")
# A module may import from its own layer and the layers before it, never after.
LAYERS = {"core": 0, **{kind: 1 for kind in KINDS}, "figures": 1, "pipeline": 2, "analysis": 3}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: Dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_modules(path: Path) -> Set[str]:
    """The migtext modules a file imports: `from a.b import c` names a.b.c when c is a module."""
    out: Set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name.startswith("migtext"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("migtext") and not node.level:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in MODULES else node.module)
    return out


GRAPH = {name: imported_modules(path) & set(MODULES) for name, path in MODULES.items()}


def layer(module: str):
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_the_top_level_lists_the_architecture_in_at_most_ten_entries():
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__" and not p.name.startswith("__"))
    code = [e for e in entries if e != "data" and not e.endswith(".egg-info")]
    assert len(code) <= 10, code
    assert all((PACKAGE / e).is_dir() and (PACKAGE / e / "__init__.py").exists() for e in code), code
    assert set(code) <= set(LAYERS), f"a top-level entry with no layer: {set(code) - set(LAYERS)}"


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_its_component_and_public_names(kind):
    assert (PACKAGE / kind / "component.py").exists()
    init = (PACKAGE / kind / "__init__.py").read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(init)), f"migtext/{kind}/__init__.py says what the kind holds"
    assert "__all__" in init


@pytest.mark.parametrize("module", sorted(m for m in MODULES if layer(m) is not None))
def test_no_module_imports_a_layer_above_its_own(module):
    above = sorted(m for m in GRAPH[module] if layer(m) is not None and layer(m) > layer(module))
    assert not above, f"{module} imports {above}"


def test_the_core_imports_no_kind():
    for module in (m for m in MODULES if m.startswith("migtext.core")):
        assert all(m.startswith("migtext.core") for m in GRAPH[module]), (module, GRAPH[module])


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_no_import_cycles_between_modules():
    """No two modules import each other, directly or through others (package __init__
    files only re-export and are left out)."""
    graph = {m: {d for d in deps if not MODULES[d].name == "__init__.py"}
             for m, deps in GRAPH.items() if MODULES[m].name != "__init__.py"}
    state: Dict[str, int] = {}

    def visit(node, path):
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join(path[path.index(dep):] + [dep]))
            if dep not in state:
                visit(dep, path + [dep])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])


def test_kinds_depend_on_each_other_one_way():
    kinds = {}
    for module, deps in GRAPH.items():
        if layer(module) == 1:
            kinds.setdefault(_package(module), set()).update(
                _package(d) for d in deps if layer(d) == 1 and _package(d) != _package(module))
    for kind, uses in kinds.items():
        for other in uses:
            assert kind not in kinds.get(other, set()), f"{kind} and {other} import each other"


def test_tests_mirror_the_package():
    for package in (p for p in PACKAGE.rglob("__init__.py")):
        folder = package.parent.relative_to(PACKAGE)
        if str(folder) != ".":
            assert (TESTS / folder).is_dir(), f"tests/{folder}/ is missing"
    for module in (p for p in PACKAGE.rglob("*.py") if not p.name.startswith("__")):
        rel = module.relative_to(PACKAGE)
        tests = list((TESTS / rel.parent).glob(f"test_{module.stem}*.py"))
        assert tests, f"no tests/{rel.parent}/test_{module.stem}*.py for migtext/{rel}"
