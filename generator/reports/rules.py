"""The consistency rules (勾稽关系) of the annual report, standards.md §4.6.

E1–E5 and E11 are errors; E7–E9 are warnings (E7 and E8 compare with the previous year's report when it
exists). E10 (narrative numbers) lives in generator/reports/references.py. E4 (non-negative integers)
is enforced while reading the cells. Each finding names the cell by its official labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.findings import Finding, Level
from generator.reports.model import AnnualReport
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROW,
    DOCUMENT_COUNT_FIELDS,
    OUTCOME_KEYS,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
)

DEADLINES = {"department": (1, 31), "government": (3, 31)}  # 条例第四十九条


def mismatch(
    report: AnnualReport,
    line_key: str,
    cell: str,
    expected: object,
    found: object,
    why: str,
    rule: str,
    level: Level = "error",
) -> Finding:
    params = {"cell": cell, "expected": expected, "found": found, "why": why, "rule": rule}
    return Finding(report.path, report.line(line_key), "report-rule", params, level)


def check_report(report: AnnualReport, previous: AnnualReport | None = None) -> list[Finding]:
    findings = [
        *e1_balance(report),
        *e2_outcome_total(report),
        *e3_applicant_total(report),
        *e5_review_totals(report),
        *e9_document_counts(report),
        *e11_deadline(report),
    ]
    if previous is not None:
        findings += [*e7_carry_over(report, previous), *e8_documents_in_force(report, previous)]
    return findings


def _columns() -> Iterator[tuple[str, str]]:
    yield from APPLICANT_COLUMNS


def e1_balance(report: AnnualReport) -> Iterator[Finding]:
    """一 + 二 = 三（七） + 四, in every column: the rule printed in the table itself."""
    a = report.applications
    for column, label in _columns():
        left = a["r1"][column] + a["r2"][column]
        right = a["r3_7"][column] + a["r4"][column]
        if left != right:
            yield Finding(
                report.path,
                report.line("applications.r4"),
                "report-balance",
                {
                    "column": label,
                    "r1": a["r1"][column],
                    "r2": a["r2"][column],
                    "left": left,
                    "r3_7": a["r3_7"][column],
                    "r4": a["r4"][column],
                    "right": right,
                    "rule": "E1",
                },
            )


def e2_outcome_total(report: AnnualReport) -> Iterator[Finding]:
    """三（七）总计 = the sum of the 22 outcome rows （一）至（六）."""
    a = report.applications
    for column, label in _columns():
        expected = sum(a[key][column] for key in OUTCOME_KEYS)
        if a["r3_7"][column] != expected:
            yield mismatch(
                report,
                "applications.r3_7",
                f"三（七）总计 / {label}",
                expected,
                a["r3_7"][column],
                "（一）至（六）之和",
                "E2",
            )


def e3_applicant_total(report: AnnualReport) -> Iterator[Finding]:
    """In every row, 总计 = 自然人 + the five kinds of 法人或其他组织."""
    for key, cells in report.applications.items():
        expected = sum(cells[c] for c, _ in APPLICANT_COLUMNS if c != "T")
        if cells["T"] != expected:
            yield mismatch(
                report,
                f"applications.{key}",
                f"{APPLICATION_ROW[key].short} / 总计",
                expected,
                cells["T"],
                "自然人至其他之和",
                "E3",
            )


def e5_review_totals(report: AnnualReport) -> Iterator[Finding]:
    """For 行政复议 and both kinds of 行政诉讼: 总计 = 维持 + 纠正 + 其他 + 尚未审结."""
    parts = [label for key, label in REVIEW_COLUMNS if key != "total"]
    for key, label, parent in REVIEW_GROUPS:
        cells = report.review[key]
        expected = sum(cells[c] for c, _ in REVIEW_COLUMNS if c != "total")
        if cells["total"] != expected:
            name = f"{parent} {label}" if parent else label
            yield mismatch(
                report,
                f"review_litigation.{key}",
                f"{name} / 总计",
                expected,
                cells["total"],
                "+".join(parts) + "之和",
                "E5",
            )


def e9_document_counts(report: AnnualReport) -> Iterator[Finding]:
    """Documents issued this year cannot exceed those in force plus those abolished (advisory)."""
    for kind, label in (("rules", "规章"), ("normative_documents", "行政规范性文件")):
        counts = report.documents[kind]
        limit = counts["in_force"] + counts["abolished"]
        if counts["issued"] > limit:
            yield mismatch(
                report,
                f"proactive.{kind}",
                f"{label} / {DOCUMENT_COUNT_FIELDS['issued']}",
                f"≤ {limit}",
                counts["issued"],
                "现行有效件数+本年废止件数",
                "E9",
                "warning",
            )


def e11_deadline(report: AnnualReport) -> Iterator[Finding]:
    """条例第四十九条: departments publish by 1月31日, governments by 3月31日 of the next year."""
    month, day = DEADLINES[report.level]
    deadline = dt.date(report.year + 1, month, day)
    earliest = dt.date(report.year, 12, 31)
    if earliest <= report.published <= deadline:
        return
    params = {
        "year": report.year,
        "published": report.published.isoformat(),
        "deadline": deadline.isoformat(),
        "level": "部门" if report.level == "department" else "政府",
        "rule": "E11",
    }
    if report.late_reason and report.published > deadline:
        # A report that really was published late is recorded with its true date and the reason.
        yield Finding(
            report.path,
            report.line("published"),
            "report-late",
            {**params, "reason": report.late_reason},
            "warning",
        )
    else:
        yield Finding(report.path, report.line("published"), "report-deadline", params)


def e7_carry_over(report: AnnualReport, previous: AnnualReport) -> Iterator[Finding]:
    """This year's 二、上年结转 should equal last year's 四、结转下年度 (advisory)."""
    for column, label in _columns():
        expected = previous.applications["r4"][column]
        found = report.applications["r2"][column]
        if found != expected:
            yield mismatch(
                report,
                "applications.r2",
                f"二、上年结转 / {label}",
                expected,
                found,
                f"{previous.year}年报告“四、结转下年度”",
                "E7",
                "warning",
            )


def e8_documents_in_force(report: AnnualReport, previous: AnnualReport) -> Iterator[Finding]:
    """现行有效(Y) = 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y) (advisory: expiry is not always 废止)."""
    for kind, label in (("rules", "规章"), ("normative_documents", "行政规范性文件")):
        now, before = report.documents[kind], previous.documents[kind]
        expected = before["in_force"] + now["issued"] - now["abolished"]
        if now["in_force"] != expected:
            yield mismatch(
                report,
                f"proactive.{kind}",
                f"{label} / 现行有效件数",
                expected,
                now["in_force"],
                f"{previous.year}年现行有效+本年制发−本年废止",
                "E8",
                "warning",
            )
