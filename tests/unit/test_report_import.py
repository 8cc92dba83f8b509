"""`gongkai import-report`: an old report (the seed's plain text, or a government site's HTML page)
becomes the data file and the narrative. The seed imports to exactly the hand-written numbers; what
the import cannot understand is refused with its line; what it leaves to the editor is `~` and fails
the check at that line, with the files kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.findings import Finding, errors
from generator.reports.importer import import_report
from generator.reports.importer.normalize import find_date, label_key, normalize_label, read_cell
from generator.reports.loader import load_report
from generator.reports.model import AnnualReport
from generator.reports.rules import check_report
from generator.reports.schema import APPLICATION_ROWS
from tests.conftest import EXAMPLE_CONTENT, FIXTURES

REPORTS = FIXTURES / "reports"
SEED = (
    REPORTS / "seed-2023.txt"
)  # a copy of ../shared/seed/baotou-rare-earth-hitech-zone-2023-disclosure-report.txt
HAND_WRITTEN = EXAMPLE_CONTENT / "reports/annual/2023.yml"


def run(source: Path, out: Path, *extra: str) -> int:
    return main(["import-report", str(source), "--out", str(out), *extra])


def loaded(path: Path) -> AnnualReport:
    report, findings = load_report(path)
    assert report is not None, [f.format() for f in findings]
    return report


def tables(report: AnnualReport) -> tuple[object, ...]:
    return (
        report.agency,
        report.year,
        report.published,
        report.level,
        report.documents,
        report.decisions,
        report.fees,
        report.applications,
        report.review,
    )


def codes(findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in findings]


def variant(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    """A copy of a fixture with one piece of text changed."""
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    target = tmp_path / source.name
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


# -- the seed -----------------------------------------------------------------------------------------
@pytest.fixture
def seed_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, Path, str]:
    out = tmp_path / "content"
    status = run(SEED, out)
    return status, out, capsys.readouterr().err


def test_seed_imports_to_the_hand_written_numbers(seed_import: tuple[int, Path, str]) -> None:
    status, out, _ = seed_import
    assert status == 0
    assert tables(loaded(out / "reports/annual/2023.yml")) == tables(loaded(HAND_WRITTEN))


def test_seed_data_file_names_every_row_by_its_official_label(seed_import: tuple[int, Path, str]) -> None:
    _, out, _ = seed_import
    lines = (out / "reports/annual/2023.yml").read_text(encoding="utf-8").splitlines()
    for row in APPLICATION_ROWS:
        line = next(line for line in lines if line.startswith(f"  {row.key}:"))
        assert row.label in line.split("#", 1)[1], line
    assert "~" not in "\n".join(lines)


def test_seed_lists_what_is_not_part_of_the_report(seed_import: tuple[int, Path, str]) -> None:
    _, _, err = seed_import
    unmapped = {int(m) for m in re.findall(r"seed-2023\.txt:(\d+): 警告: 未导入", err)}
    assert {97, 98, 99} <= unmapped  # the investment-project table after the signature
    assert {115, 117, 119, 121, 123, 125, 127, 129} <= unmapped  # the repeated signatures
    assert not unmapped & set(range(1, 94))  # nothing of the report itself


def test_seed_notes_the_dropped_zero_columns_and_the_cut_opening(tmp_path: Path) -> None:
    result = import_report(SEED, tmp_path)
    notes = [(f.code, f.line) for f in result.findings if f.path == SEED]
    assert [line for code, line in notes if code == "import-extra-column"] == [48, 49, 71, 72]
    assert ("import-heading-derived", 3) in notes
    assert ("import-incomplete-start", 3) in notes
    assert not errors(result.findings)
    assert (
        "已按官方 7 列处理" in next(f for f in result.findings if f.code == "import-extra-column").message()
    )


def test_seed_narrative_keeps_sections_one_five_six_and_ties_its_numbers(
    seed_import: tuple[int, Path, str],
) -> None:
    _, out, err = seed_import
    text = (out / "zh/report/2023-annual-report.md").read_text(encoding="utf-8")
    front, body = text.split("---\n")[1:3]
    assert "title: 包头稀土高新区投资促进局2023年政府信息公开工作年度报告" in front
    assert "published: 2024-01-19" in front
    assert "issuer: 包头稀土高新区投资促进局" in front
    assert "annual_report: 2023" in front and "translation_key: 2023-annual-report" in front
    assert re.findall(r"^## .*$", body, re.M) == [
        "## 一、总体情况",
        "## 五、存在的主要问题及改进情况",
        "## 六、其他需要报告的事项",
    ]
    for reference in (
        "{{48 = r1.T}}",
        "{{46 = r3_7.T}}",
        "{{2 = r4.T}}",
        "{{16 = r3_1.T}}",
        "{{6 = r3_2.T}}",
        "{{24 = r3_4.T}}",
        "{{0 = r3_3.T}}",
    ):
        assert reference in body
    assert "### （一）主动公开情况" in body
    assert "|" not in body  # the tables are the data file's, not the narrative's
    assert body.rstrip().endswith("包头稀土高新区投资促进局\n\n2024年1月19日")
    assert "项目名称" not in body and "总体要求" not in body
    assert "2023-annual-report.md:5: 警告: 原文中没有索引号" in err


def test_changing_a_cell_of_the_imported_file_fails_the_rules(seed_import: tuple[int, Path, str]) -> None:
    _, out, _ = seed_import
    path = out / "reports/annual/2023.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("  r3_1:"))
    lines[number] = lines[number].replace("[16, 0,", "[15, 0,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = loaded(path)
    messages = {(f.line, f.message()) for f in check_report(report)}
    assert (number + 1, "三（一）予以公开 / 总计: 应为 15（自然人至其他之和），实为 16 [E3]") in messages
    total_line = next(i for i, line in enumerate(lines) if line.startswith("  r3_7:")) + 1
    assert (total_line, "三（七）总计 / 自然人: 应为 45（（一）至（六）之和），实为 46 [E2]") in messages


def test_existing_files_are_replaced_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(SEED, tmp_path) == 0
    (tmp_path / "zh/report/2023-annual-report.md").write_text("edited", encoding="utf-8")
    assert run(SEED, tmp_path) == 2
    assert "--force" in capsys.readouterr().err
    assert (tmp_path / "zh/report/2023-annual-report.md").read_text(encoding="utf-8") == "edited"
    assert run(SEED, tmp_path, "--force") == 0


def test_a_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "nothing.txt", tmp_path) == 2
    assert "nothing.txt" in capsys.readouterr().err


# -- cells the editor must decide ---------------------------------------------------------------------
def test_a_slash_cell_is_written_as_a_gap_that_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = variant(tmp_path, SEED, "行政许可\t53619\t\t", "行政许可\t/\t\t")
    out = tmp_path / "content"
    assert run(source, out) == 1
    data = out / "reports/annual/2023.yml"
    line = next(
        n
        for n, text in enumerate(data.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("  licensing:")
    )
    assert "licensing: ~" in data.read_text(encoding="utf-8")
    assert "原文为“/”，请核实后填写" in data.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert f"2023.yml:{line}: 行政许可: 单元格为空" in err
    assert (out / "zh/report/2023-annual-report.md").is_file()  # the files stay for the editor to fix


# -- refusals: nothing is written, the message names the line ----------------------------------------
def test_an_unreadable_file_is_refused_at_its_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notice.txt"
    source.write_text("关于做好春节期间安全生产工作的通知\n\n各单位：请做好值班工作。\n", encoding="utf-8")
    out = tmp_path / "content"
    assert run(source, out) == 1
    err = capsys.readouterr().err
    assert "notice.txt:1: 找不到年度报告的各部分标题" in err
    assert not out.exists()


def test_a_non_zero_extra_number_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = variant(
        tmp_path, SEED, "申请数量\t48\t0\t0\t0\t0\t0\t0\t48", "申请数量\t48\t0\t0\t0\t0\t0\t1\t48"
    )
    out = tmp_path / "content"
    assert run(source, out) == 1
    err = capsys.readouterr().err
    assert "seed-2023.txt:48: 一、本年新收政府信息公开申请数量: 本行有 8 个数（48 0 0 0 0 0 1 48）" in err
    assert not out.exists()


def test_an_unknown_row_with_numbers_is_refused(tmp_path: Path) -> None:
    source = variant(tmp_path, SEED, "4. 保护第三方合法权益", "4. 保护第三方权益")
    result = import_report(source, tmp_path / "content")
    assert codes(result.findings)[0] == ("import-row-unknown", 55)
    assert result.refused and not (tmp_path / "content").exists()


def test_a_row_in_the_wrong_group_is_refused(tmp_path: Path) -> None:
    source = variant(tmp_path, SEED, "2. 没有现成信息需要另行制作", "5. 没有现成信息需要另行制作")
    result = import_report(source, tmp_path / "content")
    assert ("import-row-mismatch", 61) in codes(result.findings)
    assert result.refused


def test_a_report_without_a_signature_date_is_refused(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").split("包头稀土高新区投资促进局\n\n2024年1月19日")[0]
    source = tmp_path / "unsigned.txt"
    source.write_text(text, encoding="utf-8")
    result = import_report(source, tmp_path / "content")
    assert codes(errors(result.findings)) == [("import-no-date", 87)]
    assert result.refused


# -- HTML pages ---------------------------------------------------------------------------------------
def test_modern_page_with_merged_cells_full_width_labels_and_slashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "content"
    assert run(REPORTS / "modern-2022.html", out) == 1  # 规章 is “/” in the page: the editor decides
    err = capsys.readouterr().err
    report, findings = load_report(out / "reports/annual/2022.yml")
    assert report is None
    assert [(f.code, f.params["cell"]) for f in findings] == [
        ("report-cell-blank", "规章 / 本年制发件数"),
        ("report-cell-blank", "规章 / 本年废止件数"),
        ("report-cell-blank", "规章 / 现行有效件数"),
    ]
    assert "2022.yml:9: 规章 / 本年制发件数: 单元格为空" in err
    data = (out / "reports/annual/2022.yml").read_text(encoding="utf-8")
    fixed = loaded(
        _fill(
            out / "reports/annual/2022.yml",
            "rules: {issued: ~, abolished: ~, in_force: ~}",
            "rules: {issued: 0, abolished: 0, in_force: 0}",
        )
    )
    assert "agency: 示例市示例区应急管理局" in data and fixed.published.isoformat() == "2023-01-18"
    assert fixed.documents["normative_documents"] == {
        "issued": 2,
        "abolished": 1,
        "in_force": 9,
    }  # ２ full-width
    assert fixed.decisions == {"licensing": 0, "punishment": 1086, "enforcement": 12}  # 1,086
    assert fixed.applications["r1"] == dict(zip("NBRSLOT", [10, 2, 0, 0, 0, 0, 12], strict=True))
    assert fixed.applications["r3_3_4"]["T"] == 1  # （三）不 予公开 4．保护第三方合法权益, under a rowspan
    assert fixed.applications["r3_5_2"]["N"] == 1
    assert fixed.applications["r4"]["T"] == 1
    assert fixed.review["review"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1}
    assert check_report(fixed) == []
    narrative = (out / "zh/report/2022-annual-report.md").read_text(encoding="utf-8")
    assert 'index_no: "11150200MB1234567X/2023-00002"' in narrative  # from the page's information bar
    assert "收到政府信息公开申请{{12 = r1.T}}件" in narrative and "办结{{12 = r3_7.T}}件" in narrative
    assert narrative.index("本报告依据") < narrative.index("## 一、总体情况")  # the introduction
    assert "modern-2022.html:92: 警告: 未导入（不属于年度报告的任何部分）：【打印本页】【关闭窗口】" in err


def _fill(path: Path, old: str, new: str) -> Path:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return path


def test_page_with_an_extra_subtotal_column(tmp_path: Path) -> None:
    result = import_report(REPORTS / "extra-column-2023.html", tmp_path)
    assert result.ok, [f.format() for f in result.findings]
    assert ("import-unknown-column", "小计") in [(f.code, f.params.get("column")) for f in result.findings]
    report = loaded(tmp_path / "reports/annual/2023.yml")
    assert report.applications["r1"] == dict(zip("NBRSLOT", [3, 2, 0, 0, 1, 0, 6], strict=True))
    assert report.applications["r3_4_1"] == dict(zip("NBRSLOT", [1, 1, 0, 0, 1, 0, 3], strict=True))
    assert str(report.fees) == "12.5"
    assert report.published.isoformat() == "2024-01-25"  # signed on the agency's line


def test_an_extra_column_that_is_not_a_subtotal_is_refused(tmp_path: Path) -> None:
    page = REPORTS / "extra-column-2023.html"
    text = page.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "一、本年新收" in line)
    source = variant(tmp_path, page, row, row.replace("<td>3</td><td>6</td>", "<td>4</td><td>6</td>"))
    result = import_report(source, tmp_path / "content")
    refusal = next(f for f in result.findings if f.code == "import-unknown-column-values")
    assert refusal.line == next(n for n, line in enumerate(text.splitlines(), 1) if "一、本年新收" in line)
    assert result.refused and not (tmp_path / "content").exists()


def test_a_column_without_a_title_holding_numbers_is_refused(tmp_path: Path) -> None:
    source = variant(tmp_path, REPORTS / "extra-column-2023.html", "<td>小计</td>", "<td></td>")
    result = import_report(source, tmp_path / "content")
    assert [f.code for f in errors(result.findings)] == ["import-unknown-column-values"]
    assert result.refused


def test_text_between_the_tables_is_listed_not_dropped(tmp_path: Path) -> None:
    source = variant(
        tmp_path,
        SEED,
        "三、收到和处理政府信息公开申请情况\n",
        "三、收到和处理政府信息公开申请情况\n单位：件\n",
    )
    result = import_report(source, tmp_path / "content")
    assert ("import-unmapped-line", 44) in codes(result.unmapped_lines)
    assert result.ok


def test_pre_2021_page_imports_what_maps_and_refuses_the_rest(tmp_path: Path) -> None:
    page = REPORTS / "pre-2021-2020.html"
    result = import_report(page, tmp_path)
    assert not result.ok and result.written_paths
    lines = page.read_text(encoding="utf-8").splitlines()

    def line_of(text: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if text in line)

    refused = {(f.params["row"], f.line) for f in result.findings if f.code == "import-old-format-item"}
    assert refused == {
        ("规章", line_of("<td>规章</td>")),
        ("规范性文件", line_of("<td>规范性文件</td>")),
        ("行政事业性收费", line_of("<td>行政事业性收费</td>")),
    }
    assert ("import-old-format-split", line_of("（六）其他处理")) in codes(result.findings)
    unmapped = {f.line for f in result.unmapped_lines}
    assert {line_of("其他对外管理服务事项"), line_of("政府集中采购")} <= unmapped
    data = (tmp_path / "reports/annual/2020.yml").read_text(encoding="utf-8")
    assert "licensing: 93" in data and "punishment: 22" in data  # 处理决定数量 means the same
    assert "enforcement: ~" in data  # “-” in the page
    assert "rules: {issued: ~, abolished: ~, in_force: ~}" in data and "fees: ~" in data
    assert "r3_6_3: [0, 0, 0, 0, 0, 0, 0]" in data
    narrative = (tmp_path / "zh/report/2020-annual-report.md").read_text(encoding="utf-8")
    assert (
        "title: 示例市示例区林业和草原局2020年政府信息公开工作年度报告" in narrative
    )  # agency above the title
    assert "published: 2021-01-20" in narrative  # 二〇二一年一月二十日


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "import-report", str(SEED), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "one extra 0 column" in out.err and "imported the 2023 report" in out.out


# -- label and cell normalisation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("三、本 年度办 理结果", "三、本年度办理结果"),
        ("(一) 予以公开", "（一）予以公开"),
        ("【一】予以公开", "（一）予以公开"),
        ("１．属于国家秘密", "1.属于国家秘密"),
        ("1、属于国家秘密", "1.属于国家秘密"),
        ('3. 危及"三安全一稳定"', "3.危及“三安全一稳定”"),
        ("（二）部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        (
            "1．申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ),
    ],
)
def test_label_variants_match_the_official_label(written: str, official: str) -> None:
    assert label_key(written) == label_key(official)


def test_normalised_label_keeps_the_ordinal() -> None:
    assert normalize_label("（三） 不 予公开") == "(三)不予公开"
    assert normalize_label("1、属于国家秘密") == "1.属于国家秘密"


@pytest.mark.parametrize(
    ("cell", "expected"), [("0", "0"), ("1,135", "1135"), ("２４", "24"), ("12.5", "12.5")]
)
def test_numbers(cell: str, expected: str) -> None:
    value = read_cell(cell)
    assert getattr(value, "text", None) == expected


@pytest.mark.parametrize("cell", ["", " ", "/", "／", "—", "-", "无"])
def test_blank_and_not_applicable_cells_are_gaps_never_zero(cell: str) -> None:
    assert type(read_cell(cell)).__name__ == "Gap"


def test_dates_in_digits_and_in_chinese_numerals() -> None:
    assert str(find_date("2024年1月19日")[0]) == "2024-01-19"  # type: ignore[index]
    assert str(find_date("二〇二四年一月十九日")[0]) == "2024-01-19"  # type: ignore[index]
    assert str(find_date("二〇二一年十二月三十一日")[0]) == "2021-12-31"  # type: ignore[index]


def test_fixture_seed_is_the_shared_seed() -> None:
    shared = (
        Path(__file__).resolve().parents[3]
        / "shared/seed/baotou-rare-earth-hitech-zone-2023-disclosure-report.txt"
    )
    if not shared.is_file():
        pytest.skip("the shared seed is not beside the repository")
    assert shared.read_bytes() == SEED.read_bytes()
