"""A data table: read from `content/tables/<name>.yml`, with the sums it declares and every row's line.

The file's shape is checked by pydantic; the cells are checked one by one in generator/tables/loader.py
so each message can name the row and the column the editor sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from generator.content.strict import StrictModel, Text

ColumnType = Literal["text", "number"]
Cell = str | Decimal


class TableText(StrictModel):
    """A label in both languages; the Mongolian one may be missing, then the Chinese one is shown."""

    zh: Text
    mn: Text | None = None

    def get(self, lang: str) -> tuple[str, bool]:
        """The text for ``lang`` and whether it is the Chinese fallback."""
        if lang == "zh":
            return self.zh, False
        return (self.mn, False) if self.mn else (self.zh, True)


class Column(StrictModel):
    key: Text
    label: TableText
    group: TableText | None = None  # the upper header row, shared by neighbouring columns
    type: ColumnType = "number"


class SumRule(StrictModel):
    """`{column: a, of: [b, c]}`: in every row a = b + c; `{row: 3, of: [1, 2]}`: row 3 = rows 1 + 2."""

    column: Text | None = None
    row: int | None = None
    of: Annotated[list[str | int], Field(min_length=1)]  # pydantic reads `1.0` and `true` as 1


class TableFile(StrictModel):
    title: TableText
    unit: TableText | None = None
    caption_note: TableText | None = None
    columns: Annotated[list[Column], Field(min_length=1)]
    rows: Annotated[list[list[Any]], Field(min_length=1)]
    sums: list[SumRule] = Field(default_factory=list)


@dataclass
class DataTable:
    """A table whose every cell is filled in: text as str, numbers as Decimal (exact sums)."""

    name: str
    source: Path
    spec: TableFile
    rows: list[list[Cell]]
    row_lines: list[int]  # the line of each row's `- [...]`
    sum_lines: list[int]  # the line of each `sums` entry

    @property
    def columns(self) -> list[Column]:
        return self.spec.columns

    def row_label(self, index: int) -> str:
        return row_label(self.columns, self.rows[index])

    def number(self, row: int, position: int) -> Decimal:
        """The cell of a number column (the loader made every such cell a Decimal)."""
        value = self.rows[row][position]
        if not isinstance(value, Decimal):
            raise TypeError(f"{self.name}: row {row + 1}, column {position + 1} is not a number")
        return value


def row_label(columns: list[Column], cells: list[Any]) -> str:
    """What names a row for the editor: its first text cell (the project's name), else its first cell."""
    position = next((i for i, c in enumerate(columns) if c.type == "text"), 0)
    value = cells[position] if position < len(cells) else None
    return "" if value is None else format_cell(value)


def format_cell(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
