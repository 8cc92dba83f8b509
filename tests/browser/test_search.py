"""Search in real Chromium on the example site: the Pagefind index (publish/search.py) through our own
search page (site_src/assets/js/search.js). Chinese words are found anywhere in a text, Mongolian
words as the edition splits them, results carry title, section, date and a highlighted excerpt, the
filters narrow them, and nothing search-related is downloaded until a reader is in a search field."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page
from selectolax.lexbor import LexborHTMLParser

from generator.build import BuildResult
from tests.conftest import EXAMPLE_CONTENT

pytestmark = pytest.mark.browser

RESULT_LINKS = "a.gk-search-result__title"


def indexed_pages(site: Path) -> dict[str, str]:
    """Every page the index holds (its article is marked data-pagefind-body): address -> article text."""
    pages = {}
    for path in sorted(site.rglob("index.html")):
        tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
        article = tree.css_first("article[data-pagefind-body]")
        if article is not None:
            url = "/" + path.parent.relative_to(site).as_posix() + "/"
            pages[url.replace("//", "/")] = article.text(separator="")
    return pages


def search(page: Page, url: str) -> list[str]:
    """Open a search address, show every result, and return the results' addresses in order."""
    page.goto(url)
    page.wait_for_function(
        "() => { const r = document.getElementById('gk-search-results');"
        " const s = r.querySelector('.gk-search-results__status').textContent;"
        " return s && s !== r.dataset.gkLoading; }",
        timeout=15000,
    )
    while page.locator(".gk-search-results__more").count():
        shown = page.locator(RESULT_LINKS).count()
        page.click(".gk-search-results__more")
        page.wait_for_function(f"document.querySelectorAll('{RESULT_LINKS}').length > {shown}")
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
    return [urlsplit(h).path for h in hrefs]


@pytest.fixture(params=["one index", "shards"])
def site_url(request: pytest.FixtureRequest) -> str:
    """The example site served with one index per language, and with its index split into shards."""
    return str(request.getfixturevalue("served_site" if request.param == "one index" else "sharded_site"))


@pytest.mark.parametrize("query", ["年度报告", "依申请公开", "稀土"])
def test_a_chinese_query_finds_every_document_containing_it(
    page: Page, site_url: str, example_site: BuildResult, query: str
) -> None:
    pages = indexed_pages(example_site.out_dir)
    expected = {url for url, text in pages.items() if query in text and not url.startswith("/mn/")}
    assert expected  # the example has such documents, or the test proves nothing
    found = search(page, f"{site_url}/search/?q={quote(query)}")
    assert expected <= set(found), sorted(expected - set(found))
    assert len(found) == len(set(found))  # no result twice
    assert set(found) <= set(pages)  # documents only: no lists, no home page


def test_both_annual_reports_are_found_by_a_word_inside_their_titles(page: Page, served_site: str) -> None:
    # The theme's old index matched only the start of a run of characters: 年度报告 found nothing.
    found = search(page, f"{served_site}/search/?q={quote('年度报告')}")
    assert {"/report/2022-annual-report/", "/report/2023-annual-report/"} <= set(found)


def test_a_mongolian_word_finds_the_translation_and_only_real_translations(
    page: Page, site_url: str, example_site: BuildResult
) -> None:
    # ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ occurs in this translation only, directly before Mongolian punctuation (᠃).
    found = search(page, f"{site_url}/mn/search/?q={quote('ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ')}")
    assert found == ["/mn/notice/rare-earth-industry-development/"]
    # A Chinese word on the Mongolian search page: Mongolian pages only, never the Chinese originals
    # that untranslated Mongolian pages show (they are found once, in the Chinese edition).
    translated = {url for url in indexed_pages(example_site.out_dir) if url.startswith("/mn/")}
    found = search(page, f"{site_url}/mn/search/?q={quote('招商引资')}")
    assert found and set(found) <= translated


def test_a_result_shows_title_section_date_and_the_words_found(page: Page, served_site: str) -> None:
    search(page, f"{served_site}/search/?q={quote('依申请公开')}")
    first = page.locator(".gk-search-result").first
    assert first.locator(RESULT_LINKS).inner_text().strip()
    meta = first.locator(".gk-search-result__meta").inner_text()
    assert " · " in meta and "年" in meta and "日" in meta  # section · 2023年01月20日
    marks = first.locator(".gk-search-result__excerpt mark").all_inner_texts()
    assert marks and all(m.strip() in "依申请公开" for m in marks)
    status = page.locator(".gk-search-results__status")
    assert status.get_attribute("role") == "status"
    assert status.inner_text().startswith("找到 ")


def test_filters_narrow_the_results_and_stay_in_the_address(
    page: Page, site_url: str, example_site: BuildResult
) -> None:
    every = search(page, f"{site_url}/search/?q={quote('稀土')}")
    page.select_option("#gk-search-validity", "已废止")
    page.wait_for_url("**validity=*")
    page.wait_for_function(f"document.querySelectorAll('{RESULT_LINKS}').length < {len(every)}")
    abolished = [urlsplit(h).path for h in page.eval_on_selector_all(RESULT_LINKS, "a => a.map(x => x.href)")]
    assert abolished and set(abolished) < set(every)
    site = example_site.out_dir
    for url in abolished:
        card = (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
        assert "已废止" in card
    found = search(page, f"{site_url}/search/?q={quote('稀土')}&section={quote('政策解读')}")
    assert found and all(url.startswith("/interpretation/") for url in found)
    assert page.input_value("#gk-search-section") == "政策解读"
    found = search(page, f"{site_url}/search/?q={quote('稀土')}&year=2021")
    assert found and set(found) < set(every)


def test_opening_pages_downloads_nothing_for_search_until_a_search_field_is_used(
    page: Page, served_site: str
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in (
        "/",
        "/policy/",
        "/report/2023-annual-report/",
        "/mn/",
        "/mn/notice/rare-earth-industry-development/",
        "/search/",
    ):
        page.goto(served_site + path)
        page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "/pagefind/" in url or "search_index" in url]
    page.focus("#gk-search-page-q")
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/pagefind/pagefind.js") for url in requested)  # the test sees such requests


def test_the_header_search_works_by_keyboard(page: Page, served_site: str) -> None:
    page.goto(served_site + "/policy/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "gk-search-q":
            break
    else:
        pytest.fail("Tab never reached the search field")
    page.keyboard.type("依申请公开")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    page.wait_for_selector(RESULT_LINKS, timeout=15000)
    assert page.locator(RESULT_LINKS).count() > 0


def test_without_javascript_the_search_page_leads_to_every_section(
    browser: Browser, served_site: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(served_site + "/policy/")
        page.fill("#gk-search-q", "稀土")
        page.press("#gk-search-q", "Enter")  # a plain form: it still opens the search page
        page.wait_for_url("**/search/?q=*")
        links = page.eval_on_selector_all(".gk-search-browse a", "a => a.map(x => x.getAttribute('href'))")
        config = yaml.safe_load((EXAMPLE_CONTENT / "site.yml").read_text(encoding="utf-8"))
        assert [h.removeprefix("../").rstrip("/") for h in links] == [s["id"] for s in config["sections"]]
    finally:
        context.close()


def test_mongolian_pages_lead_to_search_from_their_section_navigation(page: Page, served_site: str) -> None:
    # Vertical pages have no search bar (its height would be taken from the reading region).
    page.goto(served_site + "/mn/notice/rare-earth-industry-development/")
    assert page.locator("#gk-search-q").count() == 0
    page.click(".gk-mn-nav a[href$='search/']")
    page.wait_for_url("**/mn/search/")
    current = page.locator(".gk-mn-nav a[aria-current=page]")
    assert current.inner_text().strip() == page.locator("article h1").inner_text().strip()
    page.fill("#gk-search-page-q", "ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ")
    page.press("#gk-search-page-q", "Enter")
    page.wait_for_selector(RESULT_LINKS, timeout=15000)
    assert page.locator(RESULT_LINKS).count() == 1
