"""The planned site: what the engine gets. Engine-neutral: pages as Markdown with the values the theme
templates show, files to publish as they are, the navigation, and each edition's shared settings.
Nothing here knows which engine builds it (engine/__init__.py describes the contract)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator.content.config import LANGS, Lang
from generator.i18n.strings import UiStrings
from generator.render import urls
from generator.render.accessibility import aria_keyshortcuts
from generator.render.edition import Edition
from generator.render.pages import SEARCH_URL, EditionPlanner, Page
from generator.render.search_shards import Shard
from generator.render.sitemap import sitemap_xml
from generator.render.templates import render_template
from generator.reports.export import DATA_URL, REPORTS_INDEX, dumps, index_data, to_csv, to_json_data
from generator.resources import ASSETS_DIR
from generator.site import Site


@dataclass(frozen=True)
class StaticFile:
    """A file published as it is, at `path` inside its edition: copied from `source`, or `data`."""

    path: str
    source: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class PlannedEdition:
    lang: Lang
    root: str  # where the edition lives inside the site: "" or "mn/"
    ui: UiStrings
    pages: list[Page]
    search_shards: list[Shard]  # the indexed documents, as the search index's shards
    files: list[StaticFile]
    nav: list[tuple[str, str]]  # (title, page src): the sections, in site.yml order
    site_name: str
    site_url: str
    shared: dict[str, Any]  # what the frame of every page shows (site identity, toolbar, language switch)
    stylesheets: list[str]
    scripts: list[str]
    build_epoch: int  # the content's newest date: the build's timestamp, so output is repeatable

    def markdown(self, page: Page) -> str:
        """The page's content as Markdown (with HTML blocks) for the engine to convert."""
        context = dict(page.context)
        for key in ("body", "body_after"):
            if key in context:
                context[key] = Markup(context[key])  # editors' Markdown, rendered by the engine
        return render_template(page.template, title=page.title, ui=self.ui, **context)

    def head_title(self, page: Page) -> str:
        """The title where no lang can be set (header bar, <title>): a title in the other language is
        named there by what it is, an untranslated document, and shown in full in the page."""
        return self.ui.t("translation.missing_title") if page.context.get("title_lang") else page.title


@dataclass(frozen=True)
class SitePlan:
    content_dir: Path  # where the pages' sources are
    editions: list[PlannedEdition]
    sitemap: str  # sitemap.xml for both editions


def plan_site(site: Site) -> SitePlan:
    epoch = content_epoch(site)
    editions = [plan_edition(site, lang, epoch) for lang in LANGS]
    tags = {edition.lang: edition.ui.tag for edition in editions}
    newest = dt.datetime.fromtimestamp(epoch, dt.UTC).date().isoformat()
    pages = {edition.lang: edition.pages for edition in editions}
    return SitePlan(site.root, editions, sitemap_xml(site.config.domain, pages, tags, newest))


def plan_edition(site: Site, lang: Lang, epoch: int) -> PlannedEdition:
    edition = Edition(site, lang)
    ui, other_ui = edition.ui, edition.other_ui
    config = site.config
    root = urls.LANG_ROOTS[lang]
    vertical = lang == "mn"  # traditional Mongolian: vertical text, columns left to right
    nav = [(ui.t("nav.home"), "index.md")]
    nav += [(s.title.get(lang), f"{s.id}/index.md") for s in config.sections]
    shared = {
        "t": ui.strings,
        "home": "/" + root,
        "vertical": vertical,
        "shortcuts": aria_keyshortcuts(),  # the 无障碍 toolbar's keys (partials/gk-toolbar.html)
        "search_page": SEARCH_URL,  # partials/gk-search.html and the Mongolian section navigation
        "other": {
            "home": "/" + urls.LANG_ROOTS[edition.other_lang],
            "lang": other_ui.tag,
            "name": other_ui.t("language_name"),
        },
        "site": {
            "name": config.site_name.get(lang),
            "domain": config.domain,
            "id_code": config.site_id_code,
            "agency": config.agency.get(lang),
            "address": config.address.get(lang),
            "phone": config.phone,
            "email": config.email,
            "icp": config.icp,
            "public_security": config.public_security,
            "public_security_code": config.public_security_code,
            "example_data": config.example_data,
        },
    }
    assets = urls.ASSETS_URL
    pages, shards = EditionPlanner(edition).plan()
    return PlannedEdition(
        lang=lang,
        root=root,
        ui=ui,
        pages=pages,
        search_shards=shards,
        files=static_files(site, lang),
        nav=nav,
        site_name=config.site_name.get(lang),
        site_url=urls.absolute(config.domain, root),
        shared=shared,
        stylesheets=[
            f"{assets}/css/gongkai.css",
            f"{assets}/css/themes.css",  # reader themes and the toolbar: before the language's layout
            *([f"{assets}/css/mongolian.css"] if vertical else []),
            *([urls.MONGOLIAN_FONT_STYLESHEET] if lang == "mn" else []),
        ],
        scripts=[f"{assets}/js/toolbar.js", *([f"{assets}/js/vertical-scroll.js"] if vertical else [])],
        build_epoch=epoch,
    )


def static_files(site: Site, lang: Lang) -> list[StaticFile]:
    """The theme layer's assets, each document's attachments beside its page (in every edition), and
    the annual-report downloads (language-neutral: one copy, at the site root)."""
    files = [
        StaticFile(f"{urls.ASSETS_URL}/{path.relative_to(ASSETS_DIR).as_posix()}", source=path)
        for path in sorted(ASSETS_DIR.rglob("*"))
        if path.is_file()
    ]
    for original in site.originals.values():
        for file in original.published_files:
            files.append(StaticFile(f"{original.section.id}/{original.key}/{file.name}", source=file.source))
    if lang == "zh" and site.reports:
        for year, report in site.reports.items():
            files.append(StaticFile(f"{DATA_URL}/{year}.csv", data=to_csv(report)))
            files.append(StaticFile(f"{DATA_URL}/{year}.json", data=dumps(to_json_data(report))))
        files.append(StaticFile(REPORTS_INDEX, data=dumps(index_data(site.reports))))
    return files


def content_epoch(site: Site) -> int:
    """The newest date in the content: the build's timestamp, so the same input gives the same output."""
    newest = dt.date(2000, 1, 1)
    for doc in site.originals.values():
        front = doc.front
        for value in (front.published, front.updated, front.abolished_on):
            if value and value > newest:
                newest = value
    return calendar.timegm(newest.timetuple())
