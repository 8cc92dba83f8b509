"""Shared fixtures: content folders to copy and build, and the built example site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import BuildResult, build_site

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_CONTENT = ROOT / "content"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `make mutation`, the fast unit tests first: the first failure ends a mutant's run, and the
    mutation tester hands over its tests in no particular order."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        items.sort(key=lambda item: "tests/unit/" not in item.nodeid)


def copy_fixture(name: str, dest: Path) -> Path:
    target = dest / name
    shutil.copytree(FIXTURES / name, target)
    return target


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def edit(path: Path, old: str, new: str) -> None:
    """Change the first `old` in the file to `new`, as an editor would; `old` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def gongkai(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as editors and CI run it (`env` adds variables)."""
    variables = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    variables.pop("GONGKAI_ENGINE", None)
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        env={**variables, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    """A private copy of tests/fixtures/minimal that a test may change."""
    return copy_fixture("minimal", tmp_path)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The bundled example content, built once per test session."""
    out = tmp_path_factory.mktemp("example") / "site"
    return build_site(EXAMPLE_CONTENT, out)
