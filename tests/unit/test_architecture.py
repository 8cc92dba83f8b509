"""The shape of generator/: data flows one way through the stages, and the engine is sealed.

content -> site -> checks -> render -> engine -> publish -> build/cli. A feature slice (documents/,
tables/, reports/) has a module at each of its stages: model and loader, checks, view. Every import
inside generator/, including imports inside functions, must point at the same stage or an earlier
one, the graph must have no cycle, and only generator/engine/ may import MkDocs, ProperDocs or
mkdocs-material.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"

STAGES = ("foundation", "content", "site", "checks", "render", "engine", "publish", "app")
# Module (or package prefix) -> stage. The most specific entry wins.
STAGE_OF = {
    "generator": "foundation",
    "generator.findings": "foundation",
    "generator.messages": "foundation",
    "generator.resources": "foundation",
    "generator.formatting": "foundation",
    "generator.content": "content",
    "generator.i18n": "content",
    "generator.documents": "content",  # the package's own docstring
    "generator.documents.model": "content",
    "generator.documents.attachments": "content",
    "generator.documents.links": "content",
    "generator.documents.loader": "content",
    "generator.documents.checks": "checks",
    "generator.documents.view": "render",
    "generator.tables": "content",
    "generator.tables.model": "content",
    "generator.tables.loader": "content",
    "generator.tables.directive": "content",
    "generator.tables.checks": "checks",
    "generator.tables.view": "render",
    "generator.reports": "content",
    "generator.reports.schema": "content",
    "generator.reports.model": "content",
    "generator.reports.loader": "content",
    "generator.reports.references": "content",
    "generator.reports.rules": "checks",
    "generator.reports.checks": "checks",
    "generator.reports.view": "render",
    "generator.reports.chart": "render",
    "generator.reports.export": "render",
    "generator.reports.importer": "app",  # a tool of its own: reads a report, writes content, checks it
    "generator.site": "site",
    "generator.checks": "checks",
    "generator.render": "render",
    "generator.engine": "engine",
    "generator.publish": "publish",
    "generator.build": "app",
    "generator.console": "app",
    "generator.cli": "app",
    "generator.serve": "app",
    "generator.translation_status": "app",
    "generator.scaffold": "app",
    "generator.errors_doc": "app",
}
ENGINE_PACKAGES = ("mkdocs", "material", "properdocs")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> str:
    owner = max(
        (prefix for prefix in STAGE_OF if module == prefix or module.startswith(prefix + ".")), key=len
    )
    return STAGE_OF[owner]


def imports(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in the file (`from a import b` counts as a.b when b is a
    module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in MODULES else node.module)
    return found


GRAPH = {
    module: {m for m in imports(path) if m in MODULES and m != module} for module, path in MODULES.items()
}


def test_every_module_has_a_stage() -> None:
    assert len(MODULES) > 60
    for module in MODULES:
        assert stage(module) in STAGES, module


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_its_own_stage_or_earlier_ones(module: str) -> None:
    here = STAGES.index(stage(module))
    later = sorted(m for m in GRAPH[module] if STAGES.index(stage(m)) > here)
    assert later == [], f"{module} ({stage(module)}) imports later stages: {[(m, stage(m)) for m in later]}"


def test_the_import_graph_has_no_cycle() -> None:
    cycles = []
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(GRAPH[module]):
            if state.get(target) == "open":
                cycles.append([*path[path.index(target) :], target] if target in path else [module, target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if stage(m) != "engine"))
def test_only_the_engine_knows_mkdocs(module: str) -> None:
    engine_imports = sorted(m for m in imports(MODULES[module]) if m.split(".")[0] in ENGINE_PACKAGES)
    assert engine_imports == [], f"{module} imports {engine_imports}: only generator/engine/ may"


def test_the_engine_does_import_it() -> None:
    """The seal is real: the adapter is where MkDocs is imported (so the test above can fail)."""
    engine_imports = {m for module in MODULES if stage(module) == "engine" for m in imports(MODULES[module])}
    assert {"mkdocs.commands.build", "properdocs.commands.build"} <= engine_imports
