"""The subset webfont in real Chromium: Mongolian pages get it, Chinese pages never fetch it, and every
Mongolian word of a page is drawn exactly as the full font draws it (the subset lost no shaping)."""

from __future__ import annotations

import base64

import pytest

from generator.publish import fonts

pytestmark = pytest.mark.browser

DOCUMENT = "/policy/investment-incentive-measures-2023/"

# Draws each word with the site's subset ("Gongkai Mongolian", from the page's own @font-face) and
# with the full source font (from a data: URL, so nothing is fetched), and counts differing pixels.
COMPARE = """async ([full, words]) => {
  const face = new FontFace("Full Source", `url(data:font/woff2;base64,${full})`);
  document.fonts.add(await face.load());
  await document.fonts.load('40px "Gongkai Mongolian"', words.join(""));
  const draw = (family, word) => {
    const canvas = document.createElement("canvas");
    canvas.width = 60 * word.length + 40;
    canvas.height = 90;
    const context = canvas.getContext("2d");
    context.font = `40px "${family}"`;
    context.fillText(word, 20, 60);
    return [context.getImageData(0, 0, canvas.width, canvas.height).data, context.measureText(word).width];
  };
  return words.map((word) => {
    const [subset, subsetWidth] = draw("Gongkai Mongolian", word);
    const [source, sourceWidth] = draw("Full Source", word);
    let differing = 0;
    for (let i = 0; i < subset.length; i++) if (subset[i] !== source[i]) differing++;
    return [word, differing, subsetWidth, sourceWidth];
  });
}"""


def mongolian(character: str) -> bool:
    """A character that the subset itself draws (spaces and punctuation come from other fonts)."""
    return 0x1800 <= ord(character) <= 0x18AF or character in "\u202f\u200c\u200d"


def requested_urls(page, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url, wait_until="networkidle")
    return requested


def test_mongolian_pages_load_the_font_stylesheet(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    requested = requested_urls(page, served_site + "/mn" + DOCUMENT)
    assert any(url.endswith(fonts.STYLESHEET_URL) for url in requested)


@pytest.mark.parametrize("path", ["/", DOCUMENT])
def test_chinese_pages_fetch_no_font(page, served_site: str, path: str) -> None:  # type: ignore[no-untyped-def]
    requested = requested_urls(page, served_site + path)
    assert not [url for url in requested if "/fonts/" in url or url.endswith((".woff2", ".woff"))]


def test_subset_draws_every_word_like_the_full_font(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/mn" + DOCUMENT, wait_until="networkidle")
    text = page.evaluate("document.body.innerText")
    words = sorted({word for word in text.split() if all(mongolian(c) for c in word)})
    assert len(words) > 50
    full = base64.b64encode(fonts.find_source().font.read_bytes()).decode()
    drawn = page.evaluate(COMPARE, [full, words])
    different = [(word, pixels, a, b) for word, pixels, a, b in drawn if pixels or a != b]
    assert different == [], f"{len(different)} of {len(words)} words differ, e.g. {different[:3]}"
    assert page.evaluate(
        "[...document.fonts].some(f => f.family === 'Gongkai Mongolian' && f.status === 'loaded')"
    )
