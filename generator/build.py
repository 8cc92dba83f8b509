"""The whole pipeline: load -> validate -> render docs trees -> engine build per language -> publish."""

from __future__ import annotations

import calendar
import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.checks import load_and_check
from generator.content.models import LANGS, OriginalFrontMatter, Site
from generator.engine.mkdocs_engine import EngineEdition, EngineError, build_edition
from generator.findings import ContentError, Finding, errors
from generator.i18n.strings import UiStrings
from generator.locate import SourceMap
from generator.paths import LOCALES_DIR
from generator.publish.atomic import staged_output
from generator.publish.external import external_resources
from generator.publish.fonts import STYLESHEET_URL, MongolianFont, find_source, write_mongolian_font
from generator.publish.sitemap import sitemap_xml, write_sitemap
from generator.render import urls
from generator.render.accessibility import aria_keyshortcuts
from generator.render.docs_tree import ASSETS_URL, write_docs_tree


@dataclass
class BuildResult:
    out_dir: Path
    findings: list[Finding]  # warnings only: a build with errors raises ContentError
    pages: dict[str, int]
    mongolian_font: MongolianFont


def check_content(content_dir: Path, locales_dir: Path = LOCALES_DIR) -> tuple[Site | None, list[Finding]]:
    return load_and_check(content_dir, locales_dir)


def build_site(content_dir: Path, out_dir: Path, locales_dir: Path = LOCALES_DIR) -> BuildResult:
    site, findings = load_and_check(content_dir, locales_dir)
    if site is None:
        raise ContentError(errors(findings))
    font_source = find_source()  # before the slow part: a machine without the font fails at once
    sources = SourceMap(content_dir)
    pages: dict[str, int] = {}
    planned_by_lang = {}
    with staged_output(out_dir) as stage, tempfile.TemporaryDirectory(prefix="gongkai-") as work_root:
        for lang in LANGS:
            edition = _edition(site, lang, Path(work_root) / lang)
            planned = write_docs_tree(site, lang, edition.docs_dir)
            sources.add(lang, planned)
            planned_by_lang[lang] = planned
            pages[lang] = len(planned)
            try:
                build_edition(edition)
            except EngineError as exc:
                raise ContentError([sources.engine_problem(lang, p) for p in exc.problems]) from exc
            shutil.copytree(edition.site_dir, stage / urls.LANG_ROOTS[lang], dirs_exist_ok=True)
        font = write_mongolian_font(font_source, stage / urls.LANG_ROOTS["mn"])
        tags = {lang: site.locales[lang]["lang_tag"] for lang in LANGS}
        newest = dt.datetime.fromtimestamp(_content_epoch(site), dt.UTC).date().isoformat()
        write_sitemap(stage, sitemap_xml(site.config.domain, planned_by_lang, tags, newest))
        external = external_resources(stage)
        if external:
            raise ContentError([sources.external_resource(resource) for resource in external])
    return BuildResult(out_dir, findings, pages, font)


def _edition(site: Site, lang: str, work: Path) -> EngineEdition:
    ui = UiStrings(lang, site.locales[lang])
    other = "mn" if lang == "zh" else "zh"
    other_ui = UiStrings(other, site.locales[other])
    config = site.config
    home = "/" + urls.LANG_ROOTS[lang]
    vertical = lang == "mn"  # traditional Mongolian: vertical text, columns left to right
    nav = [(ui.t("nav.home"), "index.md")]
    nav += [(s.title.get(lang), f"{s.id}/index.md") for s in config.sections]
    extra = {
        "alternate": True,  # makes the theme include our language switch (partials/alternate.html)
        "gk": {
            "t": ui.strings,
            "home": home,
            "vertical": vertical,
            "shortcuts": aria_keyshortcuts(),  # the 无障碍 toolbar's keys (partials/gk-toolbar.html)
            "other": {
                "home": "/" + urls.LANG_ROOTS[other],
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
        },
    }
    return EngineEdition(
        docs_dir=work / "docs",
        site_dir=work / "site",
        work_dir=work,
        site_name=config.site_name.get(lang),
        site_url=urls.absolute(config.domain, urls.LANG_ROOTS[lang]),
        nav=nav,
        theme_strings={**ui.section("theme"), "language": ui.tag},
        extra=extra,
        extra_css=[
            f"{ASSETS_URL}/css/gongkai.css",
            f"{ASSETS_URL}/css/themes.css",  # reader themes and the toolbar: before the language's layout
            *([f"{ASSETS_URL}/css/mongolian.css"] if vertical else []),
            *([STYLESHEET_URL] if lang == "mn" else []),  # the webfont: publish/fonts.py writes it later
        ],
        extra_javascript=[
            f"{ASSETS_URL}/js/toolbar.js",
            *([f"{ASSETS_URL}/js/vertical-scroll.js"] if vertical else []),
        ],
        build_date_epoch=_content_epoch(site),
    )


def _content_epoch(site: Site) -> int:
    """The newest date in the content: the build's timestamp, so the same input gives the same output."""
    newest = dt.date(2000, 1, 1)
    for doc in site.originals.values():
        front = doc.front
        assert isinstance(front, OriginalFrontMatter)
        for value in (front.published, front.updated, front.abolished_on):
            if value and value > newest:
                newest = value
    return calendar.timegm(newest.timetuple())
