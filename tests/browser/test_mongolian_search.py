"""Search in the Mongolian edition: Pagefind splits Mongolian text on spaces, NNBSP (U+202F) and
Mongolian punctuation, so a word from a document body finds that document in real Chromium."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from tests.browser.test_search import search

pytestmark = pytest.mark.browser

TARGET = "/mn/notice/rare-earth-industry-development/"


@pytest.mark.parametrize(
    "word",
    [
        "ᠰᠠᠯᠠᠪᠤᠷᠢ",  # directly before ᠂ (U+1802)
        "ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ",  # directly before ᠃ (U+1803), in this notice only
        "ᠲᠧᠺᠨᠣᠯᠣᠭᠢ",  # directly before NNBSP and its suffix ᠶᠢᠨ
    ],
)
def test_a_mongolian_word_from_a_document_is_findable(page: Page, served_site: str, word: str) -> None:
    found = search(page, f"{served_site}/mn/search/?q={quote(word)}")
    assert TARGET in found, found
