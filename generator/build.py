"""The pipeline, in the order the stages depend on each other: load the site -> check it -> plan the
pages -> the engine builds both editions -> publish (Mongolian webfont, search index, external-request
guard, atomic swap into place). Nothing is published unless every stage succeeded."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator import engine
from generator.checks import check_locales, check_site
from generator.findings import ContentError, Finding, errors, sort_findings
from generator.publish import external, search
from generator.publish.atomic import staged_output
from generator.publish.fonts import MongolianFont, find_source, write_mongolian_font
from generator.render.plan import SitePlan, plan_site
from generator.render.urls import LANG_ROOTS
from generator.resources import LOCALES_DIR
from generator.site import Site, load_site


@dataclass
class BuildResult:
    out_dir: Path
    findings: list[Finding]  # warnings only: a build with errors raises ContentError
    pages: dict[str, int]
    mongolian_font: MongolianFont


def check_content(content_dir: Path, locales_dir: Path = LOCALES_DIR) -> tuple[Site | None, list[Finding]]:
    """Load and check everything. The site is None when any error was found."""
    site, locales, findings = load_site(content_dir, locales_dir)
    findings += check_site(site) if site is not None else check_locales(locales)
    findings = sort_findings(findings)
    return (None if errors(findings) else site), findings


def indexed_editions(plan: SitePlan) -> list[search.IndexedEdition]:
    """What each language's search index is made from: its documents, in the planned shards."""
    return [search.IndexedEdition(edition.lang, tuple(edition.search_shards)) for edition in plan.editions]


def project_cache(content_dir: Path) -> Path:
    """The page cache of the project whose content this is: `.gongkai-cache/` beside `content/`."""
    return content_dir.resolve().parent / engine.CACHE_DIR_NAME


def build_site(
    content_dir: Path,
    out_dir: Path,
    locales_dir: Path = LOCALES_DIR,
    engine_name: str | None = None,
    cache: Path | None = None,
) -> BuildResult:
    """Build the site into `out_dir`; with `cache`, only pages whose inputs changed are rendered."""
    site, findings = check_content(content_dir, locales_dir)
    if site is None:
        raise ContentError(errors(findings))
    # Before the slow part: a machine without the font fails at once.
    font_source = find_source(project=content_dir.resolve().parent)
    plan = plan_site(site)
    with staged_output(out_dir) as stage:
        try:
            built = engine.build(plan, stage, engine_name, cache)
        except engine.EngineFailure as failure:
            raise ContentError(failure.findings) from failure
        # Pagefind works in processes of its own: the font is subset meanwhile.
        with ThreadPoolExecutor(1) as beside:
            subsetting = beside.submit(write_mongolian_font, font_source, stage / LANG_ROOTS["mn"])
            search.index_site(stage, indexed_editions(plan), cache / "search" if cache else None)
            font = subsetting.result()
        # A page from the cache passed this guard when it was kept: only the others are read.
        resources = external.external_resources(stage, skip=built.from_cache)
        if resources:
            raise ContentError(external.located(resources, plan))
        built.keep()
    pages: dict[str, int] = {edition.lang: len(edition.pages) for edition in plan.editions}
    return BuildResult(out_dir, findings, pages, font)
