"""Full builds of small content folders, checked as parsed HTML: what a citizen's browser receives."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from generator.build import build_site, check_content
from generator.findings import ContentError, errors
from generator.i18n.mongolian import format_date_mn
from tests.conftest import soup, write


@pytest.fixture
def built(minimal: Path, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    build_site(minimal, out)
    return out


def test_chinese_at_root_mongolian_under_mn(built: Path) -> None:
    assert soup(built / "index.html").html["lang"] == "zh-CN"
    assert soup(built / "mn/index.html").html["lang"] == "mn-Mong-CN"
    assert soup(built / "mn/policy/new-policy/index.html").html["lang"] == "mn-Mong-CN"


def test_government_meta_tags_on_every_page(built: Path) -> None:
    pages = list(built.rglob("*.html"))
    assert len(pages) > 15
    for page in pages:
        head = soup(page).head
        assert head.find("meta", attrs={"name": "SiteIDCode"})["content"] == "1502990001", page
        assert head.find("meta", attrs={"name": "SiteDomain"})["content"] == "test.example.gov.cn"
        assert head.find("meta", attrs={"name": "SiteName"})["content"]


def test_document_page_metadata_card(built: Path) -> None:
    page = soup(built / "policy/new-policy/index.html")
    card = {
        dt.get_text(): dd.get_text()
        for dt, dd in zip(page.select(".gk-card dt"), page.select(".gk-card dd"), strict=True)
    }
    assert card == {
        "索引号": "11150200MB0000000X/2024-00001",
        "发文机关": "测试区投资促进局",
        "文号": "测高新投发〔2024〕1号",
        "成文日期": "2024年01月20日",
        "发布日期": "2024年02月01日",
        "主题分类": "商贸、海关、旅游\\招商引资",
        "有效性": "有效",
        "最后更新": "2024年02月01日",  # never updated: last updated when published
    }
    assert page.find("meta", attrs={"name": "ArticleTitle"})["content"] == "测试区招商引资优惠办法"
    assert page.find("meta", attrs={"name": "PubDate"})["content"] == "2024-02-01"
    assert [h.get_text() for h in page.select("article h1")] == ["测试区招商引资优惠办法"]


def test_last_updated_date_on_every_document_page(minimal: Path, tmp_path: Path) -> None:
    guide = minimal / "zh/guide/guide.md"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace(
            "published: 2024-01-02\n", "published: 2024-01-02\nupdated: 2024-03-05\n"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "site"
    build_site(minimal, out)
    documents = [p for p in out.rglob("index.html") if soup(p).find("meta", attrs={"name": "ArticleTitle"})]
    assert len(documents) == 10  # five documents, two languages
    for path in documents:
        row = soup(path).select_one(".gk-card__row--updated")
        assert row is not None and row.dd.get_text(), path
    assert (
        soup(out / "guide/guide/index.html").select_one(".gk-card__row--updated dd").get_text()
        == "2024年03月05日"
    )
    mn = soup(out / "mn/guide/guide/index.html").select_one(".gk-card__row--updated")
    assert mn.dt.get_text() == "ᠰᠡᠭᠦᠯᠴᠢ ᠰᠢᠨᠡᠳᠬᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ"
    assert mn.dd.get_text() == format_date_mn(dt.date(2024, 3, 5))


def test_abolished_banner_links_to_replacement(built: Path) -> None:
    page = soup(built / "policy/old-policy/index.html")
    banner = page.select_one(".gk-abolished")
    # The day it was abolished (2024-02-15), not the day its replacement was published (2024-02-01).
    assert "本文件已废止" in banner.get_text() and "2024年02月15日" in banner.get_text()
    assert "2024年02月01日" not in banner.get_text()
    link = banner.find("a")
    assert link.get_text() == "测试区招商引资优惠办法"
    assert (built / "policy/old-policy" / link["href"] / "index.html").resolve() == (
        built / "policy/new-policy/index.html"
    ).resolve()
    assert soup(built / "policy/new-policy/index.html").select_one(".gk-abolished") is None


def test_abolished_banner_on_the_mongolian_page(built: Path) -> None:
    """The untranslated Mongolian page of an abolished policy says so too, in Mongolian, with the
    Mongolian date, and points to the replacement's Mongolian page."""
    page = soup(built / "mn/policy/old-policy/index.html")
    banner = page.select_one(".gk-abolished")
    assert banner is not None
    text = banner.get_text()
    assert format_date_mn(dt.date(2024, 2, 15)) in text
    assert format_date_mn(dt.date(2024, 2, 1)) not in text
    assert "已废止" not in text  # the banner's own words are the Mongolian edition's
    link = banner.find("a")
    assert link["lang"] == "zh-CN"  # the replacement has no translation: its Chinese title, marked
    assert (built / "mn/policy/old-policy" / link["href"] / "index.html").resolve() == (
        built / "mn/policy/new-policy/index.html"
    ).resolve()
    assert soup(built / "mn/policy/new-policy/index.html").select_one(".gk-abolished") is None


def test_policy_and_interpretation_link_both_ways(built: Path) -> None:
    policy = soup(built / "policy/new-policy/index.html")
    links = policy.select(".gk-related a")
    assert [a.get_text() for a in links] == ["《测试区招商引资优惠办法》政策解读"]
    assert links[0]["href"] == "../../interpretation/new-policy-explained/"
    interpretation = soup(built / "interpretation/new-policy-explained/index.html")
    assert [a["href"] for a in interpretation.select(".gk-related a")] == ["../../policy/new-policy/"]


def test_navigation_lists_sections_not_documents(built: Path) -> None:
    nav = soup(built / "index.html").select_one("nav.md-nav--primary")
    hrefs = {a["href"] for a in nav.select("a.md-nav__link[href]")}
    assert "policy/" in hrefs and "notice/" in hrefs
    assert not any("new-policy" in h for h in hrefs)


def test_every_page_links_to_its_counterpart(built: Path) -> None:
    zh = soup(built / "notice/meeting/index.html").select_one(".gk-lang-switch a")
    assert zh["href"] == "../../mn/notice/meeting/" and zh["hreflang"] == "mn-Mong-CN"
    mn = soup(built / "mn/notice/meeting/index.html").select_one(".gk-lang-switch a")
    assert mn["href"] == "../../../notice/meeting/" and mn["hreflang"] == "zh-CN"
    home = soup(built / "mn/index.html").select_one(".gk-lang-switch a")
    assert home["href"] == "../"


def test_hreflang_only_for_real_translations(built: Path) -> None:
    translated = soup(built / "notice/meeting/index.html").select('link[rel="alternate"][hreflang]')
    assert {link["hreflang"] for link in translated} == {"zh-CN", "mn-Mong-CN"}
    untranslated = soup(built / "policy/new-policy/index.html").select('link[rel="alternate"][hreflang]')
    assert untranslated == []


def test_untranslated_document_says_so_and_links_original(built: Path) -> None:
    page = soup(built / "mn/policy/new-policy/index.html")
    notice = page.select_one(".gk-untranslated")
    assert notice is not None
    link = notice.find("a")
    assert link["href"] == "../../../policy/new-policy/" and link["hreflang"] == "zh-CN"
    assert page.select_one("article h1")["lang"] == "zh-CN"  # the title shown is the Chinese one


def test_translated_document_shows_translation(built: Path) -> None:
    page = soup(built / "mn/notice/meeting/index.html")
    assert page.select_one(".gk-untranslated") is None
    assert page.select_one("article h1").get_text() == "ᠬᠤᠷᠠᠯ ᠤᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ"
    assert "ᠬᠤᠷᠠᠯ ᠬᠢᠬᠦ" in page.select_one(".gk-body").get_text()


def test_footer_government_items(built: Path) -> None:
    page = soup(built / "policy/new-policy/index.html")
    footer = page.select_one(".gk-footer")
    text = footer.get_text()
    assert "主办单位" in text and "测试区投资促进局" in text and "1502990001" in text
    icp = footer.find("a", string="蒙ICP备05000000号-1")
    assert icp["href"] == "https://beian.miit.gov.cn/"
    police = footer.find("a", string="蒙公网安备15020702000001号")
    assert police["href"].endswith("recordcode=15020702000001")
    assert footer.find("a", string="网站地图")["href"] == "../../sitemap/"
    report = footer.find("a", string="我为政府网站找错")["href"]
    assert report.startswith("mailto:office@example.gov.cn?subject=")
    assert "https%3A//test.example.gov.cn/policy/new-policy/" in report


def test_listing_newest_first(built: Path) -> None:
    titles = [a.get_text() for a in soup(built / "policy/index.html").select(".gk-doclist__title")]
    assert titles == ["测试区招商引资优惠办法", "测试区招商引资优惠办法（试行）"]


def test_pagination_twenty_a_page_with_real_links(minimal: Path, tmp_path: Path) -> None:
    for n in range(45):
        write(
            minimal / f"zh/notice/n{n:02}.md",
            f"---\ntitle: 通知{n:02}\npublished: 2023-{1 + n // 28:02}-{1 + n % 28:02}\n"
            f"issuer: 局\nindex_no: X/2023-{n:05}\n---\n正文{n}\n",
        )
    out = tmp_path / "site"
    build_site(minimal, out)
    first = soup(out / "notice/index.html")
    assert len(first.select(".gk-doclist__item")) == 20
    assert first.select(".gk-doclist__title")[0].get_text() == "关于召开招商引资工作会议的通知"
    nav = first.select_one("nav.gk-pagination")
    assert [a["href"] for a in nav.select("a[aria-label]")] == ["./", "page/2/", "page/3/"]
    assert nav.select_one('a[rel="next"]')["href"] == "page/2/"
    third = soup(out / "notice/page/3/index.html")
    assert len(third.select(".gk-doclist__item")) == 46 - 40
    assert third.select_one('a[rel="prev"]')["href"] == "../2/"
    assert third.select_one('a[aria-current="page"]').get_text() == "3"
    mn_second = soup(out / "mn/notice/page/2/index.html")
    assert len(mn_second.select(".gk-doclist__item")) == 20


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(minimal: Path, tmp_path: Path) -> None:
    build_site(minimal, tmp_path / "a")
    build_site(minimal, tmp_path / "b")
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_failed_build_leaves_previous_site_intact(minimal: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(minimal, out)
    before = tree_digest(out)
    path = minimal / "zh/policy/new-policy.md"
    write(path, path.read_text(encoding="utf-8").replace("published: 2024-02-01", "published: 2024-13-45"))
    with pytest.raises(ContentError) as failure:
        build_site(minimal, out)
    assert [f.code for f in failure.value.findings] == ["field-date"]
    assert tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minimal", "site"]  # no staging left behind


@pytest.mark.parametrize(
    ("addition", "code"),
    [
        # Only the engine knows a page's headings: a link to a missing one fails inside the build.
        ("\n见[第三条](../guide/guide.md#第三条)。\n", "link-anchor-missing"),
        # Only the built pages show what the reader's browser would fetch: checked after the engine ran.
        ('\n<img src="//cdn.example.com/logo.png" alt="标志">\n', "external-resource"),
    ],
    ids=["engine", "external-resource guard"],
)
def test_failure_after_the_build_started_leaves_previous_site_intact(
    minimal: Path, tmp_path: Path, addition: str, code: str
) -> None:
    """These mistakes pass the content checks and stop the build only once it writes into its staging
    folder beside the live site: the live site stays as it was and the staging folder is removed."""
    out = tmp_path / "site"
    build_site(minimal, out)
    before = tree_digest(out)
    path = minimal / "zh/notice/meeting.md"
    write(path, path.read_text(encoding="utf-8") + addition)
    assert errors(check_content(minimal)[1]) == []  # the checks alone cannot see it
    with pytest.raises(ContentError) as failure:
        build_site(minimal, out)
    assert [(f.code, f.path, f.line) for f in failure.value.findings] == [(code, path, 10)]
    assert tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minimal", "site"]  # no staging left behind


def test_link_to_missing_heading_is_located(minimal: Path, tmp_path: Path) -> None:
    path = minimal / "zh/notice/meeting.md"
    write(path, path.read_text(encoding="utf-8") + "\n见[第三条](../guide/guide.md#第三条)。\n")
    with pytest.raises(ContentError) as failure:
        build_site(minimal, tmp_path / "site")
    finding = failure.value.findings[0]
    assert (finding.code, finding.path, finding.line) == ("link-anchor-missing", path, 10)
    assert "#第三条" in finding.message()


def test_external_resource_in_content_is_refused_and_located(minimal: Path, tmp_path: Path) -> None:
    path = minimal / "zh/notice/meeting.md"
    write(
        path, path.read_text(encoding="utf-8") + '\n<img src="https://cdn.example.com/logo.png" alt="标志">\n'
    )
    out = tmp_path / "site"
    with pytest.raises(ContentError) as failure:
        build_site(minimal, out)
    finding = failure.value.findings[0]
    assert (finding.code, finding.path, finding.line) == ("external-resource", path, 10)
    assert "https://cdn.example.com/logo.png" in finding.message()
    assert not out.exists()
    # A plain link to another site is fine: it is only followed when the reader clicks it.
    write(
        path,
        path.read_text(encoding="utf-8").replace(
            '<img src="https://cdn.example.com/logo.png" alt="标志">', "[国务院](https://www.gov.cn/)"
        ),
    )
    build_site(minimal, out)
    assert (out / "notice/meeting/index.html").is_file()


def test_sitemap_has_hreflang_only_between_real_translations(built: Path) -> None:
    import gzip
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring((built / "sitemap.xml").read_bytes())
    entries = {
        u.find("s:loc", ns).text: {a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)}
        for u in root.findall("s:url", ns)
    }
    base = "https://test.example.gov.cn/"
    assert entries[base + "notice/meeting/"] == {
        "zh-CN": base + "notice/meeting/",
        "mn-Mong-CN": base + "mn/notice/meeting/",
    }
    assert entries[base + "mn/notice/meeting/"]["zh-CN"] == base + "notice/meeting/"
    assert entries[base + "policy/new-policy/"] == {}  # no translation: no alternates
    assert base + "mn/policy/new-policy/" not in entries  # the untranslated fallback page is not listed
    assert gzip.decompress((built / "sitemap.xml.gz").read_bytes()) == (built / "sitemap.xml").read_bytes()


def test_engine_problems_in_both_editions_are_all_reported(minimal: Path, tmp_path: Path) -> None:
    # The editions are built side by side: a problem in each is reported, Chinese first.
    zh, mn = minimal / "zh/notice/meeting.md", minimal / "mn/notice/meeting.md"
    write(zh, zh.read_text(encoding="utf-8") + "\n见[第三条](../guide/guide.md#第三条)。\n")
    write(mn, mn.read_text(encoding="utf-8") + "\n[ᠭᠤᠷᠪᠠ](../guide/guide.md#ᠭᠤᠷᠪᠠ)\n")
    out = tmp_path / "site"
    with pytest.raises(ContentError) as failure:
        build_site(minimal, out)
    found = [(f.code, f.path, f.line) for f in failure.value.findings]
    assert found == [("link-anchor-missing", zh, 10), ("link-anchor-missing", mn, 7)]
    assert not out.exists()
