"""Page basics on every page type in both languages, in real Chromium: the skip link is the first thing
Tab reaches and takes the reader into the article, one h1, the landmarks, breadcrumbs on documents,
a visible focus ring (≥ 2 px, ≥ 3:1 against what surrounds it) on every stop that the sticky header
never covers, and a name for every control (WCAG 2.4.1, 1.3.1, 2.4.7, 2.4.11, 2.4.13, 4.1.2)."""

from __future__ import annotations

import pytest

from tests.browser.page_checks import tab_stops, unnamed_controls
from tests.browser.test_axe_pages import PAGE_TYPES

pytestmark = pytest.mark.browser

LANG_ROOTS = ["", "/mn"]
# The home page, a section's list (its place is the navigation's current entry) and the pages every
# footer links to have no breadcrumb; the accessibility statement sits right under the home page.
PAGES_WITHOUT_BREADCRUMB = {"home", "listing", "sitemap", "404"}
BREADCRUMB_LINKS = {"accessibility": 1, "search": 1}


def open_page(page, served_site: str, lang_root: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    response = page.goto(served_site + lang_root + PAGE_TYPES[kind])
    assert response is not None and response.status == 200


@pytest.mark.parametrize("lang_root", LANG_ROOTS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_skip_link_is_first_and_leads_into_the_article(
    page, served_site: str, kind: str, lang_root: str
) -> None:  # type: ignore[no-untyped-def]
    open_page(page, served_site, lang_root, kind)
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.get_attribute("href") == "#gk-main"
    box = skip.bounding_box()
    assert box is not None and box["width"] > 40 and box["height"] > 20  # shown when focused
    assert page.locator("a[href='#gk-main']").count() == 1
    assert page.locator("[data-md-component='skip'] a").evaluate_all(
        "links => links.every(a => !a.checkVisibility())"
    )
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "gk-main"
    assert page.evaluate("document.activeElement.closest('main') !== null")
    if lang_root == "/mn":  # inside the vertical reading region
        assert page.evaluate("document.activeElement.closest('.md-container') !== null")
    page.keyboard.press("Tab")  # the next stop is in the article: the header and navigation were skipped
    assert page.evaluate("document.getElementById('gk-main').contains(document.activeElement)")


@pytest.mark.parametrize("lang_root", LANG_ROOTS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_one_h1_landmarks_and_breadcrumbs(page, served_site: str, kind: str, lang_root: str) -> None:  # type: ignore[no-untyped-def]
    open_page(page, served_site, lang_root, kind)
    assert page.locator("h1").count() == 1
    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    assert page.get_by_role("navigation").count() >= 1
    breadcrumb = page.locator("nav.gk-breadcrumb")
    assert breadcrumb.count() == (0 if kind in PAGES_WITHOUT_BREADCRUMB else 1)
    if breadcrumb.count():
        assert breadcrumb.get_attribute("aria-label")
        assert breadcrumb.locator("a").count() == BREADCRUMB_LINKS.get(kind, 2)  # home, then the section


@pytest.fixture
def still_page(browser):  # type: ignore[no-untyped-def]
    """A tab whose reader asked for reduced motion: every stop is measured at rest, not while the
    theme's search overlay is still fading out (it covers the page, transparent, for 250 ms)."""
    context = browser.new_context(reduced_motion="reduce")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang_root", LANG_ROOTS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_tab_stop_shows_a_ring_the_header_never_hides(
    still_page, served_site: str, kind: str, lang_root: str
) -> None:  # type: ignore[no-untyped-def]
    page = still_page
    open_page(page, served_site, lang_root, kind)
    stops = tab_stops(page)
    assert len(stops) > 5
    for stop in stops:
        assert stop["style"] != "none" and stop["width"] >= 2, stop
        assert stop["contrast"] >= 3, stop
        assert stop["seen"], stop


@pytest.mark.parametrize("lang_root", LANG_ROOTS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_control_has_a_name(page, served_site: str, kind: str, lang_root: str) -> None:  # type: ignore[no-untyped-def]
    open_page(page, served_site, lang_root, kind)
    assert unnamed_controls(page) == []
