"""Data-table checks: the sums each table declares hold in every row (or column), and every table a
document embeds exists. Each finding names the file and the line the editor has to change."""

from __future__ import annotations

from decimal import Decimal

from generator.findings import Finding
from generator.site import Site
from generator.tables.directive import find_directives
from generator.tables.model import DataTable, SumRule, format_cell


def check_tables(site: Site) -> list[Finding]:
    findings = []
    for table in site.tables.values():
        for rule, line in zip(table.spec.sums, table.sum_lines, strict=True):
            findings += check_table_sums(table, rule, line)
    return findings


def check_table_sums(table: DataTable, rule: SumRule, line: int) -> list[Finding]:
    """One `sums` entry: first that it names real number columns or rows, then the arithmetic."""
    if (rule.column is None) == (rule.row is None):
        return [Finding(table.source, line, "table-sum-form")]
    if rule.column is not None:
        return _column_sum(table, rule.column, rule.of, line)
    assert rule.row is not None
    return _row_sum(table, rule.row, rule.of, line)


def _column_sum(table: DataTable, total: str, parts: list[str | int], line: int) -> list[Finding]:
    numbers = {c.key: i for i, c in enumerate(table.columns) if c.type == "number"}
    unknown = [str(key) for key in (total, *parts) if not isinstance(key, str) or key not in numbers]
    if unknown:
        listed = ", ".join(f"{c.key}（{c.label.zh}）" for c in table.columns if c.type == "number")
        return [
            Finding(table.source, line, "table-unknown-column", {"name": name, "columns": listed})
            for name in unknown
        ]
    target, terms = numbers[total], [numbers[str(key)] for key in parts]
    labels = "+".join(table.columns[i].label.zh for i in terms)
    findings = []
    for index in range(len(table.rows)):
        expected = sum((table.number(index, i) for i in terms), Decimal(0))
        if expected != table.number(index, target):
            findings.append(
                _mismatch(
                    table, index, target, expected, {"terms": labels, "terms_en": labels.replace("+", " + ")}
                )
            )
    return findings


def _row_sum(table: DataTable, total: int, parts: list[str | int], line: int) -> list[Finding]:
    count = len(table.rows)
    unknown = [str(n) for n in (total, *parts) if not isinstance(n, int) or not 1 <= n <= count]
    if unknown:
        return [
            Finding(table.source, line, "table-unknown-row", {"row": name, "count": count})
            for name in unknown
        ]
    rows = [int(n) - 1 for n in parts]
    terms = {
        "terms": "+".join(f"第{n + 1}行" for n in rows),
        "terms_en": " + ".join(f"row {n + 1}" for n in rows),
    }
    findings = []
    for position, column in enumerate(table.columns):
        if column.type != "number":
            continue
        expected = sum((table.number(n, position) for n in rows), Decimal(0))
        if expected != table.number(total - 1, position):
            findings.append(_mismatch(table, total - 1, position, expected, terms))
    return findings


def _mismatch(table: DataTable, row: int, position: int, expected: Decimal, terms: dict[str, str]) -> Finding:
    params = {
        "row": row + 1,
        "row_label": table.row_label(row),
        "column": table.columns[position].label.zh,
        "expected": format_cell(expected),
        "found": format_cell(table.rows[row][position]),
        **terms,
    }
    return Finding(table.source, table.row_lines[row], "table-sum", params)


def check_table_directives(site: Site) -> list[Finding]:
    """Every `{{ table: name }}` in a body, in either language, names a file in content/tables/."""
    known = set(site.tables) | site.broken_tables
    listed = ", ".join(sorted(known))
    params = {"tables": listed or "（无）", "tables_en": listed or "(none)"}
    return [
        Finding(doc.source, doc.body_line + offset, "table-unknown", {"name": name, **params})
        for doc in site.all_documents
        for offset, name in find_directives(doc.body)
        if name not in known
    ]
