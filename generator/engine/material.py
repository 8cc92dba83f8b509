"""The adapter for MkDocs (or ProperDocs) with the mkdocs-material theme.

For each planned edition it writes a docs tree (a Markdown file per page, its front matter holding
`title` and the `gk` values our theme overrides read), assembles the configuration from the base
mkdocs.yml, builds, and copies the result into its place in the site. The editions build side by side
in two forked processes (MkDocs renders on one core), and the problems of both are reported. MkDocs
reports broken links and template problems as log warnings: every warning fails the build, located by
engine/problems.py.
MkDocs writes a sitemap per edition without hreflang alternates; the root one is replaced by the
plan's sitemap for both editions (the Mongolian edition keeps MkDocs' own mn/sitemap.xml).
"""

from __future__ import annotations

import contextlib
import gzip
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

from generator.engine.problems import EngineFailure, located
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


def build_site(plan: SitePlan, out: Path, engine: str) -> None:
    _api(engine)  # chosen (and imported) here, so the worker processes inherit the choice
    with tempfile.TemporaryDirectory(prefix="gongkai-") as work_root:
        problems = _in_parallel(plan, out, Path(work_root), engine)
    findings = [
        located(problem, edition.pages, edition.lang, plan.content_dir)
        for edition, edition_problems in zip(plan.editions, problems, strict=True)
        for problem in edition_problems
    ]
    if findings:
        raise EngineFailure(findings)
    _write_sitemap(out, plan.sitemap)


_plan_for_workers: list[tuple[SitePlan, Path, Path, str]] = []  # set before forking, read by the workers


def _in_parallel(plan: SitePlan, out: Path, work_root: Path, engine: str) -> list[list[str]]:
    """Build the editions side by side, one process each (MkDocs renders on one core): each writes
    into its own part of `out`. The workers are forked, so they share the plan instead of copying it."""
    if len(plan.editions) < 2 or (os.cpu_count() or 1) < 2:
        return [_build_one(plan, index, out, work_root, engine) for index in range(len(plan.editions))]
    _plan_for_workers[:] = [(plan, out, work_root, engine)]
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(plan.editions), mp_context=context) as pool:
            return list(pool.map(_worker, range(len(plan.editions))))
    finally:
        _plan_for_workers.clear()


def _worker(index: int) -> list[str]:
    plan, out, work_root, engine = _plan_for_workers[0]
    return _build_one(plan, index, out, work_root, engine)


def _build_one(plan: SitePlan, index: int, out: Path, work_root: Path, engine: str) -> list[str]:
    """One edition into its place in `out`; the engine's complaints about it, if any."""
    edition = plan.editions[index]
    work = work_root / edition.lang
    _write_docs(edition, work / "docs")
    problems = _build_edition(_api(engine), edition, work)
    if not problems:
        shutil.copytree(work / "site", out / edition.root, dirs_exist_ok=True)
    return problems


def _write_docs(edition: PlannedEdition, docs: Path) -> None:
    for page in edition.pages:
        target = docs / page.src
        target.parent.mkdir(parents=True, exist_ok=True)
        header = front_matter({"title": edition.head_title(page), "gk": page.meta})
        target.write_text(f"---\n{header}\n---\n\n{edition.markdown(page)}", encoding="utf-8")
    for file in edition.files:
        target = docs / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if file.source is not None:
            shutil.copyfile(file.source, target)
        elif file.data is not None:
            target.write_bytes(file.data)


# Characters JSON leaves as they are but YAML folds (line separators, NEL) or refuses (C1 controls, BOM).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def front_matter(values: dict[str, Any]) -> str:
    """A page's front matter as one line of JSON, which the engine reads as YAML: json.dumps is ~30x
    faster than yaml.safe_dump on an archive, and a value can never end the block early."""
    text = json.dumps(values, ensure_ascii=False, sort_keys=True)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _build_edition(api: _Api, edition: PlannedEdition, work: Path) -> list[str]:
    """Build one edition into work/site; the engine's complaints, one per problem."""
    base = yaml.safe_load(BASE_MKDOCS_YML.read_text(encoding="utf-8"))
    theme = {**base["theme"], "custom_dir": str(_theme_overrides(edition, work)), "language": THEME_LANGUAGE}
    # `alternate` makes mkdocs-material include our language switch (partials/alternate.html); `gk` is
    # what our overrides show in every page's frame.
    extra = {**base.get("extra", {}), "alternate": True, "gk": edition.shared}
    with _captured_warnings(api.loggers) as warnings, _build_date(edition.build_epoch):
        try:
            config = api.load_config(
                config_file=str(BASE_MKDOCS_YML),
                docs_dir=str(work / "docs"),
                site_dir=str(work / "site"),
                site_name=edition.site_name,
                site_url=edition.site_url,
                theme=theme,
                nav=[{title: path} for title, path in edition.nav],
                extra=extra,
                extra_css=edition.stylesheets,
                extra_javascript=edition.scripts,
            )
            api.build(config)
        except api.error as exc:
            return [*warnings, str(exc)]  # the warnings say what the configuration error was
    return warnings


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
