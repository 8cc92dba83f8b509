"""Search in the Mongolian edition: words are split on spaces, NNBSP and Mongolian punctuation,
so a word from a document body finds that document in real Chromium (mkdocs-material's lunr)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Appears in the body of the Mongolian notice directly before Mongolian punctuation (᠂ U+1802).
WORD = "ᠰᠠᠯᠠᠪᠤᠷᠢ"
TARGET = "notice/rare-earth-industry-development/"


def search(page, served_site: str, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/mn/")
    page.wait_for_load_state("networkidle")  # the search worker has its index
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # the theme reads the query on key-up; typed Mongolian arrives as text input
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all("a.md-search-result__link", "links => links.map(a => a.href)")


def test_a_mongolian_word_from_a_document_is_findable(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    links = search(page, served_site, WORD)
    assert any(TARGET in link for link in links), links


def test_words_before_mongolian_punctuation_are_separate_tokens(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    # ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ ("to form") occurs in this notice only, directly before ᠃ (U+1803).
    links = search(page, served_site, "ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ")
    assert any(TARGET in link for link in links), links
