"""Turn a data table into the plain values its template lays out, and expand the directives of a body.

The HTML follows the accessible-table pattern: a caption names the table (and labels the scrolling
region around it), a two-level header uses scope="colgroup" over scope="col", and the first text
column heads each row (scope="row"), so a screen reader announces "到位资金, 包头…项目, 18600".
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from generator.content.markdown_body import rewrite_lines
from generator.render.templates import render_template
from generator.tables.directive import find_directives
from generator.tables.model import Column, DataTable, TableText, format_cell

TEMPLATE = "_data_table.html.j2"
_UNIT_BRACKETS = {"zh": "（{unit}）"}
_OTHER_BRACKETS = " ({unit})"


@dataclass
class TableCell:
    text: str
    lang: str | None = None  # set when the text is in another language than the page
    header: bool = False
    scope: str | None = None  # col, colgroup or row, for header cells
    colspan: int = 1
    rowspan: int = 1
    numeric: bool = False


@dataclass
class TableView:
    id: str
    title: TableCell
    unit: TableCell | None
    note: TableCell | None
    colgroups: list[int] = field(default_factory=list)  # the span of each <colgroup>
    head: list[list[TableCell]] = field(default_factory=list)
    body: list[list[TableCell]] = field(default_factory=list)


class _Labels:
    """Texts for one edition: a missing Mongolian label falls back to Chinese, marked with its lang."""

    def __init__(self, lang: str, chinese_tag: str):
        self.lang = lang
        self.chinese_tag = chinese_tag

    def get(self, label: TableText) -> tuple[str, str | None]:
        """The text and, when it is the Chinese fallback, its lang."""
        text, fallback = label.get(self.lang)
        return text, (self.chinese_tag if fallback else None)

    def cell(self, label: TableText) -> TableCell:
        return TableCell(*self.get(label))


def table_view(table: DataTable, lang: str, chinese_tag: str, element_id: str) -> TableView:
    labels = _Labels(lang, chinese_tag)
    spec = table.spec
    unit = None
    if spec.unit is not None:
        text, text_lang = labels.get(spec.unit)
        unit = TableCell(_UNIT_BRACKETS.get(lang, _OTHER_BRACKETS).format(unit=text), text_lang)
    note = labels.cell(spec.caption_note) if spec.caption_note else None
    colgroups, head = _header(table.columns, labels)
    body = _body(table, lang, chinese_tag)
    return TableView(element_id, labels.cell(spec.title), unit, note, colgroups, head, body)


def _header(columns: list[Column], labels: _Labels) -> tuple[list[int], list[list[TableCell]]]:
    """One header row, or two when some columns share a group heading above their own."""
    two_rows = any(c.group for c in columns)
    top: list[TableCell] = []
    bottom: list[TableCell] = []
    spans: list[int] = []
    for group, run in itertools.groupby(columns, key=lambda c: c.group):
        members = list(run)
        if group is None:
            for column in members:
                rowspan = 2 if two_rows else 1
                top.append(TableCell(*labels.get(column.label), header=True, scope="col", rowspan=rowspan))
                spans.append(1)
        else:
            top.append(TableCell(*labels.get(group), header=True, scope="colgroup", colspan=len(members)))
            bottom += [TableCell(*labels.get(c.label), header=True, scope="col") for c in members]
            spans.append(len(members))
    return spans, [top, bottom] if two_rows else [top]


def _body(table: DataTable, lang: str, chinese_tag: str) -> list[list[TableCell]]:
    """Cells are written once, in Chinese: in another edition they carry lang so they are read right."""
    row_header = next((i for i, c in enumerate(table.columns) if c.type == "text"), None)
    text_lang = chinese_tag if lang != "zh" else None
    rows = []
    for cells in table.rows:
        row = []
        for position, (column, value) in enumerate(zip(table.columns, cells, strict=True)):
            numeric = column.type == "number"
            cell = TableCell(format_cell(value), None if numeric else text_lang, numeric=numeric)
            if position == row_header:
                cell.header, cell.scope = True, "row"
            row.append(cell)
        rows.append(row)
    return rows


def render_table(view: TableView) -> str:
    return render_template(TEMPLATE, table=view).strip()


def expand_tables(body: str, tables: dict[str, DataTable], lang: str, chinese_tag: str) -> str:
    """The body with each `{{ table: name }}` line replaced by the table's HTML, as an HTML block between
    blank lines (Markdown passes such a block through unchanged). The names were checked before
    anything is built; a table embedded twice gets a second id."""
    used: Counter[str] = Counter()
    replacements = {}
    for offset, name in find_directives(body):
        used[name] += 1
        element_id = f"gk-table-{name}" + (f"-{used[name]}" if used[name] > 1 else "")
        html = render_table(table_view(tables[name], lang, chinese_tag, element_id))
        replacements[offset] = f"\n{html}\n"
    return rewrite_lines(body, replacements)
