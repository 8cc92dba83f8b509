"""The search index a build publishes (publish/search.py): one Pagefind index per language holding the
document pages only, without Pagefind's unused interfaces, the same bytes every time, and a failure
that stops the build with a message instead of publishing a site without search."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from generator.build import BuildResult, build_site
from generator.findings import ContentError
from generator.publish import search
from tests.conftest import EXAMPLE_CONTENT, write
from tests.integration.test_build_minimal import tree_digest


def test_one_index_per_language_with_the_documents_only(example_site: BuildResult) -> None:
    bundle = example_site.out_dir / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    counts = {lang: value["page_count"] for lang, value in entry["languages"].items()}
    originals = len(list((EXAMPLE_CONTENT / "zh").rglob("*.md")))
    translations = len(list((EXAMPLE_CONTENT / "mn").rglob("*.md")))
    # Lists, the home page and Mongolian pages showing an untranslated original are not indexed.
    assert counts == {"mn-mong-cn": translations, "zh-cn": originals}
    assert translations < originals  # so an indexed fallback page would show in the count


def test_only_what_the_search_page_loads_is_published(example_site: BuildResult) -> None:
    bundle = example_site.out_dir / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert not [name for name in search.UNUSED if (bundle / name).exists()]
    assert not (bundle / "playground").exists()


def test_filter_indexes_are_rewritten_in_a_stable_order(minimal: Path, tmp_path: Path) -> None:
    # Pagefind writes them in a random order; three builds make an unsorted one all but certain to show.
    digests = [tree_digest(build_site(minimal, tmp_path / f"site{n}").out_dir) for n in range(3)]
    assert digests[0] == digests[1] == digests[2]
    assert any(path.startswith("pagefind/filter/") for path in digests[0])


def test_a_failing_indexer_stops_the_build_and_keeps_the_old_site(
    minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build_site(minimal, out)
    before = tree_digest(out)
    write(
        minimal / "zh/notice/meeting.md",
        (minimal / "zh/notice/meeting.md").read_text(encoding="utf-8") + "\n新增一段。\n",
    )
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))  # Pagefind not installed
    with pytest.raises(ContentError) as failure:
        build_site(minimal, out)
    [finding] = failure.value.findings
    assert finding.code == "search-index-failed"
    assert "no-python" in finding.message()
    assert tree_digest(out) == before


def test_the_indexers_own_complaint_is_the_message(tmp_path: Path) -> None:
    # A glob Pagefind cannot parse (section ids never hold braces): Pagefind itself fails, and its last
    # words are what the operator reads.
    write(
        tmp_path / "site/a{/x.html",
        '<html lang="zh-CN"><body><main data-pagefind-body>稀土</main></body></html>',
    )
    with pytest.raises(ContentError) as failure:
        search.index_site(tmp_path / "site", [search.IndexedEdition("zh", ("a{",))])
    [finding] = failure.value.findings
    assert (finding.path, finding.line, finding.code) == (Path("pagefind"), 1, "search-index-failed")
    assert finding.message("en").startswith("building the search index failed: Most likely, the directory")


def test_nothing_around_the_build_changes_the_index(
    minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind reads pagefind.yml from its working folder and PAGEFIND_* variables: neither may
    change a site's index (here: forcing every page into one language)."""
    build_site(minimal, tmp_path / "plain")
    write(tmp_path / "pagefind.yml", "force_language: en\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PAGEFIND_FORCE_LANGUAGE", "en")
    build_site(minimal, tmp_path / "around")
    assert tree_digest(tmp_path / "around") == tree_digest(tmp_path / "plain")
    entry = json.loads((tmp_path / "around/pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert sorted(entry["languages"]) == ["mn-mong-cn", "zh-cn"]
