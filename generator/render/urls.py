"""Page addresses. Each language lives under its own root ('' for Chinese, 'mn/' for Mongolian);
links are written relative so the site works from any folder or host."""

from __future__ import annotations

import posixpath

LANG_ROOTS = {"zh": "", "mn": "mn/"}
ASSETS_URL = "assets/gongkai"  # the theme layer's own stylesheets, scripts and fonts, in each edition
FONTS_URL = f"{ASSETS_URL}/fonts"
MONGOLIAN_FONT_STYLESHEET = f"{FONTS_URL}/mongolian-font.css"  # written by publish/fonts.py
SEARCH_BUNDLE = "pagefind"  # the search index of both editions, at the site root (publish/search.py)


def doc_url(section_id: str, key: str) -> str:
    return f"{section_id}/{key}/"


def listing_url(section_id: str, page: int) -> str:
    return f"{section_id}/" if page == 1 else f"{section_id}/page/{page}/"


def site_path(lang: str, url: str) -> str:
    """Path from the site root, e.g. ('mn', 'policy/x/') -> 'mn/policy/x/'."""
    return LANG_ROOTS[lang] + url


def relative(from_path: str, to_path: str) -> str:
    """Relative link between two site paths that both end in '/' (or are '' for the root)."""
    start = "/" + from_path
    target = "/" + to_path
    rel = posixpath.relpath(target, start)
    if rel == ".":
        return "./"
    return rel + "/" if to_path.endswith("/") or not to_path else rel


def absolute(domain: str, path: str) -> str:
    return f"https://{domain}/{path}"
