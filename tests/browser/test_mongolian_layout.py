"""The traditional-Mongolian edition in real Chromium: vertical text, columns left to right, a
region that scrolls sideways with keyboard and wheel, no clipping on small or short screens, Chinese
runs marked with their own language. Screenshots land in tests/artifacts/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
DOCUMENT = "/mn/notice/rare-earth-industry-development/"
PAGES = [
    "/mn/",
    DOCUMENT,
    "/mn/policy/",
    "/mn/report/2023-annual-report/",
    "/mn/policy/investment-incentive-measures-2019/",
]

REGION = ".md-container"


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"mn-{name}.png"))


@pytest.mark.parametrize("path", PAGES)
def test_text_is_vertical_left_to_right(page, served_site: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + path)
    assert page.evaluate("document.documentElement.lang") == "mn-Mong-CN"
    modes = page.evaluate("""() => ['article h1', 'article p', '.gk-mn-nav a', '.gk-footer']
        .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).writingMode)""")
    assert modes and set(modes) == {"vertical-lr"}
    # Columns run left to right: a later paragraph sits to the right of an earlier one.
    xs = page.evaluate(
        "[...document.querySelectorAll('article h1, article p')].slice(0, 4).map(e => e.getBoundingClientRect().left)"
    )
    assert xs == sorted(xs)
    shot(page, path.strip("/").replace("/", "-") or "home")


def test_data_tables_stay_horizontal(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + "/mn/report/2023-annual-report/")
    table = page.locator("table.gk-report-table--applications")
    assert table.evaluate("e => getComputedStyle(e).writingMode") == "horizontal-tb"
    assert (
        table.evaluate("e => getComputedStyle(e.querySelector('thead th[scope=col]')).writingMode")
        == "vertical-lr"
    )
    box = table.bounding_box()
    assert box is not None and box["width"] > 300


@pytest.mark.parametrize(
    ("key", "direction"), [("ArrowRight", 1), ("PageDown", 1), ("End", 1), ("ArrowDown", 1)]
)
def test_keyboard_scrolls_the_reading_region(page, served_site: str, key: str, direction: int) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + DOCUMENT)
    region = page.locator(REGION)
    assert region.evaluate("e => e.scrollWidth > e.clientWidth"), (
        "the document should be wider than the screen"
    )
    region.focus()
    page.keyboard.press(key)
    page.wait_for_function("e => e.scrollLeft > 0", arg=region.element_handle(), timeout=3000)
    page.keyboard.press("Home")
    page.wait_for_function("e => e.scrollLeft === 0", arg=region.element_handle(), timeout=3000)


def test_mouse_wheel_scrolls_sideways(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + DOCUMENT)
    page.mouse.move(600, 400)
    page.mouse.wheel(0, 400)
    page.wait_for_function("document.querySelector('.md-container').scrollLeft > 0", timeout=3000)
    assert page.evaluate("window.scrollY") == 0


def test_region_is_a_labelled_focusable_landmark(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + DOCUMENT)
    region = page.locator(REGION)
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("role") == "region"
    label_id = region.get_attribute("aria-labelledby")
    assert label_id and page.locator(f"#{label_id}").inner_text()


@pytest.mark.parametrize(("width", "height"), [(360, 740), (1280, 800), (640, 400), (1280, 256)])
def test_no_clipped_text_and_no_vertical_page_scroll(
    browser, served_site: str, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(served_site + DOCUMENT)
        # WCAG 1.4.10 for vertical text: no scrolling in the vertical direction (at 256 px height too).
        assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")
        clipped = page.evaluate("""() => [...document.querySelectorAll('article p, article h1, article dd, article dt, .gk-mn-nav a')]
            .filter(e => e.scrollHeight > e.clientHeight + 2 && getComputedStyle(e).overflowY !== 'visible')
            .map(e => e.tagName)""")
        assert clipped == []
        # Every paragraph fits in the region's height: nothing is cut off at the bottom.
        region_bottom = page.evaluate(
            "document.querySelector('.md-container').getBoundingClientRect().bottom"
        )
        bottoms = page.evaluate(
            "[...document.querySelectorAll('article p')].map(e => e.getBoundingClientRect().bottom)"
        )
        assert max(bottoms) <= region_bottom + 1
        page.screenshot(path=str(ARTIFACTS / f"mn-document-{width}x{height}.png"))
    finally:
        context.close()


def test_200_percent_zoom_keeps_text_inside(browser, served_site: str) -> None:  # type: ignore[no-untyped-def]
    # 200 % zoom of a 1280 x 800 window is a 640 x 400 CSS-pixel viewport at device scale 2.
    context = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(served_site + DOCUMENT)
        assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")
        page.screenshot(path=str(ARTIFACTS / "mn-document-zoom200.png"))
    finally:
        context.close()


@pytest.mark.parametrize("path", PAGES)
def test_chinese_runs_carry_their_own_lang(page, served_site: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + path)
    unmarked = page.evaluate("""() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const bad = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!/[\\u4e00-\\u9fff]/.test(n.nodeValue)) continue;
            const el = n.parentElement;
            if (el.closest('script, style')) continue;
            if (!el.closest('[lang]').lang.startsWith('zh')) bad.push(n.nodeValue.trim().slice(0, 30));
        }
        return bad;
    }""")
    assert unmarked == []


def test_switch_to_chinese_and_back(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + DOCUMENT)
    with page.expect_navigation():
        page.locator(".gk-lang-switch a").click()
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('article p')).writingMode") == "horizontal-tb"
    )
    with page.expect_navigation():
        page.locator(".gk-lang-switch a").click()
    assert page.url.endswith(DOCUMENT)


def test_the_bundled_mongolian_webfont_draws_the_text(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_site + DOCUMENT)
    result = page.evaluate("""async () => {
        await document.fonts.ready;
        const p = document.querySelector('article p');
        const word = p.textContent.trim().split(/\\s+/)[0];
        const probe = (family) => {
            const span = document.createElement('span');
            span.textContent = word;
            span.style.fontFamily = family;
            span.style.fontSize = '40px';
            p.appendChild(span);
            const size = span.getBoundingClientRect().height;  // vertical text: a word's length is its height
            span.remove();
            return size;
        };
        return {
            family: getComputedStyle(p).fontFamily,
            loaded: [...document.fonts].filter(f => f.family.includes('Gongkai Mongolian') && f.status === 'loaded').length,
            check: document.fonts.check('16px "Gongkai Mongolian"', word),
            webfont: probe('"Gongkai Mongolian"'),
            fallback: probe('monospace'),
        };
    }""")
    assert result["family"].startswith('"Gongkai Mongolian"')
    assert result["loaded"] >= 1 and result["check"]
    assert result["webfont"] != result["fallback"], result  # the text really is drawn with the webfont


def test_chinese_pages_do_not_load_the_mongolian_font(page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    fonts: list[str] = []
    page.on("request", lambda request: fonts.append(request.url) if request.url.endswith(".woff2") else None)
    page.goto(served_site + "/notice/rare-earth-industry-development/", wait_until="networkidle")
    assert fonts == []
