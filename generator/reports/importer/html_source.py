"""A report page as government sites publish it: headings and paragraphs in `<p>`, `<h*>` or `<div>`,
tables with rowspan/colspan.

Each data table is expanded into a grid, so every row has a cell in every column it covers; the copies
a merged cell leaves in the columns and rows it spans are marked `spanned`, so a number is never
counted twice. Pages often wrap the whole report in layout tables: only tables that hold no other
table, and have more than one column, are read as data.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from generator.reports.importer.source import Block, Cell, Paragraph, Row

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "head",
        "title",
        "template",
        "iframe",
        "select",
        "button",
        "input",
        "textarea",
        "svg",
        "object",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "section",
        "article",
        "blockquote",
        "center",
        "td",
        "th",
        "tr",
        "tbody",
        "thead",
        "tfoot",
        "table",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "dl",
        "dt",
        "dd",
        "pre",
        "hr",
        "caption",
        "body",
        "html",
        "address",
        "figure",
        "figcaption",
    }
)
_NOT_TEXT = (Comment, Doctype, Declaration, ProcessingInstruction, CData)
_CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
_WRAPPED = re.compile(rf"(?<={_CJK})\s*\n\s*(?={_CJK})")  # a source line break inside Chinese text
_SPACE = re.compile(r"\s+")
_MAX_SPAN = 100


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", _WRAPPED.sub("", text.replace("\xa0", " "))).strip()


def _span(cell: Tag, name: str) -> int:
    try:
        return max(1, min(int(str(cell.get(name, "1")).strip() or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _grid(table: Tag) -> list[tuple[int, list[Cell]]]:
    """Each row of the table with one cell per column: merged cells expanded, their copies marked."""
    occupied: dict[tuple[int, int], Cell] = {}
    rows = table.find_all("tr")
    lines: list[int] = []
    for r, tr in enumerate(rows):
        lines.append(tr.sourceline or 1)
        c = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in occupied:
                c += 1
            text = _collapse(td.get_text(" "))
            rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            for dr in range(min(rowspan, len(rows) - r)):
                for dc in range(colspan):
                    occupied[(r + dr, c + dc)] = Cell(text, spanned=(dr, dc) != (0, 0))
            c += colspan
    grid = []
    for r, line in enumerate(lines):
        width = max((c + 1 for (row, c) in occupied if row == r), default=0)
        grid.append((line, [occupied.get((r, c), Cell("")) for c in range(width)]))
    return grid


def _is_data_table(table: Tag) -> bool:
    if table.find("table") is not None:
        return False
    return any(len(tr.find_all(["td", "th"], recursive=False)) > 1 for tr in table.find_all("tr"))


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.start: int | None = None
        self.line = 1
        self.tables = 0

    def flush(self) -> None:
        text = _collapse("".join(self.parts))
        if text:
            self.blocks.append(Paragraph(self.start or self.line, text))
        self.parts, self.start = [], None

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, _NOT_TEXT):
                continue
            if isinstance(child, NavigableString):
                if self.start is None and child.strip():
                    self.start = self.line
                self.parts.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            self.line = child.sourceline or self.line
            if child.name == "br":
                self.flush()
            elif child.name == "table" and _is_data_table(child):
                self.flush()
                self.table(child)
            elif child.name in _BLOCK:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def table(self, table: Tag) -> None:
        self.tables += 1
        for line, cells in _grid(table):
            if any(cell.text for cell in cells):
                self.blocks.append(Row(line, tuple(cells), self.tables, aligned=True))


def read_blocks(text: str) -> list[Block]:
    soup = BeautifulSoup(text, "html.parser")
    walker = _Walker()
    walker.walk(soup.body or soup)
    walker.flush()
    return walker.blocks
