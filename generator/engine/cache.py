"""The page cache (`.gongkai-cache/`): each page the engine rendered, stored under a key made of
everything its HTML depends on, so a rebuild hands the engine only the pages whose inputs changed.

A page's HTML is a function of its own source (title, theme values, Markdown) and of what every page of
its edition shares: the engine and theme versions, the base configuration, the theme overrides and UI
strings, the navigation and the edition's settings (`edition_key`). It does not depend on other pages'
content: links are rewritten from the target's path alone, and our own check (documents/links.py)
refuses a link whose target is missing before the engine runs. Anchors are the exception — a link to
`other.md#heading` is right only while that page has the heading — so each entry also keeps the page's
anchors and its links to anchors of other pages, and the adapter checks those across cached and fresh
pages after every build (engine/material.py).

The cache is safe to delete: an absent or unreadable entry is a page to render. Entries are written
whole (a temporary file renamed into place), so an interrupted build leaves no half entry behind, and
after each successful build the entries its edition no longer uses are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR_NAME = ".gongkai-cache"
FORMAT = "gongkai-page-cache 3"  # change it when what an entry holds changes
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# Gongkai's page cache: safe to delete.\n"


@dataclass(frozen=True)
class Rendered:
    """What the engine made of one page, but its HTML (read from and written to files, never held
    for a whole edition in memory): where the file goes, and its anchors."""

    dest: str  # the file inside the edition, e.g. "policy/x/index.html"
    anchors: frozenset[str]  # the ids on the page a link can point at
    anchor_links: tuple[tuple[str, str, str], ...]  # (other page's src, anchor, the link as written)


@dataclass(frozen=True)
class Built:
    """What a build with the cache leaves to do: `from_cache` are the pages (paths inside the site)
    taken from the cache; `keep()` stores the pages rendered fresh. The pipeline keeps them only once
    the whole site has passed its checks, so the cache only ever holds pages of a published site."""

    from_cache: frozenset[str]
    keep: Callable[[], None]


def digest(*parts: str | bytes) -> str:
    """A key from parts, each length-prefixed so that no two different lists of parts collide."""
    hasher = hashlib.sha256(FORMAT.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(f"{len(data)}:".encode())
        hasher.update(data)
    return hasher.hexdigest()


def tree_digest(root: Path) -> str:
    """One key for every file under `root`: its path and bytes."""
    parts: list[str | bytes] = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    return digest(*parts)


class PageCache:
    """The rendered pages of one edition, by key, in `root/pages/<name>/`."""

    def __init__(self, root: Path, name: str) -> None:
        self.root = root
        self.folder = root / "pages" / name

    def _path(self, key: str) -> Path:
        return self.folder / key

    def get(self, key: str) -> Rendered | None:
        """The entry's page without its HTML (copy_html writes that), or None if it is missing or
        has a header this version did not write. Entries are written whole (see put)."""
        try:
            with self._path(key).open("rb") as entry:
                record = json.loads(entry.readline())
            return Rendered(
                dest=record["dest"],
                anchors=frozenset(record["anchors"]),
                anchor_links=tuple((src, anchor, link) for src, anchor, link in record["anchor_links"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # render the page again

    def copy_html(self, key: str, target: Path) -> None:
        with self._path(key).open("rb") as entry:
            entry.readline()
            html = entry.read()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html)

    def put(self, key: str, page: Rendered, html_file: Path) -> None:
        """Store `page` with the HTML the engine wrote to `html_file`."""
        html = html_file.read_bytes()
        header = json.dumps(
            {"dest": page.dest, "anchors": sorted(page.anchors), "anchor_links": page.anchor_links},
            ensure_ascii=False,
        )
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True)
            # A CACHEDIR.TAG at the top, so backup tools leave the cache out (bford.info/cachedir).
            (self.root / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header.encode("utf-8") + b"\n" + html)
            os.replace(temporary, self._path(key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def keep_only(self, keys: Iterable[str]) -> None:
        """Remove every entry but `keys` (the pages of the edition just built)."""
        if not self.folder.is_dir():
            return
        wanted = set(keys)
        for path in self.folder.iterdir():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
