"""How a language's search index is split into shards, each indexed by its own Pagefind process.

Pagefind holds everything it indexes in memory (about 0.5 MB per document of 2,100 Han characters,
measured: bench/RESULTS.md), so an archive of 20,000 documents in one index would need ~10 GB. A shard
holds at most `SHARD_DOCUMENTS` documents; the reader's browser merges a language's shards at query
time (Pagefind's mergeIndex), fetching from each only the chunks the query needs.

Documents are packed by year, oldest first, whole years together while they fit: a year is split only
when it alone holds more than a shard. So editing a document changes one shard and adding one to the
current year changes the last; a rebuild indexes only what changed (publish/search.py caches each
shard by its pages). A site of fewer documents than a shard has one shard per language, published at
the bundle's root as before."""

from __future__ import annotations

from collections.abc import Iterable

SHARD_DOCUMENTS = 1000

Shard = tuple[str, ...]  # the site paths of its pages, e.g. ("policy/x/", "policy/y/")


def pack_shards(documents: Iterable[tuple[int, str]], limit: int) -> list[Shard]:
    """(year, site path) of every indexed document -> shards of at most `limit`, in a stable order."""
    by_year: dict[int, list[str]] = {}
    for year, path in documents:
        by_year.setdefault(year, []).append(path)
    shards: list[list[str]] = []
    current: list[str] = []
    for year in sorted(by_year):
        paths = sorted(by_year[year])
        if current and len(current) + len(paths) > limit:
            shards.append(current)
            current = []
        while len(paths) > limit:  # a year larger than a shard: whole shards of it, the rest goes on
            shards.append(paths[:limit])
            paths = paths[limit:]
        current += paths
    if current:
        shards.append(current)
    return [tuple(shard) for shard in shards]


def shard_folder(lang: str, index: int) -> str:
    """Where a shard's index lives inside the bundle: the first at its root (with Pagefind's scripts),
    the others in a folder each."""
    return "" if index == 0 else f"{lang}-{index}/"
