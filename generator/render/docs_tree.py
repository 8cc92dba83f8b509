"""Write one language edition's MkDocs docs tree: a Markdown file per planned page."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from generator.content.models import Site
from generator.i18n.strings import UiStrings
from generator.paths import SITE_SRC
from generator.render.pages import EditionPlanner, Page
from generator.reports.export import DATA_URL, REPORTS_INDEX, dumps, index_data, to_csv, to_json_data

TEMPLATES_DIR = SITE_SRC / "page_templates"
ASSETS_DIR = SITE_SRC / "assets"
ASSETS_URL = "assets/gongkai"


def template_env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_page(env: jinja2.Environment, page: Page, ui: UiStrings) -> str:
    context = dict(page.context)
    for key in ("body", "body_after"):
        if key in context:
            context[key] = Markup(context[key])  # editors' Markdown, rendered by the engine
    content = env.get_template(page.template).render(title=page.title, ui=ui, **context)
    # The theme prints the page title where no lang can be set (header bar, <title>): a title in the
    # other language is named there by what it is — an untranslated document — and shown in the page.
    title = ui.t("translation.missing_title") if context.get("title_lang") else page.title
    front = yaml.safe_dump({"title": title, "gk": page.meta}, allow_unicode=True, sort_keys=True)
    return f"---\n{front}---\n\n{content}"


def write_docs_tree(site: Site, lang: str, docs_dir: Path) -> list[Page]:
    planner = EditionPlanner(site, lang)
    pages = planner.plan()
    env = template_env()
    for page in pages:
        target = docs_dir / page.src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_page(env, page, planner.ui), encoding="utf-8")
    shutil.copytree(ASSETS_DIR, docs_dir / ASSETS_URL, dirs_exist_ok=True)
    copy_attachments(site, docs_dir)
    if lang == "zh":  # the data downloads are language-neutral: one copy, at the site root
        write_report_data(site, docs_dir)
    return pages


def write_report_data(site: Site, docs_dir: Path) -> None:
    folder = docs_dir / DATA_URL
    folder.mkdir(parents=True, exist_ok=True)
    for year, report in site.annual_reports.items():
        (folder / f"{year}.csv").write_bytes(to_csv(report))
        (folder / f"{year}.json").write_bytes(dumps(to_json_data(report)))
    if site.annual_reports:
        (docs_dir / REPORTS_INDEX).write_bytes(dumps(index_data(site.annual_reports)))


def copy_attachments(site: Site, docs_dir: Path) -> None:
    """Each document's attachments beside its page (`notice/<key>/申报表.docx`), in every edition."""
    for original in site.originals.values():
        for file in site.links.files.get(original.key, []):
            target = docs_dir / original.section.id / original.key / file.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file.source, target)
