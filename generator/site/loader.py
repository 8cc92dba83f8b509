"""`load_site()`: the one place that knows the order in which a content folder is read.

site.yml first (it names the sections the documents sit in), the UI strings (Gongkai's defaults,
changed by the site's own `locales/` beside the content folder when it has one), then the documents,
the annual-report data and the data tables. Each file is read and parsed once; what
reading finds (syntax, fields, cells) comes back as findings, and the checks run afterwards on the
loaded Site.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from generator.content.config import load_site_config
from generator.content.locales import Locales, load_locales
from generator.content.written_text import WrittenText
from generator.documents.links import LinkIndex
from generator.documents.loader import load_documents
from generator.findings import Finding
from generator.reports.loader import load_reports
from generator.resources import LOCALES_DIR
from generator.site.model import Site, by_key
from generator.tables.loader import load_tables


def site_locales(content_dir: Path, defaults: Path) -> Path | None:
    """The site's own UI strings: `locales/` beside the content folder (not the defaults themselves,
    as in Gongkai's own repository, where the example site uses the defaults)."""
    folder = content_dir.resolve().parent / "locales"
    return folder if folder.is_dir() and folder != defaults.resolve() else None


class SiteLoad(NamedTuple):
    site: Site | None  # None when site.yml itself cannot be read: nothing else can be placed
    locales: Locales  # read either way, so their own mistakes are reported too
    findings: list[Finding]


def load_site(content_dir: Path, locales_dir: Path = LOCALES_DIR) -> SiteLoad:
    config, config_source, findings = load_site_config(content_dir)
    locales, more = load_locales(locales_dir, site_locales(content_dir, locales_dir))
    findings += more
    if config is None or config_source is None:
        return SiteLoad(None, locales, findings)
    documents = load_documents(content_dir, config)
    reports = load_reports(content_dir)
    tables = load_tables(content_dir)
    findings += documents.findings + reports.findings + tables.findings
    originals, translations = tuple(documents.originals), tuple(documents.translations)
    links = LinkIndex(
        content_dir, (*originals, *translations), [s.id for s in config.sections], frozenset(documents.existing)
    )
    texts = (
        WrittenText(config_source.path, None, config_source.values),
        *documents.texts,
        *tables.texts,
        *reports.texts,
    )
    site = Site(
        root=content_dir,
        config=config,
        locales=locales,
        loaded_originals=originals,
        loaded_translations=translations,
        originals=by_key(originals),
        translations=by_key(translations),
        broken_keys=frozenset(documents.broken),
        links=links,
        reports=reports.reports,
        broken_years=frozenset(reports.broken),
        tables=tables.tables,
        broken_tables=frozenset(tables.broken),
        texts=texts,
    )
    return SiteLoad(site, locales, findings)
