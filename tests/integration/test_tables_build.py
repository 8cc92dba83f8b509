"""A data table embedded in a document, built into the site: what a citizen's browser (and screen
reader) receives in each language edition."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build_site
from tests.conftest import soup
from tests.unit.test_tables import PROJECTS, embed, write_table


@pytest.fixture
def built(minimal: Path, tmp_path: Path) -> Path:
    write_table(
        minimal,
        PROJECTS.replace(
            "title: {zh: 重点项目投资情况, mn: ᠲᠥᠰᠦᠯ}",
            "title: {zh: 重点项目投资情况, mn: ᠲᠥᠰᠦᠯ}\ncaption_note: {zh: 统计截至2023年2月28日。}",
        ),
    )
    embed(minimal, "{{ table: projects }}\n\n会议材料另行印发。")
    embed(minimal, "{{ table: projects }}", "mn/notice/meeting.md")
    out = tmp_path / "site"
    build_site(minimal, out)
    return out


def table_of(page: BeautifulSoup) -> BeautifulSoup:
    tables = page.select(".gk-body table.gk-data-table")
    assert len(tables) == 1
    return tables[0]


def test_table_sits_in_the_body_between_the_paragraphs(built: Path) -> None:
    body = soup(built / "notice/meeting/index.html").select_one(".gk-body")
    texts = [p.get_text() for p in body.find_all("p", recursive=False)]
    assert texts[0].startswith("各有关单位") and texts[-1] == "会议材料另行印发。"
    assert "{{" not in body.get_text()


def test_caption_names_the_table_and_the_scrolling_region(built: Path) -> None:
    table = table_of(soup(built / "notice/meeting/index.html"))
    caption = table.caption
    assert caption.get_text() == "重点项目投资情况（万元）"
    region = table.parent
    assert "gk-table-wrap" in region["class"]
    assert (region["role"], region["tabindex"], region["aria-labelledby"]) == ("region", "0", caption["id"])
    note = region.find_next_sibling("p")
    assert note["id"] == table["aria-describedby"] and note.get_text() == "统计截至2023年2月28日。"


def test_two_level_header_with_scopes(built: Path) -> None:
    table = table_of(soup(built / "notice/meeting/index.html"))
    top, bottom = table.thead.find_all("tr")
    assert [
        (th["scope"], th.get_text(), th.get("colspan"), th.get("rowspan")) for th in top.find_all("th")
    ] == [
        ("col", "项目名称", None, "2"),
        ("colgroup", "投资情况", "5", None),
    ]
    assert [(th["scope"], th.get_text()) for th in bottom.find_all("th")] == [
        ("col", "总投资"),
        ("col", "到位资金"),
        ("col", "中央"),
        ("col", "地方"),
        ("col", "企业"),
    ]
    assert [c.get("span") for c in table.find_all("colgroup")] == [None, "5"]


def test_rows_are_headed_by_their_name_and_numbers_are_in_cells(built: Path) -> None:
    table = table_of(soup(built / "notice/meeting/index.html"))
    rows = table.tbody.find_all("tr")
    assert [r.th["scope"] for r in rows] == ["row"] * 3
    assert [r.th.get_text() for r in rows] == ["稀土永磁材料项目", "稀土抛光粉项目", "合计"]
    assert [td.get_text() for td in rows[2].find_all("td")] == [
        "60500.5",
        "27100.5",
        "0",
        "2100.25",
        "25000.25",
    ]
    assert all(td["class"] == ["gk-num"] for r in rows for td in r.find_all("td"))


def test_mongolian_edition_uses_mongolian_labels_and_marks_chinese_ones(built: Path) -> None:
    table = table_of(soup(built / "mn/notice/meeting/index.html"))
    title = table.caption.select_one(".gk-table__title")
    assert title.get_text() == "ᠲᠥᠰᠦᠯ" and not title.get("lang")
    unit = table.caption.select_one(".gk-table__unit")
    assert unit.get_text() == " (万元)" and unit["lang"] == "zh-CN"
    name, group = table.thead.tr.find_all("th")
    assert (name.get_text(), name.get("lang")) == ("ᠨᠡᠷᠡ", None)
    assert (group.get_text(), group["lang"]) == ("投资情况", "zh-CN")
    first = table.tbody.tr
    assert (first.th.get_text(), first.th["lang"]) == ("稀土永磁材料项目", "zh-CN")
    assert not first.td.get("lang")  # digits are the same in both languages


def test_table_style_is_shipped(built: Path) -> None:
    css = (built / "assets/gongkai/css/gongkai.css").read_text(encoding="utf-8")
    assert ".gk-num" in css and "tabular-nums" in css and ".gk-table-wrap" in css


def test_documents_without_the_directive_have_no_table(built: Path) -> None:
    assert soup(built / "policy/new-policy/index.html").select("table.gk-data-table") == []
