"""axe-core (WCAG 2.0–2.2 A/AA rules) on every page type of the example site, in both languages,
in the standard theme. (Dark, 长辈模式 and high-contrast themes come with the accessibility issue.)"""

from __future__ import annotations

import pytest

from tests.browser.axe import axe_violations, describe

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "/",
    "listing": "/policy/",
    "document": "/policy/investment-incentive-measures-2023/",
    "abolished": "/policy/investment-incentive-measures-2019/",
    "interpretation": "/interpretation/investment-incentive-measures-2023-interpretation/",
    "qa": "/qa/investment-incentive-qa/",
    "guide": "/guide/disclosure-guide/",
    "data-table": "/notice/key-investment-projects-2023/",
    "sitemap": "/sitemap/",
    "404": "/404.html",
}


@pytest.mark.parametrize("lang_root", ["", "/mn"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_axe_violations(page, served_site: str, kind: str, lang_root: str) -> None:  # type: ignore[no-untyped-def]
    response = page.goto(served_site + lang_root + PAGE_TYPES[kind])
    assert response is not None and response.status == 200
    violations = axe_violations(page)
    assert violations == [], describe(violations)
