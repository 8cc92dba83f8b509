"""The external-request guard: every way a built page or stylesheet can make the reader's browser fetch
something from another origin is found, and links the reader has to click are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import check_content
from generator.publish.external import ExternalResource, external_resources, located
from generator.render.plan import plan_site
from tests.conftest import write

CDN = "cdn.example.com/x"

FETCHING_HTML = {
    "script": f'<script src="https://{CDN}.js"></script>',
    "protocol-relative script": f'<script src="//{CDN}.js"></script>',
    "image": f'<img src="http://{CDN}.png" alt="">',
    "protocol-relative image": f'<img src="//{CDN}.png" alt="">',
    "srcset, second candidate": f'<img src="a.png" srcset="a.png 1x, //{CDN}.png 2x" alt="">',
    # Candidates are separated by commas; a space after the comma is optional.
    "srcset, no space after the comma": f'<img src="a.png" srcset="a.png 1x,//{CDN}.png 2x" alt="">',
    "picture source srcset": f'<picture><source srcset="https://{CDN}.webp"><img src="a.png" alt=""></picture>',
    "stylesheet link": f'<link rel="stylesheet" href="https://{CDN}.css">',
    "protocol-relative stylesheet": f'<link href="//{CDN}.css" rel="stylesheet">',
    "preconnect": f'<link rel="preconnect" href="https://{CDN}">',
    "icon": f'<link rel="icon" href="//{CDN}.ico">',
    "iframe": f'<iframe src="https://{CDN}.html" title="x"></iframe>',
    "object": f'<object data="https://{CDN}.swf"></object>',
    "embed": f'<embed src="https://{CDN}.swf">',
    "video": f'<video src="https://{CDN}.mp4"></video>',
    "audio source": f'<audio><source src="//{CDN}.mp3"></audio>',
    "style attribute": f"<p style=\"background: url('//{CDN}.png')\">x</p>",
    "style element url": f"<style>body {{ background: url(https://{CDN}.png) }}</style>",
    "style element import": f'<style>@import "https://{CDN}.css";</style>',
    "upper-case scheme": f'<img src="HTTPS://{CDN}.png" alt="">',
}


@pytest.mark.parametrize("html", FETCHING_HTML.values(), ids=FETCHING_HTML.keys())
def test_fetching_markup_in_a_page_is_found(tmp_path: Path, html: str) -> None:
    write(tmp_path / "policy/x/index.html", f"<!doctype html><html><body>{html}</body></html>")
    found = external_resources(tmp_path)
    assert [r.page for r in found] == ["policy/x/index.html"]
    url = found[0].url  # the address alone, as the editor can search for it
    assert url.split("//", 1)[1].startswith(CDN) and " " not in url


FETCHING_CSS = {
    "url": f"body {{ background: url(https://{CDN}.png); }}",
    "quoted url": f"@font-face {{ src: url('//{CDN}.woff2') format('woff2'); }}",
    "import": f'@import "https://{CDN}.css";',
    "import url": f"@import url(//{CDN}.css);",
}


@pytest.mark.parametrize("css", FETCHING_CSS.values(), ids=FETCHING_CSS.keys())
def test_fetching_rules_in_a_stylesheet_are_found(tmp_path: Path, css: str) -> None:
    write(tmp_path / "assets/site.css", css)
    found = external_resources(tmp_path)
    assert [(r.page, CDN in r.url) for r in found] == [("assets/site.css", True)]


SAFE_HTML = {
    "link to another site": f'<a href="https://{CDN}">国务院</a>',
    "relative image": '<img src="../assets/logo.png" alt="">',
    "root-relative stylesheet": '<link rel="stylesheet" href="/assets/site.css">',
    "alternate language page": '<link rel="alternate" hreflang="mn" href="https://example.gov.cn/mn/">',
    "canonical": '<link rel="canonical" href="https://example.gov.cn/">',
    "data image": '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    "address in text": f"<p>https://{CDN}</p>",
    "CSS-like text": f"<p>写成 url(//{CDN}.png) 的样式</p>",
    "text after a style element": f"<style>p {{ color: red }}</style>url(//{CDN}.png)",
    "a link without rel": f'<link href="//{CDN}.css">',
    "a stylesheet link without href": '<link rel="stylesheet">',
    "attributes without values": '<img src alt=""><link rel href>',
}


@pytest.mark.parametrize("html", SAFE_HTML.values(), ids=SAFE_HTML.keys())
def test_what_the_browser_does_not_fetch_by_itself_is_allowed(tmp_path: Path, html: str) -> None:
    write(
        tmp_path / "index.html", f"{html}<!doctype html><html><head>{html}</head><body>{html}</body></html>"
    )
    write(tmp_path / "assets/site.css", "body { background: url(../images/bg.png); }")
    assert external_resources(tmp_path) == []


def test_every_page_and_stylesheet_is_scanned(tmp_path: Path) -> None:
    write(tmp_path / "index.html", "<p>ok</p>")
    write(tmp_path / "mn/deep/page/index.html", f'<img src="//{CDN}.png" alt="">')
    write(tmp_path / "mn/assets/a/b.css", f"p {{ background: url(//{CDN}.png) }}")
    write(tmp_path / "notes.txt", f"https://{CDN}")  # not a page: never loaded as one
    assert [r.page for r in external_resources(tmp_path)] == ["mn/assets/a/b.css", "mn/deep/page/index.html"]


def test_a_found_resource_is_located_where_it_was_written(minimal: Path) -> None:
    """In the editor's file and line when a document's body put it on the page; at the built file
    when the theme layer itself did."""
    meeting = minimal / "zh/notice/meeting.md"
    meeting.write_text(
        meeting.read_text(encoding="utf-8") + '\n\n<img src="//cdn.example.com/a.png" alt="">\n',
        encoding="utf-8",
    )
    site, _ = check_content(minimal)
    assert site is not None
    plan = plan_site(site)
    resources = [
        ExternalResource("assets/gongkai/css/gongkai.css", "https://fonts.example.com/f.css"),
        ExternalResource("notice/meeting/index.html", "//cdn.example.com/a.png"),
        ExternalResource("mn/notice/meeting/index.html", "//cdn.example.com/b.png"),
    ]
    mn_meeting = minimal / "mn/notice/meeting.md"
    assert [(f.code, f.path, f.line, f.params) for f in located(resources, plan)] == [
        (
            "external-resource",
            Path("assets/gongkai/css/gongkai.css"),
            1,
            {"page": "assets/gongkai/css/gongkai.css", "url": "https://fonts.example.com/f.css"},
        ),
        (
            "external-resource",
            meeting,
            11,
            {"page": "notice/meeting/index.html", "url": "//cdn.example.com/a.png"},
        ),
        # not in its text: the file itself
        (
            "external-resource",
            mn_meeting,
            1,
            {"page": "mn/notice/meeting/index.html", "url": "//cdn.example.com/b.png"},
        ),
    ]
