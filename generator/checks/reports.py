"""Annual reports: each data file's rules (with the previous year's report), and each narrative's
link to its data: the year exists, the three narrative sections, the declared numbers (E10)."""

from __future__ import annotations

from generator.content.models import Document, OriginalFrontMatter
from generator.findings import Finding
from generator.reports.models import AnnualReport
from generator.reports.references import check_references, narrative_heading_count
from generator.reports.rules import check_report


def check_reports(reports: dict[int, AnnualReport]) -> list[Finding]:
    return [
        finding
        for year, report in sorted(reports.items())
        for finding in check_report(report, reports.get(year - 1))
    ]


def report_year(original: Document) -> int | None:
    front = original.front
    return front.annual_report if isinstance(front, OriginalFrontMatter) else None


def check_narratives(
    originals: dict[str, Document],
    translations: dict[str, Document],
    reports: dict[int, AnnualReport],
    broken_years: set[int] = frozenset(),
) -> list[Finding]:  # type: ignore[assignment]
    findings: list[Finding] = []
    for key, original in originals.items():
        year = report_year(original)
        if year is None:
            continue
        report = reports.get(year)
        if report is None and year in broken_years:
            continue  # the data file's own errors are reported already
        if report is None:
            findings.append(
                Finding(
                    original.source, original.line("annual_report"), "report-data-missing", {"year": year}
                )
            )
            continue
        for doc in (original, translations.get(key)):
            if doc is None:
                continue
            count = narrative_heading_count(doc.body)
            if count != 3:
                findings.append(
                    Finding(doc.source, doc.body_line, "report-narrative-sections", {"found": count})
                )
            findings += check_references(doc.body, doc.source, doc.body_line, report)
    return findings


def catalogue_counts(originals: dict[str, Document], year: int) -> dict[str, int]:
    """第二十条第（一）项 行政规范性文件, counted from the policy documents on the site."""
    issued = abolished = in_force = 0
    for doc in originals.values():
        front = doc.front
        if doc.kind != "policy" or not isinstance(front, OriginalFrontMatter):
            continue
        issued += front.published.year == year
        gone = front.validity == "abolished" and front.abolished_on is not None
        abolished += gone and front.abolished_on.year == year  # type: ignore[union-attr]
        ended = gone and front.abolished_on.year <= year  # type: ignore[union-attr]
        in_force += front.published.year <= year and not ended
    return {"issued": issued, "abolished": abolished, "in_force": in_force}


def check_catalogue(reports: dict[int, AnnualReport], originals: dict[str, Document]) -> list[Finding]:
    """Warn when the declared counts differ from what the site's own policy catalogue says, showing both."""
    findings = []
    for year, report in sorted(reports.items()):
        declared = report.documents["normative_documents"]
        computed = catalogue_counts(originals, year)
        if declared != computed:
            params = {f"declared_{k}": v for k, v in declared.items()} | {
                f"computed_{k}": v for k, v in computed.items()
            }
            findings.append(
                Finding(
                    report.path,
                    report.line("proactive.normative_documents"),
                    "report-catalogue",
                    params,
                    "warning",
                )
            )
    return findings
