"""The engine adapter: the only module that imports MkDocs or knows mkdocs-material's conventions.

MkDocs 1.x is frozen and mkdocs-material is in maintenance mode; a future engine replaces this file
and nothing else. Input: a docs tree plus an EngineEdition; output: a built folder or EngineError.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.paths import BASE_MKDOCS_YML, SITE_SRC

THEME_LANGUAGE = "gongkai"  # our own partials/languages/gongkai.html, generated per edition


class EngineError(Exception):
    """The engine refused to build; `problems` are its messages, one per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class EngineEdition:
    """What the engine needs to build one language edition."""

    docs_dir: Path
    site_dir: Path
    work_dir: Path  # scratch space for generated theme files
    site_name: str
    site_url: str
    nav: list[tuple[str, str]]  # (title, docs-relative path)
    theme_strings: dict[str, str]  # mkdocs-material keys (action.skip, search.*), plus "language"
    extra: dict[str, Any] = field(default_factory=dict)
    extra_css: list[str] = field(default_factory=list)
    extra_javascript: list[str] = field(default_factory=list)
    build_date_epoch: int = 0


def build_edition(edition: EngineEdition) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    theme_dir = _theme_overrides(edition)
    base = yaml.safe_load(BASE_MKDOCS_YML.read_text(encoding="utf-8"))
    theme = {**base["theme"], "custom_dir": str(theme_dir), "language": THEME_LANGUAGE}
    with _captured_warnings() as warnings, _build_date(edition.build_date_epoch):
        try:
            config = load_config(
                config_file=str(BASE_MKDOCS_YML),
                docs_dir=str(edition.docs_dir),
                site_dir=str(edition.site_dir),
                site_name=edition.site_name,
                site_url=edition.site_url,
                theme=theme,
                nav=[{title: path} for title, path in edition.nav],
                extra={**base.get("extra", {}), **edition.extra},
                extra_css=edition.extra_css,
                extra_javascript=edition.extra_javascript,
            )
            build(config)
        except MkDocsException as exc:
            raise EngineError([str(exc)]) from exc
    if warnings:
        raise EngineError(warnings)


def _theme_overrides(edition: EngineEdition) -> Path:
    """Our template overrides plus a generated language partial for mkdocs-material."""
    theme_dir = edition.work_dir / "theme"
    if theme_dir.exists():
        shutil.rmtree(theme_dir)
    shutil.copytree(SITE_SRC / "overrides", theme_dir)
    partial = theme_dir / "partials" / "languages" / f"{THEME_LANGUAGE}.html"
    partial.parent.mkdir(parents=True, exist_ok=True)
    mapping = json.dumps(edition.theme_strings, ensure_ascii=False, sort_keys=True)
    partial.write_text("{% macro t(key) %}{{ " + mapping + "[key] }}{% endmacro %}\n", encoding="utf-8")
    return theme_dir


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _captured_warnings() -> Iterator[list[str]]:
    """MkDocs reports broken links and template problems as log warnings: collect them as errors."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    old_propagate, old_level = logger.propagate, logger.level
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate, logger.level = old_propagate, old_level


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
