"""`gongkai import-report`: an old annual report (the plain-text layout, or a government site's HTML
page) → `reports/annual/<year>.yml` and the narrative `zh/report/<year>-annual-report.md`.

The stages, one module each: source (text_source / html_source: the file as paragraphs and table rows)
→ outline (title, sections, signature) → mapping (table rows to the schema's keys) and narrative →
writer → validation (the rules of `gongkai check`). What the import cannot understand is refused with
its line and nothing is written; what it leaves to the editor is written as `~` and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.findings import Finding, errors
from generator.reports.importer.mapping import map_tables
from generator.reports.importer.narrative import narrative_body
from generator.reports.importer.normalize import normalize_label
from generator.reports.importer.notes import ImportNotes
from generator.reports.importer.outline import Outline, outline
from generator.reports.importer.read import read_source
from generator.reports.importer.source import Paragraph, Row
from generator.reports.importer.validation import check_written
from generator.reports.importer.writer import INDEX_NO_LINE, ReportFacts, data_yaml, narrative_markdown
from generator.reports.loader import REPORTS_DIR

NARRATIVE_DIR = Path("zh") / "report"
_GOVERNMENT = re.compile(r"人民政府$")
_INDEX_NO = re.compile(r"索引号[:：]?\s*([0-9A-Za-z][0-9A-Za-z/\-—_.]{5,})")


@dataclass
class ImportResult:
    findings: list[Finding]  # refusals and notes (located in the input), then the check of the written files
    unmapped_lines: list[Finding]  # lines of the input that are not part of the report, or not understood
    written_paths: list[Path] = field(default_factory=list)
    year: int | None = None

    @property
    def refused(self) -> bool:
        return not self.written_paths

    @property
    def ok(self) -> bool:
        return not errors(self.findings)


class TargetExists(FileExistsError):
    """The import would replace files an editor may have changed."""

    def __init__(self, paths: list[Path]):
        super().__init__(", ".join(p.as_posix() for p in paths))
        self.paths = paths


def target_paths(out_dir: Path, year: int) -> tuple[Path, Path]:
    return out_dir / REPORTS_DIR / f"{year}.yml", out_dir / NARRATIVE_DIR / f"{year}-annual-report.md"


def import_report(path: Path, out_dir: Path, *, overwrite: bool = False) -> ImportResult:
    """Import the report at `path` into the content folder `out_dir`, then check what was written.

    Writes nothing when the import refuses (`result.refused`, the reasons in `result.findings`); raises
    TargetExists rather than replace an existing data file or narrative unless `overwrite`.
    """
    notes = ImportNotes(path)
    document = read_source(path)
    parts = outline(document.blocks, notes)
    if parts is None:
        return ImportResult(notes.refusals + notes.notes, notes.unmapped)
    tables = map_tables(parts.sections, notes)
    body = narrative_body(parts, tables, notes)
    facts = _facts(parts, document.blocks, notes)
    if notes.refusals or facts is None:
        return ImportResult(notes.refusals + notes.notes, notes.unmapped)

    data_path, narrative_path = target_paths(out_dir, facts.year)
    existing = [p for p in (data_path, narrative_path) if p.exists()]
    if existing and not overwrite:
        raise TargetExists(existing)
    for target, text in (
        (data_path, data_yaml(facts, tables)),
        (narrative_path, narrative_markdown(facts, body)),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    findings = list(notes.notes)
    if facts.index_no is None:
        findings.append(Finding(narrative_path, INDEX_NO_LINE, "import-index-no", {}, "warning"))
    findings += check_written(data_path, narrative_path)
    return ImportResult(findings, notes.unmapped, [data_path, narrative_path], facts.year)


def _facts(parts: Outline, blocks: list[Paragraph | Row], notes: ImportNotes) -> ReportFacts | None:
    """Agency, year, publication date, level and title: from the title and the signature."""
    signature = parts.signature
    assert signature is not None
    agency = signature.agency or parts.title_agency
    if not agency:
        notes.refuse(signature.line, "import-no-agency")
        return None
    signed_year = signature.date.year - 1
    if parts.title_year is not None:
        year = parts.title_year
        if year != signed_year:
            notes.note(
                parts.title.line if parts.title else 1,
                "import-year",
                year=year,
                reason=f"标题写{year}年，但落款日期是{signature.date.isoformat()}",
                reason_en=f"the title says {year}, but the report is signed {signature.date.isoformat()}",
            )
    else:
        year = signed_year
        text_year = parts.text_year()
        if text_year is not None and text_year != year:
            notes.note(
                signature.line,
                "import-year",
                year=year,
                reason=f"没有标题，按落款日期 {signature.date.isoformat()} 推定；但总体情况中最常提到的是{text_year}年",
                reason_en=f"no title: taken from the signature date {signature.date.isoformat()}, but the "
                f"text mostly speaks of {text_year}",
            )
    title = parts.title_text or f"{agency}{year}年政府信息公开工作年度报告"
    level = "government" if _GOVERNMENT.search(agency) else "department"
    return ReportFacts(agency, year, signature.date, level, title, _index_no(blocks, parts, notes))


def _index_no(blocks: list[Paragraph | Row], parts: Outline, notes: ImportNotes) -> str | None:
    """索引号 from the page's metadata above the title, when the page shows it."""
    end = next((i for i, block in enumerate(blocks) if block is parts.title), 0)
    for block in blocks[:end]:
        match = _INDEX_NO.search(normalize_label(block.text))
        if match:
            notes.unmapped = [f for f in notes.unmapped if f.line != block.line]
            return match.group(1)
    return None
