"""The search index a build publishes (publish/search.py): one Pagefind index per language holding the
document pages only, without Pagefind's unused interfaces, the same bytes every time, and a failure
that stops the build with a message instead of publishing a site without search."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from generator.build import BuildResult, build_site
from generator.findings import ContentError, Finding
from generator.publish import pagefind_files, search
from generator.render import search_shards
from tests.conftest import EXAMPLE_CONTENT, edit, write
from tests.integration.test_build_minimal import tree_digest


def index_failure(site: Path, page: str) -> Finding:
    """The one finding of indexing `site` with `page` (a site path) as the Chinese edition's only page."""
    with pytest.raises(ContentError) as failure:
        search.index_site(site, [search.IndexedEdition("zh", ((page,),))])
    [finding] = failure.value.findings
    return finding


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
    filters = [
        path.removeprefix("pagefind/filter/") for path in digests[0] if path.startswith("pagefind/filter/")
    ]
    assert filters
    # Named after their language and content, as Pagefind names them: the languages' files side by side.
    assert all(name.startswith(("zh-cn_", "mn-mong-cn_")) for name in filters), filters


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
    # A marked page with nothing in it to index: Pagefind itself fails, and its last words are what the
    # operator reads.
    write(tmp_path / "site/a/index.html", "<html><body><main data-pagefind-body></main></body></html>")
    finding = index_failure(tmp_path / "site", "a/")
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


@pytest.fixture
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards of two documents: the minimal site's five Chinese documents make three."""
    monkeypatch.setattr(search_shards, "SHARD_DOCUMENTS", 2)


def entry_of(folder: Path) -> dict[str, Any]:
    entry: dict[str, Any] = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    return entry


@pytest.mark.usefixtures("small_shards")
def test_a_large_languages_index_is_split_into_shards_the_search_page_merges(
    minimal: Path, tmp_path: Path
) -> None:
    site = build_site(minimal, tmp_path / "site").out_dir
    bundle = site / "pagefind"
    counts = {
        folder: entry_of(bundle / folder)["languages"]["zh-cn"]["page_count"]
        for folder in ("", "zh-1", "zh-2")
    }
    # 2020's one policy, then 2024's four in two (in address order): five documents, each once.
    assert counts == {"": 1, "zh-1": 2, "zh-2": 2}
    assert not (bundle / "zh-3").exists()
    assert entry_of(bundle)["languages"]["mn-mong-cn"]["page_count"] == 1  # one translation: one shard
    assert not list(bundle.glob("mn-*"))
    # A merged shard has its index only: the scripts and the wasm come from the bundle's root.
    assert sorted(p.name for p in (bundle / "zh-1").iterdir() if p.is_file())[0] == "pagefind-entry.json"
    assert not [p for p in (bundle / "zh-1").iterdir() if p.suffix in (".js", ".pagefind")]
    results = LexborHTMLParser((site / "search/index.html").read_text(encoding="utf-8"))
    node = results.css_first("#gk-search-results")
    assert node is not None
    assert node.attributes["data-gk-shards"] == "../pagefind/zh-1/ ../pagefind/zh-2/"
    mongolian = LexborHTMLParser((site / "mn/search/index.html").read_text(encoding="utf-8"))
    node = mongolian.css_first("#gk-search-results")
    assert node is not None and "data-gk-shards" not in node.attributes


@pytest.mark.usefixtures("small_shards")
def test_an_edit_indexes_only_its_shard_again_and_equals_a_clean_build(minimal: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)

    def keys() -> dict[str, list[str]]:
        shards = sorted((cache / "search" / "zh").iterdir())
        return {shard.name: [key.name for key in shard.iterdir()] for shard in shards}

    before = keys()
    assert list(before) == ["0", "1", "2"]
    edit(minimal / "zh/notice/meeting.md", "各有关单位：", "各有关单位：新增一句。")  # 2024: the third shard
    build_site(minimal, tmp_path / "cached", cache=cache)
    after = keys()
    assert [name for name in before if before[name] != after[name]] == ["2"]
    assert [len(shard) for shard in after.values()] == [1, 1, 1]  # the replaced index is not kept
    build_site(minimal, tmp_path / "clean")
    assert tree_digest(tmp_path / "cached") == tree_digest(tmp_path / "clean")


def test_fewer_shards_than_before_leave_no_cached_index_behind(
    minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setattr(search_shards, "SHARD_DOCUMENTS", 2)
    build_site(minimal, tmp_path / "first", cache=cache)
    monkeypatch.setattr(search_shards, "SHARD_DOCUMENTS", 1000)
    site = build_site(minimal, tmp_path / "second", cache=cache).out_dir
    assert sorted(p.name for p in (cache / "search" / "zh").iterdir()) == ["0"]
    assert not list((site / "pagefind").glob("zh-*"))
    assert entry_of(site / "pagefind")["languages"]["zh-cn"]["page_count"] == 5


def shard_words(bundle: Path, lang: str) -> dict[str, int]:
    """Every word of a shard's index with the number of pages it is on."""
    words: dict[str, int] = {}
    for _, _, name in pagefind_files.read_meta(bundle, lang)[pagefind_files.META_CHUNKS]:
        [entries] = pagefind_files.read(bundle / "index" / f"{name}.pf_index")
        words.update({word: len(pages) for word, pages, _ in entries})
    return words


@pytest.mark.usefixtures("small_shards")
def test_every_shard_knows_every_word_of_its_language(minimal: Path, tmp_path: Path) -> None:
    """Otherwise Pagefind, finding no word starting with a query word in a shard, falls back to a
    shorter one there: results that one index would never give (search_vocabulary.py)."""
    bundle = build_site(minimal, tmp_path / "site").out_dir / "pagefind"
    shards = [shard_words(bundle / folder, "zh-cn") for folder in ("", "zh-1", "zh-2")]
    assert shards[0].keys() == shards[1].keys() == shards[2].keys()
    # 废止 (abolished) is on the old policy's page only, in the first shard; the others list it on no page.
    assert [shard.get("废止") for shard in shards] == [1, 0, 0]
    for shard in shards:
        assert [word for word, pages in shard.items() if pages] != []  # each still indexes its own pages
    assert "废止" not in shard_words(bundle, "mn-mong-cn")  # a language is given its own words only


def test_an_index_left_half_stored_by_an_interrupted_build_is_stored_again(
    minimal: Path, tmp_path: Path
) -> None:
    """A build stopped while it copied a language's index into the cache leaves `.part-<key>`: the next
    build with the same pages stores that index again over it, and uses it after."""
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    [stored] = (cache / "search" / "zh" / "0").iterdir()
    stored.rename(stored.with_name(f".part-{stored.name}"))
    build_site(minimal, tmp_path / "second", cache=cache)
    assert [p.name for p in (cache / "search" / "zh" / "0").iterdir()] == [stored.name]
    assert tree_digest(tmp_path / "second") == tree_digest(tmp_path / "first")


def test_each_languages_filters_are_where_its_metadata_says(minimal: Path, tmp_path: Path) -> None:
    """The filter indexes are rewritten in a stable order (_stable_filters): the metadata must still
    name each one, and each must hold its filter's values, as the browser reads them."""
    bundle = build_site(minimal, tmp_path / "site").out_dir / "pagefind"
    values: dict[str, dict[str, list[str]]] = {}
    for lang in pagefind_files.languages(bundle):
        listed = pagefind_files.read_meta(bundle, lang)[pagefind_files.META_FILTERS]
        assert [name for name, _ in listed] == sorted(name for name, _ in listed)
        values[lang] = {}
        for name, file in listed:
            filter_name, counts = pagefind_files.read(bundle / "filter" / f"{file}.pf_filter")
            assert filter_name == name
            values[lang][name] = [value for value, _ in counts]
    assert {"section", "year"} <= values["zh-cn"].keys()
    assert values["zh-cn"]["year"] == ["2020", "2024"]  # the minimal site's Chinese documents' years
    assert values["mn-mong-cn"]["year"] == ["2024"]


def test_a_planned_page_without_the_index_mark_is_named(tmp_path: Path) -> None:
    """Pagefind would index such a page whole (menus and all): the theme layer lost the mark."""
    write(tmp_path / "site/policy/a/index.html", '<html lang="zh-CN"><body><main>稀土</main></body></html>')
    finding = index_failure(tmp_path / "site", "policy/a/")
    assert finding.code == "search-index-failed"
    assert "policy/a/index.html is not marked for the index (data-pagefind-body)" in finding.message("en")


def test_a_site_on_another_file_system_than_the_temporary_folder_is_indexed(
    minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages Pagefind reads are hard links into the built site; where the temporary folder is on
    another file system (no hard links across), they are copied, and the same pages and words are
    indexed. (Not the same bytes: Pagefind numbers pages in the order the file system lists them.)"""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("needs /dev/shm on a file system of its own")  # Debian and CI runners have one
    linked = build_site(minimal, tmp_path / "linked").out_dir / "pagefind"
    with tempfile.TemporaryDirectory(dir=shm) as elsewhere:
        monkeypatch.setattr(tempfile, "tempdir", elsewhere)
        copied = build_site(minimal, tmp_path / "copied").out_dir / "pagefind"
    for lang in ("zh-cn", "mn-mong-cn"):
        assert (
            entry_of(copied)["languages"][lang]["page_count"]
            == entry_of(linked)["languages"][lang]["page_count"]
        )
        assert shard_words(copied, lang) == shard_words(linked, lang)


def test_index_chunks_are_small_so_a_query_fetches_little(example_site: BuildResult) -> None:
    """Pagefind closes a chunk once it holds CHUNK_LOCATIONS word locations (its default is ten times
    more): the example's Chinese index is split accordingly."""
    bundle = example_site.out_dir / "pagefind"
    chunks = pagefind_files.read_meta(bundle, "zh-cn")[pagefind_files.META_CHUNKS]
    locations = 0
    for _, _, name in chunks:
        [entries] = pagefind_files.read(bundle / "index" / f"{name}.pf_index")
        locations += sum(len(page[1]) + 1 for _, pages, _ in entries for page in pages)
    assert locations > 4 * search.CHUNK_LOCATIONS  # enough text for the size to show
    assert len(chunks) >= locations // search.CHUNK_LOCATIONS


def test_an_indexer_failing_without_a_word_is_reported_by_its_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "site/a/index.html",
        '<html lang="zh-CN"><body><main data-pagefind-body>稀土</main></body></html>',
    )
    monkeypatch.setattr(sys, "executable", "/bin/false")  # ends with 1 and prints nothing
    finding = index_failure(tmp_path / "site", "a/")
    assert finding.message("en") == "building the search index failed: exit code 1"
