"""Annual reports in built pages: the official sections in order, accessible tables in both
languages, downloads that read back to the same numbers, and the across-years comparison."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build_site
from generator.findings import ContentError
from generator.reports.export import read_csv
from generator.reports.loader import load_report
from tests.conftest import EXAMPLE_CONTENT, soup, write

NARRATIVE = """---
title: {year}年政府信息公开工作年度报告
published: {published}
issuer: 测试区投资促进局
index_no: 11150200MB0000000X/{next}-00009
annual_report: {year}
---
本报告依据《中华人民共和国政府信息公开条例》编制。

## 一、总体情况

收到申请{{{{{new} = r1.T}}}}件。

## 五、存在的主要问题及改进情况

无。

## 六、其他需要报告的事项

无。
"""


@pytest.fixture
def reports_site(minimal: Path) -> Path:
    """The minimal fixture plus a report section with 2022 and 2023 data and narratives."""
    site_yml = minimal / "site.yml"
    write(
        site_yml,
        site_yml.read_text(encoding="utf-8")
        + "  - {id: report, kind: report, title: {zh: 政府信息公开年报, mn: ᠵᠢᠯ ᠦᠨ ᠢᠯᠡᠳᠬᠡᠯ}}\n",
    )
    data = minimal / "reports/annual"
    data.mkdir(parents=True)
    shutil.copy(EXAMPLE_CONTENT / "reports/annual/2023.yml", data / "2023.yml")
    text = (data / "2023.yml").read_text(encoding="utf-8")
    text = text.replace("year: 2023", "year: 2022").replace("published: 2024-01-19", "published: 2023-01-18")
    text = text.replace("in_force: 19}", "in_force: 24}").replace(
        "[48, 0, 0, 0, 0, 0, 48]", "[46, 0, 0, 0, 0, 0, 46]"
    )
    text = text.replace("r4:     [2, 0, 0, 0, 0, 0, 2]", "r4:     [0, 0, 0, 0, 0, 0, 0]")
    write(data / "2022.yml", text)
    for year, published, new in ((2022, "2023-01-18", 46), (2023, "2024-01-19", 48)):
        write(
            minimal / f"zh/report/{year}-annual-report.md",
            NARRATIVE.format(year=year, published=published, next=year + 1, new=new),
        )
    return minimal


@pytest.fixture
def built(reports_site: Path, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    result = build_site(reports_site, out)
    # The fixture's policies do not match the reports' declared counts: that is only a warning.
    assert {f.code for f in result.findings} == {"report-catalogue"}
    return out


def headings(page: BeautifulSoup) -> list[str]:
    return [h.get_text() for h in page.select(".gk-body h2")]


def test_six_official_sections_in_order(built: Path) -> None:
    page = soup(built / "report/2023-annual-report/index.html")
    assert headings(page)[:6] == [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    assert "收到申请48件" in page.select_one(".gk-body").get_text()  # the reference renders as its number


def test_application_table_ties_every_number_to_its_headers(built: Path) -> None:
    page = soup(built / "report/2023-annual-report/index.html")
    table = page.select_one("table.gk-report-table--applications")
    assert table.caption.get_text() == "三、收到和处理政府信息公开申请情况"
    assert table.select_one('th[scope="colgroup"]').get_text() == "申请人情况"
    body_rows = table.select("tbody tr")
    assert len(body_rows) == 25
    assert len(table.select('tbody th[scope="row"]')) == 25
    ids = {el["id"]: el.get_text() for el in table.select("[id]")}
    cells = table.select("tbody td")
    assert len(cells) == 25 * 7
    for cell in cells:
        assert "gk-num" in cell["class"]
        assert all(ref in ids for ref in cell["headers"]), cell["headers"]
    # The 24 under （四）1 is tied to its group, its row, 申请人情况 and 自然人.
    cell = next(c for c in cells if c.get_text() == "24")
    names = [ids[ref] for ref in cell["headers"]]
    assert names == [
        "三、本年度办理结果",
        "（四）无法提供",
        "1.本机关不掌握相关政府信息",
        "申请人情况",
        "自然人",
    ]
    legal = next(c for c in table.select("thead th") if c.get_text() == "科研机构")
    assert [ids[ref] for ref in legal["headers"]] == ["申请人情况", "法人或其他组织"]


def test_proactive_and_review_tables(built: Path) -> None:
    page = soup(built / "report/2023-annual-report/index.html")
    captions = [c.get_text() for c in page.select("table caption")]
    assert captions[:4] == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
    ]
    first = page.select_one("table#gk-report-2023-p1")
    row = first.find("th", string="行政规范性文件").parent
    assert [td.get_text() for td in row.select("td")] == ["1", "6", "19"]
    review = page.select_one("table.gk-report-table--review")
    assert len(review.select("tbody td")) == 15
    assert [th.get_text() for th in review.select('thead th[scope="colgroup"]')] == [
        "行政复议",
        "行政诉讼",
        "未经复议直接起诉",
        "复议后起诉",
    ]


def test_mongolian_report_uses_mongolian_labels(built: Path) -> None:
    page = soup(built / "mn/report/2023-annual-report/index.html")
    table = page.select_one("table.gk-report-table--applications")
    text = table.caption.get_text() + "".join(th.get_text() for th in table.select("th"))
    assert any("\u1820" <= ch <= "\u18af" for ch in text)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert len(table.select("tbody td")) == 175


def test_downloads_round_trip(built: Path, reports_site: Path) -> None:
    page = soup(built / "report/2023-annual-report/index.html")
    links = {a.get_text(): a["href"] for a in page.select(".gk-report-downloads a")}
    base = built / "report/2023-annual-report"
    csv_bytes = (base / links["表格数据（CSV，可用 Excel 打开）"]).resolve().read_bytes()
    assert csv_bytes.startswith("\ufeff".encode())
    report, _ = load_report(reports_site / "reports/annual/2023.yml")
    assert report is not None
    values = read_csv(csv_bytes)
    assert values[("applications", "r3_4_1", "N")] == 24
    assert values[("fees", "fees", "amount")] == 4004
    assert len(values) == 6 + 3 + 1 + 25 * 7 + 15
    data = json.loads((base / links["表格数据（JSON）"]).resolve().read_text(encoding="utf-8"))
    assert data["applications"]["r1"] == [48, 0, 0, 0, 0, 0, 48]
    assert {
        r: dict(zip("NBRSLOT", v, strict=True)) for r, v in data["applications"].items()
    } == report.applications
    index = json.loads((built / "data/reports.json").read_text(encoding="utf-8"))
    assert [entry["year"] for entry in index] == [2022, 2023]
    mn_links = [
        a["href"]
        for a in soup(built / "mn/report/2023-annual-report/index.html").select(".gk-report-downloads a")
    ]
    assert (built / "mn/report/2023-annual-report" / mn_links[0]).resolve() == (
        built / "data/reports/annual/2023.csv"
    )


def test_comparison_page_chart_and_table(built: Path) -> None:
    page = soup(built / "report/comparison/index.html")
    svg = page.select_one("svg[role=img]")
    assert svg.title.get_text() == "2022—2023年政府信息公开申请数量柱状图"
    assert len(svg.select("rect")) == 2 * 6
    rows = page.select("table.gk-report-table--comparison tbody tr")
    assert [[c.get_text() for c in row.select("th, td")] for row in rows] == [
        ["2022", "46", "46", "16", "6", "24", "0"],
        ["2023", "48", "46", "16", "6", "24", "2"],
    ]
    link = soup(built / "report/2023-annual-report/index.html").find("a", string="查看历年对比")
    assert link["href"] == "../comparison/"
    assert soup(built / "mn/report/comparison/index.html").html["lang"] == "mn-Mong-CN"


def test_one_year_has_no_comparison(reports_site: Path, tmp_path: Path) -> None:
    (reports_site / "reports/annual/2022.yml").unlink()
    (reports_site / "zh/report/2022-annual-report.md").unlink()
    build_site(reports_site, tmp_path / "site")
    assert not (tmp_path / "site/report/comparison").exists()


def test_a_wrong_cell_stops_the_build(reports_site: Path, tmp_path: Path) -> None:
    data = reports_site / "reports/annual/2023.yml"
    write(
        data,
        data.read_text(encoding="utf-8").replace(
            "r3_7:   [46, 0, 0, 0, 0, 0, 46]", "r3_7:   [45, 0, 0, 0, 0, 0, 45]"
        ),
    )
    with pytest.raises(ContentError) as failure:
        build_site(reports_site, tmp_path / "site")
    assert any(
        "三（七）总计 / 自然人: 应为 46（（一）至（六）之和），实为 45" in f.message()
        for f in failure.value.findings
    )
    assert not (tmp_path / "site").exists()
