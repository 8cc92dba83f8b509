"""One sitemap for both editions, with hreflang alternates between real translations only.
Untranslated Mongolian fallback pages are left out: they only point to the Chinese original. The
engine writes it at the root of the built site."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from generator.content.config import Lang
from generator.render import urls
from generator.render.pages import Page

OTHER: dict[Lang, Lang] = {"zh": "mn", "mn": "zh"}


def sitemap_xml(
    domain: str, planned: dict[Lang, list[Page]], tags: dict[Lang, str], default_date: str
) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for lang, pages in planned.items():
        for page in pages:
            if page.untranslated:
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
