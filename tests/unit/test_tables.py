"""Data tables: a table that adds up passes; every sum that does not, and every cell that is not filled in
right, is one finding naming the file, the line, the row and the column."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import check_content
from generator.findings import Finding
from generator.resources import LOCALES_DIR
from generator.site import Site
from generator.tables.loader import load_tables
from generator.tables.view import expand_tables
from tests.conftest import write

# The last table of the seed report, as an editor would type it: 到位资金 1000, yet
# 中央 0 + 地方 1000 + 企业 0 + 个人 1000 + 其他 0 = 2000.
SEED_TABLE = """\
title: {zh: 重点招商引资项目投资情况}
unit: {zh: 万元}
columns:
  - {key: seq, label: {zh: 序号}}
  - {key: name, label: {zh: 项目名称}, type: text}
  - {key: total, label: {zh: 总投资}, group: {zh: 投资情况}}
  - {key: funded, label: {zh: 到位资金}, group: {zh: 投资情况}}
  - {key: central, label: {zh: 中央}, group: {zh: 投资情况}}
  - {key: local, label: {zh: 地方}, group: {zh: 投资情况}}
  - {key: enterprise, label: {zh: 企业}, group: {zh: 投资情况}}
  - {key: individual, label: {zh: 个人}, group: {zh: 投资情况}}
  - {key: other, label: {zh: 其他}, group: {zh: 投资情况}}
  - {key: loans, label: {zh: 银行贷款}, group: {zh: 投资情况}}
  - {key: own, label: {zh: 自筹}, group: {zh: 投资情况}}
  - {key: other_sources, label: {zh: 其他}, group: {zh: 投资情况}}
  - {key: started, label: {zh: 开工}, group: {zh: 进展情况}}
  - {key: completed, label: {zh: 竣工}, group: {zh: 进展情况}}
  - {key: operating, label: {zh: 投产}, group: {zh: 进展情况}}
rows:
  - [1, 包头稀土高新区投资促进局, 1000, 1000, 0, 1000, 0, 1000, 0, 0, 0, 0, 0, 0, 0]
sums:
  - {column: funded, of: [central, local, enterprise, individual, other]}
"""
SEED_ROW_LINE = 20

# A table that adds up, both ways: 到位资金 = 中央 + 地方 + 企业 in every row, row 3 = rows 1 + 2.
PROJECTS = """\
title: {zh: 重点项目投资情况, mn: ᠲᠥᠰᠦᠯ}
unit: {zh: 万元}
columns:
  - {key: name, label: {zh: 项目名称, mn: ᠨᠡᠷᠡ}, type: text}
  - {key: total, label: {zh: 总投资}, group: {zh: 投资情况}}
  - {key: funded, label: {zh: 到位资金}, group: {zh: 投资情况}}
  - {key: central, label: {zh: 中央}, group: {zh: 投资情况}}
  - {key: local, label: {zh: 地方}, group: {zh: 投资情况}}
  - {key: enterprise, label: {zh: 企业}, group: {zh: 投资情况}}
rows:
  - [稀土永磁材料项目, 52000, 18600, 0, 1600, 17000]
  - [稀土抛光粉项目, 8500.5, 8500.5, 0, 500.25, 8000.25]
  - [合计, 60500.5, 27100.5, 0, 2100.25, 25000.25]
sums:
  - {column: funded, of: [central, local, enterprise]}
  - {row: 3, of: [1, 2]}
"""
ROW_LINES = (11, 12, 13)
SUMS_LINES = (15, 16)


def check(content: Path) -> tuple[Site | None, list[Finding]]:
    return check_content(content, LOCALES_DIR)


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, [f.format() for f in findings]
    return matching[0]


def table_findings(content: Path) -> list[Finding]:
    _, findings = check(content)
    return [f for f in findings if f.path.parent == content / "tables" or f.code.startswith("table-")]


def write_table(content: Path, text: str, name: str = "projects") -> Path:
    return write(content / "tables" / f"{name}.yml", text)


def embed(content: Path, directive: str, doc: str = "zh/notice/meeting.md") -> tuple[Path, int]:
    """Append a directive line to a document; return the file and the directive's line."""
    path = content / doc
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + directive + "\n"
    write(path, text)
    return path, text.count("\n")


# -- sums ------------------------------------------------------------------------------------------
def test_seed_investment_row_does_not_add_up(minimal: Path) -> None:
    path = write_table(minimal, SEED_TABLE, "seed-investment")
    site, findings = check(minimal)
    assert site is None
    finding = only(findings, "table-sum")
    assert (finding.path, finding.line) == (path, SEED_ROW_LINE)
    assert finding.params["row"] == 1 and finding.params["column"] == "到位资金"
    assert (finding.params["expected"], finding.params["found"]) == ("2000", "1000")
    assert finding.format("zh", relative_to=minimal) == (
        f"tables/seed-investment.yml:{SEED_ROW_LINE}: 第1行“包头稀土高新区投资促进局” / 到位资金: "
        "应为 2000（中央+地方+企业+个人+其他之和），实为 1000。请核对这些数字"
    )
    english = finding.format("en")
    assert "should be 2000 (the sum of 中央 + 地方 + 企业 + 个人 + 其他), found 1000" in english


def test_consistent_table_passes_and_is_on_the_site(minimal: Path) -> None:
    write_table(minimal, PROJECTS)
    embed(minimal, "{{ table: projects }}")
    site, findings = check(minimal)
    assert site is not None, [f.format() for f in findings]
    assert list(site.tables) == ["projects"]
    table = site.tables["projects"]
    assert table.row_lines == list(ROW_LINES) and table.sum_lines == list(SUMS_LINES)
    assert str(table.rows[2][1]) == "60500.5"


def test_decimals_add_up_exactly(minimal: Path) -> None:
    """0.1 + 0.2 is 0.30000000000000004 in binary floating point; a table must still pass."""
    write_table(
        minimal,
        PROJECTS.replace("8500.5, 8500.5, 0, 500.25, 8000.25", "0.3, 0.3, 0, 0.1, 0.2").replace(
            "60500.5, 27100.5, 0, 2100.25, 25000.25", "52000.3, 18600.3, 0, 1600.1, 17000.2"
        ),
    )
    assert table_findings(minimal) == []


def test_row_sum_names_each_column_that_does_not_add_up(minimal: Path) -> None:
    path = write_table(minimal, PROJECTS.replace("[合计, 60500.5, 27100.5", "[合计, 60500, 27100.5"))
    findings = table_findings(minimal)
    assert [f.code for f in findings] == ["table-sum"]
    finding = findings[0]
    assert (finding.path, finding.line) == (path, ROW_LINES[2])
    assert (
        finding.message()
        == "第3行“合计” / 总投资: 应为 60500.5（第1行+第2行之和），实为 60500。请核对这些数字"
    )
    assert "(the sum of row 1 + row 2)" in finding.message("en")


def test_a_wrong_cell_can_break_both_sums(minimal: Path) -> None:
    write_table(
        minimal,
        PROJECTS.replace(
            "[稀土永磁材料项目, 52000, 18600, 0, 1600,", "[稀土永磁材料项目, 52000, 18600, 0, 1700,"
        ),
    )
    findings = table_findings(minimal)
    assert {(f.line, f.params["column"]) for f in findings} == {
        (ROW_LINES[0], "到位资金"),
        (ROW_LINES[2], "地方"),
    }


# -- cells -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("blank", ["~", "null", '""', "' '"])
def test_blank_cell_is_an_error_not_zero(minimal: Path, blank: str) -> None:
    path = write_table(
        minimal,
        PROJECTS.replace("[稀土抛光粉项目, 8500.5, 8500.5, 0,", f"[稀土抛光粉项目, 8500.5, 8500.5, {blank},"),
    )
    finding = only(table_findings(minimal), "table-blank-cell")
    assert (finding.path, finding.line) == (path, ROW_LINES[1])
    assert (
        finding.message()
        == "第2行“稀土抛光粉项目”的“中央”一格是空的。每格都要填写：没有数值请填 0，没有文字请填 —"
    )


def test_blank_name_is_an_error_too(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("[稀土永磁材料项目,", "[~,"))
    finding = only(table_findings(minimal), "table-blank-cell")
    assert finding.params["column"] == "项目名称" and finding.line == ROW_LINES[0]


def test_missing_cell_gives_the_row_length_and_the_column_order(minimal: Path) -> None:
    path = write_table(
        minimal, PROJECTS.replace("[稀土抛光粉项目, 8500.5, 8500.5, 0,", "[稀土抛光粉项目, 8500.5, 8500.5,")
    )
    findings = table_findings(minimal)
    finding = only(findings, "table-row-length")
    assert (finding.path, finding.line) == (path, ROW_LINES[1])
    assert finding.message() == (
        "第2行“稀土抛光粉项目”有 5 格，应为 6 格，依次是：项目名称、总投资、到位资金、中央、地方、企业"
    )
    assert not [f for f in findings if f.code == "table-sum"]  # a broken table's sums are not checked


@pytest.mark.parametrize("value", ['"1600"', "1,600", "1600万", "true", ".nan"])
def test_number_cell_must_be_a_plain_number(minimal: Path, value: str) -> None:
    path = write_table(minimal, PROJECTS.replace("0, 1600, 17000]", f"0, {value}, 17000]"))
    findings = table_findings(minimal)
    if value == "1,600":  # the comma splits the cell in two
        assert only(findings, "table-row-length").line == ROW_LINES[0]
        return
    finding = only(findings, "table-not-number")
    assert (finding.path, finding.line) == (path, ROW_LINES[0])
    assert finding.params["column"] == "地方" and "例如 1000 或 12.5" in finding.message()


def test_text_cell_may_not_be_a_list(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("[稀土永磁材料项目,", "[[稀土永磁材料项目],"))
    finding = only(table_findings(minimal), "field-text")
    assert finding.line == ROW_LINES[0] and finding.params["label"] == "项目名称"


# -- declarations ----------------------------------------------------------------------------------
def test_unknown_column_in_sums(minimal: Path) -> None:
    path = write_table(
        minimal, PROJECTS.replace("of: [central, local, enterprise]", "of: [central, locl, name]")
    )
    findings = table_findings(minimal)
    assert [(f.code, f.line, f.params["name"]) for f in findings] == [
        ("table-unknown-column", SUMS_LINES[0], "locl"),
        ("table-unknown-column", SUMS_LINES[0], "name"),  # a text column cannot be summed
    ]
    assert findings[0].path == path
    assert "funded（到位资金）" in findings[0].message() and "name（项目名称）" not in findings[0].message()
    listed = "total（总投资）, funded（到位资金）, central（中央）, local（地方）, enterprise（企业）"
    assert findings[0].params["columns"] == listed


def test_unknown_row_in_sums(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("{row: 3, of: [1, 2]}", "{row: 4, of: [1, 2]}"))
    finding = only(table_findings(minimal), "table-unknown-row")
    assert finding.line == SUMS_LINES[1] and "本表共 3 行" in finding.message()
    assert finding.params == {"row": "4", "count": 3}


@pytest.mark.parametrize("row", ["0", "-1", "total"])
def test_a_row_is_counted_from_one(minimal: Path, row: str) -> None:
    write_table(minimal, PROJECTS.replace("{row: 3, of: [1, 2]}", f"{{row: 3, of: [{row}, 2]}}"))
    findings = [f for f in table_findings(minimal) if f.code == "table-unknown-row"]
    assert [(f.line, f.params["row"]) for f in findings] == [(SUMS_LINES[1], row)]


@pytest.mark.parametrize("entry", ["{of: [1, 2]}", "{column: funded, row: 3, of: [1, 2]}"])
def test_sum_needs_a_column_or_a_row(minimal: Path, entry: str) -> None:
    write_table(minimal, PROJECTS.replace("{row: 3, of: [1, 2]}", entry))
    finding = only(table_findings(minimal), "table-sum-form")
    assert finding.line == SUMS_LINES[1] and "{row: 3, of: [1, 2]}" in finding.message()


def test_duplicate_column_key(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("{key: enterprise,", "{key: local,"))
    finding = only(table_findings(minimal), "table-column-duplicate")
    assert finding.line == 9 and finding.params["first"] == 8


def test_misspelt_key_is_located_and_explained(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("rows:", "rowz:"))
    findings = table_findings(minimal)
    assert only(findings, "field-unknown").line == 10
    assert "Did you mean rows?" in only(findings, "field-unknown").message("en")
    assert only(findings, "field-missing").params["field"] == "rows"


def test_table_file_name_must_be_a_slug(minimal: Path) -> None:
    write_table(minimal, PROJECTS, "Key Projects")
    finding = only(table_findings(minimal), "table-name")
    assert finding.params["name"] == "Key Projects.yml"


# -- embedding in documents ------------------------------------------------------------------------
def test_directive_naming_a_missing_table(minimal: Path) -> None:
    write_table(minimal, PROJECTS)
    path, line = embed(minimal, "{{ table: project }}")
    site, findings = check(minimal)
    assert site is None
    finding = only(findings, "table-unknown")
    assert (finding.path, finding.line) == (path, line)
    assert finding.message() == "表格 project 不存在：content/tables/ 中没有 project.yml。已有表格：projects"


def test_a_missing_table_lists_every_table_there_is(minimal: Path) -> None:
    embed(minimal, "{{ table: project }}")
    first = only(table_findings(minimal), "table-unknown")
    assert first.message().endswith("已有表格：（无）") and first.message("en").endswith("Tables: (none)")
    write_table(minimal, PROJECTS)
    write_table(minimal, PROJECTS, "budget-2024")
    assert only(table_findings(minimal), "table-unknown").params["tables"] == "budget-2024, projects"
    assert (
        only(table_findings(minimal), "table-unknown").message().endswith("已有表格：budget-2024, projects")
    )


def test_directive_in_a_translation_is_checked_too(minimal: Path) -> None:
    path, line = embed(minimal, "{{ table: projects }}", "mn/notice/meeting.md")
    finding = only(table_findings(minimal), "table-unknown")
    assert (finding.path, finding.line) == (path, line) and "(none)" in finding.message("en")


def test_directive_inside_a_code_example_is_left_alone(minimal: Path) -> None:
    embed(minimal, "```text\n{{ table: no-such-table }}\n```")
    assert table_findings(minimal) == []


def test_broken_table_is_not_also_reported_missing(minimal: Path) -> None:
    write_table(minimal, PROJECTS.replace("0, 1600, 17000]", "0, ~, 17000]"))
    embed(minimal, "{{ table: projects }}")
    assert [f.code for f in table_findings(minimal)] == ["table-blank-cell"]


def test_table_embedded_twice_gets_two_ids(tmp_path: Path) -> None:
    write_table(tmp_path, PROJECTS)
    files = load_tables(tmp_path)
    assert files.findings == []
    body = "前文。\n{{ table: projects }}\n中间。\n{{table:projects}}\n"
    page = BeautifulSoup(expand_tables(body, files.tables, "zh", "zh-CN"), "html.parser")
    assert [c["id"] for c in page.select("caption")] == ["gk-table-projects", "gk-table-projects-2"]
    assert [d["aria-labelledby"] for d in page.select(".gk-table-wrap")] == [
        "gk-table-projects",
        "gk-table-projects-2",
    ]
    assert "前文。" in str(page) and "中间。" in str(page)
