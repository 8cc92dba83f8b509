"""Numbers the narrative declares, tied to table cells: `{{48 = r1.T}}` renders as 48 and is checked
against the tables (rule E10, reports/checks.py). See docs/annual-report-format.md for the names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from generator.content.markdown_body import prose_lines
from generator.reports.model import AnnualReport
from generator.reports.schema import APPLICANT_KEYS, DECISIONS, DOCUMENT_COUNT_FIELDS, REVIEW_KEYS
from generator.tables.directive import DIRECTIVE

BRACES = re.compile(r"\{\{.*?\}\}")
REFERENCE = re.compile(r"^\{\{\s*(?P<value>\d+(?:\.\d+)?)\s*=\s*(?P<expr>[\w.]+(?:\s*\+\s*[\w.]+)*)\s*\}\}$")
NARRATIVE_HEADING = re.compile(r"^## ", re.M)


@dataclass(frozen=True)
class Reference:
    offset: int  # the line within the body
    start: int  # where `{{` is on that line
    end: int
    text: str  # as written
    written: Decimal | None  # the number declared; None when the braces are not a reference
    shown: str = ""  # what the reader sees: the number as written
    names: tuple[str, ...] = ()


def find_references(body: str) -> Iterator[Reference]:
    """Every `{{ … }}` in the body's prose that is not a data-table directive, in order."""
    for line in prose_lines(body):
        for match in BRACES.finditer(line.prose):
            text = line.text[match.start() : match.end()]
            if DIRECTIVE.match(text):
                continue  # a data-table directive, not a number reference
            parsed = REFERENCE.match(text)
            if parsed is None:
                yield Reference(line.offset, match.start(), match.end(), text, None)
                continue
            value = parsed.group("value")
            names = tuple(n.strip() for n in parsed.group("expr").split("+"))
            yield Reference(line.offset, match.start(), match.end(), text, Decimal(value), value, names)


def cell_value(report: AnnualReport, name: str) -> Decimal:
    """The value of one named cell; KeyError when the name is not a cell."""
    head, _, tail = name.partition(".")
    if tail in APPLICANT_KEYS and re.fullmatch(r"r\d(?:_\d){0,2}", head):
        return Decimal(report.application_total(head, tail))
    if head in report.documents and tail in DOCUMENT_COUNT_FIELDS:
        return Decimal(report.documents[head][tail])
    if head in DECISIONS and not tail:
        return Decimal(report.decisions[head])
    if head == "fees" and not tail:
        return report.fees
    if head == "litigation" and tail in REVIEW_KEYS:  # E6: 行政诉讼 = 直接起诉 + 复议后起诉
        return Decimal(report.review["direct"][tail] + report.review["after_review"][tail])
    if head in report.review and tail in REVIEW_KEYS:
        return Decimal(report.review[head][tail])
    raise KeyError(name)


def narrative_heading_count(body: str) -> int:
    return len(NARRATIVE_HEADING.findall(body))
