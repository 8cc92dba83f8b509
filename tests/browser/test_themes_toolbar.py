"""Reader themes (standard, dark, 长辈模式, high contrast) and the 无障碍 toolbar, in real Chromium and both
languages: axe-core in every theme (AAA contrast in 长辈模式 and high contrast), the 长辈模式 numbers, a
switch that stays on across pages and visits, settings applied before first paint, every toolbar
control operated from the keyboard, read aloud without a voice, and no toolbar without JavaScript."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_site
from tests.conftest import ROOT, copy_fixture, write

pytestmark = pytest.mark.browser

SETTINGS_KEY = "gongkai.reader"  # partials/gk-head.html
THEMES = ["standard", "dark", "elder", "contrast"]
LANGS = {"zh": "", "mn": "/mn"}
PAGES = {
    "home": "/",
    "document": "/policy/investment-incentive-measures-2023/",
    "report": "/report/2023-annual-report/",
    "statement": "/accessibility/",
}
DOCUMENT = PAGES["document"]
LOCALES = {lang: yaml.safe_load((ROOT / f"locales/{lang}.yml").read_text(encoding="utf-8")) for lang in LANGS}

OpenPage = Callable[..., Any]


@pytest.fixture
def open_page(browser) -> Iterator[OpenPage]:  # type: ignore[no-untyped-def]
    """open_page(url, settings=None, **context options): a page in a fresh browser context, with the
    reader's saved settings (as toolbar.js stores them) in place before the site's scripts run."""
    contexts = []

    def open_(url: str, settings: dict[str, Any] | None = None, **options: Any) -> Any:
        context = browser.new_context(**options)
        contexts.append(context)
        if settings is not None:
            stored = json.dumps(json.dumps(settings))
            context.add_init_script(f"localStorage.setItem({SETTINGS_KEY!r}, {stored})")
        page = context.new_page()
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        return page

    yield open_
    for context in contexts:
        context.close()


def html_attribute(page: Any, name: str) -> str | None:
    return page.evaluate("name => document.documentElement.getAttribute(name)", name)


# ---- (a) axe-core in every theme: tests/browser/test_axe_pages.py (every page type × language × theme)


# ---- (b) 长辈模式 in numbers ------------------------------------------------------------------------------

TEXT_METRICS = """() => [...document.querySelectorAll('article p')].filter(p => p.textContent.trim()).map(p => {
    const style = getComputedStyle(p);
    return {size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight),
            after: parseFloat(style.getPropertyValue('margin-block-end'))};
})"""

TARGETS = """selector => [...document.querySelectorAll(selector)]
    .filter(e => { const style = getComputedStyle(e);  // only what a reader can see and press
                   return e.getClientRects().length && style.visibility !== 'hidden'
                          && style.opacity !== '0' && style.pointerEvents !== 'none'; })
    .map(e => { const box = e.getBoundingClientRect();
                return {what: e.outerHTML.slice(0, 80), width: box.width, height: box.height}; })"""

MOVING = """() => [...document.querySelectorAll('*')].flatMap(e => [e, ':before', ':after'].map(pseudo => {
    const style = pseudo === e ? getComputedStyle(e) : getComputedStyle(e, pseudo);
    const moves = style.transitionDuration.split(',').some(d => parseFloat(d) > 0)
                  || style.animationName.split(',').some(n => n.trim() !== 'none');
    return moves ? e.tagName + '.' + e.className + (pseudo === e ? '' : pseudo) : null;
})).filter(Boolean)"""


@pytest.mark.parametrize("lang", list(LANGS))
def test_elder_mode_text_is_large_and_spaced(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT, {"theme": "elder"})
    paragraphs = page.evaluate(TEXT_METRICS)
    assert paragraphs
    for p in paragraphs:
        assert p["size"] >= 20
        assert p["line"] >= 1.5 * p["size"]
        assert p["after"] >= 2 * p["size"] - 0.5  # space after a paragraph (a column gap in Mongolian)
    # One step of the text-size buttons takes body text past 30 px.
    page = open_page(served_site + LANGS[lang] + DOCUMENT, {"theme": "elder", "size": 125})
    assert min(p["size"] for p in page.evaluate(TEXT_METRICS)) >= 30


@pytest.mark.parametrize("lang", list(LANGS))
def test_elder_mode_targets_are_large(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT, {"theme": "elder"})
    header = page.evaluate(TARGETS, "header a, header button, header label.md-header__button, header input")
    toolbar = page.evaluate(TARGETS, "#gk-toolbar button, #gk-toolbar a")
    assert len(header) >= 3 and len(toolbar) >= 15
    for target in header + toolbar:
        assert target["width"] >= 60 and target["height"] >= 60, target


def test_elder_mode_pagination_targets_are_large(open_page, paginated_site: str) -> None:  # type: ignore[no-untyped-def]
    for lang_root in LANGS.values():
        page = open_page(paginated_site + lang_root + "/notice/", {"theme": "elder"})
        links = page.evaluate(TARGETS, ".gk-pagination a")
        assert len(links) >= 3
        for link in links:
            assert link["width"] >= 60 and link["height"] >= 60, link


@pytest.mark.parametrize("lang", list(LANGS))
def test_elder_mode_has_no_motion_and_no_table_of_contents(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT, {"theme": "elder"})
    assert page.evaluate(MOVING) == []
    assert not page.locator(".md-sidebar--secondary").is_visible()


# ---- (c) one click, and it stays on ---------------------------------------------------------------------


def test_elder_switch_stays_on_across_pages_and_visits(browser, served_site: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(served_site + "/")
        switch = page.locator("header .gk-elder-switch")
        assert switch.is_visible()
        assert switch.evaluate("e => e.tagName") == "BUTTON"
        assert switch.get_attribute("aria-pressed") == "false"
        switch.click()
        assert html_attribute(page, "data-gk-theme") == "elder"
        assert switch.get_attribute("aria-pressed") == "true"
        # Another page, reached by a link.
        with page.expect_navigation():
            page.locator("article .gk-doclist__title").first.click()
        assert html_attribute(page, "data-gk-theme") == "elder"
        assert page.locator("header .gk-elder-switch").get_attribute("aria-pressed") == "true"
        # Coming back another day: a new page in the same browser profile, in the other language too.
        later = context.new_page()
        later.goto(served_site + "/mn/")
        assert html_attribute(later, "data-gk-theme") == "elder"
        # One more click turns it off again, for good.
        later.locator("header .gk-elder-switch").click()
        later.reload()
        assert html_attribute(later, "data-gk-theme") == "standard"
    finally:
        context.close()


# ---- (d) no flash: applied before the page is drawn ----------------------------------------------------

RECORD_EARLY = """
window.__gk = {};
new MutationObserver((records, observer) => {
    if (!document.body) return;
    window.__gk.atBody = document.documentElement.getAttribute('data-gk-theme');
    window.__gk.sizeAtBody = document.documentElement.getAttribute('data-gk-size');
    observer.disconnect();
}).observe(document, {childList: true, subtree: true});
document.addEventListener('DOMContentLoaded', () => {
    window.__gk.atLoaded = document.documentElement.getAttribute('data-gk-theme');
});
"""


@pytest.mark.parametrize("lang", list(LANGS))
def test_saved_settings_apply_before_first_paint(browser, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    try:
        context.add_init_script(
            f"localStorage.setItem({SETTINGS_KEY!r}, {json.dumps(json.dumps({'theme': 'elder', 'size': 150}))})"
        )
        context.add_init_script(RECORD_EARLY)
        page = context.new_page()
        page.goto(served_site + LANGS[lang] + DOCUMENT)
        early = page.evaluate("window.__gk")
        assert early == {"atBody": "elder", "sizeAtBody": "150", "atLoaded": "elder"}
    finally:
        context.close()


@pytest.mark.parametrize(
    ("device", "theme"),
    [
        ({}, "standard"),
        ({"color_scheme": "dark"}, "dark"),
        ({"contrast": "more"}, "contrast"),
        ({"contrast": "more", "color_scheme": "dark"}, "contrast"),
    ],
)
def test_first_visit_follows_the_device(
    open_page, served_site: str, device: dict[str, str], theme: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + "/", **device)
    assert html_attribute(page, "data-gk-theme") == theme


def test_reduced_motion_stops_transitions_in_every_theme(open_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + DOCUMENT, reduced_motion="reduce")
    assert page.evaluate(MOVING) == []


def test_forced_colors_show_the_chosen_setting_in_system_colours(open_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + DOCUMENT, {"theme": "contrast"}, forced_colors="active")
    chosen = page.locator('#gk-toolbar [data-gk-value="contrast"]')
    assert chosen.get_attribute("aria-pressed") == "true"
    assert chosen.evaluate("e => getComputedStyle(e).forcedColorAdjust") == "none"
    other = page.locator('#gk-toolbar [data-gk-value="dark"]')
    assert chosen.evaluate("e => getComputedStyle(e).backgroundColor") != other.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )


# ---- (e) every toolbar control from the keyboard ---------------------------------------------------------

STATE = """() => {
    const html = document.documentElement;
    const attributes = {};
    for (const a of html.attributes) if (a.name.startsWith('data-gk-')) attributes[a.name] = a.value;
    const text = getComputedStyle(document.querySelector('article p'));
    const focused = document.activeElement;
    return {attributes, size: parseFloat(text.fontSize), line: parseFloat(text.lineHeight),
            status: document.querySelector('#gk-toolbar [data-gk-status]').textContent,
            pressed: focused.getAttribute('aria-pressed')};
}"""

FOCUSED_CONTROL = """() => {
    const e = document.activeElement;
    if (!e.closest('#gk-toolbar')) return null;
    return {tag: e.tagName, action: e.dataset.gkAction || null, value: e.dataset.gkValue || null,
            visible: e.getClientRects().length > 0};
}"""


@pytest.mark.parametrize("lang", list(LANGS))
def test_every_toolbar_control_works_from_the_keyboard(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT, {"size": 125})
    baseline = page.evaluate(STATE)
    assert baseline["attributes"]["data-gk-size"] == "125"
    reached: list[dict[str, Any]] = []
    for presses in range(80):
        page.keyboard.press("Tab")
        control = page.evaluate(FOCUSED_CONTROL)
        if control is None:
            if reached:
                break
            continue
        assert control["visible"], control
        reached.append(control)
        if control["tag"] == "A":
            continue  # the link to 无障碍说明, checked below
        page.evaluate("document.querySelector('#gk-toolbar [data-gk-status]').textContent = ''")
        before = page.evaluate(STATE)
        page.keyboard.press("Enter" if presses % 2 else " ")
        if control["action"] == "read":
            page.wait_for_function(
                "document.querySelector('#gk-toolbar [data-gk-status]').textContent !== ''"
            )
        after = page.evaluate(STATE)
        assert after["status"], f"{control} announced nothing"
        check_effect(control, before, after, baseline)
    actions = [(c["action"], c["value"]) for c in reached]
    expected = [("smaller", None), ("larger", None)]
    expected += [("spacing", v) for v in ("0", "1", "2")] + [("theme", t) for t in THEMES]
    expected += [("flag", f) for f in ("cursor", "guide", "caption", "textonly")]
    expected += [("read", None), ("pause", None), ("stop", None), ("reset", None), (None, None)]
    assert actions == expected
    link = page.locator("#gk-toolbar a")
    assert link.get_attribute("href").endswith("accessibility/")


def check_effect(
    control: dict[str, Any], before: dict[str, Any], after: dict[str, Any], baseline: dict[str, Any]
) -> None:
    action, value, attributes = control["action"], control["value"], after["attributes"]
    if action == "smaller":
        assert after["size"] < before["size"]
    elif action == "larger":
        assert after["size"] > before["size"]
    elif action == "spacing":
        assert attributes.get("data-gk-spacing", "0") == value
        assert after["pressed"] == "true"
    elif action == "theme":
        assert attributes["data-gk-theme"] == value
        assert after["pressed"] == "true"
    elif action == "flag":
        assert f"data-gk-{value}" in attributes
        assert after["pressed"] == "true"
    elif action == "reset":
        assert attributes == {"data-gk-theme": "standard"}
        assert after["size"] < baseline["size"]  # back to 100 %, below the 125 % the page opened with


def test_shortcuts_are_chords_and_the_theme_letters_are_off(open_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + DOCUMENT)
    shortcuts = page.evaluate(
        "[...document.querySelectorAll('[aria-keyshortcuts]')].map(e => e.getAttribute('aria-keyshortcuts'))"
    )
    assert shortcuts and all(s.startswith("Alt+Shift+") for s in shortcuts)
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)")
    page.keyboard.press("Alt+Shift+ArrowUp")
    assert html_attribute(page, "data-gk-size") == "125"
    assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)") > size
    page.keyboard.press("Alt+Shift+KeyE")
    assert html_attribute(page, "data-gk-theme") == "elder"
    page.keyboard.press("Alt+Shift+KeyT")
    assert page.evaluate("document.activeElement.closest('#gk-toolbar') !== null")
    # A single letter never reaches the theme's keyboard handler (it listens on the document), so its
    # shortcuts cannot fire while a screen reader user types commands; typing in a field still works.
    page.evaluate("document.addEventListener('keydown', e => { window.gkSeen = e.key; })")
    page.locator("article h1").click()
    page.keyboard.press("s")
    assert page.evaluate("window.gkSeen === undefined")
    page.keyboard.press("Shift+A")  # not a theme key: passes
    assert page.evaluate("window.gkSeen") == "A"


def test_statement_page_lists_the_shortcuts_in_both_languages(open_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    for lang, root in LANGS.items():
        page = open_page(served_site + root + "/")
        link = page.locator(".gk-footer__links a", has_text=LOCALES[lang]["a11y"]["statement"])
        with page.expect_navigation():
            link.click()
        assert page.locator("article h1").inner_text() == LOCALES[lang]["accessibility"]["title"]
        keys = page.locator(".gk-shortcuts tbody tr td:first-child").all_inner_texts()
        on_page = {" ".join(k.split()) for k in keys}
        toolbar = page.evaluate(
            "[...document.querySelectorAll('[aria-keyshortcuts]')].map(e => e.getAttribute('aria-keyshortcuts'))"
        )
        shown = {s.replace("+", " + ").replace("ArrowUp", "↑").replace("ArrowDown", "↓") for s in toolbar}
        assert on_page == shown


# ---- (f) read aloud: a clear message when there is no voice ----------------------------------------------


@pytest.mark.parametrize("lang", list(LANGS))
def test_read_aloud_says_when_there_is_no_voice(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT)
    assert page.evaluate("speechSynthesis.getVoices().length") == 0  # headless Chromium has no voices
    status = page.locator("#gk-toolbar [data-gk-status]")
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    page.locator('#gk-toolbar [data-gk-action="read"]').click()
    expected = LOCALES[lang]["a11y"]["no_voice"]
    page.wait_for_function(
        "text => document.querySelector('#gk-toolbar [data-gk-status]').textContent === text", arg=expected
    )
    assert status.is_visible()


# ---- (g) without JavaScript: no dead buttons --------------------------------------------------------------


@pytest.mark.parametrize("lang", list(LANGS))
def test_without_javascript_the_controls_are_not_shown(open_page, served_site: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(served_site + LANGS[lang] + DOCUMENT, java_script_enabled=False)
    assert page.locator("article h1").is_visible()
    assert page.locator("#gk-toolbar").count() == 1
    assert not page.locator("#gk-toolbar").is_visible()
    assert not page.locator(".gk-elder-switch").is_visible()
    visible = page.evaluate(
        "[...document.querySelectorAll('#gk-toolbar button, .gk-elder-switch')].filter(e => e.getClientRects().length).length"
    )
    assert visible == 0


# ---- Mongolian vertical pages: text size and line spacing work there too ----------------------------------


def test_text_size_and_spacing_on_vertical_mongolian_pages(open_page, served_site: str) -> None:  # type: ignore[no-untyped-def]
    url = served_site + "/mn" + DOCUMENT
    metrics = """(s => [parseFloat(s.fontSize), parseFloat(s.lineHeight), s.writingMode])(
        getComputedStyle(document.querySelector('article p')))"""
    plain = open_page(url).evaluate(metrics)
    larger = open_page(url, {"size": 150, "spacing": 2}).evaluate(metrics)
    assert plain[2] == larger[2] == "vertical-lr"
    assert larger[0] == pytest.approx(plain[0] * 1.5, rel=0.01)
    assert larger[1] / larger[0] == pytest.approx(plain[1] / plain[0] * 1.5, rel=0.01)  # column spacing
    page = open_page(url, {"size": 200, "theme": "elder"})
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")


# ---- a listing with several pages, for the pagination targets ------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def paginated_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("paginated")
    content = copy_fixture("minimal", root)
    for n in range(25):
        write(
            content / f"zh/notice/n{n:02}.md",
            f"---\ntitle: 通知{n:02}\npublished: 2023-03-{1 + n:02}\nissuer: 局\nindex_no: X/2023-{n:05}\n---\n正文{n}\n",
        )
    out: Path = build_site(content, root / "site").out_dir
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
