"""Chinese pages under a reader's own text spacing, at 320 CSS px and at 200 % zoom, in real Chromium:
nothing clipped or drawn over other text, and no sideways scrolling of the page (WCAG 1.4.12, 1.4.10,
1.4.4). Data tables scroll in their own region, which 1.4.10 allows.

The spacing is the WCAG 1.4.12 test ("text spacing bookmarklet") with one exception: letters of
traditional Mongolian runs (the language switch on Chinese pages) keep normal spacing. Mongolian is a
joining script, so spacing its letters apart breaks the words into isolated forms; 1.4.12 asks only for
the properties a script uses, and mongolian.css sets `letter-spacing: normal` on [lang|="mn"] for the
same reason. The vertical Mongolian pages have their own sideways-scrolling checks
(test_mongolian_layout.py)."""

from __future__ import annotations

import pytest

from tests.browser.page_checks import horizontal_overflow, text_problems
from tests.browser.test_axe_pages import PAGE_TYPES

pytestmark = pytest.mark.browser

TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; word-spacing: 0.16em !important; }
*:not(:lang(mn)) { letter-spacing: 0.12em !important; }
p { margin-bottom: 2em !important; }
"""


@pytest.fixture(params=[(1280, 800, 1), (320, 640, 1), (640, 400, 2)], ids=["desktop", "320px", "zoom200"])
def sized_page(request, browser):  # type: ignore[no-untyped-def]
    """A tab at a desktop size, at 320 CSS px, and as a 1280 x 800 window zoomed to 200 %."""
    width, height, scale = request.param
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=scale, reduced_motion="reduce"
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_text_spacing_loses_nothing(sized_page, served_site: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = sized_page
    response = page.goto(served_site + PAGE_TYPES[kind])
    assert response is not None and response.status == 200
    assert text_problems(page) == []  # as designed
    page.add_style_tag(content=TEXT_SPACING_CSS)
    assert text_problems(page) == []
    assert horizontal_overflow(page) <= 0


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_sideways_page_scrolling(sized_page, served_site: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = sized_page
    page.goto(served_site + PAGE_TYPES[kind])
    assert horizontal_overflow(page) <= 0
