"""Where Gongkai's own files live: the theme layer, the default UI strings and the base MkDocs
configuration.

From a checkout they are the repository's top-level folders (`site_src/`, `locales/`, `mkdocs.yml`);
an installed wheel carries a copy of them inside the package (`generator/_share/`, added at build time
by setup.py), so the same code finds them either way.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_SHARED = PACKAGE_DIR / "_share"
CHECKOUT = PACKAGE_DIR.parent
SHARE_ROOT = _SHARED if _SHARED.is_dir() else CHECKOUT

LOCALES_DIR = SHARE_ROOT / "locales"
SITE_SRC = SHARE_ROOT / "site_src"
BASE_MKDOCS_YML = SHARE_ROOT / "mkdocs.yml"
PAGE_TEMPLATES = SITE_SRC / "page_templates"
THEME_OVERRIDES = SITE_SRC / "overrides"
ASSETS_DIR = SITE_SRC / "assets"
