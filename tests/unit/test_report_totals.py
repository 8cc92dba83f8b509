"""Every term of every total in the annual report counts.

The fixtures tests/fixtures/distinct_reports/reports/annual/ (2022 and 2023) hold a cell value that is
different and non-zero in every cell, so a rule that leaves out a row or a column of a sum, or compares
the wrong cells, cannot pass by accident (the seed's data is almost all zeros). Each test changes one
cell by one and names exactly the findings that must follow.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.findings import Finding
from generator.reports.loader import load_report
from generator.reports.model import AnnualReport
from generator.reports.rules import check_report
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROW,
    APPLICATION_ROWS,
    OUTCOME_KEYS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
)
from tests.conftest import FIXTURES

DISTINCT = FIXTURES / "distinct_reports/reports/annual"
COLUMN_LABEL = dict(APPLICANT_COLUMNS)


def load(path: Path) -> AnnualReport:
    report, findings = load_report(path)
    assert report is not None and findings == [], findings
    return report


@pytest.fixture(scope="module")
def previous() -> AnnualReport:
    return load(DISTINCT / "2022.yml")


@pytest.fixture(scope="module")
def current() -> AnnualReport:
    return load(DISTINCT / "2023.yml")


def all_values(report: AnnualReport) -> Iterator[int]:
    for row in report.applications.values():
        yield from row.values()
    for group in report.review.values():
        yield from group.values()
    for counts in report.documents.values():
        yield from counts.values()
    yield from report.decisions.values()


def test_fixture_cells_are_all_different_and_non_zero(previous: AnnualReport, current: AnnualReport) -> None:
    for report in (previous, current):
        values = list(all_values(report))
        assert len(values) == 7 * len(APPLICATION_ROWS) + 5 * len(REVIEW_GROUPS) + 6 + 3
        assert min(values) > 0 and len(set(values)) == len(values)
        assert report.fees > 0


def test_fixtures_pass_every_rule(previous: AnnualReport, current: AnnualReport) -> None:
    assert check_report(previous) == []
    assert check_report(current, previous) == []


def rule_cells(findings: list[Finding]) -> set[tuple[str, str]]:
    """(rule, the cell or column the finding names), e.g. ("E2", "三（七）总计 / 自然人")."""
    return {(f.params["rule"], f.params.get("cell") or f.params["column"]) for f in findings}


APPLICATION_CELLS = [(row.key, column) for row in APPLICATION_ROWS for column, _ in APPLICANT_COLUMNS]


@pytest.mark.parametrize(("row", "column"), APPLICATION_CELLS, ids=[f"{r}-{c}" for r, c in APPLICATION_CELLS])
def test_each_application_cell_is_a_term_of_its_totals(
    current: AnnualReport, previous: AnnualReport, row: str, column: str
) -> None:
    """E1 (一 + 二 = 三（七） + 四), E2 (三（七） = the 22 outcome rows), E3 (总计 = the six applicant
    columns) and E7 (二 = last year's 四) each name the cell whose sum no longer holds."""
    report = copy.deepcopy(current)
    report.applications[row][column] += 1
    label = COLUMN_LABEL[column]
    expected = {("E3", f"{APPLICATION_ROW[row].short} / 总计")}
    if row in OUTCOME_KEYS or row == "r3_7":
        expected.add(("E2", f"三（七）总计 / {label}"))
    if row in ("r1", "r2", "r3_7", "r4"):
        expected.add(("E1", label))
    if row == "r2":
        expected.add(("E7", f"二、上年结转 / {label}"))
    assert rule_cells(check_report(report, previous)) == expected


REVIEW_CELLS = [(group, column) for group, _, _ in REVIEW_GROUPS for column, _ in REVIEW_COLUMNS]


@pytest.mark.parametrize(("group", "column"), REVIEW_CELLS, ids=[f"{g}-{c}" for g, c in REVIEW_CELLS])
def test_each_review_cell_is_a_term_of_its_total(current: AnnualReport, group: str, column: str) -> None:
    report = copy.deepcopy(current)
    report.review[group][column] += 1
    name = {key: f"{parent} {label}" if parent else label for key, label, parent in REVIEW_GROUPS}[group]
    assert rule_cells(check_report(report)) == {("E5", f"{name} / 总计")}


@pytest.mark.parametrize("kind", ["rules", "normative_documents"])
@pytest.mark.parametrize("field", ["issued", "abolished", "in_force"])
def test_documents_in_force_follow_last_year(
    current: AnnualReport, previous: AnnualReport, kind: str, field: str
) -> None:
    """E8: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, each term on its own."""
    report = copy.deepcopy(current)
    report.documents[kind][field] += 1
    label = {"rules": "规章", "normative_documents": "行政规范性文件"}[kind]
    assert rule_cells(check_report(report, previous)) == {("E8", f"{label} / 现行有效件数")}
    earlier = copy.deepcopy(previous)
    earlier.documents[kind]["in_force"] += 1
    assert rule_cells(check_report(current, earlier)) == {("E8", f"{label} / 现行有效件数")}


@pytest.mark.parametrize("kind", ["rules", "normative_documents"])
def test_documents_issued_may_reach_but_not_pass_in_force_plus_abolished(
    current: AnnualReport, kind: str
) -> None:
    """E9 at its boundary: issued = in_force + abolished is possible, one more is not."""
    report = copy.deepcopy(current)
    counts = report.documents[kind]
    counts["issued"] = counts["in_force"] + counts["abolished"]
    assert [f for f in check_report(report) if f.params["rule"] == "E9"] == []
    counts["issued"] += 1
    assert [f.params["found"] for f in check_report(report) if f.params["rule"] == "E9"] == [counts["issued"]]


@pytest.mark.parametrize(
    ("published", "level", "fails"),
    [
        (dt.date(2023, 12, 30), "department", True),
        (dt.date(2023, 12, 31), "department", False),
        (dt.date(2024, 1, 31), "department", False),
        (dt.date(2024, 2, 1), "department", True),
        (dt.date(2024, 3, 31), "government", False),
        (dt.date(2024, 4, 1), "government", True),
    ],
)
def test_deadline_boundaries(current: AnnualReport, published: dt.date, level: str, fails: bool) -> None:
    """E11: not before the year ends, and by 1月31日 (departments) or 3月31日 (governments)."""
    report = copy.deepcopy(current)
    report.published, report.level = published, level
    deadline = [f for f in check_report(report) if f.code == "report-deadline"]
    assert bool(deadline) == fails
    if fails:
        expected = "2024-01-31" if level == "department" else "2024-03-31"
        assert deadline[0].params["deadline"] == expected


def _bump(report: AnnualReport, table: str, row: str, column: str) -> None:
    getattr(report, table)[row][column] += 1


MESSAGES = {
    "E1 and E3 on 上年结转, E7 against last year": (
        lambda r: _bump(r, "applications", "r2", "N"),
        True,
        [
            "2023.yml:17: 二、上年结转 / 总计: 应为 1136（自然人至其他之和），实为 1135 [E3]",
            "2023.yml:17: 警告: 二、上年结转 / 自然人: 应为 374（2022年报告“四、结转下年度”），实为 375 [E7]",
            "2023.yml:40: 自然人: 一、本年新收（4313）+ 二、上年结转（375）= 4688，"
            "但 三（七）总计（4467）+ 四、结转下年度（220）= 4687，两者应相等 [E1]",
        ],
    ),
    "E2 and E3 on an outcome row": (
        lambda r: _bump(r, "applications", "r3_3_1", "O"),
        False,
        [
            "2023.yml:20: 三（三）1 / 总计: 应为 1101（自然人至其他之和），实为 1100 [E3]",
            "2023.yml:39: 三（七）总计 / 其他: 应为 4021（（一）至（六）之和），实为 4020 [E2]",
        ],
    ),
    "E5": (
        lambda r: _bump(r, "review", "after_review", "pending"),
        False,
        [
            "2023.yml:45: 行政诉讼 复议后起诉 / 总计: 应为 981（结果维持+结果纠正+其他结果+尚未审结之和），实为 980 [E5]"
        ],
    ),
    "E8": (
        lambda r: _bump(r, "documents", "rules", "in_force"),
        True,
        [
            "2023.yml:8: 警告: 规章 / 现行有效件数: 应为 237（2022年现行有效+本年制发−本年废止），实为 238 [E8]"
        ],
    ),
    "E9": (
        lambda r: r.documents["normative_documents"].update(issued=115),
        False,
        [
            "2023.yml:9: 警告: 行政规范性文件 / 本年制发件数: 应为 ≤ 114（现行有效件数+本年废止件数），实为 115 [E9]"
        ],
    ),
    "E11, a department": (
        lambda r: setattr(r, "published", dt.date(2024, 2, 1)),
        False,
        [
            "2023.yml:4: 2023年度报告的发布日期 2024-02-01 不符合要求：部门年度报告应在 2024-01-31 前公布，"
            "且不早于年度结束（条例第四十九条）。请核对 published；确实逾期公布的，请如实填写日期并加一行 "
            "late_reason: 说明原因 [E11]"
        ],
    ),
    "E11, a government": (
        lambda r: (setattr(r, "published", dt.date(2024, 4, 1)), setattr(r, "level", "government")),
        False,
        [
            "2023.yml:4: 2023年度报告的发布日期 2024-04-01 不符合要求：政府年度报告应在 2024-03-31 前公布，"
            "且不早于年度结束（条例第四十九条）。请核对 published；确实逾期公布的，请如实填写日期并加一行 "
            "late_reason: 说明原因 [E11]"
        ],
    ),
    "E11, late with a reason": (
        lambda r: (setattr(r, "published", dt.date(2024, 2, 1)), setattr(r, "late_reason", "机构改革")),
        False,
        [
            "2023.yml:4: 警告: 2023年度报告于 2024-02-01 公布，晚于 2024-01-31 的期限（条例第四十九条）。已按 late_reason 记录：机构改革 [E11]"
        ],
    ),
}


@pytest.mark.parametrize(("change", "with_previous", "expected"), MESSAGES.values(), ids=MESSAGES.keys())
def test_each_rule_names_the_line_the_cell_and_both_numbers(
    current: AnnualReport, previous: AnnualReport, change: Any, with_previous: bool, expected: list[str]
) -> None:
    report = copy.deepcopy(current)
    change(report)
    found = check_report(report, previous if with_previous else None)
    assert sorted(f.format("zh", relative_to=DISTINCT) for f in found) == sorted(expected)
    for finding in found:  # the English text is complete too
        assert "{" not in finding.format("en") and finding.format("en").endswith(
            f"[{finding.params['rule']}]"
        )
