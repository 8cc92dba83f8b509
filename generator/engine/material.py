"""The adapter for MkDocs (or ProperDocs) with the mkdocs-material theme.

For each planned edition it hands the engine every page from memory (a small plugin adds them as
generated files: front matter holding `title` and the `gk` values our theme overrides read, then the
Markdown; no docs tree is written), assembles the configuration from the base mkdocs.yml, builds, and
copies the result into its place in the site. With a page cache (cache.py), pages whose inputs are
unchanged are given to the engine as excluded files, known for their address only, and their HTML is
taken from the cache. An edition is rendered in runs of at most ENGINE_PAGES pages, the rest of it
known to each run by address (MkDocs holds every page it renders in memory, so an archive in one run
would need gigabytes); the runs go side by side in two forked processes (MkDocs renders on one core),
and the problems of all are reported. Links to a heading of a page that another run rendered, or that
came from the cache, are checked after the runs (_anchor_problems). MkDocs reports broken links and template problems as log
warnings: every warning fails the build, located by engine/problems.py.
The site has one sitemap, the plan's, with both editions and their hreflang alternates: the engine's
own per-edition sitemaps are not published."""

from __future__ import annotations

import contextlib
import gc
import gzip
import importlib.metadata
import json
import logging
import multiprocessing
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.engine.cache import Built, PageCache, Rendered, digest, tree_digest
from generator.engine.problems import EngineFailure, located
from generator.render.pages import Page
from generator.render.plan import PlannedEdition, SitePlan
from generator.resources import BASE_MKDOCS_YML, THEME_OVERRIDES

THEME_LANGUAGE = "gongkai"  # our own partials/languages/gongkai.html, generated per edition
THEME_STRINGS = "theme."  # UI strings under theme.* are mkdocs-material's own keys (action.skip, search.*)


@dataclass(frozen=True)
class _Api:
    """The few entry points the adapter uses, from whichever engine was chosen."""

    build: Callable[..., None]
    load_config: Callable[..., Any]
    error: type[Exception]
    loggers: tuple[str, ...]


_chosen: list[str] = []  # the engine this process loaded: ProperDocs cannot be unloaded again


def _api(engine: str) -> _Api:
    if _chosen and _chosen[0] != engine:
        raise RuntimeError(f"this process already built with {_chosen[0]}; start a new one for {engine}")
    _chosen[:] = [engine]
    if engine == "properdocs":
        import properdocs.replacement  # noqa: F401  mkdocs-material's `import mkdocs…` now loads ProperDocs
        from properdocs.commands.build import build as properdocs_build
        from properdocs.config import load_config as properdocs_config
        from properdocs.exceptions import ProperDocsException

        # ProperDocs logs as "properdocs"; mkdocs-material keeps its own "mkdocs.…" logger names.
        return _Api(properdocs_build, properdocs_config, ProperDocsException, ("properdocs", "mkdocs"))
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_config
    from mkdocs.exceptions import MkDocsException

    return _Api(mkdocs_build, mkdocs_config, MkDocsException, ("mkdocs",))


ENGINE_PAGES = 2000  # pages one engine run renders: MkDocs holds every page it renders in memory


@dataclass
class _Run:
    """One engine run: a part of an edition's pages rendered into `site`, the others known by address."""

    site: Path
    problems: list[str]
    fresh: dict[str, Rendered]  # rendered by this run
    cached: dict[str, Rendered]  # this run's pages whose HTML comes from the cache
    keys: dict[str, str]  # the cache key of each of this run's pages


def build_site(plan: SitePlan, out: Path, engine: str, cache_root: Path | None = None) -> Built:
    _api(engine)  # chosen (and imported) here, so the worker processes inherit the choice
    with tempfile.TemporaryDirectory(prefix="gongkai-") as work_root:
        jobs = [
            (index, part)
            for index, edition in enumerate(plan.editions)
            for part in range(max(1, -(-len(edition.pages) // ENGINE_PAGES)))
        ]
        runs = _in_parallel(plan, Path(work_root), engine, cache_root, jobs)
        by_edition: list[list[_Run]] = [[] for _ in plan.editions]
        for (index, _), run in zip(jobs, runs, strict=True):
            by_edition[index].append(run)
        findings = [
            located(problem, edition.pages, edition.lang, plan.content_dir)
            for edition, edition_runs in zip(plan.editions, by_edition, strict=True)
            for problem in (
                [p for run in edition_runs for p in run.problems] or _anchor_problems(edition_runs)
            )
        ]
        if findings:
            raise EngineFailure(findings)
        editions = list(zip(plan.editions, by_edition, strict=True))
        from_cache: set[str] = set()
        for edition, edition_runs in editions:
            from_cache |= _publish(edition, edition_runs, out, cache_root)
    _write_sitemap(out, plan.sitemap)
    return Built(frozenset(from_cache), lambda: _keep(editions, out, cache_root))


def _publish(edition: PlannedEdition, runs: list[_Run], out: Path, cache_root: Path | None) -> set[str]:
    """Each run's pages into the edition's place in `out`, cached pages straight from the cache.
    Returns the files that came from the cache, as paths inside the site."""
    for run in runs:
        shutil.copytree(run.site, out / edition.root, dirs_exist_ok=True)
    if cache_root is None:
        return set()
    cache = PageCache(cache_root, edition.lang)
    for run in runs:
        for src, page in run.cached.items():
            cache.copy_html(run.keys[src], out / edition.root / page.dest)
    return {edition.root + page.dest for run in runs for page in run.cached.values()}


def _keep(editions: list[tuple[PlannedEdition, list[_Run]]], out: Path, cache_root: Path | None) -> None:
    """Store the freshly rendered pages (read back from `out`), and keep only this build's pages."""
    if cache_root is None:
        return
    for edition, runs in editions:
        cache = PageCache(cache_root, edition.lang)
        for run in runs:
            for src, page in run.fresh.items():
                cache.put(run.keys[src], page, out / edition.root / page.dest)
        cache.keep_only(key for run in runs for key in run.keys.values())


# set before forking, read by the workers
_plan_for_workers: list[tuple[SitePlan, Path, str, Path | None]] = []


def _in_parallel(
    plan: SitePlan, work_root: Path, engine: str, cache_root: Path | None, jobs: list[tuple[int, int]]
) -> list[_Run]:
    """The engine runs side by side, two processes (MkDocs renders on one core), each taking the
    next run when one ends. The workers are forked, so they share the plan instead of copying it."""
    job = (plan, work_root, engine, cache_root)
    if len(jobs) < 2 or (os.cpu_count() or 1) < 2:
        return [_build_part(*job, *part) for part in jobs]
    _plan_for_workers[:] = [job]
    # The collector of a forked worker would write to every object it inherited, and copy-on-write
    # would then copy the whole plan into each worker: what exists now is left out of collection.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(2, mp_context=context) as pool:
            return list(pool.map(_worker, jobs))
    finally:
        gc.unfreeze()
        _plan_for_workers.clear()


def _worker(part: tuple[int, int]) -> _Run:
    return _build_part(*_plan_for_workers[0], *part)


def _build_part(
    plan: SitePlan, work_root: Path, engine: str, cache_root: Path | None, index: int, part: int
) -> _Run:
    """Pages [part * ENGINE_PAGES, ...) of edition `index`, the others of the edition known to the
    engine by their address only (so links to them resolve). Pages whose inputs are unchanged since a
    build that used `cache_root` are not rendered: their HTML comes from there (_publish)."""
    edition = plan.editions[index]
    own = edition.pages[part * ENGINE_PAGES : (part + 1) * ENGINE_PAGES]
    work = work_root / f"{edition.lang}-{part}"
    api = _api(engine)
    settings = _settings(edition, work)
    # The overrides by their content (they are copied to a new temporary folder each build).
    theme = {key: value for key, value in settings["theme"].items() if key != "custom_dir"}
    shared = digest(
        _engine_versions(engine),
        json.dumps({**settings, "theme": theme}, sort_keys=True),
        BASE_MKDOCS_YML.read_bytes(),
        tree_digest(work / "theme"),
    )
    sources = {page.src: _page_source(edition, page) for page in own}
    keys = {src: digest(shared, src, text) for src, text in sources.items()}
    cache = PageCache(cache_root, edition.lang) if cache_root is not None else None
    cached: dict[str, Rendered] = {}
    if cache is not None:
        cached = {src: entry for src, key in keys.items() if (entry := cache.get(key)) is not None}
    others = [page.src for page in edition.pages if page.src not in sources]
    problems, fresh = _build_edition(api, edition, work, settings, sources, cached, others, part == 0)
    return _Run(work / "site", problems, fresh, cached, keys)


def _page_source(edition: PlannedEdition, page: Page) -> str:
    """The page as the engine reads it: front matter (its title and theme values), then Markdown."""
    header = front_matter({"title": edition.head_title(page), "gk": page.meta})
    return f"---\n{header}\n---\n\n{edition.markdown(page)}"


def _engine_versions(engine: str) -> str:
    """Everything installed that turns a page into HTML (a new release may render it differently)."""
    names = (engine, "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "markupsafe")
    return json.dumps({name: importlib.metadata.version(name) for name in names}, sort_keys=True)


def _anchor_problems(runs: list[_Run]) -> list[str]:
    """Links to a heading of another page where no engine run rendered both pages: one came from the
    cache, or they were rendered by different runs. Said in the engine's own words, so problems.py
    locates them the same way."""
    pages = {src: page for run in runs for part in (run.cached, run.fresh) for src, page in part.items()}
    rendered_by = {src: number for number, run in enumerate(runs) for src in run.fresh}
    problems = []
    for src, page in sorted(pages.items()):
        for target, anchor, link in page.anchor_links:
            other = pages.get(target)
            if other is None or rendered_by.get(src, -1) == rendered_by.get(target, -2):
                continue  # not a page (an attachment), or the engine checked it itself
            if anchor not in other.anchors:
                problems.append(
                    f"Doc file '{src}' contains a link '{link}', "
                    f"but the doc '{target}' does not contain an anchor '#{anchor}'."
                )
    return problems


# Characters JSON leaves as they are but YAML folds (line separators, NEL) or refuses (C1 controls, BOM).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def front_matter(values: dict[str, Any]) -> str:
    """A page's front matter as one line of JSON, which the engine reads as YAML: json.dumps is ~30x
    faster than yaml.safe_dump on an archive, and a value can never end the block early."""
    text = json.dumps(values, ensure_ascii=False, sort_keys=True)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _settings(edition: PlannedEdition, work: Path) -> dict[str, Any]:
    """What every page of the edition shares: the engine's configuration but the folders (the theme
    overrides are written to work/theme)."""
    base = yaml.safe_load(BASE_MKDOCS_YML.read_text(encoding="utf-8"))
    theme = {**base["theme"], "custom_dir": str(_theme_overrides(edition, work)), "language": THEME_LANGUAGE}
    # `alternate` makes mkdocs-material include our language switch (partials/alternate.html); `gk` is
    # what our overrides show in every page's frame.
    extra = {**base.get("extra", {}), "alternate": True, "gk": edition.shared}
    return {
        "site_name": edition.site_name,
        "site_url": edition.site_url,
        "theme": theme,
        "nav": [{title: path} for title, path in edition.nav],
        "extra": extra,
        "extra_css": edition.stylesheets,
        "extra_javascript": edition.scripts,
    }


def _build_edition(
    api: _Api,
    edition: PlannedEdition,
    work: Path,
    settings: dict[str, Any],
    sources: dict[str, str],
    cached: dict[str, Rendered],
    others: list[str],
    with_files: bool,
) -> tuple[list[str], dict[str, Rendered]]:
    """Build pages of one edition into work/site from `sources` (read from memory: no docs tree is
    written), but for the pages in `cached` and `others`, which the engine knows by their address only.
    The edition's files are published `with_files` (by one of its runs), else only known by address.
    Returns the engine's complaints, one per problem, and the pages it rendered."""
    from mkdocs.plugins import BasePlugin  # the chosen engine's: ProperDocs answers for mkdocs.*
    from mkdocs.structure.files import File, InclusionLevel

    rendered: dict[str, Rendered] = {}
    site = work / "site"

    class _Pages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
        """Hands the engine the planned pages and files, and keeps what it made of each page."""

        def on_files(self, files: Any, *, config: Any) -> Any:
            def known(path: str) -> None:  # there for links to it, not written
                files.append(File.generated(config, path, content="", inclusion=InclusionLevel.EXCLUDED))

            for src, text in sources.items():
                if src in cached:
                    known(src)
                else:
                    files.append(File.generated(config, src, content=text))
            for src in others:
                known(src)
            for file in edition.files:
                if not with_files:
                    known(file.path)
                elif file.source is not None:
                    files.append(File.generated(config, file.path, abs_src_path=str(file.source)))
                elif file.data is not None:
                    files.append(File.generated(config, file.path, content=file.data))
            return files

        def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
            rendered[page.file.src_uri] = Rendered(
                dest=page.file.dest_uri,
                anchors=frozenset(page.present_anchor_ids or ()),
                anchor_links=tuple(
                    sorted(
                        (target.src_uri, anchor, link)
                        for target, anchors in page.links_to_anchors.items()
                        if target is not page.file
                        for anchor, link in anchors.items()
                    )
                ),
            )
            return output

    docs = work / "docs"  # the engine wants a docs folder; every file is handed to it in on_files
    docs.mkdir(parents=True, exist_ok=True)
    with _captured_warnings(api.loggers) as warnings, _build_date(edition.build_epoch):
        try:
            config = api.load_config(
                config_file=str(BASE_MKDOCS_YML), docs_dir=str(docs), site_dir=str(site), **settings
            )
            config.plugins["gongkai-pages"] = _Pages()
            api.build(config)
        except api.error as exc:
            return [*warnings, str(exc)], {}  # the warnings say what the configuration error was
    # One sitemap for the whole site, with both editions (build_site writes it), not one per edition.
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        (site / name).unlink(missing_ok=True)
    return warnings, rendered


def _theme_overrides(edition: PlannedEdition, work: Path) -> Path:
    """Our template overrides plus a generated language partial with mkdocs-material's own strings."""
    theme_dir = work / "theme"
    if theme_dir.exists():
        shutil.rmtree(theme_dir)
    shutil.copytree(THEME_OVERRIDES, theme_dir)
    strings = {
        key.removeprefix(THEME_STRINGS): text
        for key, text in edition.ui.strings.items()
        if key.startswith(THEME_STRINGS)
    }
    strings["language"] = edition.ui.tag
    partial = theme_dir / "partials" / "languages" / f"{THEME_LANGUAGE}.html"
    partial.parent.mkdir(parents=True, exist_ok=True)
    mapping = json.dumps(strings, ensure_ascii=False, sort_keys=True)
    partial.write_text("{% macro t(key) %}{{ " + mapping + "[key] }}{% endmacro %}\n", encoding="utf-8")
    return theme_dir


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _captured_warnings(names: tuple[str, ...]) -> Iterator[list[str]]:
    """Collect the engine's warnings instead of printing them: each one is a problem."""
    handler = _Collect()
    saved = []
    for name in names:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate, logger.level))
        logger.addHandler(handler)
        logger.propagate = False
        logger.setLevel(logging.WARNING)
    try:
        yield handler.messages
    finally:
        for logger, propagate, level in saved:
            logger.removeHandler(handler)
            logger.propagate, logger.level = propagate, level


@contextlib.contextmanager
def _build_date(epoch: int) -> Iterator[None]:
    """MkDocs stamps the sitemap with the build date; pin it to the content's date for identical output."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def _write_sitemap(site_dir: Path, text: str) -> None:
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    with (
        (site_dir / "sitemap.xml.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz,
    ):
        gz.write(text.encode("utf-8"))
