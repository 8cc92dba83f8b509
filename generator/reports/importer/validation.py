"""Check what the import wrote with the rules `gongkai check` applies: the data file's cells and
consistency rules (with last year's report when the folder has it), the narrative's front matter,
its three sections and its number references."""

from __future__ import annotations

from pathlib import Path

from generator.checks.document_fields import check_document_fields
from generator.checks.reports import check_narratives
from generator.content.front_matter import split_front_matter
from generator.content.loader import read_text
from generator.content.models import Bilingual, Document, OriginalFrontMatter, Section
from generator.content.validation import validate_model
from generator.content.yaml_source import parse_yaml
from generator.findings import Finding, errors
from generator.reports.loader import load_report
from generator.reports.models import AnnualReport
from generator.reports.rules import check_report

_REPORT_SECTION = Section(
    id="report", kind="report", title=Bilingual(zh="政府信息公开年报", mn="政府信息公开年报")
)


def check_written(data_path: Path, narrative_path: Path) -> list[Finding]:
    report, findings = load_report(data_path)
    if report is not None and not errors(findings):
        findings += check_report(report, _previous(data_path, report.year))
    else:
        report = None
    return findings + _check_narrative(narrative_path, report)


def _previous(data_path: Path, year: int) -> AnnualReport | None:
    path = data_path.with_name(f"{year - 1}.yml")
    if not path.is_file():
        return None
    previous, findings = load_report(path)
    return previous if not errors(findings) else None


def _check_narrative(path: Path, report: AnnualReport | None) -> list[Finding]:
    text, findings = read_text(path)
    if text is None:
        return findings
    split, findings = split_front_matter(text, path)
    if split is None:
        return findings
    source, findings = parse_yaml(split.yaml_text, path, split.yaml_first_line)
    if source is None:
        return findings
    front, findings = validate_model(OriginalFrontMatter, source)
    if front is None:
        return findings
    lines = {str(k[0]): v for k, v in source.lines.items() if len(k) == 1}
    doc = Document(
        "zh",
        _REPORT_SECTION,
        front.translation_key or path.stem,
        front,
        split.body,
        path,
        lines,
        split.body_first_line,
    )
    findings = check_document_fields(doc)
    if report is not None:
        findings += check_narratives({doc.key: doc}, {}, {report.year: report})
    return findings
