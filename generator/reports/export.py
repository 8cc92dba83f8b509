"""Reports as downloadable data: CSV (UTF-8 with BOM, so Excel opens it) and JSON, per year, plus an
index of all years. Both formats read back into the same numbers (tested)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from generator.reports.model import AnnualReport
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROWS,
    DECISIONS,
    DOCUMENT_COUNT_FIELDS,
    DOCUMENT_COUNT_KINDS,
    FEES_COLUMN,
    FEES_LABEL,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
)

CSV_HEADER = ("表格", "项目", "列", "数值", "table", "row", "column")
DATA_URL = "data/reports/annual"
REPORTS_INDEX = "data/reports.json"


def cells(report: AnnualReport) -> list[tuple[str, str, str, int | Decimal, str, str, str]]:
    """Every cell as (table, row label, column label, value, table key, row key, column key)."""
    out: list[tuple[str, str, str, int | Decimal, str, str, str]] = []
    for kind, kind_label in DOCUMENT_COUNT_KINDS.items():
        for name, label in DOCUMENT_COUNT_FIELDS.items():
            out.append(("二（一）", kind_label, label, report.documents[kind][name], "documents", kind, name))
    for key, (item, label) in DECISIONS.items():
        out.append(
            (f"二{item[-4:-1]}", label, "本年处理决定数量", report.decisions[key], "decisions", key, "count")
        )
    out.append(("二（八）", FEES_LABEL, FEES_COLUMN, report.fees, "fees", "fees", "amount"))
    for row in APPLICATION_ROWS:
        for column, label in APPLICANT_COLUMNS:
            out.append(
                (
                    "三",
                    row.short,
                    label,
                    report.applications[row.key][column],
                    "applications",
                    row.key,
                    column,
                )
            )
    for group, label, parent in REVIEW_GROUPS:
        name = f"{parent} {label}" if parent else label
        for column, column_label in REVIEW_COLUMNS:
            out.append(
                ("四", name, column_label, report.review[group][column], "review_litigation", group, column)
            )
    return out


def to_csv(report: AnnualReport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for table, row, column, value, *keys in cells(report):
        writer.writerow((table, row, column, str(value), *keys))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json_data(report: AnnualReport) -> dict[str, Any]:
    return {
        "agency": report.agency,
        "year": report.year,
        "published": report.published.isoformat(),
        "level": report.level,
        "format": "国办公开办函〔2021〕30号",
        "proactive": {
            **{kind: dict(report.documents[kind]) for kind in DOCUMENT_COUNT_KINDS},
            **{key: report.decisions[key] for key in DECISIONS},
            "fees": str(report.fees),
        },
        "applications": {
            row.key: [report.applications[row.key][c] for c, _ in APPLICANT_COLUMNS]
            for row in APPLICATION_ROWS
        },
        "applications_columns": [label for _, label in APPLICANT_COLUMNS],
        "review_litigation": {
            g: [report.review[g][c] for c, _ in REVIEW_COLUMNS] for g, _, _ in REVIEW_GROUPS
        },
        "review_litigation_columns": [label for _, label in REVIEW_COLUMNS],
    }


def dumps(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def index_data(reports: dict[int, AnnualReport]) -> list[dict[str, Any]]:
    return [
        {
            "year": year,
            "agency": r.agency,
            "published": r.published.isoformat(),
            "csv": f"{DATA_URL}/{year}.csv",
            "json": f"{DATA_URL}/{year}.json",
        }
        for year, r in sorted(reports.items())
    ]


def read_csv(data: bytes) -> dict[tuple[str, str, str], Decimal]:
    """(table key, row key, column key) -> value: what a program reading the download gets."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_HEADER
    return {(r[4], r[5], r[6]): Decimal(r[3]) for r in rows[1:]}
