"""The plain-text layout: one paragraph per line, table rows as tab-separated cells.

Merged header cells arrive flattened (the text sits in the first cell, the cells it covered are empty
or missing), so the cells of a row do not line up with the columns: `aligned=False` tells the mapping
to count values from the right of the row's labels instead of trusting positions.
"""

from __future__ import annotations

from generator.reports.importer.source import Block, Cell, Paragraph, Row


def read_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    table = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            if not blocks or not isinstance(blocks[-1], Row):
                table += 1  # blank lines do not end a table; a paragraph does
            cells = tuple(Cell(part.strip()) for part in line.split("\t"))
            blocks.append(Row(number, cells, table, aligned=False))
        elif line.strip():
            blocks.append(Paragraph(number, line.strip()))
    return blocks
