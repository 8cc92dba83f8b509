"""Everything read from a content folder, before anything is checked or rendered."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator.content.config import SiteConfig
from generator.content.locales import Locales
from generator.content.written_text import WrittenText
from generator.documents.links import LinkIndex
from generator.documents.model import AnyDocument, Original, Translation
from generator.reports.model import AnnualReport
from generator.tables.model import DataTable

# Keys that would collide with the site's own addresses inside a section or at the root.
RESERVED_KEYS = frozenset(
    {"index", "page", "sitemap", "assets", "search", "mn", "zh", "404", "comparison", "data"}
)


@dataclass(frozen=True)
class Site:
    root: Path  # the content folder
    config: SiteConfig
    locales: Locales
    # Every document that loaded, in path order; a key can appear twice here (the checks say so).
    loaded_originals: tuple[Original, ...]
    loaded_translations: tuple[Translation, ...]
    # By key: the first document with each key that is not reserved, which is what gets published.
    originals: dict[str, Original]
    translations: dict[str, Translation]
    broken_keys: frozenset[str]  # documents that exist but failed to load (already reported)
    links: LinkIndex  # what links in bodies can lead to
    reports: dict[int, AnnualReport]  # content/reports/annual/<year>.yml
    broken_years: frozenset[int]
    tables: dict[str, DataTable]  # content/tables/<name>.yml
    broken_tables: frozenset[str]
    texts: tuple[WrittenText, ...]  # what editors wrote in every file read, for the text checks

    @property
    def all_documents(self) -> Iterator[AnyDocument]:
        """Every loaded document, originals first."""
        yield from self.loaded_originals
        yield from self.loaded_translations


Doc = TypeVar("Doc", Original, Translation)


def by_key(documents: Iterable[Doc]) -> dict[str, Doc]:
    """The first document with each key, leaving out reserved keys."""
    found: dict[str, Doc] = {}
    for doc in documents:
        if doc.key not in RESERVED_KEYS:
            found.setdefault(doc.key, doc)
    return found
