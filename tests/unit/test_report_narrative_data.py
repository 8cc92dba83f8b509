"""A report narrative (`annual_report: <year>`) needs the year's data file: without it, the narrative
is reported at its `annual_report` line; when the data file exists but is broken, only the data
file's own error is reported."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import check_content
from tests.conftest import EXAMPLE_CONTENT

NARRATIVE = "zh/report/2023-annual-report.md"


def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE_CONTENT, tmp_path / "content"))


def test_a_narrative_without_its_years_data(tmp_path: Path) -> None:
    content = example(tmp_path)
    (content / "reports/annual/2023.yml").unlink()
    _, findings = check_content(content)
    found = [(f.path, f.line, f.params) for f in findings if f.code == "report-data-missing"]
    assert found == [(content / NARRATIVE, 7, {"year": 2023})]
    assert "2023" in next(f for f in findings if f.code == "report-data-missing").message("zh")


def test_a_narrative_whose_data_file_is_broken_is_not_reported_again(tmp_path: Path) -> None:
    content = example(tmp_path)
    data = content / "reports/annual/2023.yml"
    data.write_text("year: [2023\n", encoding="utf-8")
    _, findings = check_content(content)
    codes = {(f.code, f.path.name) for f in findings if f.level == "error"}
    assert ("yaml-syntax", "2023.yml") in codes
    assert not any(code == "report-data-missing" for code, _ in codes)


def test_a_narrative_missing_one_of_its_three_parts_in_either_language(tmp_path: Path) -> None:
    content = example(tmp_path)
    for path, heading in ((NARRATIVE, "## 六、其他需要报告的事项"), ("mn/" + NARRATIVE[3:], "## 1. ")):
        text = (content / path).read_text(encoding="utf-8")
        assert heading in text
        (content / path).write_text(text.replace(heading, heading.removeprefix("## "), 1), encoding="utf-8")
    _, findings = check_content(content)
    found = [
        (f.path.relative_to(content).as_posix(), f.line, f.params["found"])
        for f in findings
        if f.code == "report-narrative-sections"
    ]
    assert sorted(found) == [("mn/" + NARRATIVE[3:], 7, 2), (NARRATIVE, 10, 2)]  # each body's first line
    assert all("2" in f.message("zh") for f in findings if f.code == "report-narrative-sections")
