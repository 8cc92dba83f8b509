"""The accessibility gate: axe-core on every page type × {zh, mn} × the four themes — zero violations
of WCAG 2.0–2.2 A/AA rules, plus AAA contrast (color-contrast-enhanced) in 长辈模式 and high contrast.

With GONGKAI_A11Y_REPORT=1 (`make a11y`) every check also leaves a screenshot and its result, and
tests/artifacts/a11y/index.html summarises them for a person to read."""

from __future__ import annotations

import json

import pytest

from tests.browser.a11y_report import record
from tests.browser.axe import axe_violations, describe

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "/",
    "listing": "/policy/",
    "document": "/policy/investment-incentive-measures-2023/",
    "abolished": "/policy/investment-incentive-measures-2019/",
    "interpretation": "/interpretation/investment-incentive-measures-2023-interpretation/",
    "report": "/report/2023-annual-report/",
    "qa": "/qa/investment-incentive-qa/",
    "guide": "/guide/disclosure-guide/",
    "data-table": "/notice/key-investment-projects-2023/",
    "sitemap": "/sitemap/",
    "accessibility": "/accessibility/",
    "search": "/search/?q=2023",  # with results: digits are words in both editions
    "404": "/404.html",
}
THEMES = ["standard", "dark", "elder", "contrast"]
AAA_THEMES = {"elder", "contrast"}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("lang_root", ["", "/mn"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_axe_violations(browser, served_site: str, kind: str, lang_root: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    # The reader's saved setting, exactly as the toolbar stores it, applied before first paint.
    context.add_init_script(
        f"localStorage.setItem('gongkai.reader', {json.dumps(json.dumps({'theme': theme}))})"
    )
    page = context.new_page()
    try:
        response = page.goto(served_site + lang_root + PAGE_TYPES[kind])
        assert response is not None and response.status == 200
        assert page.evaluate("document.documentElement.dataset.gkTheme") == theme
        if kind == "search":
            page.wait_for_selector(".gk-search-result", timeout=15000)
        violations = axe_violations(page)
        if theme in AAA_THEMES:
            violations += axe_violations(page, rules=["color-contrast-enhanced"])
        record(page, f"{kind}-{lang_root.strip('/') or 'zh'}-{theme}", violations)
        assert violations == [], describe(violations)
    finally:
        context.close()
