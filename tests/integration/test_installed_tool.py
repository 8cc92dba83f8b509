"""Gongkai as an agency installs it: a wheel (not an editable install) in a fresh virtual environment,
used from a folder outside this checkout. `gongkai init` writes a site that builds at once, and the
bundled example content builds too: the templates, assets, default UI strings and the base MkDocs
configuration all come from the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_CONTENT, ROOT, soup

SOURCES = ("pyproject.toml", "setup.py", "generator", "site_src", "locales", "mkdocs.yml")


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `bin/` folder of a new virtual environment with the Gongkai wheel installed in it."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # built from a copy, so the build leaves nothing in the checkout
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "_share")
            )
        else:
            source.mkdir(exist_ok=True)
            shutil.copyfile(ROOT / name, source / name)
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", work / "dist", source, cwd=work)
    assert built.returncode == 0, built.stderr
    [wheel] = sorted((work / "dist").glob("gongkai-*.whl"))
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / "bin"
    pip = run(bin_dir / "python", "-m", "pip", "install", "-c", ROOT / "constraints.txt", wheel, cwd=work)
    assert pip.returncode == 0, pip.stderr
    return bin_dir


def test_the_package_is_the_installed_copy(installed: Path, tmp_path: Path) -> None:
    where = run(
        installed / "python", "-c", "import generator.resources as r; print(r.SHARE_ROOT)", cwd=tmp_path
    )
    assert where.returncode == 0, where.stderr
    share = Path(where.stdout.strip())
    assert share.name == "_share" and installed.parent in share.parents  # inside the venv, not the checkout
    for name in (
        "site_src/overrides/main.html",
        "site_src/page_templates/document.md.j2",
        "locales/mn.yml",
        "mkdocs.yml",
    ):
        assert (share / name).is_file(), name


def test_init_writes_a_site_that_builds_at_once(installed: Path, tmp_path: Path) -> None:
    created = run(installed / "gongkai", "init", "agency", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    site = tmp_path / "agency"
    assert (site / "README.md").is_file() and (site / "content/site.yml").is_file()
    kinds = {path.parent.name for path in (site / "content/zh").rglob("*.md")}
    assert kinds == {"guide", "policy", "interpretation", "notice", "qa", "report"}
    built = run(installed / "gongkai", "build", cwd=site)
    assert built.returncode == 0, built.stderr
    assert built.stderr == ""  # not even a warning
    home = soup(site / "site/index.html")
    assert home.html["lang"] == "zh-CN" and home.select_one("#gk-toolbar") is not None
    assert soup(site / "site/mn/index.html").html["lang"] == "mn-Mong-CN"
    report = soup(site / "site/report/2025-annual-report/index.html")
    assert report.select("table")  # the annual report's data became its tables
    again = run(installed / "gongkai", "init", "agency", cwd=tmp_path)
    assert again.returncode == 2 and "agency" in again.stderr  # never over an existing site


def test_the_example_content_builds_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(EXAMPLE_CONTENT, tmp_path / "content")
    built = run(installed / "gongkai", "build", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "中文 33 页，蒙古文 33 页" in built.stdout
    assert (tmp_path / "site/pagefind/pagefind-entry.json").is_file()  # the search index, from PyPI too
    assert (tmp_path / "site/policy/investment-incentive-measures-2023/index.html").is_file()
    assert (tmp_path / "site/data/reports/annual/2023.csv").is_file()
