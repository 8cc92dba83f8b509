"""The engine: turns a planned site into a built folder. This package is the only code that knows
MkDocs, its continuation ProperDocs, or mkdocs-material; the day the engine changes, only it changes.

Interface (everything else goes through these names):

- `build(plan, out, engine=None)`: builds every edition of `plan` (render/plan.py: pages as Markdown,
  their theme values, static files, navigation, shared settings) into the empty folder `out`, Chinese
  at its root and Mongolian in `mn/`, and writes `plan.sitemap` as `out/sitemap.xml` (and `.gz`).
  With `cache` (a folder, normally the project's `.gongkai-cache/`), a page whose inputs are unchanged
  since a build with the same cache is taken from there instead of being rendered again (cache.py).
  Returns a `Built`: which pages came from the cache, and `keep()`, which stores the fresh ones —
  called by the pipeline once the site has passed every check, so only published pages are kept.
  Raises `EngineFailure` whose findings point at the editor's file, line and column (a link to a
  heading that does not exist), or name the problem when it lies in the theme layer itself.
- `ENGINES`, `DEFAULT_ENGINE`, `ENGINE_ENV`: which engines exist, the default, and the environment
  variable that selects one (`gongkai build --engine` sets it too).

MkDocs 1.6.1 is the default: it is what the example site's expected output was made with. ProperDocs
1.6.7 (the former MkDocs maintainers' drop-in continuation, with mkdocs-material unchanged) builds the
same site; tests/integration/test_engines.py compares the two byte for byte. One process uses one
engine: ProperDocs answers imports of `mkdocs.*` from then on, so the choice is made before the first
build and cannot change afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.engine.cache import CACHE_DIR_NAME, Built
from generator.engine.problems import EngineFailure
from generator.render.plan import SitePlan

__all__ = [
    "CACHE_DIR_NAME",
    "DEFAULT_ENGINE",
    "ENGINES",
    "ENGINE_ENV",
    "Built",
    "EngineFailure",
    "build",
    "selected_engine",
]

ENGINES = ("mkdocs", "properdocs")
DEFAULT_ENGINE = "mkdocs"
ENGINE_ENV = "GONGKAI_ENGINE"


def selected_engine(name: str | None = None) -> str:
    """`name`, else the environment's choice, else the default; an unknown name is a usage error."""
    chosen = name or os.environ.get(ENGINE_ENV) or DEFAULT_ENGINE
    if chosen not in ENGINES:
        raise ValueError(chosen)
    return chosen


def build(plan: SitePlan, out: Path, engine: str | None = None, cache: Path | None = None) -> Built:
    from generator.engine.material import build_site  # imports the engine itself: only when building

    return build_site(plan, out, selected_engine(engine), cache)
