"""Annual reports: each data file's rules (with the previous year's report), and each narrative's
link to its data: the year exists, the three narrative sections, the declared numbers (E10), and the
declared document counts against the site's own policy catalogue."""

from __future__ import annotations

from decimal import Decimal

from generator.documents.model import AnyDocument, Original
from generator.findings import Finding
from generator.reports.model import AnnualReport
from generator.reports.references import cell_value, find_references, narrative_heading_count
from generator.reports.rules import check_report
from generator.site import Site


def check_reports(site: Site) -> list[Finding]:
    reports = site.reports
    return [
        finding
        for year, report in sorted(reports.items())
        for finding in check_report(report, reports.get(year - 1))
    ]


def check_narratives(site: Site) -> list[Finding]:
    findings: list[Finding] = []
    for key, original in site.originals.items():
        findings += check_narrative(original, site.reports, site.broken_years, site.translations.get(key))
    return findings


def check_narrative(
    original: Original,
    reports: dict[int, AnnualReport],
    broken_years: set[int] | frozenset[int] = frozenset(),
    translation: AnyDocument | None = None,
) -> list[Finding]:
    """A report narrative (`annual_report: <year>`) and its translation against the year's data."""
    year = original.front.annual_report
    if year is None:
        return []
    report = reports.get(year)
    if report is None and year in broken_years:
        return []  # the data file's own errors are reported already
    if report is None:
        line = original.line("annual_report")
        return [Finding(original.source, line, "report-data-missing", {"year": year})]
    findings: list[Finding] = []
    for doc in (original, translation):
        if doc is None:
            continue
        count = narrative_heading_count(doc.body)
        if count != 3:
            findings.append(Finding(doc.source, doc.body_line, "report-narrative-sections", {"found": count}))
        findings += check_references(doc, report)
    return findings


def check_references(doc: AnyDocument, report: AnnualReport) -> list[Finding]:
    """E10: every number the narrative ties to a cell (`{{48 = r1.T}}`) equals the cell."""
    findings: list[Finding] = []
    for reference in find_references(doc.body):
        line = doc.body_line + reference.offset
        if reference.written is None:
            findings.append(Finding(doc.source, line, "report-ref-syntax", {"text": reference.text}))
            continue
        total = Decimal(0)
        try:
            for name in reference.names:
                total += cell_value(report, name)
        except KeyError as unknown:
            findings.append(Finding(doc.source, line, "report-ref-unknown", {"name": unknown.args[0]}))
            continue
        if total != reference.written:
            params = {
                "written": reference.written,
                "expression": " + ".join(reference.names),
                "actual": total,
            }
            findings.append(Finding(doc.source, line, "report-ref-mismatch", params, "warning"))
    return findings


def catalogue_counts(originals: dict[str, Original], year: int) -> dict[str, int]:
    """第二十条第（一）项 行政规范性文件, counted from the policy documents on the site."""
    issued = abolished = in_force = 0
    for doc in originals.values():
        front = doc.front
        if doc.kind != "policy":
            continue
        issued += front.published.year == year
        gone = front.abolished_on if front.abolished else None
        abolished += gone is not None and gone.year == year
        ended = gone is not None and gone.year <= year
        in_force += front.published.year <= year and not ended
    return {"issued": issued, "abolished": abolished, "in_force": in_force}


def check_catalogue(site: Site) -> list[Finding]:
    """Warn when the declared counts differ from what the site's own policy catalogue says, showing both."""
    findings = []
    for year, report in sorted(site.reports.items()):
        declared = report.documents["normative_documents"]
        computed = catalogue_counts(site.originals, year)
        if declared != computed:
            params = {f"declared_{k}": v for k, v in declared.items()} | {
                f"computed_{k}": v for k, v in computed.items()
            }
            line = report.line("proactive.normative_documents")
            findings.append(Finding(report.path, line, "report-catalogue", params, "warning"))
    return findings
