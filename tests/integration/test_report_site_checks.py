"""The annual-report checks as `gongkai check` runs them on a whole site: each year against the year
before it, and every narrative, in both languages, against its own year's data."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.build import check_content
from generator.findings import Finding
from tests.conftest import FIXTURES, write

REPORTS = FIXTURES / "distinct_reports/reports"
NARRATIVE = """---
title: 测试区投资促进局{year}年政府信息公开工作年度报告
published: {published}
issuer: 测试区投资促进局
index_no: 11150200MB0000000X/{year}-00009
annual_report: {year}
---
## 一、总体情况

本年新收申请{{{{{r1} = r1.T}}}}件。

## 五、存在的主要问题及改进情况

无。

## 六、其他需要报告的事项

无。
"""
TRANSLATION = """---
title: ᠵᠢᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ {year}
translation_key: {year}-annual-report
---
## ᠨᠢᠭᠡ

{{{{{r1} = r1.T}}}}

## ᠲᠠᠪᠤ

## ᠵᠢᠷᠭᠤᠭ᠎ᠠ
"""


@pytest.fixture
def site(minimal: Path) -> Path:
    """The minimal site with a report section, two years of data and their narratives, and the
    Mongolian translation of the 2023 one."""
    config = minimal / "site.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "  - {id: report, kind: report, title: {zh: 年度报告, mn: ᠢᠯᠡᠳᠬᠡᠯ}}\n",
        encoding="utf-8",
    )
    shutil.copytree(REPORTS, minimal / "reports")
    for year, published, r1 in ((2022, "2023-01-18", 25342), (2023, "2024-01-19", 25972)):
        write(
            minimal / f"zh/report/{year}-annual-report.md",
            NARRATIVE.format(year=year, published=published, r1=r1),
        )
    write(minimal / "mn/report/2023-annual-report.md", TRANSLATION.format(year=2023, r1=25972))
    return minimal


def edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.search(pattern, text, re.M), pattern
    path.write_text(re.sub(pattern, replacement, text, count=1, flags=re.M), encoding="utf-8")


def one_more(match: re.Match[str]) -> str:
    return f"{match.group(1)}{int(match.group(2)) + 1}"


def rule_findings(content: Path) -> list[Finding]:
    _, findings = check_content(content)
    return [f for f in findings if f.code in ("report-rule", "report-ref-mismatch", "report-balance")]


def test_the_two_years_agree(site: Path) -> None:
    assert rule_findings(site) == []


def test_each_year_is_checked_against_the_year_before(site: Path) -> None:
    # 2023 carries over one application fewer than 2022 carried forward, and is otherwise consistent.
    edit(site / "reports/annual/2023.yml", r"^  r1: \[4313,", "  r1: [4314,")
    edit(site / "reports/annual/2023.yml", r"^  r2: \[374,", "  r2: [373,")
    edit(site / "reports/annual/2023.yml", r"25972\]", "25973]")
    edit(site / "reports/annual/2023.yml", r"1135\]", "1134]")
    edit(site / "zh/report/2023-annual-report.md", r"25972", "25973")
    edit(site / "mn/report/2023-annual-report.md", r"25972", "25973")
    # And 2022 declares one regulation more in force than 2023's count follows from.
    edit(
        site / "reports/annual/2022.yml",
        r"(rules: \{issued: \d+, abolished: \d+, in_force: )(\d+)",
        one_more,
    )
    assert sorted((f.path.name, f.params["rule"], f.params["cell"]) for f in rule_findings(site)) == [
        ("2023.yml", "E7", "二、上年结转 / 总计"),
        ("2023.yml", "E7", "二、上年结转 / 自然人"),
        ("2023.yml", "E8", "规章 / 现行有效件数"),
    ]


def test_every_narrative_and_every_translation_is_checked(site: Path) -> None:
    edit(site / "zh/report/2022-annual-report.md", r"25342", "25341")
    edit(site / "mn/report/2023-annual-report.md", r"25972", "25970")
    found = [(f.path.relative_to(site).as_posix(), f.params["written"]) for f in rule_findings(site)]
    assert sorted(found) == [
        ("mn/report/2023-annual-report.md", 25970),
        ("zh/report/2022-annual-report.md", 25341),
    ]
