"""A reader opens the example site in real Chromium: both languages, the switch, no foreign requests."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def visit_recording_requests(page, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, url
    return requested


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("/", "zh-CN"),
        ("/mn/", "mn-Mong-CN"),
        ("/policy/", "zh-CN"),
        ("/mn/policy/investment-incentive-measures-2023/", "mn-Mong-CN"),
        ("/report/2023-annual-report/", "zh-CN"),
        ("/mn/report/2023-annual-report/", "mn-Mong-CN"),
    ],
)
def test_pages_open_in_their_language_without_foreign_requests(
    page, served_site: str, path: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    requested = visit_recording_requests(page, served_site + path)
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.locator("article h1").count() == 1
    origin = urlsplit(served_site).netloc
    foreign = [
        url
        for url in requested
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != origin
    ]
    assert foreign == []
    assert len(requested) > 3  # the stylesheet, scripts and favicon really were loaded from the site
    ARTIFACTS.mkdir(exist_ok=True)
    name = path.strip("/").replace("/", "-") or "home"
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_language_switch_round_trip(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/notice/rare-earth-industry-development/")
    with page.expect_navigation():
        page.locator(".gk-lang-switch a").click()
    assert page.url == served_site + "/mn/notice/rare-earth-industry-development/"
    assert page.evaluate("document.documentElement.lang") == "mn-Mong-CN"
    with page.expect_navigation():
        page.locator(".gk-lang-switch a").click()
    assert page.url == served_site + "/notice/rare-earth-industry-development/"


def test_keyboard_reaches_the_language_switch(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.gk-lang-switch') !== null"):
            break
    else:
        pytest.fail("the language switch is not reachable with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == served_site + "/mn/"


def test_listing_pagination_is_plain_links(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/policy/")
    first = page.locator(".gk-doclist__title").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.locator("article h1").inner_text() == title
    assert page.locator(".gk-card").is_visible()
