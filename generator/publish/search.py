"""The search index: Pagefind (extended build, which splits Chinese text into words) reads the built
site and writes a chunked static index, one per language (<html lang>), into pagefind/ at the site
root. A reader's browser fetches only the chunks and fragments a query needs (site_src/assets/js/
search.js), never the whole index. Only document pages are indexed: main.html marks their article
with data-pagefind-body, so lists and untranslated pages never add a result twice. A large archive's
language index is made of shards (render/search_shards.py: Pagefind keeps all it indexes in memory),
the first at the bundle's root, the others in pagefind/<lang>-<n>/, merged in the reader's browser.

Pagefind 1.5 writes its filter indexes in an arbitrary order (a Rust hash map; the maintainers know:
Pagefind/pagefind#638), so their names, the language's metadata file that lists them and
pagefind-entry.json change from run to run. `_stable_filters` sorts them and names each file after
its content, so the same site always gives the same files. Pagefind's ready-made interfaces are not
used (search.js is ours and much smaller), so they are not published.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.findings import ContentError
from generator.publish import pagefind_files
from generator.publish.pagefind_files import ENTRY
from generator.publish.search_vocabulary import align_vocabularies
from generator.render.search_shards import Shard, shard_folder
from generator.render.urls import SEARCH_BUNDLE

# What Pagefind writes that our search page never loads: its ready-made interfaces.
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


MARK = b"data-pagefind-body"  # on the pages that are indexed: main.html puts it on documents


CHUNK_LOCATIONS = 2000  # word locations per index chunk (Pagefind's default: 20,000); see below
PARALLEL = 2  # Pagefind processes at once: both cores of a CI runner, and two shards' worth of memory


@dataclass(frozen=True)
class IndexedEdition:
    """One language's indexed pages, as the shards its index is split into (render/search_shards.py)."""

    lang: str
    shards: tuple[Shard, ...]  # site paths of the pages, e.g. (("policy/x/", "policy/y/"), ...)


@dataclass(frozen=True)
class _Shard:
    lang: str
    index: int
    pages: Shard
    key: str


def index_site(site_dir: Path, editions: list[IndexedEdition], cache: Path | None = None) -> None:
    """Write the search index of every edition into `site_dir`/pagefind/: each shard of a language by
    its own Pagefind process, at most PARALLEL at a time. With `cache`, a shard whose pages are
    unchanged since the last build reuses that build's index (Pagefind reads nothing else of the
    site). A language without indexed pages (no translations yet) has no index."""
    with tempfile.TemporaryDirectory(prefix="gongkai-search-") as work:
        ready: dict[tuple[str, int], Path] = {}
        todo: list[_Shard] = []
        for edition in editions:
            for index, pages in enumerate(edition.shards):
                shard = _Shard(edition.lang, index, pages, _shard_key(site_dir, pages))
                stored = _cached(cache, shard) if cache is not None else None
                if stored is not None and (stored / ENTRY).is_file():
                    ready[shard.lang, index] = stored
                else:
                    todo.append(shard)
            if cache is not None:
                _forget_shards_after(cache / edition.lang, len(edition.shards))
        for shard, out in _indexed(site_dir, Path(work), todo):
            _tidy(out)
            ready[shard.lang, shard.index] = out
            if cache is not None:
                _store(_cached(cache, shard).parent, shard.key, out)
        bundle = site_dir / SEARCH_BUNDLE
        _merge([folder for (_, index), folder in sorted(ready.items()) if index == 0], bundle)
        published: dict[str, list[tuple[Path, str]]] = {}
        for (lang, index), folder in sorted(ready.items()):
            if index > 0:
                shutil.copytree(folder, bundle / shard_folder(lang, index), ignore=_SCRIPTS)
            [language] = pagefind_files.languages(folder)
            published.setdefault(lang, []).append((bundle / shard_folder(lang, index), language))
        for shards in published.values():
            align_vocabularies(shards)


# What a merged shard does not need: the reader's browser has them from the first shard's folder.
_SCRIPTS = shutil.ignore_patterns("*.js", "wasm.*")


def _cached(cache: Path, shard: _Shard) -> Path:
    return cache / shard.lang / str(shard.index) / shard.key


def _forget_shards_after(folder: Path, count: int) -> None:
    """Cached indexes of shards the language no longer has (it had more documents before)."""
    if folder.is_dir():
        for old in folder.iterdir():
            if not (old.name.isdigit() and int(old.name) < count):
                shutil.rmtree(old, ignore_errors=True)


def _shard_key(site_dir: Path, pages: Shard) -> str:
    """One key for what Pagefind will read of a shard: its pages' addresses and bytes, each read once."""
    hasher = hashlib.sha256(f"pagefind {version('pagefind')} {sys.platform} {CHUNK_LOCATIONS}".encode())
    for page in pages:
        data = (site_dir / page / "index.html").read_bytes()
        if MARK not in data:  # the theme layer lost the mark: Pagefind would index whole pages
            raise ContentError(
                [pagefind_files.failed(f"{page}index.html is not marked for the index ({MARK.decode()})")]
            )
        hasher.update(f"{page} {len(data)}\n".encode())
        hasher.update(data)
    return hasher.hexdigest()


def _indexed(site_dir: Path, work: Path, shards: list[_Shard]) -> Iterator[tuple[_Shard, Path]]:
    """Index each shard (at most PARALLEL at a time), yielding it with its bundle as each ends. Pagefind
    reads a folder of its own per shard: the shard's pages, linked from the built site."""
    waiting = list(shards)
    running: list[tuple[_Shard, Path, subprocess.Popen[str]]] = []
    try:
        while waiting or running:
            while waiting and len(running) < PARALLEL:
                shard = waiting.pop(0)
                name = f"{shard.lang}-{shard.index}"
                pages = _link_pages(site_dir, shard.pages, work / "pages" / name)
                out = work / "bundles" / name
                running.append((shard, out, _start(pages, out)))
            shard, out, process = running.pop(0)
            _finish(process)
            yield shard, out
    finally:
        for _, _, process in running:  # one failed: the others are not waited for
            process.kill()
            process.wait()


def _link_pages(site_dir: Path, pages: Shard, folder: Path) -> Path:
    """The shard's pages at their own addresses inside `folder` (hard links: nothing is copied)."""
    for page in pages:
        target = folder / page / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / page / "index.html", target)
        except OSError:  # a file system without hard links
            shutil.copyfile(site_dir / page / "index.html", target)
    return folder


def _start(pages: Path, out: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(out)]
    # Run away from the project, with no PAGEFIND_* variables: a pagefind.yml in the working folder or
    # a variable in the environment would otherwise change what is indexed.
    environment = {
        name: value for name, value in os.environ.items() if not name.upper().startswith("PAGEFIND")
    }
    # Smaller chunks than Pagefind's default: a query fetches the chunks holding its words, and a
    # default chunk of a Chinese archive is mostly other words (first query 139 KB -> 36 KB of index
    # at 517 documents, bench/RESULTS.md). Pagefind 1.5 reads it from this variable only.
    environment["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = str(CHUNK_LOCATIONS)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        return subprocess.Popen(
            command,
            cwd=out.parent,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    except OSError as exc:
        raise ContentError([pagefind_files.failed(str(exc))]) from exc


def _finish(process: subprocess.Popen[str]) -> None:
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        said = (stderr.strip() or stdout.strip()).splitlines()
        raise ContentError([pagefind_files.failed(said[-1] if said else f"exit code {process.returncode}")])


def _tidy(bundle: Path) -> None:
    _stable_filters(bundle)
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)


def _store(folder: Path, key: str, bundle: Path) -> None:
    """Keep `bundle` as the language's only cached index (copied whole, then renamed into place)."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".part-{key}"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(bundle, partial)
    for old in folder.iterdir():
        if old != partial:
            shutil.rmtree(old, ignore_errors=True)
    partial.rename(folder / key)


def _merge(bundles: list[Path], target: Path) -> None:
    """One pagefind/ folder from the languages' own: their files side by side (each file is named
    after its language or its content; Pagefind's scripts are the same in each) and one entry file
    listing every language."""
    entry: dict[str, Any] = {}
    for bundle in bundles:
        shutil.copytree(bundle, target, dirs_exist_ok=True)  # its entry file is replaced below
        own = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
        languages = {**entry.get("languages", {}), **own["languages"]}
        entry = {**own, "languages": dict(sorted(languages.items()))}
    if entry:
        (target / ENTRY).write_text(
            json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )


def _stable_filters(bundle: Path) -> None:
    for lang in pagefind_files.languages(bundle):

        def sort(meta: Any, lang: str = lang) -> None:
            filters = []
            for name, old in meta[pagefind_files.META_FILTERS]:
                old_path = bundle / "filter" / f"{old}.pf_filter"
                filter_name, values = pagefind_files.read(old_path)
                old_path.unlink()
                new = pagefind_files.write(
                    bundle / "filter", lang, ".pf_filter", [filter_name, sorted(values)]
                )
                filters.append([name, new])
            meta[pagefind_files.META_FILTERS] = sorted(filters)

        pagefind_files.rewrite_meta(bundle, lang, sort)
