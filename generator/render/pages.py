"""Decide every page of one language edition: what it is, where it lives, what it shows.

Each page is assembled from the views of the feature slices (documents/view.py, tables/view.py,
reports/view.py); templates only lay out what is computed there (STYLE.md: compute in Python, pass
plain values in).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.documents import view as documents
from generator.documents.model import AnyDocument, Original
from generator.render import search_shards, urls
from generator.render.accessibility import shortcut_table
from generator.render.edition import Edition
from generator.render.search_shards import Shard, shard_folder
from generator.reports import view as reports
from generator.reports.export import DATA_URL, REPORTS_INDEX
from generator.tables.view import expand_tables

PAGE_SIZE = 20
COMPARISON_KEY = "comparison"  # the across-years page inside the report section
HOME_LATEST = 5
SEARCH_URL = "search/"


@dataclass
class Page:
    """One page of an edition, before it is written for the engine."""

    src: str  # path inside the edition's source tree, e.g. "policy/x.md"
    url: str  # address inside the language edition, e.g. "policy/x/"
    template: str
    title: str
    context: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)  # what the theme templates read about the page
    document: AnyDocument | None = None  # the editor's document this page shows
    links: tuple[documents.PointedLink, ...] = ()  # the links of its body, as written and as pointed

    @property
    def untranslated(self) -> bool:
        """A Mongolian page that shows the Chinese original: it says so, and is left out of the sitemap."""
        return bool(self.context.get("untranslated"))


class EditionPlanner:
    """Plans the pages of one language edition of a site."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.site = edition.site
        self.ui = edition.ui
        self.interpretations = documents.interpretation_index(self.site.originals.values())

    def href(self, from_url: str, to_url: str) -> str:
        return self.edition.href(from_url, to_url)

    def base_meta(self, url: str, has_counterpart: bool) -> dict[str, Any]:
        """Language switch and hreflang alternates; alternates only where a real translation exists.

        Alternates are relative on purpose: a theme script may fetch addresses beside every
        `link[rel=alternate]`, and an absolute address would make the reader's browser contact the
        production domain from any preview or mirror.
        """
        edition = self.edition
        here, there = urls.site_path(edition.lang, url), urls.site_path(edition.other_lang, url)
        meta: dict[str, Any] = {
            "lang": edition.lang,
            "counterpart": {
                "href": urls.relative(here, there),
                "lang": edition.other_ui.tag,
                "name": edition.other_ui.t("language_name"),
                "label": self.ui.t("nav.switch_language"),
            },
            "alternates": [],
        }
        if has_counterpart:
            meta["alternates"] = [
                {"lang": self.ui.tag, "href": "./"},
                {"lang": edition.other_ui.tag, "href": urls.relative(here, there)},
            ]
        return meta

    def plan(self) -> tuple[list[Page], list[Shard]]:
        """The edition's pages, and its documents as the search index's shards (search_shards.py)."""
        document_pages = [self.document_page(original) for original in self.site.originals.values()]
        indexed = [
            (int(page.meta["search"]["year"]), urls.site_path(self.edition.lang, page.url))
            for page in document_pages
            if "search" in page.meta
        ]
        shards = search_shards.pack_shards(indexed, search_shards.SHARD_DOCUMENTS)
        pages = [self.home_page(), self.sitemap_page(), self.accessibility_page(), self.search_page(shards)]
        for section in self.site.config.sections:
            pages += self.listing_pages(section.id)
        pages += document_pages
        comparison = self.comparison_page()
        if comparison is not None:
            pages.append(comparison)
        return pages, shards

    # -- annual reports ------------------------------------------------------------------------------
    def comparison_url(self) -> str | None:
        """Only when two or more years of data exist is there anything to compare."""
        section_id = next((s.id for s in self.site.config.sections if s.kind == "report"), None)
        if section_id is None or len(self.site.reports) < 2:
            return None
        return f"{section_id}/{COMPARISON_KEY}/"

    def report_downloads(self, year: int, url: str) -> dict[str, Any]:
        comparison = self.comparison_url()

        def data(name: str) -> str:
            return urls.relative(urls.site_path(self.edition.lang, url), name)

        return {
            "csv": data(f"{DATA_URL}/{year}.csv"),
            "json": data(f"{DATA_URL}/{year}.json"),
            "index": data(REPORTS_INDEX),
            "comparison": self.href(url, comparison) if comparison else None,
        }

    def comparison_page(self) -> Page | None:
        url = self.comparison_url()
        if url is None:
            return None
        context = reports.comparison([self.site.reports[y] for y in sorted(self.site.reports)], self.ui)
        meta = self.base_meta(url, True)
        section_id = url.split("/")[0]
        section = self.site.config.section(section_id)
        assert section is not None  # comparison_url found it
        meta["breadcrumb"] = [
            {"title": self.ui.t("nav.home"), "href": self.href(url, "")},
            {
                "title": section.title.get(self.edition.lang),
                "href": self.href(url, urls.listing_url(section_id, 1)),
            },
        ]
        title = self.ui.t("report.comparison.title")
        return Page(f"{section_id}/{COMPARISON_KEY}.md", url, "comparison.md.j2", title, context, meta)

    # -- lists ---------------------------------------------------------------------------------------
    def section_docs(self, section_id: str) -> list[Original]:
        return documents.sorted_newest_first(
            d for d in self.site.originals.values() if d.section.id == section_id
        )

    def home_page(self) -> Page:
        url = ""
        blocks = []
        for section in self.site.config.sections:
            docs = self.section_docs(section.id)
            blocks.append(
                {
                    "title": section.title.get(self.edition.lang),
                    "href": self.href(url, urls.listing_url(section.id, 1)),
                    "count": self.ui.t("listing.count", count=len(docs)),
                    "items": [documents.link_item(self.edition, d, url) for d in docs[:HOME_LATEST]],
                }
            )
        title = self.site.config.site_name.get(self.edition.lang)
        meta = self.base_meta(url, True)
        return Page("index.md", url, "home.md.j2", title, {"sections": blocks}, meta)

    def sitemap_page(self) -> Page:
        url = "sitemap/"
        blocks = [
            {
                "title": section.title.get(self.edition.lang),
                "href": self.href(url, urls.listing_url(section.id, 1)),
                "items": [documents.link_item(self.edition, d, url) for d in self.section_docs(section.id)],
            }
            for section in self.site.config.sections
        ]
        meta = self.base_meta(url, True)
        return Page(
            "sitemap.md", url, "sitemap.md.j2", self.ui.t("sitemap.title"), {"sections": blocks}, meta
        )

    def accessibility_page(self) -> Page:
        """无障碍说明: the reader's accessibility features and the toolbar's keyboard shortcuts."""
        url = "accessibility/"
        context = {"shortcuts": shortcut_table(self.ui), "email": self.site.config.email}
        meta = self.base_meta(url, True)
        meta["breadcrumb"] = [{"title": self.ui.t("nav.home"), "href": self.href(url, "")}]
        title = self.ui.t("accessibility.title")
        return Page("accessibility.md", url, "accessibility.md.j2", title, context, meta)

    def search_page(self, shards: list[Shard]) -> Page:
        """搜索: the form, the filters and the results (site_src/assets/js/search.js asks the Pagefind
        index only once the reader searches); without JavaScript, the section listings."""
        url = SEARCH_URL
        lang = self.edition.lang
        here = urls.site_path(lang, url)
        bundle = urls.SEARCH_BUNDLE
        context = {
            "bundle": urls.relative(here, f"{bundle}/pagefind.js"),  # at the site's root
            # the language's other shards, merged into the first by search.js
            "shards": [
                urls.relative(here, f"{bundle}/{shard_folder(lang, k)}") for k in range(1, len(shards))
            ],
            # only this page loads anything for search
            "script": urls.relative(
                here, urls.site_path(self.edition.lang, f"{urls.ASSETS_URL}/js/search.js")
            ),
            "sections": [
                {"title": s.title.get(self.edition.lang), "href": self.href(url, urls.listing_url(s.id, 1))}
                for s in self.site.config.sections
            ],
        }
        meta = self.base_meta(url, True)
        meta["breadcrumb"] = [{"title": self.ui.t("nav.home"), "href": self.href(url, "")}]
        meta["is_search"] = True  # partials/gk-search.html leaves out its form, the Mongolian nav marks it
        return Page("search.md", url, "search.md.j2", self.ui.t("search.title"), context, meta)

    def listing_pages(self, section_id: str) -> list[Page]:
        section = self.site.config.section(section_id)
        assert section is not None  # the planner walks the configured sections
        docs = self.section_docs(section_id)
        page_count = max(1, -(-len(docs) // PAGE_SIZE))
        pages = []
        for number in range(1, page_count + 1):
            url = urls.listing_url(section_id, number)
            chunk = docs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
            src = f"{section_id}/index.md" if number == 1 else f"{section_id}/page/{number}/index.md"
            title = section.title.get(self.edition.lang)
            context = {
                "count": self.ui.t("listing.count", count=len(docs)),
                "items": [documents.link_item(self.edition, d, url) for d in chunk],
                "pagination": self.pagination(section_id, number, page_count, url),
            }
            meta = self.base_meta(url, True)
            meta["column"] = {"name": title, "type": section.kind}
            if number > 1:
                title = f"{title} · {self.ui.t('listing.page_label', page=number)}"
            pages.append(Page(src, url, "listing.md.j2", title, context, meta))
        return pages

    def pagination(self, section_id: str, number: int, count: int, url: str) -> dict[str, Any] | None:
        if count == 1:
            return None

        def link(n: int) -> str:
            return self.href(url, urls.listing_url(section_id, n))

        return {
            "previous": link(number - 1) if number > 1 else None,
            "next": link(number + 1) if number < count else None,
            "pages": [
                {
                    "number": n,
                    "href": link(n),
                    "current": n == number,
                    "label": self.ui.t("listing.current_page", page=n, pages=count)
                    if n == number
                    else self.ui.t("listing.page_label", page=n),
                }
                for n in range(1, count + 1)
            ],
        }

    # -- documents -----------------------------------------------------------------------------------
    def document_page(self, original: Original) -> Page:
        edition = self.edition
        front = original.front
        url = urls.doc_url(original.section.id, original.key)
        src = f"{original.section.id}/{original.key}.md"
        translation = edition.translation(original.key)
        shown: AnyDocument | None = original if edition.lang == "zh" else translation
        title, title_lang, _ = documents.shown(edition, original)
        body = documents.pointed_body(shown, self.site.links, src) if shown else documents.Body("")
        context: dict[str, Any] = {
            "title_lang": title_lang,
            "card": documents.card(edition, original, translation),
            "abolished": documents.abolished_notice(edition, original, url),
            "related": documents.related_links(edition, self.interpretations, original, url),
            "untranslated": None,
            "body": expand_tables(body.markdown, self.site.tables, edition.lang, edition.zh_ui.tag)
            if shown
            else "",
            "report_tables": None,
            "downloads": None,
            "attachments": documents.attachment_list(edition, original),
        }
        if front.annual_report is not None:
            # The narrative's sections 一 (and the introduction) come before the generated tables
            # 二–四, sections 五 and 六 after; declared numbers show as plain numbers.
            report = self.site.reports[front.annual_report]
            before, after = reports.split_narrative(reports.render_references(context["body"]))
            context.update(
                body=before,
                body_after=after,
                report_tables=reports.report_tables(report, self.ui),
                downloads=self.report_downloads(report.year, url),
            )
        if edition.lang == "mn" and translation is None:
            context["untranslated"] = {
                "href": edition.href(url, url, "zh"),
                "original_lang": edition.zh_ui.tag,
            }
        meta = self.base_meta(url, original.key in self.site.translations)
        section_title = original.section.title.get(edition.lang)
        meta["column"] = {"name": section_title, "type": original.kind}
        meta["article"] = {
            "title": title,
            "pubdate": front.published.isoformat(),
            "source": front.issuer or self.site.config.agency.zh,
        }
        meta["breadcrumb"] = [
            {"title": self.ui.t("nav.home"), "href": self.href(url, "")},
            {"title": section_title, "href": self.href(url, urls.listing_url(original.section.id, 1))},
        ]
        if shown is not None:  # a page showing the original in the other edition is found there, once
            meta["search"] = search_record(self.edition, original, section_title)
        return Page(src, url, "document.md.j2", title, context, meta, shown or original, body.links)


def search_record(edition: Edition, original: Original, section_title: str) -> dict[str, str]:
    """What the search index keeps about a document besides its text: the filters and the date shown
    in a result (main.html writes them as Pagefind attributes)."""
    published = original.front.published
    record = {"section": section_title, "year": str(published.year), "date": edition.ui.date(published)}
    state = documents.validity(original)
    if state:
        record["validity"] = edition.ui.t(f"search.{state}")
    return record
