"""Every shard of a language is given the language's words it lacks, on no page
(publish/search_vocabulary.py), in Pagefind's own file format: each word into the chunk whose range
holds it, or the one before the gap it falls in, the chunks' ranges widened to reach it, sorted and
apart as the browser's reader expects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from generator.findings import ContentError
from generator.publish import pagefind_files
from generator.publish.pagefind_files import ENTRY, META_CHUNKS
from generator.publish.search_vocabulary import align_vocabularies

LANG = "zh-cn"
ON_A_PAGE = [[0, [1]]]  # page 0, location 1


def bundle(folder: Path, chunks: list[list[str]]) -> Path:
    """A one-language Pagefind bundle whose index chunks hold these words, each on one page."""
    (folder / "index").mkdir(parents=True)
    ranges = []
    for words in chunks:
        name = pagefind_files.write(
            folder / "index", LANG, ".pf_index", [[[w, ON_A_PAGE, []] for w in words]]
        )
        ranges.append([words[0], words[-1], name])
    meta = ["1.5.2", [["page", 10]], ranges, [], [], []]
    name = pagefind_files.write(folder, f"pagefind.{LANG}", ".pf_meta", meta)
    entry = {
        "version": "1.5.2",
        "languages": {LANG: {"hash": name.removeprefix("pagefind."), "page_count": 1}},
    }
    (folder / ENTRY).write_text(json.dumps(entry), encoding="utf-8")
    return folder


def chunks_of(folder: Path) -> list[tuple[str, str, list[tuple[str, Any]]]]:
    """(first word, last word, [(word, pages)]) of each chunk, as the browser reads them."""
    found = []
    for first, last, name in pagefind_files.read_meta(folder, LANG)[META_CHUNKS]:
        assert name.startswith(f"{LANG}_")  # named after its language, as Pagefind names them
        [entries] = pagefind_files.read(folder / "index" / f"{name}.pf_index")
        found.append((first, last, [(word, pages) for word, pages, _ in entries]))
    return found


def test_missing_words_go_where_the_browser_looks_for_them(tmp_path: Path) -> None:
    a = bundle(tmp_path / "a", [["b", "c"], ["m", "n"]])
    b = bundle(tmp_path / "b", [["a", "aa"], ["d"], ["k"], ["z"]])
    align_vocabularies([(a, LANG), (b, LANG)])
    # a, aa before the first chunk; d, k in the gap after it; z after the last.
    assert chunks_of(a) == [
        ("a", "k", [("a", []), ("aa", []), ("b", ON_A_PAGE), ("c", ON_A_PAGE), ("d", []), ("k", [])]),
        ("m", "z", [("m", ON_A_PAGE), ("n", ON_A_PAGE), ("z", [])]),
    ]
    assert chunks_of(b) == [
        ("a", "c", [("a", ON_A_PAGE), ("aa", ON_A_PAGE), ("b", []), ("c", [])]),
        ("d", "d", [("d", ON_A_PAGE)]),
        ("k", "n", [("k", ON_A_PAGE), ("m", []), ("n", [])]),
        ("z", "z", [("z", ON_A_PAGE)]),
    ]


def test_one_shard_is_left_as_it_is(tmp_path: Path) -> None:
    a = bundle(tmp_path / "a", [["b", "c"]])
    before = sorted(p.name for p in a.rglob("*"))
    align_vocabularies([(a, LANG)])
    assert sorted(p.name for p in a.rglob("*")) == before


def test_shards_with_the_same_words_are_left_as_they_are(tmp_path: Path) -> None:
    a = bundle(tmp_path / "a", [["b", "c"]])
    b = bundle(tmp_path / "b", [["b"], ["c"]])
    before = sorted(p.name for p in tmp_path.rglob("*"))
    align_vocabularies([(a, LANG), (b, LANG)])
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_word_inside_a_chunks_range_leaves_its_range_as_it_was(tmp_path: Path) -> None:
    a = bundle(tmp_path / "a", [["b", "c"], ["m", "q"]])
    b = bundle(tmp_path / "b", [["n"], ["zb"]])
    align_vocabularies([(a, LANG), (b, LANG)])
    assert [(first, last) for first, last, _ in chunks_of(a)] == [("b", "c"), ("m", "zb")]
    assert [word for word, _ in chunks_of(a)[1][2]] == ["m", "n", "q", "zb"]


def test_a_file_that_is_not_pagefinds_is_named_in_the_message(tmp_path: Path) -> None:
    damaged = tmp_path / "zh-cn_1234.pf_index"
    damaged.write_bytes(gzip.compress(b"not an index"))
    with pytest.raises(ContentError) as failure:
        pagefind_files.read(damaged)
    [finding] = failure.value.findings
    assert finding.code == "search-index-failed"
    assert "unexpected file format: zh-cn_1234.pf_index" in finding.message("en")
