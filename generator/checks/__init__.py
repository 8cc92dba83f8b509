"""Checks: small functions that look at loaded content and return located findings."""

from __future__ import annotations

from pathlib import Path

from generator.checks.attachments import check_attachments
from generator.checks.body_links import check_body_links
from generator.checks.document_fields import check_document_fields
from generator.checks.locales import check_locales
from generator.checks.mongolian_text import check_content_text, check_locale_text
from generator.checks.references import check_references
from generator.checks.reports import check_catalogue, check_narratives, check_reports
from generator.content.links import LinkIndex
from generator.content.loader import load_documents, load_locales, load_site_config
from generator.content.models import Site
from generator.findings import Finding, errors, sort_findings
from generator.reports.loader import load_reports
from generator.tables.checks import check_table_directives, check_tables
from generator.tables.loader import load_tables


def load_and_check(content_dir: Path, locales_dir: Path) -> tuple[Site | None, list[Finding]]:
    """Load everything and run every check. The site is None when any error was found."""
    config, findings = load_site_config(content_dir)
    strings, locale_sources, more = load_locales(locales_dir)
    findings += more + check_locales(locale_sources) + check_locale_text(locale_sources)
    if config is None:
        return None, sort_findings(findings)
    docs, broken, more = load_documents(content_dir, config)
    findings += more + check_content_text(content_dir)
    for lang_docs in docs.values():
        for doc in lang_docs:
            findings += check_document_fields(doc)
    originals, translations, more = check_references(docs, broken)
    findings += more + check_attachments(docs, content_dir)
    links = LinkIndex(content_dir, docs, [s.id for s in config.sections])
    findings += check_body_links(docs, links)
    reports, broken_years, more = load_reports(content_dir)
    findings += (
        more + check_reports(reports) + check_narratives(originals, translations, reports, broken_years)
    )
    findings += check_catalogue(reports, originals)
    tables, broken_tables, more = load_tables(content_dir)
    findings += more + check_tables(tables) + check_table_directives(docs, set(tables) | broken_tables)
    findings = sort_findings(findings)
    if errors(findings):
        return None, findings
    return Site(
        content_dir, config, originals, translations, strings, links, annual_reports=reports, tables=tables
    ), findings
