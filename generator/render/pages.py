"""Decide every page of one language edition: what it is, where it lives, what it shows.

Templates only lay out what is computed here (STYLE.md: compute in Python, pass plain values in).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from generator.content.attachments import format_size
from generator.content.links import point_links
from generator.content.models import Document, OriginalFrontMatter, Site
from generator.i18n.strings import UiStrings
from generator.render import urls
from generator.render.accessibility import shortcut_table
from generator.render.charts import grouped_bars
from generator.render.report_tables import report_tables
from generator.reports.export import DATA_URL, REPORTS_INDEX
from generator.reports.references import render_references, split_narrative
from generator.tables.render import expand_tables

PAGE_SIZE = 20
COMPARISON_KEY = "comparison"  # the across-years page inside the report section
HOME_LATEST = 5


@dataclass
class Page:
    """One Markdown file of the docs tree handed to the engine."""

    src: str  # path inside the docs tree, e.g. "policy/x.md"
    url: str  # address inside the language edition, e.g. "policy/x/"
    template: str
    title: str
    context: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)  # what the theme templates read (page.meta.gk)
    source: Path | None = None  # the editor's file this page shows, for locating engine complaints


@dataclass
class LinkItem:
    title: str
    href: str
    lang: str | None = None  # set when the text is in another language than the page
    date: str = ""
    iso_date: str = ""  # the same date as YYYY-MM-DD, for <time datetime>
    summary: str = ""
    abolished: bool = False


def sorted_newest_first(docs: list[Document]) -> list[Document]:
    def key(doc: Document) -> tuple[int, str]:
        front = doc.front
        assert isinstance(front, OriginalFrontMatter)
        return (-front.published.toordinal(), doc.key)

    return sorted(docs, key=key)


class EditionPlanner:
    """Plans the pages of one language edition of a site."""

    def __init__(self, site: Site, lang: str):
        self.site = site
        self.lang = lang
        self.ui = UiStrings(lang, site.locales[lang])
        self.other_lang = "mn" if lang == "zh" else "zh"
        self.other_ui = UiStrings(self.other_lang, site.locales[self.other_lang])
        self.zh_ui = UiStrings("zh", site.locales["zh"])
        self.interpretation_links, self.policy_links = interpretation_index(site.originals)

    # -- helpers -------------------------------------------------------------------------------------
    def href(self, from_url: str, to_url: str, to_lang: str | None = None) -> str:
        return urls.relative(
            urls.site_path(self.lang, from_url), urls.site_path(to_lang or self.lang, to_url)
        )

    def translated(self, key: str) -> Document | None:
        return self.site.translations.get(key)

    def shown(self, original: Document) -> tuple[str, str | None, str]:
        """Title, its lang when it differs from the page's, and summary for this edition."""
        if self.lang == "zh":
            return original.front.title, None, original.front.summary or ""
        translation = self.translated(original.key)
        if translation is None:
            return original.front.title, self.zh_ui.tag, ""
        return translation.front.title, None, translation.front.summary or ""

    def link_item(self, original: Document, from_url: str) -> LinkItem:
        front = original.front
        assert isinstance(front, OriginalFrontMatter)
        title, lang, summary = self.shown(original)
        return LinkItem(
            title=title,
            href=self.href(from_url, urls.doc_url(original.section.id, original.key)),
            lang=lang,
            date=self.ui.date(front.published),
            iso_date=front.published.isoformat(),
            summary=summary,
            abolished=front.validity == "abolished",
        )

    def base_meta(self, url: str, has_counterpart: bool) -> dict[str, Any]:
        """Language switch and hreflang alternates; alternates only where a real translation exists.

        Alternates are relative on purpose: mkdocs-material's script fetches `sitemap.xml` beside every
        `link[rel=alternate]`, and an absolute address would make the reader's browser contact the
        production domain from any preview or mirror.
        """
        here, there = urls.site_path(self.lang, url), urls.site_path(self.other_lang, url)
        meta: dict[str, Any] = {
            "lang": self.lang,
            "counterpart": {
                "href": urls.relative(here, there),
                "lang": self.other_ui.tag,
                "name": self.other_ui.t("language_name"),
                "label": self.ui.t("nav.switch_language"),
            },
            "alternates": [],
        }
        if has_counterpart:
            meta["alternates"] = [
                {"lang": self.ui.tag, "href": "./"},
                {"lang": self.other_ui.tag, "href": urls.relative(here, there)},
            ]
        return meta

    # -- pages ---------------------------------------------------------------------------------------
    def plan(self) -> list[Page]:
        pages = [self.home_page(), self.sitemap_page(), self.accessibility_page()]
        for section in self.site.config.sections:
            pages += self.listing_pages(section.id)
        for original in self.site.originals.values():
            pages.append(self.document_page(original))
        comparison = self.comparison_page()
        if comparison is not None:
            pages.append(comparison)
        return pages

    # -- annual reports ------------------------------------------------------------------------------
    def report_section_id(self) -> str | None:
        return next((s.id for s in self.site.config.sections if s.kind == "report"), None)

    def comparison_url(self) -> str | None:
        """Only when two or more years of data exist is there anything to compare."""
        section_id = self.report_section_id()
        if section_id is None or len(self.site.annual_reports) < 2:
            return None
        return f"{section_id}/{COMPARISON_KEY}/"

    def report_downloads(self, year: int, url: str) -> dict[str, Any]:
        comparison = self.comparison_url()

        def data(name: str) -> str:
            return urls.relative(urls.site_path(self.lang, url), name)

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
        t = self.ui.section("report.comparison")
        reports = [self.site.annual_reports[y] for y in sorted(self.site.annual_reports)]
        series_keys = (
            ("new", "r1"),
            ("handled", "r3_7"),
            ("disclosed", "r3_1"),
            ("partly", "r3_2"),
            ("unavailable", "r3_4"),
            ("carried", "r4"),
        )
        series = [(t[name], [r.application_total(row, "T") for r in reports]) for name, row in series_keys]
        years = [str(r.year) for r in reports]
        chart = grouped_bars(years, series)
        context = {
            "chart": chart,
            "chart_label": t["chart_label"].format(first=years[0], last=years[-1]),
            "year_label": t["year"],
            "years": years,
            "series": series,
        }
        meta = self.base_meta(url, True)
        section_id = url.split("/")[0]
        meta["breadcrumb"] = [
            {"title": self.ui.t("nav.home"), "href": self.href(url, "")},
            {
                "title": self.site.config.section(section_id).title.get(self.lang),  # type: ignore[union-attr]
                "href": self.href(url, urls.listing_url(section_id, 1)),
            },
        ]
        return Page(f"{section_id}/{COMPARISON_KEY}.md", url, "comparison.md.j2", t["title"], context, meta)

    def section_docs(self, section_id: str) -> list[Document]:
        return sorted_newest_first([d for d in self.site.originals.values() if d.section.id == section_id])

    def home_page(self) -> Page:
        url = ""
        blocks = []
        for section in self.site.config.sections:
            docs = self.section_docs(section.id)
            blocks.append(
                {
                    "title": section.title.get(self.lang),
                    "href": self.href(url, urls.listing_url(section.id, 1)),
                    "count": self.ui.t("listing.count", count=len(docs)),
                    "items": [self.link_item(d, url) for d in docs[:HOME_LATEST]],
                }
            )
        title = self.site.config.site_name.get(self.lang)
        meta = self.base_meta(url, True)
        return Page("index.md", url, "home.md.j2", title, {"sections": blocks}, meta)

    def sitemap_page(self) -> Page:
        url = "sitemap/"
        blocks = []
        for section in self.site.config.sections:
            blocks.append(
                {
                    "title": section.title.get(self.lang),
                    "href": self.href(url, urls.listing_url(section.id, 1)),
                    "items": [self.link_item(d, url) for d in self.section_docs(section.id)],
                }
            )
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

    def listing_pages(self, section_id: str) -> list[Page]:
        section = self.site.config.section(section_id)
        assert section is not None
        docs = self.section_docs(section_id)
        page_count = max(1, -(-len(docs) // PAGE_SIZE))
        pages = []
        for number in range(1, page_count + 1):
            url = urls.listing_url(section_id, number)
            chunk = docs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
            src = f"{section_id}/index.md" if number == 1 else f"{section_id}/page/{number}/index.md"
            title = section.title.get(self.lang)
            context = {
                "count": self.ui.t("listing.count", count=len(docs)),
                "items": [self.link_item(d, url) for d in chunk],
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

    def document_page(self, original: Document) -> Page:
        front = original.front
        assert isinstance(front, OriginalFrontMatter)
        url = urls.doc_url(original.section.id, original.key)
        translation = self.translated(original.key) if self.lang == "mn" else None
        shown = original if self.lang == "zh" else translation
        title, title_lang, _ = self.shown(original)
        context: dict[str, Any] = {
            "title_lang": title_lang,
            "card": self.card(original, translation),
            "abolished": self.abolished_notice(original, url),
            "related": self.related_links(original, url),
            "untranslated": None,
            "body": self.body_with_tables(shown, f"{original.section.id}/{original.key}.md"),
            "report_tables": None,
            "downloads": None,
            "attachments": self.attachments(original),
        }
        if front.annual_report is not None:
            # The narrative's sections 一 (and the introduction) come before the generated tables
            # 二–四, sections 五 and 六 after; declared numbers show as plain numbers.
            report = self.site.annual_reports[front.annual_report]
            before, after = split_narrative(render_references(context["body"]))
            context.update(
                body=before,
                body_after=after,
                report_tables=report_tables(report, self.ui),
                downloads=self.report_downloads(report.year, url),
            )
        if self.lang == "mn" and translation is None:
            context["untranslated"] = {
                "href": self.href(url, url, "zh"),
                "original_lang": self.zh_ui.tag,
            }
        meta = self.base_meta(
            url, (self.lang == "zh" and self.translated(original.key) is not None) or translation is not None
        )
        section_title = original.section.title.get(self.lang)
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
        shown_source = (shown or original).source
        src = f"{original.section.id}/{original.key}.md"
        return Page(src, url, "document.md.j2", title, context, meta, shown_source)

    def attachments(self, original: Document) -> list[dict[str, Any]]:
        """The attachment list: each file sits beside the page, so its address is its own name."""
        files = self.site.links.files.get(original.key, [])
        return [
            {
                "href": quote(file.name),
                "title": file.title,
                "title_lang": self.zh_ui.tag if self.lang != "zh" else None,
                "meta": self.ui.t("attachments.meta", format=file.format, size=format_size(file.size)),
            }
            for file in files
        ]

    def body_with_tables(self, shown: Document | None, page_src: str) -> str:
        """The body as the engine gets it: links to other documents point at their pages, and each
        `{{ table: name }}` line becomes the table's HTML."""
        if shown is None:
            return ""
        body = point_links(shown.body, shown, self.site.links, page_src)
        return expand_tables(body, self.site.tables, self.lang, self.zh_ui.tag)

    def card(self, original: Document, translation: Document | None) -> list[dict[str, Any]]:
        """The disclosure information card: label, value, and the value's lang when it differs."""
        front = original.front
        assert isinstance(front, OriginalFrontMatter)
        other = self.zh_ui.tag if self.lang != "zh" else None

        def text(field: str) -> tuple[str | None, str | None]:
            own = getattr(translation.front, field, None) if translation is not None else None
            if own:
                return own, None
            value = getattr(front, field)
            return value, (other if value else None)

        def day(value: dt.date | None) -> str | None:
            return self.ui.date(value) if value else None

        issuer, issuer_lang = text("issuer")
        topic, topic_lang = text("topic")
        validity = None
        if original.kind == "policy":
            validity = self.ui.t("card.abolished" if front.validity == "abolished" else "card.valid")
        rows = [
            ("index_no", front.index_no, other and None),
            ("issuer", issuer, issuer_lang),
            ("doc_no", front.doc_no, other),
            ("written", day(front.written), None),
            ("published", day(front.published), None),
            ("topic", topic, topic_lang),
            ("validity", validity, None),
            # 最后更新 is on every document page: a document never changed since publication was last
            # updated when it was published.
            ("updated", day(front.updated or front.published), None),
        ]
        return [
            {"key": key, "label": self.ui.t(f"card.{key}"), "value": value, "lang": lang}
            for key, value, lang in rows
            if value
        ]

    def abolished_notice(self, original: Document, url: str) -> dict[str, Any] | None:
        front = original.front
        assert isinstance(front, OriginalFrontMatter)
        if front.validity != "abolished" or front.abolished_on is None:
            return None
        replacement = None
        if front.replaced_by:
            replacement = self.link_item(self.site.originals[front.replaced_by], url)
        return {"date": self.ui.date(front.abolished_on), "replacement": replacement}

    def related_links(self, original: Document, url: str) -> dict[str, list[LinkItem]]:
        """Policy <-> interpretation links, in both directions whichever side declared them."""
        by_key = self.site.originals

        def items(keys: set[str]) -> list[LinkItem]:
            return [self.link_item(d, url) for d in sorted_newest_first([by_key[k] for k in keys])]

        return {
            "interpretations": items(self.interpretation_links.get(original.key, set())),
            "policies": items(self.policy_links.get(original.key, set())),
        }


def interpretation_index(originals: dict[str, Document]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """policy key -> its interpretations, and interpretation key -> its policies, from either side."""
    interpretations: dict[str, set[str]] = {}
    policies: dict[str, set[str]] = {}
    for doc in originals.values():
        front = doc.front
        assert isinstance(front, OriginalFrontMatter)
        pairs = [(front.interprets, doc.key)] if front.interprets else []
        pairs += [(doc.key, other) for other in front.interpreted_by or []]
        for policy, interpretation in pairs:
            interpretations.setdefault(policy, set()).add(interpretation)
            policies.setdefault(interpretation, set()).add(policy)
    return interpretations, policies
