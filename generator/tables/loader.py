"""Read `content/tables/*.yml`: the file's shape with pydantic, then every cell, so a blank cell or a
number written as text is reported at its row with the column's label, and is never taken for 0."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.content.files import load_yaml_file
from generator.content.validation import validate_model
from generator.content.written_text import WrittenText
from generator.content.yaml_source import YamlSource
from generator.findings import Finding, shown_value
from generator.tables.model import Cell, Column, DataTable, TableFile, format_cell, row_label

TABLES_FOLDER = "tables"
TABLE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class TableFiles:
    """Tables by name; the names of files that exist but failed to load (so a document that embeds one
    is not told a second time that the table does not exist); every file's text."""

    tables: dict[str, DataTable] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)
    texts: list[WrittenText] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def load_tables(content_dir: Path) -> TableFiles:
    files = TableFiles()
    folder = content_dir / TABLES_FOLDER
    if not folder.is_dir():
        return files
    for path in sorted(folder.glob("*.yml")):
        table, source, findings = load_table(path)
        files.findings += findings
        if source is not None:
            files.texts.append(WrittenText(path, None, source.values))
        if table is None:
            files.broken.add(path.stem)
        else:
            files.tables[table.name] = table
    return files


def load_table(path: Path) -> tuple[DataTable | None, YamlSource | None, list[Finding]]:
    """The table, the file as read (None when it is not YAML), and what is wrong with it."""
    source, findings = load_yaml_file(path)
    if not TABLE_NAME.match(path.stem):
        return None, source, [Finding(path, 1, "table-name", {"name": path.name})]
    if source is None:
        return None, None, findings
    spec, more = validate_model(TableFile, source)
    findings += more
    if spec is None:
        return None, source, findings
    more = check_column_keys(spec, source)
    if more:  # a sum over a key used twice would be ambiguous
        return None, source, findings + more
    rows, more = read_rows(spec, source)
    findings += more
    if rows is None:
        return None, source, findings
    row_lines = [source.line_of(("rows", index)) for index in range(len(rows))]
    sum_lines = [source.line_of(("sums", index)) for index in range(len(spec.sums))]
    return DataTable(path.stem, path, spec, rows, row_lines, sum_lines), source, findings


def check_column_keys(spec: TableFile, source: YamlSource) -> list[Finding]:
    findings = []
    first: dict[str, int] = {}
    for index, column in enumerate(spec.columns):
        line = source.line_of(("columns", index))
        if column.key in first:
            params = {"key": column.key, "first": first[column.key]}
            findings.append(Finding(source.path, line, "table-column-duplicate", params))
        first.setdefault(column.key, line)
    return findings


def read_rows(spec: TableFile, source: YamlSource) -> tuple[list[list[Cell]] | None, list[Finding]]:
    """Every row as typed cells, or None with a finding for each row or cell that is not filled in right."""
    rows: list[list[Cell]] = []
    findings: list[Finding] = []
    for index, raw in enumerate(spec.rows):
        line = source.line_of(("rows", index))
        where = {"row": index + 1, "row_label": row_label(spec.columns, raw)}
        if len(raw) != len(spec.columns):
            params = {**where, "found": len(raw), "expected": len(spec.columns)}
            params["columns"] = "、".join(c.label.zh for c in spec.columns)
            findings.append(Finding(source.path, line, "table-row-length", params))
            continue
        cells: list[Cell] = []
        for position, (column, value) in enumerate(zip(spec.columns, raw, strict=True)):
            cell_line = source.line_of(("rows", index, position))
            cell, code = read_cell(column, value)
            if code is None:
                cells.append(cell)
                continue
            params = {**where, "column": column.label.zh, "value": shown_value(value)}
            if code == "field-text":  # the general message for "should be text", with the cell as its field
                params.update(field=f"rows[{index}][{position}]", label=column.label.zh)
            findings.append(Finding(source.path, cell_line, code, params))
        rows.append(cells)
    return (None if findings else rows), findings


def read_cell(column: Column, value: Any) -> tuple[Cell, str | None]:
    """The cell's value, or a finding code. Blank is an error in every column: 0 must be written."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", "table-blank-cell"
    if column.type == "text":
        if isinstance(value, str):
            return value.strip(), None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return format_cell(value), None
        return "", "field-text"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "", "table-not-number"
    number = Decimal(str(value))  # the digits as written, so 0.1 + 0.2 is exactly 0.3
    if not number.is_finite():  # .nan, .inf
        return "", "table-not-number"
    return number, None
