"""Reading and rewriting the files of a Pagefind 1.5 bundle: gzip-compressed CBOR after a signature,
each named after its content, listed by the language's metadata file, which pagefind-entry.json names.
(publish/search.py sorts the filter indexes; publish/search_vocabulary.py completes shards' word lists.)"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2

from generator.findings import ContentError, Finding
from generator.render.urls import SEARCH_BUNDLE

ENTRY = "pagefind-entry.json"  # the bundle's list of languages, read first by pagefind.js
SIGNATURE = b"pagefind_dcd"  # what every index file starts with, once un-gzipped
META_CHUNKS = 2  # the metadata's list of index chunks: [first word, last word, file name]
META_FILTERS = 3  # the metadata's list of filter indexes: [filter, file name]


def failed(problem: str) -> Finding:
    return Finding(Path(SEARCH_BUNDLE), 1, "search-index-failed", {"problem": problem})


def read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ContentError([failed(f"unexpected file format: {path.name}")])
    return cbor2.loads(data[len(SIGNATURE) :])


def write(folder: Path, lang: str, suffix: str, value: Any) -> str:
    """Write `value` as Pagefind does, named after its content; return the name's hash part."""
    data = SIGNATURE + cbor2.dumps(value)
    name = f"{lang}_{hashlib.sha256(data).hexdigest()[:13]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, mtime=0))
    return name


def languages(bundle: Path) -> list[str]:
    """The languages of a bundle, as Pagefind names them (e.g. "zh-cn")."""
    return sorted(json.loads((bundle / ENTRY).read_text(encoding="utf-8"))["languages"])


def read_meta(bundle: Path, lang: str) -> Any:
    entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
    return read(bundle / f"pagefind.{entry['languages'][lang]['hash']}.pf_meta")


def rewrite_meta(bundle: Path, lang: str, change: Callable[[Any], None]) -> None:
    """Let `change` alter the language's metadata, then write it under its new name and name that in
    the entry file."""
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    language = entry["languages"][lang]
    meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
    meta = read(meta_path)
    change(meta)
    meta_path.unlink()
    language["hash"] = write(bundle, f"pagefind.{lang}", ".pf_meta", meta).removeprefix("pagefind.")
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
