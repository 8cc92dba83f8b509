"""What a report page shows: the narrative with its declared numbers as plain numbers, split around
the generated tables; the tables as plain rows of header and data cells, with the ids and `headers`
that tie every number to its row and column headers (WCAG 1.3.1); and the comparison across years.
The templates (_report_tables.md.j2, comparison.md.j2) only print what is computed here."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.content.markdown_body import rewrite_lines
from generator.i18n.strings import UiStrings
from generator.reports.chart import grouped_bars
from generator.reports.model import AnnualReport
from generator.reports.references import NARRATIVE_HEADING, find_references
from generator.reports.schema import (
    APPLICANT_KEYS,
    APPLICATION_ROWS,
    REVIEW_GROUPS,
    REVIEW_KEYS,
)

# The comparison chart's series: (label key under report.comparison, application row).
COMPARED_ROWS = (
    ("new", "r1"),
    ("handled", "r3_7"),
    ("disclosed", "r3_1"),
    ("partly", "r3_2"),
    ("unavailable", "r3_4"),
    ("carried", "r4"),
)


def render_references(body: str) -> str:
    """The reader sees only the number the editor wrote where the narrative declares one."""
    lines = body.split("\n")
    replacements: dict[int, str] = {}
    for reference in sorted(find_references(body), key=lambda r: (r.offset, -r.start)):
        if reference.written is None:
            continue
        line = replacements.get(reference.offset, lines[reference.offset])
        replacements[reference.offset] = line[: reference.start] + reference.shown + line[reference.end :]
    return rewrite_lines(body, replacements)


def split_narrative(body: str) -> tuple[str, str]:
    """(sections 一 and before, sections 五 and 六): the generated tables 二–四 go between them."""
    starts = [m.start() for m in NARRATIVE_HEADING.finditer(body)]
    if len(starts) < 2:
        return body, ""
    return body[: starts[1]], body[starts[1] :]


def comparison(reports: list[AnnualReport], ui: UiStrings) -> dict[str, Any]:
    """The comparison page's chart and table: the main application rows, year by year."""
    t = ui.section("report.comparison")
    series = [(t[name], [r.application_total(row, "T") for r in reports]) for name, row in COMPARED_ROWS]
    years = [str(r.year) for r in reports]
    return {
        "chart": grouped_bars(years, series),
        "chart_label": t["chart_label"].format(first=years[0], last=years[-1]),
        "year_label": t["year"],
        "years": years,
        "series": series,
    }


@dataclass
class Cell:
    text: str
    header: bool = False
    scope: str | None = None  # col, colgroup, row, rowgroup
    id: str | None = None
    headers: str | None = None
    colspan: int = 1
    rowspan: int = 1
    number: bool = False
    css: str = ""


@dataclass
class Table:
    id: str
    caption: str
    head: list[list[Cell]] = field(default_factory=list)
    body: list[list[Cell]] = field(default_factory=list)
    css: str = ""


def number(value: int | Decimal) -> str:
    return str(value)


def _data(value: int | Decimal, *headers: str) -> Cell:
    return Cell(number(value), headers=" ".join(headers), number=True)


def proactive_tables(report: AnnualReport, ui: UiStrings, prefix: str) -> list[Table]:
    t = ui.section("report.proactive")
    tables = []
    # 第（一）项: 规章 and 行政规范性文件 × 本年制发 / 本年废止 / 现行有效
    tid = f"{prefix}-p1"
    columns = ("issued", "abolished", "in_force")
    head = [
        Cell(t["content"], True, "col", f"{tid}-c"),
        *[Cell(t[c], True, "col", f"{tid}-{c}") for c in columns],
    ]
    body = [
        [
            Cell(t[kind], True, "row", f"{tid}-{kind}"),
            *[_data(report.documents[kind][c], f"{tid}-{kind}", f"{tid}-{c}") for c in columns],
        ]
        for kind in ("rules", "normative_documents")
    ]
    tables.append(Table(tid, t["item_1"], [head], body, "gk-report-table--small"))
    # 第（五）（六）项: decisions; 第（八）项: fees in 万元
    for item, keys, column, values in (
        ("item_5", ("licensing",), "decisions", report.decisions),
        ("item_6", ("punishment", "enforcement"), "decisions", report.decisions),
        ("item_8", ("fees",), "fee_amount", {"fees": report.fees}),
    ):
        tid = f"{prefix}-{item}"
        head = [Cell(t["content"], True, "col", f"{tid}-c"), Cell(t[column], True, "col", f"{tid}-v")]
        body = [
            [Cell(t[key], True, "row", f"{tid}-{key}"), _data(values[key], f"{tid}-{key}", f"{tid}-v")]
            for key in keys
        ]
        tables.append(Table(tid, t[item], [head], body, "gk-report-table--small"))
    return tables


def applications_table(report: AnnualReport, ui: UiStrings, prefix: str, caption: str) -> Table:
    t = ui.section("report.applications")
    tid = f"{prefix}-a"
    applicants, legal = f"{tid}-applicants", f"{tid}-legal"
    head = [
        [
            Cell(t["stub"], colspan=3, rowspan=3, css="gk-stub"),
            Cell(t["applicants"], True, "colgroup", applicants, colspan=7),
        ],
        [
            Cell(t["N"], True, "col", f"{tid}-N", applicants, rowspan=2),
            Cell(t["legal_persons"], True, "colgroup", legal, applicants, colspan=5),
            Cell(t["T"], True, "col", f"{tid}-T", applicants, rowspan=2),
        ],
        [Cell(t[c], True, "col", f"{tid}-{c}", f"{applicants} {legal}") for c in ("B", "R", "S", "L", "O")],
    ]
    column_headers = {
        c: f"{applicants} {tid}-{c}" if c in ("N", "T") else f"{applicants} {legal} {tid}-{c}"
        for c in APPLICANT_KEYS
    }
    outcomes_id = f"{tid}-r3"
    outcome_rows = [row for row in APPLICATION_ROWS if row.key.startswith("r3_")]
    body: list[list[Cell]] = []
    groups_started: set[str] = set()
    for row in APPLICATION_ROWS:
        cells: list[Cell] = []
        row_headers = [f"{tid}-{row.key}"]
        if row.key.startswith("r3_"):
            if row is outcome_rows[0]:
                cells.append(Cell(t["outcomes"], True, "rowgroup", outcomes_id, rowspan=len(outcome_rows)))
            row_headers.insert(0, outcomes_id)
        if row.group:
            group_id = f"{tid}-{row.group}"
            if row.group not in groups_started:
                groups_started.add(row.group)
                size = sum(1 for r in APPLICATION_ROWS if r.group == row.group)
                cells.append(Cell(t[row.group], True, "rowgroup", group_id, outcomes_id, rowspan=size))
            row_headers.insert(1, group_id)
            cells.append(Cell(t[row.key], True, "row", f"{tid}-{row.key}", " ".join(row_headers[:-1])))
        else:
            span = 2 if row.key.startswith("r3_") else 3
            cells.append(
                Cell(
                    t[row.key],
                    True,
                    "row",
                    f"{tid}-{row.key}",
                    " ".join(row_headers[:-1]) or None,
                    colspan=span,
                )
            )
        cells += [
            _data(report.applications[row.key][c], *row_headers, column_headers[c]) for c in APPLICANT_KEYS
        ]
        if row.key == "r3_7":  # （七）总计 is set in bold
            for cell in cells:
                cell.css = cell.css or "gk-total"
        body.append(cells)
    return Table(tid, caption, head, body, "gk-report-table--applications")


def review_table(report: AnnualReport, ui: UiStrings, prefix: str, caption: str) -> Table:
    t = ui.section("report.review")
    tid = f"{prefix}-r"
    review_id, litigation_id = f"{tid}-review", f"{tid}-litigation"
    head = [
        [
            Cell(t["review"], True, "colgroup", review_id, colspan=5, rowspan=2),
            Cell(t["litigation"], True, "colgroup", litigation_id, colspan=10),
        ],
        [
            Cell(t["direct"], True, "colgroup", f"{tid}-direct", litigation_id, colspan=5),
            Cell(t["after_review"], True, "colgroup", f"{tid}-after_review", litigation_id, colspan=5),
        ],
        [],
    ]
    group_headers = {
        "review": review_id,
        "direct": f"{litigation_id} {tid}-direct",
        "after_review": f"{litigation_id} {tid}-after_review",
    }
    row: list[Cell] = []
    for group, _, _ in REVIEW_GROUPS:
        for column in REVIEW_KEYS:
            cell_id = f"{tid}-{group}-{column}"
            head[2].append(Cell(t[column], True, "col", cell_id, group_headers[group]))
            row.append(_data(report.review[group][column], group_headers[group], cell_id))
    return Table(tid, caption, head, [row], "gk-report-table--review")


def report_tables(report: AnnualReport, ui: UiStrings) -> dict[str, object]:
    """Everything the report template needs: the three generated sections and their tables."""
    sections = ui.section("report.sections")
    prefix = f"gk-report-{report.year}"
    return {
        "s2": {"title": sections["s2"], "tables": proactive_tables(report, ui, prefix)},
        "s3": {"title": sections["s3"], "tables": [applications_table(report, ui, prefix, sections["s3"])]},
        "s4": {"title": sections["s4"], "tables": [review_table(report, ui, prefix, sections["s4"])]},
    }
