"""Read annual-report data files, checking every cell with the official labels in each message."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from generator.content.files import load_yaml_file
from generator.content.validation import validate_model
from generator.content.written_text import WrittenText
from generator.content.yaml_source import YamlSource
from generator.findings import Finding, shown_value
from generator.reports.model import AnnualReport, ReportFile
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROWS,
    DECISIONS,
    DOCUMENT_COUNT_FIELDS,
    DOCUMENT_COUNT_KINDS,
    FEES_LABEL,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
)

REPORTS_DIR = Path("reports") / "annual"


class _CellReader:
    """Collects findings while turning YAML values into numbers."""

    def __init__(self, source: YamlSource):
        self.source = source
        self.findings: list[Finding] = []

    def error(self, key_path: tuple[str | int, ...], code: str, **params: Any) -> None:
        self.findings.append(Finding(self.source.path, self.source.line_of(key_path), code, params))

    def count(self, value: Any, key_path: tuple[str | int, ...], cell: str) -> int | None:
        """A count: an integer ≥ 0 (rule E4). Blank is an error, never 0."""
        if value is None or value == "":
            self.error(key_path, "report-cell-blank", cell=cell)
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key_path, "report-cell-not-count", cell=cell, value=shown_value(value))
            return None
        if value < 0:
            self.error(key_path, "report-cell-not-count", cell=cell, value=shown_value(value))
            return None
        return value

    def amount(self, value: Any, key_path: tuple[str | int, ...], cell: str) -> Decimal | None:
        """An amount in 万元: a decimal ≥ 0."""
        if value is None or value == "":
            self.error(key_path, "report-cell-blank", cell=cell)
            return None
        try:
            number = Decimal(str(value)) if not isinstance(value, bool) else None
        except InvalidOperation:
            number = None
        if number is None or number < 0 or not number.is_finite():
            self.error(key_path, "report-cell-not-amount", cell=cell, value=shown_value(value))
            return None
        return number

    def mapping(self, data: Any, key_path: tuple[str, ...], allowed: list[str], table: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.error(key_path, "report-not-mapping", table=table)
            return {}
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
                self.error(
                    (*key_path, key),
                    "report-unknown-key",
                    key=key,
                    table=table,
                    allowed=", ".join(allowed),
                    suggestion=close[0] if close else "",
                )
        for key in allowed:
            if key not in data:
                self.error(key_path, "report-missing-key", key=key, table=table)
        return data

    def row(
        self, value: Any, key_path: tuple[str, ...], row_label: str, columns: tuple[tuple[str, str], ...]
    ) -> dict[str, int] | None:
        """A table row: a list with one count per column, or the explicit scalar 0 for an all-zero row."""
        if value == 0 and not isinstance(value, bool):
            return {key: 0 for key, _ in columns}
        if not isinstance(value, list):
            self.error(key_path, "report-row-not-list", row=row_label, count=len(columns))
            return None
        if len(value) != len(columns):
            self.error(
                key_path,
                "report-row-length",
                row=row_label,
                count=len(columns),
                found=len(value),
                columns=" ".join(label for _, label in columns),
            )
            return None
        cells: dict[str, int] = {}
        for v, (key, label) in zip(value, columns, strict=True):
            count = self.count(v, key_path, f"{row_label} / {label}")
            if count is not None:
                cells[key] = count
        return cells if len(cells) == len(columns) else None


def load_report(path: Path) -> tuple[AnnualReport | None, list[Finding]]:
    report, _, findings = read_report(path)
    return report, findings


def read_report(path: Path) -> tuple[AnnualReport | None, YamlSource | None, list[Finding]]:
    """The report, the file as read (None when it is not YAML), and what is wrong with it."""
    source, findings = load_yaml_file(path)
    if source is None:
        return None, None, findings
    report, more = _report(path, source)
    return report, source, findings + more


def _report(path: Path, source: YamlSource) -> tuple[AnnualReport | None, list[Finding]]:
    outer, findings = validate_model(ReportFile, source)
    if outer is None:
        return None, findings
    reader = _CellReader(source)
    lines: dict[str, int] = {"published": source.line_of(("published",)), "year": source.line_of(("year",))}

    proactive = reader.mapping(
        outer.proactive,
        ("proactive",),
        [*DOCUMENT_COUNT_KINDS, *DECISIONS, "fees"],
        "二、主动公开政府信息情况",
    )
    documents: dict[str, dict[str, int]] = {}
    for kind, kind_label in DOCUMENT_COUNT_KINDS.items():
        counts = reader.mapping(
            proactive.get(kind, {}), ("proactive", kind), list(DOCUMENT_COUNT_FIELDS), kind_label
        )
        documents[kind] = {}
        for name, label in DOCUMENT_COUNT_FIELDS.items():
            if name in counts:
                value = reader.count(counts[name], ("proactive", kind, name), f"{kind_label} / {label}")
                if value is not None:
                    documents[kind][name] = value
        lines[f"proactive.{kind}"] = source.line_of(("proactive", kind))
    decisions: dict[str, int] = {}
    for key, (_, label) in DECISIONS.items():
        if key in proactive:
            value = reader.count(proactive[key], ("proactive", key), label)
            if value is not None:
                decisions[key] = value
        lines[f"proactive.{key}"] = source.line_of(("proactive", key))
    fees = (
        reader.amount(proactive.get("fees"), ("proactive", "fees"), FEES_LABEL)
        if "fees" in proactive
        else None
    )
    lines["proactive.fees"] = source.line_of(("proactive", "fees"))

    table = "三、收到和处理政府信息公开申请情况"
    rows = reader.mapping(outer.applications, ("applications",), [r.key for r in APPLICATION_ROWS], table)
    applications: dict[str, dict[str, int]] = {}
    for row in APPLICATION_ROWS:
        lines[f"applications.{row.key}"] = source.line_of(("applications", row.key))
        if row.key in rows:
            cells = reader.row(rows[row.key], ("applications", row.key), row.short, APPLICANT_COLUMNS)
            if cells is not None:
                applications[row.key] = cells

    table = "四、政府信息公开行政复议、行政诉讼情况"
    groups = reader.mapping(
        outer.review_litigation, ("review_litigation",), [g for g, _, _ in REVIEW_GROUPS], table
    )
    review: dict[str, dict[str, int]] = {}
    for key, label, parent in REVIEW_GROUPS:
        lines[f"review_litigation.{key}"] = source.line_of(("review_litigation", key))
        if key in groups:
            name = f"{parent} {label}" if parent else label
            cells = reader.row(groups[key], ("review_litigation", key), name, REVIEW_COLUMNS)
            if cells is not None:
                review[key] = cells

    findings += reader.findings
    if reader.findings:
        return None, findings
    assert fees is not None
    lines["late_reason"] = source.line_of(("late_reason",))
    report = AnnualReport(
        path,
        outer.agency,
        outer.year,
        outer.published,
        outer.level,
        outer.late_reason,
        documents,
        decisions,
        fees,
        applications,
        review,
        lines,
    )
    if path.stem != str(outer.year):
        findings.append(
            Finding(path, lines["year"], "report-year-file", {"year": outer.year, "name": path.name})
        )
    return report, findings


@dataclass
class ReportFiles:
    """Reports by year; the years whose file exists but has errors (already reported, so a narrative
    pointing at them is not told a second time that the data is missing); every file's text."""

    reports: dict[int, AnnualReport] = field(default_factory=dict)
    broken: set[int] = field(default_factory=set)
    texts: list[WrittenText] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def load_reports(content_dir: Path) -> ReportFiles:
    files = ReportFiles()
    folder = content_dir / REPORTS_DIR
    if not folder.is_dir():
        return files
    for path in sorted(folder.glob("*.yml")):
        report, source, findings = read_report(path)
        files.findings += findings
        if source is not None:
            files.texts.append(WrittenText(path, None, source.values))
        if report is not None and not any(f.level == "error" for f in findings):
            files.reports[report.year] = report
        elif path.stem.isdigit():
            files.broken.add(int(path.stem))
    return files
