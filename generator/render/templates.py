"""The one Jinja2 environment for site_src/page_templates/: whole pages (Markdown with HTML blocks) and
the HTML pieces inside them (data tables, link lists). Autoescaped; a missing value is an error."""

from __future__ import annotations

import functools
from typing import Any

import jinja2

from generator.resources import PAGE_TEMPLATES


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(PAGE_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
