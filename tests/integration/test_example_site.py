"""The bundled example site, built as `make site` builds it: cleaned seed content, every page type."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from generator.build import BuildResult
from tests.conftest import EXAMPLE_CONTENT, soup


def test_both_editions_exist(example_site: BuildResult) -> None:
    out = example_site.out_dir
    assert soup(out / "index.html").html["lang"] == "zh-CN"
    assert soup(out / "mn/index.html").html["lang"] == "mn-Mong-CN"
    assert example_site.pages["zh"] == example_site.pages["mn"]


def test_example_content_is_marked_and_large_enough(example_site: BuildResult) -> None:
    out = example_site.out_dir
    assert "site.yml" in [p.name for p in EXAMPLE_CONTENT.iterdir()]
    assert "示例数据" in soup(out / "index.html").select_one(".gk-footer__example").get_text()
    documents = list((EXAMPLE_CONTENT / "zh").rglob("*.md"))
    assert len(documents) >= 15
    kinds = {p.parent.name for p in documents}
    assert {"policy", "notice", "interpretation", "qa", "report", "guide"} <= kinds


def test_seed_defects_are_not_content(example_site: BuildResult) -> None:
    report = soup(example_site.out_dir / "report/2023-annual-report/index.html")
    text = report.select_one(".gk-body").get_text()
    # The truncated opening is repaired: the report starts with a whole sentence naming the 条例.
    assert text.strip().startswith("本报告依据《中华人民共和国政府信息公开条例》")
    # The meaningless investment-project row is gone, and the signature appears once.
    assert "到位资金" not in text
    notice = (EXAMPLE_CONTENT / "zh/notice/rare-earth-industry-development.md").read_text(encoding="utf-8")
    assert notice.count("2024年1月19日") <= 1


def test_seed_numbers_survive(example_site: BuildResult) -> None:
    text = soup(example_site.out_dir / "report/2023-annual-report/index.html").get_text()
    for number in ("9689", "2530", "2685", "3050", "1424", "53619", "1135", "4004", "674"):
        assert number in text, number


def test_abolished_policy_points_to_its_replacement(example_site: BuildResult) -> None:
    out = example_site.out_dir
    banners = [
        (p, soup(p).select_one(".gk-abolished")) for p in sorted((out / "policy").glob("*/index.html"))
    ]
    abolished = [(p, b) for p, b in banners if b is not None]
    assert abolished, "the example needs an abolished policy"
    page, banner = abolished[0]
    target = (page.parent / banner.find("a")["href"] / "index.html").resolve()
    assert target.is_file() and soup(target).select_one(".gk-abolished") is None


def test_interpretations_link_both_ways(example_site: BuildResult) -> None:
    out = example_site.out_dir
    pages = sorted((out / "interpretation").glob("*/index.html"))
    assert len(pages) >= 2
    for page in pages:
        links = soup(page).select(".gk-related a")
        assert links, page
        policy = (page.parent / links[0]["href"] / "index.html").resolve()
        back = [(policy.parent / a["href"]).resolve() for a in soup(policy).select(".gk-related a")]
        assert page.parent.resolve() in back


def test_every_internal_link_resolves(example_site: BuildResult) -> None:
    out = example_site.out_dir
    for page in out.rglob("*.html"):
        for anchor in soup(page).select("a[href]"):
            href = anchor["href"].split("#")[0]
            if not href or href.startswith(("http:", "https:", "mailto:")) or page.name == "404.html":
                continue
            target = (page.parent / unquote(href)).resolve()  # a server decodes %-escapes to the file name
            assert target.is_file() or (target / "index.html").is_file(), f"{page}: {href}"


def test_documents_are_not_in_navigation(example_site: BuildResult) -> None:
    page = example_site.out_dir / "policy/index.html"
    nav_links = soup(page).select("nav.md-nav--primary a.md-nav__link[href]")
    documents = len(list((EXAMPLE_CONTENT / "zh").rglob("*.md")))
    assert len(nav_links) < 12 < documents


def test_mongolian_translation_pairs(example_site: BuildResult) -> None:
    out = example_site.out_dir
    translated = {p.stem for p in (EXAMPLE_CONTENT / "mn").rglob("*.md")}
    assert translated
    page = soup(out / "mn/notice/rare-earth-industry-development/index.html")
    assert page.select_one(".gk-untranslated") is None
    assert {link["hreflang"] for link in page.select('link[rel="alternate"][hreflang]')} == {
        "zh-CN",
        "mn-Mong-CN",
    }


def test_404_pages_per_language(example_site: BuildResult) -> None:
    out = example_site.out_dir
    assert "页面不存在" in soup(out / "404.html").select_one("article h1").get_text()
    mn = soup(out / "mn/404.html")
    assert mn.html["lang"] == "mn-Mong-CN"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in mn.select_one("article h1").get_text())


def test_no_page_is_missing_government_tags(example_site: BuildResult) -> None:
    for page in Path(example_site.out_dir).rglob("*.html"):
        assert soup(page).find("meta", attrs={"name": "SiteIDCode"}), page


def test_example_site_builds_byte_identically(example_site: BuildResult, tmp_path: Path) -> None:
    from generator.build import build_site
    from tests.integration.test_build_minimal import tree_digest

    again = tmp_path / "again"
    build_site(EXAMPLE_CONTENT, again)
    assert tree_digest(again) == tree_digest(example_site.out_dir)


def test_every_chinese_run_on_mongolian_pages_is_marked(example_site: BuildResult) -> None:
    """WCAG 3.1.2: any Chinese text on a Mongolian page sits inside an element with lang="zh…"."""
    import re

    han = re.compile(r"[\u4e00-\u9fff]")
    unmarked = []
    for page in sorted((example_site.out_dir / "mn").rglob("*.html")):
        doc = soup(page)
        for text in doc.body.find_all(string=han):
            if text.find_parent(["script", "style"]):
                continue
            marked = text.find_parent(attrs={"lang": True})
            if marked is None or not marked["lang"].startswith("zh"):
                unmarked.append(f"{page.relative_to(example_site.out_dir)}: {text.strip()[:20]}")
    assert unmarked == []
