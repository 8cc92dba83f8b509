"""A report as the importer reads it, whatever the file: paragraphs and table rows, each with its line.

The plain-text layout (text_source.py) and a government site's HTML page (html_source.py) both become
this neutral list (read.py picks the reader), so the mapping to the schema is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cell:
    text: str
    spanned: bool = False  # a copy of a merged cell (rowspan/colspan), not a cell of its own


@dataclass(frozen=True)
class Paragraph:
    line: int
    text: str


@dataclass(frozen=True)
class Row:
    line: int
    cells: tuple[Cell, ...]
    table: int  # rows of one table share the number
    aligned: bool  # the cells sit in the grid's columns (HTML); False when merged cells were flattened

    @property
    def text(self) -> str:
        return " ".join(cell.text for cell in self.cells if cell.text and not cell.spanned)


Block = Paragraph | Row


@dataclass
class SourceDocument:
    path: Path
    blocks: list[Block]
