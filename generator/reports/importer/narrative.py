"""The narrative Markdown body: the introduction, sections 一, 五 and 六, and the signature.

Sections 二–四 are the data file; the site inserts them. Numbers the text states in the well-known
sentences (收到…申请48件, 办结46件, …) become `{{48 = r1.T}}` references when exactly one sentence of
that kind states them and the number equals the tables, so rule E10 keeps text and tables together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from generator.reports.importer.mapping import Tables
from generator.reports.importer.normalize import Number
from generator.reports.importer.notes import ImportNotes
from generator.reports.importer.outline import Outline
from generator.reports.importer.source import Block, Paragraph
from generator.reports.schema import APPLICANT_KEYS, SECTION_TITLES

_TOTAL = APPLICANT_KEYS.index("T")
# (cell, sentence): the number is the sentence's only group. Kept strict so that a match is unambiguous.
NARRATIVE_NUMBERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("r1.T", re.compile(r"收到[^。；，,\d]{0,20}申请[^。；，,\d]{0,4}?(\d+)\s*件")),
    ("r3_7.T", re.compile(r"(?<!结转)办结(?:申请)?(\d+)\s*件")),
    ("r4.T", re.compile(r"转(?:到|入)下一?年度[^。；，,、\d]{0,8}?(\d+)\s*件")),
    ("r3_1.T", re.compile(r"予以公开(\d+)\s*件")),
    ("r3_2.T", re.compile(r"部分公开(\d+)\s*件")),
    ("r3_3.T", re.compile(r"不予公开(\d+)\s*件")),
    ("r3_4.T", re.compile(r"无法提供(\d+)\s*件")),
)
_ORDINAL_START = re.compile(r"^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*")
_SENTENCE = re.compile(r"[。；，,;]")
_SUBHEADING_MAX = 20
_MARKDOWN_START = re.compile(r"^(\d+)\.(?=\s)|^([#>+*|=-])")


@dataclass
class _Text:
    line: int
    markdown: str
    numbers: bool = True  # whether numbers in it may become references


def _paragraph(text: str) -> str:
    """A paragraph as Markdown: `(一) 主要问题。…` gets the official brackets, a short `（一）主动公开情况`
    alone on its line becomes a `###` subheading, and nothing is taken for Markdown syntax by accident."""
    text = text.strip()
    match = _ORDINAL_START.match(text)
    if match:
        rest = text[match.end() :]
        text = f"（{match.group(1)}）{rest}"
        if len(rest) <= _SUBHEADING_MAX and not _SENTENCE.search(rest.rstrip("。")):
            return f"### {text}"
    return _MARKDOWN_START.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else f"\\{m.group(2)}", text)


def _cell_total(tables: Tables, cell: str) -> Decimal | None:
    row = cell.split(".")[0]
    members = [v for k, v in tables.applications.items() if k == row or k.startswith(row + "_")]
    total = Decimal(0)
    for values in members:
        cell_total = values[_TOTAL] if isinstance(values, list) else None
        if not isinstance(cell_total, Number):
            return None
        total += cell_total.value
    return total if members else None


def _references(texts: list[_Text], tables: Tables, notes: ImportNotes) -> None:
    for cell, sentence in NARRATIVE_NUMBERS:
        found = [
            (text, match) for text in texts if text.numbers for match in sentence.finditer(text.markdown)
        ]
        if len(found) != 1:
            continue  # none, or several sentences of the kind: which one is this year's total is not clear
        text, match = found[0]
        actual = _cell_total(tables, cell)
        written = Decimal(match.group(1))
        if actual is None:
            continue
        if actual != written:
            notes.note(text.line, "import-narrative-number", text=match.group(0), cell=cell, actual=actual)
            continue
        start, end = match.span(1)
        text.markdown = f"{text.markdown[:start]}{{{{{match.group(1)} = {cell}}}}}{text.markdown[end:]}"


def narrative_body(parts: Outline, tables: Tables, notes: ImportNotes) -> str:
    texts: list[_Text] = []

    def add(blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                texts.append(_Text(block.line, _paragraph(block.text)))
            else:
                notes.not_mapped([block])  # a table inside the narrative is not part of the official format

    def heading(number: int) -> None:
        texts.append(_Text(0, f"## {SECTION_TITLES[number - 1]}", numbers=False))

    add(parts.intro)
    for number in (1, 5, 6):
        heading(number)
        add(parts.sections[number])
    signature = parts.signature
    assert signature is not None
    if signature.agency and signature.agency_line != signature.line:
        texts.append(_Text(signature.agency_line or 0, signature.agency, numbers=False))
    texts.append(_Text(signature.line, signature.text, numbers=False))
    _references(texts, tables, notes)
    return "\n\n".join(text.markdown for text in texts) + "\n"
