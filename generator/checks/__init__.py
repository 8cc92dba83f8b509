"""Every check of a loaded site, in one list: `check_site()` for a site that loaded, `check_locales()`
alone when site.yml itself could not be read. Checks only read what was loaded and return findings."""

from __future__ import annotations

from generator.checks.locales import check_locale_files, check_locale_overrides
from generator.checks.mongolian_text import check_written_text
from generator.content.locales import Locales
from generator.content.written_text import WrittenText
from generator.documents.checks import check_documents
from generator.findings import Finding
from generator.reports.checks import check_catalogue, check_narratives, check_reports
from generator.site import Site
from generator.tables.checks import check_table_directives, check_tables


def check_site(site: Site) -> list[Finding]:
    return [
        *check_locales(site.locales),
        *check_written_text(site.texts),
        *check_documents(site),
        *check_reports(site),
        *check_narratives(site),
        *check_catalogue(site),
        *check_tables(site),
        *check_table_directives(site),
    ]


def check_locales(locales: Locales) -> list[Finding]:
    """The UI strings: the same keys and placeholders in every language, the site's own changes to
    them, and their characters."""
    return [
        *check_locale_files(locales.sources),
        *check_locale_overrides(locales),
        *check_written_text(locale_texts(locales)),
    ]


def locale_texts(locales: Locales) -> list[WrittenText]:
    files = [*locales.sources.items(), *locales.overrides.items()]
    return [WrittenText(source.path, lang, source.values) for lang, source in files]
