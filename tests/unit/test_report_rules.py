"""Annual-report data: every consistency rule E1–E11 has a failing and a passing case, and every
message names the row, the column, the expected and the found value."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from generator.content.config import Bilingual, Section
from generator.documents.model import Original, OriginalFrontMatter
from generator.findings import Finding
from generator.reports import checks
from generator.reports.loader import load_report
from generator.reports.model import AnnualReport
from generator.reports.rules import check_report
from generator.reports.view import render_references, split_narrative
from tests.conftest import EXAMPLE_CONTENT

SEED_DATA = EXAMPLE_CONTENT / "reports/annual/2023.yml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "reports/annual/2023.yml"
    target.parent.mkdir(parents=True)
    shutil.copy(SEED_DATA, target)
    return target


def edit(path: Path, pattern: str, replacement: str) -> int:
    """Replace one line's text; return that line's number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    matches = [i for i, line in enumerate(lines) if re.search(pattern, line)]
    assert len(matches) == 1, (pattern, matches)
    lines[matches[0]] = re.sub(pattern, replacement, lines[matches[0]])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return matches[0] + 1


REPORTS = Section(id="report", kind="report", title=Bilingual(zh="年度报告", mn="ᠵᠢᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ"))


def check_references(body: str, path: Path, first_line: int, report: AnnualReport) -> list[Finding]:
    """Rule E10 on a narrative whose body starts at `first_line` of `path`."""
    front = OriginalFrontMatter(title="年度报告", published=dt.date(2024, 1, 19))
    return checks.check_references(Original(REPORTS, "n", front, body, path, {}, first_line), report)


def findings_for(path: Path, previous: Path | None = None) -> list[Finding]:
    report, findings = load_report(path)
    if report is None:
        return findings
    before = load_report(previous)[0] if previous else None
    return findings + check_report(report, before)


def test_seed_data_passes_every_rule(data: Path) -> None:
    assert findings_for(data) == []


def test_e1_balance(data: Path) -> None:
    line = edit(data, r"^  r4: .*\[2, ", "  r4:     [3, ")
    edit(data, r"^  r4: .*", "  r4:     [3, 0, 0, 0, 0, 0, 3]")
    found = findings_for(data)
    balance = [f for f in found if f.code == "report-balance"]
    assert len(balance) == 2  # 自然人 and 总计
    assert balance[0].line == line
    assert (
        "自然人: 一、本年新收（48）+ 二、上年结转（0）= 48，但 三（七）总计（46）+ 四、结转下年度（3）= 49"
        in balance[0].message()
    )


def test_e2_outcome_total_message_matches_the_issue(data: Path) -> None:
    line = edit(data, r"^  r3_7: .*", "  r3_7:   [45, 0, 0, 0, 0, 0, 45]")
    messages = {
        f.format(relative_to=data.parents[2]) for f in findings_for(data) if f.params.get("rule") == "E2"
    }
    assert (
        f"reports/annual/2023.yml:{line}: 三（七）总计 / 自然人: 应为 46（（一）至（六）之和），实为 45 [E2]"
        in messages
    )


def test_e3_applicant_total(data: Path) -> None:
    line = edit(data, r"^  r3_1: .*", "  r3_1:   [15, 1, 0, 0, 0, 0, 15]")
    e3 = [f for f in findings_for(data) if f.params.get("rule") == "E3"]
    assert [(f.line, f.params["cell"], f.params["expected"], f.params["found"]) for f in e3] == [
        (line, "三（一）予以公开 / 总计", 16, 15)
    ]


@pytest.mark.parametrize(
    ("replacement", "code"),
    [
        ("  r3_1:   [16, -1, 0, 0, 0, 0, 16]", "report-cell-not-count"),
        ("  r3_1:   [16, 0.5, 0, 0, 0, 0, 16]", "report-cell-not-count"),
        ("  r3_1:   [16, /, 0, 0, 0, 0, 16]", "report-cell-not-count"),
        ("  r3_1:   [16, ~, 0, 0, 0, 0, 16]", "report-cell-blank"),
        ("  r3_1:   [16, 0, 0, 0, 0, 16]", "report-row-length"),
    ],
)
def test_e4_cells_are_whole_numbers_and_never_blank(data: Path, replacement: str, code: str) -> None:
    line = edit(data, r"^  r3_1: .*", replacement)
    found = findings_for(data)
    assert [(f.code, f.line) for f in found] == [(code, line)]
    assert "三（一）予以公开" in found[0].message()


def test_e4_amounts_may_have_decimals_but_not_be_negative(data: Path) -> None:
    edit(data, r"^  fees: 4004", "  fees: 4004.25")
    assert findings_for(data) == []
    line = edit(data, r"^  fees: 4004.25", "  fees: -1")
    assert [(f.code, f.line) for f in findings_for(data)] == [("report-cell-not-amount", line)]


def test_missing_row_is_an_error_not_zero(data: Path) -> None:
    edit(data, r"^  r3_3_8: .*", "")
    found = findings_for(data)
    assert [f.code for f in found] == ["report-missing-key"] and "r3_3_8" in found[0].message()


def test_all_zero_row_may_be_written_as_zero(data: Path) -> None:
    edit(data, r"^  r3_3_8: .*", "  r3_3_8: 0")
    assert findings_for(data) == []


def test_e5_review_totals(data: Path) -> None:
    line = edit(data, r"^  direct: .*", "  direct:       [1, 0, 0, 1, 1]")
    e5 = [f for f in findings_for(data) if f.params.get("rule") == "E5"]
    assert [(f.line, f.params["cell"], f.params["expected"], f.params["found"]) for f in e5] == [
        (line, "行政诉讼 未经复议直接起诉 / 总计", 2, 1)
    ]


def previous_year(data: Path, carried: str = "[0, 0, 0, 0, 0, 0, 0]", in_force: int = 24) -> Path:
    previous = data.with_name("2022.yml")
    text = (
        data.read_text(encoding="utf-8")
        .replace("year: 2023", "year: 2022")
        .replace("published: 2024-01-19", "published: 2023-01-20")
    )
    previous.write_text(text, encoding="utf-8")
    edit(previous, r"^  r4: .*", f"  r4:     {carried}")
    edit(
        previous,
        r"^  r1: .*",
        "  r1:     [46, 0, 0, 0, 0, 0, 46]"
        if carried.startswith("[0")
        else "  r1:     [48, 0, 0, 0, 0, 0, 48]",
    )
    edit(previous, r"abolished: 6, in_force: \d+}", f"abolished: 6, in_force: {in_force}}}")
    return previous


def test_e7_carry_over_warns(data: Path) -> None:
    previous = previous_year(data, carried="[2, 0, 0, 0, 0, 0, 2]")
    assert findings_for(previous) == []
    e7 = [f for f in findings_for(data, previous) if f.params.get("rule") == "E7"]
    assert {f.level for f in e7} == {"warning"}
    assert [(f.params["cell"], f.params["expected"], f.params["found"]) for f in e7] == [
        ("二、上年结转 / 自然人", 2, 0),
        ("二、上年结转 / 总计", 2, 0),
    ]


def test_e7_e8_pass_when_years_agree(data: Path) -> None:
    previous = previous_year(data, in_force=24)  # 24 + 1 issued − 6 abolished = 19
    assert [f for f in findings_for(data, previous) if f.params.get("rule") in ("E7", "E8")] == []


def test_e8_documents_in_force_warns(data: Path) -> None:
    previous = previous_year(data, in_force=30)
    e8 = [f for f in findings_for(data, previous) if f.params.get("rule") == "E8"]
    assert [(f.level, f.params["expected"], f.params["found"]) for f in e8] == [("warning", 25, 19)]


def test_e9_issued_more_than_possible(data: Path) -> None:
    edit(data, r"normative_documents: .*}", "normative_documents: {issued: 30, abolished: 6, in_force: 19}")
    e9 = [f for f in findings_for(data) if f.params.get("rule") == "E9"]
    assert [(f.level, f.params["found"]) for f in e9] == [("warning", 30)]


@pytest.mark.parametrize(
    ("published", "level", "fails"),
    [
        ("2024-01-31", "department", False),
        ("2024-02-01", "department", True),
        ("2024-03-31", "government", False),
        ("2024-04-01", "government", True),
        ("2023-06-30", "department", True),
    ],
)
def test_e11_publication_deadline(data: Path, published: str, level: str, fails: bool) -> None:
    line = edit(data, r"^published: .*", f"published: {published}")
    edit(data, r"^level: \w+", f"level: {level}")
    e11 = [f for f in findings_for(data) if f.code == "report-deadline"]
    assert bool(e11) == fails
    if fails:
        assert e11[0].line == line and e11[0].level == "error"


def test_file_name_must_be_the_year(data: Path) -> None:
    renamed = data.rename(data.with_name("report.yml"))
    assert [f.code for f in findings_for(renamed)] == ["report-year-file"]


NARRATIVE = """本报告……

## 一、总体情况

收到申请{{48 = r1.T}}件，办结{{46 = r3_7.T}}件，无法提供{{24 = r3_4.T}}件，诉讼{{0 = litigation.total}}件。
收费{{4004 = fees}}万元；制发{{1 = normative_documents.issued}}件；合计{{22 = r3_1.T + r3_2.T}}件。

## 五、存在的主要问题及改进情况

……

## 六、其他需要报告的事项

无。
"""


def test_e10_references_pass_and_render_as_numbers(data: Path, tmp_path: Path) -> None:
    report, _ = load_report(data)
    assert report is not None
    assert check_references(NARRATIVE, tmp_path / "n.md", 5, report) == []
    rendered = render_references(NARRATIVE)
    assert "收到申请48件，办结46件，无法提供24件，诉讼0件" in rendered and "{{" not in rendered
    before, after = split_narrative(rendered)
    assert before.rstrip().endswith("合计22件。") and after.startswith("## 五、")


def test_e10_mismatch_warns_with_line(data: Path, tmp_path: Path) -> None:
    report, _ = load_report(data)
    assert report is not None
    text = NARRATIVE.replace("{{48 = r1.T}}", "{{47 = r1.T}}")
    found = check_references(text, tmp_path / "n.md", 5, report)
    assert [(f.code, f.level, f.line) for f in found] == [("report-ref-mismatch", "warning", 9)]
    assert "正文写 47，但表格中 r1.T = 48" in found[0].message()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{{48 = r9.T}}", "report-ref-unknown"),
        ("{{48 r1.T}}", "report-ref-syntax"),
        ("{{48 = fees.T}}", "report-ref-unknown"),
    ],
)
def test_e10_bad_references_are_errors(data: Path, tmp_path: Path, text: str, code: str) -> None:
    report, _ = load_report(data)
    assert report is not None
    found = check_references(f"x\n{text}\n", tmp_path / "n.md", 3, report)
    assert [(f.code, f.level, f.line) for f in found] == [(code, "error", 4)]


def test_example_narrative_is_linked_to_its_data() -> None:
    text = (EXAMPLE_CONTENT / "zh/report/2023-annual-report.md").read_text(encoding="utf-8")
    assert "annual_report: 2023" in text and "{{48 = r1.T}}" in text


def test_e11_late_report_with_reason_is_recorded_as_a_warning(data: Path) -> None:
    line = edit(data, r"^published: .*", "published: 2024-02-20")
    edit(data, r"^level: \w+", "level: department\nlate_reason: 因机构改革延期公布")
    found = findings_for(data)
    assert [(f.code, f.level, f.line) for f in found] == [("report-late", "warning", line)]
    assert "因机构改革延期公布" in found[0].message()


def test_broken_data_file_is_not_also_reported_missing(tmp_path: Path) -> None:
    from generator.build import check_content
    from generator.resources import LOCALES_DIR

    content = tmp_path / "content"
    shutil.copytree(EXAMPLE_CONTENT, content)
    edit(content / "reports/annual/2023.yml", r"^  r3_1: .*", "  r3_1:   [16, ~, 0, 0, 0, 0, 16]")
    _, findings = check_content(content, LOCALES_DIR)
    codes = [f.code for f in findings if f.level == "error" and not f.code.startswith("locale")]
    assert codes == ["report-cell-blank"]


def test_catalogue_cross_check_warns_with_both_numbers() -> None:
    from generator.build import check_content
    from generator.resources import LOCALES_DIR

    _, findings = check_content(EXAMPLE_CONTENT, LOCALES_DIR)
    catalogue = [f for f in findings if f.code == "report-catalogue" and f.path.name == "2023.yml"]
    assert len(catalogue) == 1 and catalogue[0].level == "warning"
    assert catalogue[0].line == 10  # the normative_documents line the counts are written on
    message = catalogue[0].message()
    assert "年报填报 本年制发 1、本年废止 6、现行有效 19" in message
    assert "按本站政策文件目录统计为 本年制发 1、本年废止 1、现行有效 4" in message


def test_table_directive_in_a_narrative_is_not_a_reference(data: Path, tmp_path: Path) -> None:
    report, _ = load_report(data)
    assert report is not None
    assert check_references("x\n{{ table: key-projects }}\n", tmp_path / "n.md", 3, report) == []


def test_e10_every_reference_on_a_line_is_checked_and_named(data: Path, tmp_path: Path) -> None:
    report, _ = load_report(data)
    assert report is not None
    line = "{{48 r1.T}} {{48 = r9.T}} {{47 = r1.T}} {{46 = r3_7.T}} {{22 = r3_1.T + r3_2.T}} {{21 = r3_1.T + r3_2.T}}"
    found = check_references(f"x\n{line}\n", tmp_path / "n.md", 3, report)
    assert [f.format("zh", relative_to=tmp_path) for f in found] == [
        "n.md:4: 引用 {{48 r1.T}} 写法不对。应写成 {{数值 = 单元格}}，例如 {{48 = r1.T}}，见 docs/annual-report-format.md",
        "n.md:4: 引用中的 r9 不是报告表格中的单元格。可用写法见 docs/annual-report-format.md",
        "n.md:4: 警告: 正文写 47，但表格中 r1.T = 48。请核对正文或表格 [E10]",
        "n.md:4: 警告: 正文写 21，但表格中 r3_1.T + r3_2.T = 22。请核对正文或表格 [E10]",
    ]


def test_catalogue_counts_only_policies_that_are_abolished() -> None:
    """A date under abolished_on without validity: abolished is reported on its own
    (abolished-fields-but-valid); the policy still counts as in force."""
    policies = Section(id="policy", kind="policy", title=Bilingual(zh="政策文件", mn="ᠪᠣᠳᠣᠯᠭ᠎ᠠ"))

    def policy(key: str, published: str, **front: object) -> Original:
        matter = OriginalFrontMatter(title=key, published=dt.date.fromisoformat(published), **front)
        return Original(policies, key, matter, "", Path(f"{key}.md"))

    originals = {
        "a": policy("a", "2022-05-01"),
        "b": policy("b", "2023-02-01", validity="abolished", abolished_on=dt.date(2023, 6, 1)),
        "c": policy("c", "2021-01-01", abolished_on=dt.date(2023, 3, 1)),
        "d": policy("d", "2023-08-01"),
        "e": policy("e", "2020-01-01", validity="abolished", abolished_on=dt.date(2022, 1, 1)),
    }
    assert checks.catalogue_counts(originals, 2023) == {"issued": 2, "abolished": 1, "in_force": 3}
    assert checks.catalogue_counts(originals, 2022) == {"issued": 1, "abolished": 1, "in_force": 2}
