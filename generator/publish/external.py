"""Refuse a site that would make the reader's browser contact another origin (fonts, CDNs, analytics)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from generator.findings import Finding
from generator.render.plan import SitePlan

_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.I)
# (tag, attribute) pairs that make the browser fetch something without the reader clicking.
_FETCHING = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("img", "srcset"),
    ("source", "srcset"),
}
_FETCHING_LINK_RELS = {
    "stylesheet",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "icon",
    "modulepreload",
    "manifest",
    "apple-touch-icon",
}


# Every element that can carry one of the attributes above, a fetching <link> or CSS.
_CANDIDATES = "[src], [srcset], [data], [style], link[href], style"


def _urls_in_html(text: str) -> list[str]:
    """The URLs a browser would fetch from this page by itself. Lexbor (selectolax) parses as a
    browser does (the first of two equal attributes wins, <style> ends at </style>) and is fast
    enough to read every page of an archive."""
    urls: list[str] = []
    for node in LexborHTMLParser(text).css(_CANDIDATES):
        tag = node.tag
        values = {k: v or "" for k, v in node.attributes.items()}
        for attr, value in values.items():
            if (tag, attr) in _FETCHING:
                urls.extend(part.strip().split(" ")[0] for part in value.split(","))
        if tag == "link" and set(values.get("rel", "").lower().split()) & _FETCHING_LINK_RELS:
            urls.append(values.get("href", ""))
        if "style" in values:
            urls.extend(_CSS_URL.findall(values["style"]))
        if tag == "style":
            urls.extend(_CSS_URL.findall(node.text(deep=True)))
    return urls


@dataclass(frozen=True)
class ExternalResource:
    page: str  # path of the built file inside the site, e.g. "mn/policy/x/index.html"
    url: str


def external_resources(site_dir: Path, skip: frozenset[str] = frozenset()) -> list[ExternalResource]:
    """Every URL of another origin the site's pages and stylesheets would fetch, but in the files
    `skip` names (paths inside the site)."""
    found = []
    for path in sorted(site_dir.rglob("*")):
        if path.relative_to(site_dir).as_posix() in skip:
            continue
        if path.suffix == ".html":
            urls = _urls_in_html(path.read_text(encoding="utf-8"))
        elif path.suffix == ".css":
            urls = _CSS_URL.findall(path.read_text(encoding="utf-8"))
        else:
            continue
        page = path.relative_to(site_dir).as_posix()
        found += [ExternalResource(page, url) for url in sorted(set(urls)) if _EXTERNAL.match(url)]
    return found


def located(resources: list[ExternalResource], plan: SitePlan) -> list[Finding]:
    """Each resource at the editor's file and line that put it on the page; one from the theme layer
    itself at the built page that has it."""
    by_output = {
        f"{edition.root}{page.url}index.html": page.document
        for edition in plan.editions
        for page in edition.pages
        if page.document is not None
    }
    findings = []
    for resource in resources:
        params = {"page": resource.page, "url": resource.url}
        doc = by_output.get(resource.page)
        if doc is None:
            findings.append(Finding(Path(resource.page), 1, "external-resource", params))
            continue
        offset = next((i for i, line in enumerate(doc.body.split("\n")) if resource.url in line), None)
        line = 1 if offset is None else doc.body_line + offset
        findings.append(Finding(doc.source, line, "external-resource", params))
    return findings
