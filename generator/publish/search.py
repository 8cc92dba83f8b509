"""The search index: Pagefind (extended build, which splits Chinese text into words) reads the built
site and writes a chunked static index, one per language (<html lang>), into pagefind/ at the site
root. A reader's browser fetches only the chunks and fragments a query needs (site_src/assets/js/
search.js), never the whole index. Only document pages are indexed: main.html marks their article
with data-pagefind-body, so lists and untranslated pages never add a result twice.

Pagefind 1.5 writes its filter indexes in an arbitrary order (a Rust hash map; the maintainers know:
Pagefind/pagefind#638), so their names, the language's metadata file that lists them and
pagefind-entry.json change from run to run. `_stable_filters` sorts them and names each file after
its content, so the same site always gives the same files. Pagefind's ready-made interfaces are not
used (search.js is ours and much smaller), so they are not published.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cbor2

from generator.findings import ContentError, Finding
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


ENTRY = "pagefind-entry.json"  # the bundle's list of languages, read first by pagefind.js
MARK = b"data-pagefind-body"  # on the pages that are indexed: main.html puts it on documents


@dataclass(frozen=True)
class IndexedEdition:
    """The part of the site one language's index is made from: its section folders."""

    lang: str
    folders: tuple[str, ...]  # inside the site, e.g. ("policy", "notice") or ("mn/policy", "mn/notice")


def index_site(site_dir: Path, editions: list[IndexedEdition], cache: Path | None = None) -> None:
    """Write the search index of every edition into `site_dir`/pagefind/. The languages are indexed
    side by side, one Pagefind process each; with `cache`, a language whose indexed pages are unchanged
    since the last build reuses that build's index (Pagefind reads nothing else of the site)."""
    with tempfile.TemporaryDirectory(prefix="gongkai-search-") as work:
        running: dict[str, tuple[Path, subprocess.Popen[str]]] = {}
        ready: dict[str, Path] = {}
        keys: dict[str, str] = {}
        for edition in editions:
            key = _indexed_key(site_dir, edition)
            if key is None:
                continue  # nothing to find (no translations yet): Pagefind would index every page
            keys[edition.lang] = key
            stored = cache / edition.lang / keys[edition.lang] if cache else None
            if stored is not None and (stored / ENTRY).is_file():
                ready[edition.lang] = stored
                continue
            out = Path(work) / edition.lang
            running[edition.lang] = (out, _start(site_dir, edition, out))
        for lang, (out, process) in running.items():
            _finish(process)
            _tidy(out)
            ready[lang] = out
            if cache is not None:
                _store(cache / lang, keys[lang], out)
        _merge([ready[lang] for lang in sorted(ready)], site_dir / SEARCH_BUNDLE)


def _indexed_key(site_dir: Path, edition: IndexedEdition) -> str | None:
    """One key for the pages Pagefind will index (those marked), each read once; None if none is."""
    hasher = hashlib.sha256(f"pagefind {version('pagefind')} {sys.platform}".encode())
    found = False
    paths = sorted(path for folder in edition.folders for path in (site_dir / folder).rglob("*.html"))
    for path in paths:
        data = path.read_bytes()
        if MARK in data:
            found = True
            hasher.update(f"{path.relative_to(site_dir).as_posix()} {len(data)}\n".encode())
            hasher.update(data)
    return hasher.hexdigest() if found else None


def _start(site_dir: Path, edition: IndexedEdition, out: Path) -> subprocess.Popen[str]:
    glob = "{" + ",".join(edition.folders) + "}/**/*.html"
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--glob",
        glob,
        "--output-path",
        str(out),
    ]
    # Run away from the project, with no PAGEFIND_* variables: a pagefind.yml in the working folder or
    # a variable in the environment would otherwise change what is indexed.
    environment = {
        name: value for name, value in os.environ.items() if not name.upper().startswith("PAGEFIND")
    }
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
        raise ContentError([_failed(str(exc))]) from exc


def _finish(process: subprocess.Popen[str]) -> None:
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        said = (stderr.strip() or stdout.strip()).splitlines()
        raise ContentError([_failed(said[-1] if said else f"exit code {process.returncode}")])


def _tidy(bundle: Path) -> None:
    _stable_filters(bundle)
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    shutil.rmtree(bundle / "playground", ignore_errors=True)


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
        shutil.copytree(bundle, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(ENTRY))
        own = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
        languages = {**entry.get("languages", {}), **own["languages"]}
        entry = {**own, "languages": dict(sorted(languages.items()))}
    if entry:
        (target / ENTRY).write_text(
            json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )


SIGNATURE = b"pagefind_dcd"  # what every index file starts with, once un-gzipped


def _read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ContentError([_failed(f"unexpected file format: {path.name}")])
    return cbor2.loads(data[len(SIGNATURE) :])


def _write(folder: Path, lang: str, suffix: str, value: Any) -> str:
    """Write `value` as Pagefind does, named after its content; return the name's hash part."""
    data = SIGNATURE + cbor2.dumps(value)
    name = f"{lang}_{hashlib.sha256(data).hexdigest()[:13]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, mtime=0))
    return name


def _stable_filters(bundle: Path) -> None:
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, language in entry["languages"].items():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = []
        for name, old in meta[3]:
            old_path = bundle / "filter" / f"{old}.pf_filter"
            filter_name, values = _read(old_path)
            old_path.unlink()
            new = _write(bundle / "filter", lang, ".pf_filter", [filter_name, sorted(values)])
            filters.append([name, new])
        meta[3] = sorted(filters)
        meta_path.unlink()
        language["hash"] = _write(bundle, f"pagefind.{lang}", ".pf_meta", meta).removeprefix("pagefind.")
    entry["languages"] = dict(sorted(entry["languages"].items()))
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _failed(problem: str) -> Finding:
    return Finding(Path(SEARCH_BUNDLE), 1, "search-index-failed", {"problem": problem})
