"""The sealed engine runs on MkDocs 1.6 and on ProperDocs, its drop-in continuation: the example site
built with each is the same site, byte for byte, except where each names itself as the generator."""

from __future__ import annotations

from pathlib import Path

from generator.build import BuildResult
from tests.conftest import EXAMPLE_CONTENT, ROOT, gongkai

MKDOCS_GENERATOR = b'<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.1">'
PROPERDOCS_GENERATOR = b'<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.1">'


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_same_site_as_mkdocs(example_site: BuildResult, tmp_path: Path) -> None:
    out = tmp_path / "site"
    # A process of its own: ProperDocs takes over `import mkdocs` for the rest of a process.
    result = gongkai(
        "build", "--engine", "properdocs", "--content", str(EXAMPLE_CONTENT), "--out", str(out), cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    with_mkdocs, with_properdocs = files(example_site.out_dir), files(out)
    assert sorted(with_properdocs) == sorted(with_mkdocs)
    different = sorted(name for name in with_mkdocs if with_mkdocs[name] != with_properdocs[name])
    # Every page says which engine made it, and that is the only difference.
    pages = sorted(name for name in with_mkdocs if name.endswith(".html"))
    assert different == pages
    for name in different:
        assert with_mkdocs[name].count(MKDOCS_GENERATOR) == 1, name
        assert with_properdocs[name].replace(PROPERDOCS_GENERATOR, MKDOCS_GENERATOR) == with_mkdocs[name], (
            name
        )


def test_the_default_engine_is_mkdocs(example_site: BuildResult) -> None:
    assert MKDOCS_GENERATOR in (example_site.out_dir / "index.html").read_bytes()


def test_an_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "s"
    env_choice = gongkai(
        "build",
        "--content",
        str(EXAMPLE_CONTENT),
        "--out",
        str(out),
        cwd=ROOT,
        env={"GONGKAI_ENGINE": "hugo"},
    )
    assert env_choice.returncode == 2
    assert (
        "hugo" in env_choice.stderr
        and "GONGKAI_ENGINE" in env_choice.stderr
        and "Traceback" not in env_choice.stderr
    )
    assert not out.exists()
