"""Every shard of a language knows every word of the language, so merged shards find what one index
would.

Pagefind's search has a fallback: a query word for which an index holds no word starting with it is
replaced by the longest indexed word it starts with (ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ by ᠪᠦᠷᠢ, "every"). One index falls back
only when the whole language lacks the word; merged shards each decide alone, so a shard without the
word would return its documents containing ᠪᠦᠷᠢ. Adding to each shard the language's words it lacks,
with no page, makes every shard decide as the one index would: the word is there, on no page of this
shard. A query still fetches only the chunks holding its words; they grow by the missing words only.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

from generator.publish import pagefind_files
from generator.publish.pagefind_files import META_CHUNKS

WORD = 0  # an index chunk is [[word, pages, variants], ...]


def align_vocabularies(shards: list[tuple[Path, str]]) -> None:
    """(bundle folder, Pagefind language) of each shard of one language: complete their word lists."""
    if len(shards) < 2:
        return
    vocabularies = [_words(bundle, lang) for bundle, lang in shards]
    every = set().union(*vocabularies)
    for (bundle, lang), own in zip(shards, vocabularies, strict=True):
        missing = sorted(every - own)
        if missing:
            _add_words(bundle, lang, missing)


def _words(bundle: Path, lang: str) -> set[str]:
    words: set[str] = set()
    for _, _, name in pagefind_files.read_meta(bundle, lang)[META_CHUNKS]:
        [entries] = pagefind_files.read(bundle / "index" / f"{name}.pf_index")
        words.update(entry[WORD] for entry in entries)
    return words


def _add_words(bundle: Path, lang: str, missing: list[str]) -> None:
    """Each missing word into the chunk whose range holds it, or the one before the gap it falls in
    (whose range then reaches it), so the chunks stay sorted and apart, as the browser expects."""

    def change(meta: Any) -> None:
        chunks = meta[META_CHUNKS]
        firsts = [first for first, _, _ in chunks]
        added: dict[int, list[str]] = {}
        for word in missing:
            added.setdefault(max(bisect.bisect_right(firsts, word) - 1, 0), []).append(word)
        for index, words in added.items():
            first, last, name = chunks[index]
            old = bundle / "index" / f"{name}.pf_index"
            [entries] = pagefind_files.read(old)
            entries = sorted([*entries, *([word, [], []] for word in words)], key=lambda entry: entry[WORD])
            old.unlink()
            new = pagefind_files.write(bundle / "index", lang, ".pf_index", [entries])
            chunks[index] = [min(first, words[0]), max(last, words[-1]), new]

    pagefind_files.rewrite_meta(bundle, lang, change)
