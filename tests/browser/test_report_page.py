"""The annual report page in real Chromium: axe-core finds no WCAG 2.x A/AA violation, the wide
table scrolls inside its own keyboard-focusable region at 360 px, and print keeps tables whole."""

from __future__ import annotations

import pytest

from tests.browser.axe import axe_violations, describe

pytestmark = pytest.mark.browser

REPORT = "/report/2023-annual-report/"


@pytest.mark.parametrize("path", [REPORT, "/mn" + REPORT, "/report/comparison/", "/mn/report/comparison/"])
def test_report_pages_pass_axe(page, served_site: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + path)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_small_screen_table_scrolls_in_its_own_region(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(served_site + REPORT)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page itself scrolls sideways at 360 px"
    region = page.locator(".gk-table-wrap:has(table.gk-report-table--applications)")
    sizes = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert sizes[0] > sizes[1], "the wide table should scroll inside its region"
    region.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "el => el.scrollLeft > 0", arg=region.element_handle(), timeout=3000
    )  # keyboard scrolling is animated


def test_print_keeps_each_small_table_on_one_page(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + REPORT)
    page.emulate_media(media="print")
    styles = page.evaluate(
        "() => [...document.querySelectorAll('table.gk-report-table')].map(t => getComputedStyle(t).breakInside)"
    )
    assert styles and set(styles) == {"avoid"}
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).display") == "none"
