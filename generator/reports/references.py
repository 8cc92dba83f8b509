"""Numbers the narrative declares, tied to table cells: `{{48 = r1.T}}` renders as 48 and is checked
against the tables (rule E10). See docs/annual-report-format.md for the names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from generator.findings import Finding
from generator.reports.models import AnnualReport
from generator.reports.schema import APPLICANT_KEYS, DECISIONS, DOCUMENT_COUNT_FIELDS, REVIEW_KEYS
from generator.tables.directive import DIRECTIVE

_ANY = re.compile(r"\{\{.*?\}\}")
_REFERENCE = re.compile(r"^\{\{\s*(?P<value>\d+(?:\.\d+)?)\s*=\s*(?P<expr>[\w.]+(?:\s*\+\s*[\w.]+)*)\s*\}\}$")


@dataclass(frozen=True)
class Reference:
    line: int
    text: str
    written: Decimal
    names: tuple[str, ...]


def find_references(body: str, path: Path, first_line: int) -> tuple[list[Reference], list[Finding]]:
    references, findings = [], []
    for offset, line in enumerate(body.splitlines()):
        for match in _ANY.finditer(line):
            if DIRECTIVE.match(match.group(0)):
                continue  # a data-table directive, not a number reference
            parsed = _REFERENCE.match(match.group(0))
            if parsed is None:
                findings.append(
                    Finding(path, first_line + offset, "report-ref-syntax", {"text": match.group(0)})
                )
                continue
            names = tuple(n.strip() for n in parsed.group("expr").split("+"))
            references.append(
                Reference(first_line + offset, match.group(0), Decimal(parsed.group("value")), names)
            )
    return references, findings


def render_references(body: str) -> str:
    """The reader sees only the number the editor wrote."""
    return _ANY.sub(
        lambda m: parsed.group("value") if (parsed := _REFERENCE.match(m.group(0))) else m.group(0), body
    )


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


def check_references(body: str, path: Path, first_line: int, report: AnnualReport) -> list[Finding]:
    references, findings = find_references(body, path, first_line)
    for reference in references:
        total = Decimal(0)
        try:
            for name in reference.names:
                total += cell_value(report, name)
        except KeyError as unknown:
            findings.append(Finding(path, reference.line, "report-ref-unknown", {"name": unknown.args[0]}))
            continue
        if total != reference.written:
            findings.append(
                Finding(
                    path,
                    reference.line,
                    "report-ref-mismatch",
                    {
                        "written": reference.written,
                        "expression": " + ".join(reference.names),
                        "actual": total,
                    },
                    "warning",
                )
            )
    return findings


NARRATIVE_HEADING = re.compile(r"^## ", re.M)


def split_narrative(body: str) -> tuple[str, str]:
    """(sections 一 and before, sections 五 and 六): the generated tables 二–四 go between them."""
    starts = [m.start() for m in NARRATIVE_HEADING.finditer(body)]
    if len(starts) < 2:
        return body, ""
    return body[: starts[1]], body[starts[1] :]


def narrative_heading_count(body: str) -> int:
    return len(NARRATIVE_HEADING.findall(body))
