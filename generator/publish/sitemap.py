"""One sitemap for both editions, with hreflang alternates between real translations only.

MkDocs writes a sitemap per edition without alternates; this replaces the site's root
`sitemap.xml` (and its `.gz`). Untranslated Mongolian fallback pages are left out: they only point
to the Chinese original."""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from generator.render import urls
from generator.render.pages import Page

OTHER = {"zh": "mn", "mn": "zh"}


def sitemap_xml(domain: str, planned: dict[str, list[Page]], tags: dict[str, str], default_date: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for lang, pages in planned.items():
        for page in pages:
            if page.context.get("untranslated"):
                continue
            here = urls.absolute(domain, urls.site_path(lang, page.url))
            article = page.meta.get("article") or {}
            lines.append("  <url>")
            lines.append(f"    <loc>{escape(here)}</loc>")
            lines.append(f"    <lastmod>{article.get('pubdate', default_date)}</lastmod>")
            if page.meta.get("alternates"):
                for alt_lang in (lang, OTHER[lang]):
                    href = urls.absolute(domain, urls.site_path(alt_lang, page.url))
                    lines.append(
                        f'    <xhtml:link rel="alternate" hreflang={quoteattr(tags[alt_lang])} href={quoteattr(href)}/>'
                    )
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap(site_dir: Path, text: str) -> None:
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    with (
        (site_dir / "sitemap.xml.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz,
    ):
        gz.write(text.encode("utf-8"))
