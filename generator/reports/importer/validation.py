"""Check what the import wrote with the rules `gongkai check` applies: the data file's cells and
consistency rules (with last year's report when the folder has it), the narrative's front matter,
its three sections and its number references. The files are read by the same loaders as the site's."""

from __future__ import annotations

from pathlib import Path

from generator.content.config import Bilingual, Section
from generator.documents.checks import check_document_fields
from generator.documents.loader import load_document
from generator.documents.model import Original
from generator.findings import Finding, errors
from generator.reports.checks import check_narrative
from generator.reports.loader import load_report
from generator.reports.model import AnnualReport
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
    loaded = load_document(path, "zh", _REPORT_SECTION, path.parent)
    if not isinstance(loaded.document, Original):
        return loaded.findings
    findings = loaded.findings + check_document_fields(loaded.document)
    if report is not None:
        findings += check_narrative(loaded.document, {report.year: report})
    return findings
