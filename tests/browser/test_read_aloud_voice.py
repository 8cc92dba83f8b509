"""Read aloud with a real voice: Chromium speaking through speech-dispatcher and espeak-ng (Debian),
which .ci/run installs. A Chinese page is spoken with a Mandarin voice."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, IN_CI

pytestmark = pytest.mark.browser

DOCUMENT = "/notice/rare-earth-industry-development/"


@pytest.fixture(scope="module")
def speaking_browser() -> Iterator[Any]:
    if not (CHROMIUM.exists() and shutil.which("speech-dispatcher") and shutil.which("espeak-ng")):
        reason = "speech-dispatcher and espeak-ng are needed (apt-get install speech-dispatcher espeak-ng)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=[*CHROMIUM_ARGS, "--enable-speech-dispatcher"]
        )
        yield browser
        browser.close()


def test_read_aloud_speaks_the_article_with_a_chinese_voice(speaking_browser, served_site: str) -> None:  # type: ignore[no-untyped-def]
    context = speaking_browser.new_context()
    page = context.new_page()
    try:
        page.goto(served_site + DOCUMENT)
        voices = page.evaluate("""() => new Promise(resolve => {
            const now = speechSynthesis.getVoices();
            if (now.length) return resolve(now.map(v => v.lang));
            speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().map(v => v.lang)));
            setTimeout(() => resolve([]), 10000);
        })""")
        assert "cmn" in voices, "no Mandarin voice from speech-dispatcher"
        # Record what the page asks the engine to say, then let the real engine speak it.
        page.evaluate("""() => {
            window.gkSpoken = [];
            const speak = speechSynthesis.speak.bind(speechSynthesis);
            speechSynthesis.speak = u => { window.gkSpoken.push([u.text, u.voice && u.voice.lang]); speak(u); };
        }""")
        page.locator('#gk-toolbar [data-gk-action="read"]').click()
        page.wait_for_function("speechSynthesis.speaking || speechSynthesis.pending", timeout=10000)
        spoken = page.evaluate("window.gkSpoken")
        assert spoken and {lang for _, lang in spoken} == {"cmn"}
        article = page.locator("article").inner_text()
        assert spoken[0][0].strip()[:10] in article
        page.locator('#gk-toolbar [data-gk-action="stop"]').click()
        page.wait_for_function("!speechSynthesis.speaking && !speechSynthesis.pending", timeout=10000)
    finally:
        context.close()
