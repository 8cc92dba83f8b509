"""An edition is rendered in engine runs of at most ENGINE_PAGES pages (MkDocs holds every page it
renders in memory), the rest of the edition known to each run by address only: the site is the same,
byte for byte, and a link to a heading of a page another run rendered is still checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build_site
from generator.engine import material
from generator.findings import ContentError
from tests.conftest import EXAMPLE_CONTENT, edit
from tests.integration.test_build_minimal import tree_digest


@pytest.fixture
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(material, "ENGINE_PAGES", 3)


def test_the_example_in_many_runs_is_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = tree_digest(build_site(EXAMPLE_CONTENT, tmp_path / "whole").out_dir)
    monkeypatch.setattr(material, "ENGINE_PAGES", 7)  # the attachments are published by the first run
    parts = tree_digest(build_site(EXAMPLE_CONTENT, tmp_path / "parts").out_dir)
    assert parts.keys() == whole.keys()
    assert [name for name in whole if whole[name] != parts[name]] == []


@pytest.mark.usefixtures("small_runs")
def test_runs_with_the_page_cache_equal_a_clean_build(minimal: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    edit(minimal / "zh/notice/meeting.md", "各有关单位：", "各有关单位：新增一句。")
    cached = tree_digest(build_site(minimal, tmp_path / "cached", cache=cache).out_dir)
    assert cached == tree_digest(build_site(minimal, tmp_path / "clean").out_dir)
    assert cached != tree_digest(tmp_path / "first")


@pytest.mark.usefixtures("small_runs")
def test_a_link_to_a_heading_of_a_page_another_run_renders(minimal: Path, tmp_path: Path) -> None:
    notice = minimal / "zh/notice/meeting.md"
    edit(notice, "各有关单位：", "各有关单位：见[主动公开](../guide/guide.md#_1)。")
    build_site(minimal, tmp_path / "good")  # the heading is there: no complaint
    edit(notice, "guide.md#_1", "guide.md#_9")
    with pytest.raises(ContentError) as failure:
        build_site(minimal, tmp_path / "bad")
    found = [(f.code, f.path, f.line, f.params["anchor"]) for f in failure.value.findings]
    assert found == [("link-anchor-missing", notice, 8, "_9")]
