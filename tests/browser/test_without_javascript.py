"""With JavaScript turned off every page still reads and navigates: the text, the links, the skip link,
and the Mongolian reading region, whose sideways scrolling is plain CSS (the script only adds the
mouse-wheel and arrow-key mapping)."""

from __future__ import annotations

import pytest

from tests.browser.test_axe_pages import PAGE_TYPES

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js_page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang_root", ["", "/mn"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_page_reads_without_javascript(no_js_page, served_site: str, kind: str, lang_root: str) -> None:  # type: ignore[no-untyped-def]
    page = no_js_page
    response = page.goto(served_site + lang_root + PAGE_TYPES[kind])
    assert response is not None and response.status == 200
    assert page.evaluate("document.documentElement.classList.contains('no-js')")  # really no script ran
    assert page.locator("article h1").is_visible()
    assert len(page.locator("article").inner_text()) > 10
    assert page.locator("article a[href], nav a[href]").count() > 3
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#gk-main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "gk-main"
    page.keyboard.press("Tab")  # the theme's focus-ring script does not run: the ring is CSS alone
    assert page.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth)") >= 2


def test_a_reader_follows_links_from_home_to_a_document(no_js_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = no_js_page
    page.goto(served_site + "/")
    with page.expect_navigation():
        page.locator("article .gk-home__section h2 a", has_text="政策文件").click()
    assert page.url == served_site + "/policy/"
    with page.expect_navigation():
        page.locator("article .gk-doclist__title").first.click()
    assert page.url.startswith(served_site + "/policy/") and page.url != served_site + "/policy/"
    assert page.locator("article .gk-card").is_visible()
    with page.expect_navigation():
        page.locator(".gk-breadcrumb a").first.click()
    assert page.url == served_site + "/"


def test_mongolian_region_scrolls_and_links_work_without_javascript(no_js_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = no_js_page
    page.set_viewport_size({"width": 1024, "height": 700})
    page.goto(served_site + "/mn/")
    region = page.locator(".md-container")
    assert region.evaluate("e => getComputedStyle(e).writingMode") == "vertical-lr"
    assert region.evaluate("e => e.scrollWidth > e.clientWidth + 100")  # more columns than fit
    assert region.evaluate("e => e.scrollLeft") == 0
    page.mouse.move(500, 400)
    page.mouse.wheel(600, 0)  # a sideways wheel or trackpad swipe
    for _ in range(40):  # wait_for_function polls with the page's own scripting, which is off here
        if region.evaluate("e => e.scrollLeft") > 0:
            break
        page.wait_for_timeout(50)
    assert region.evaluate("e => e.scrollLeft") > 0
    # Keyboard readers: tabbing to a link in a far column brings that column into view.
    region.evaluate("e => { e.scrollLeft = 0; }")
    page.locator(".gk-footer a").first.focus()
    assert region.evaluate("e => e.scrollLeft") > 0
    with page.expect_navigation():
        page.locator(".gk-mn-nav a").nth(3).click()
    assert page.url.startswith(served_site + "/mn/") and page.url != served_site + "/mn/"
    assert page.locator("article h1").is_visible()
