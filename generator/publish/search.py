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
import shutil
import subprocess
import sys
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


def index_site(site_dir: Path) -> None:
    """Write the search index into `site_dir`."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", SEARCH_BUNDLE]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise ContentError([_failed(str(exc))]) from exc
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()
        raise ContentError([_failed(said[-1] if said else f"exit code {done.returncode}")])
    bundle = site_dir / SEARCH_BUNDLE
    _stable_filters(bundle)
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    shutil.rmtree(bundle / "playground", ignore_errors=True)


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
    entry_path = bundle / "pagefind-entry.json"
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
