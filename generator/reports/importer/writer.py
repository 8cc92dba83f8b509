"""Write the imported report as an editor would have typed it: the data file in the layout of
content/reports/annual/2023.yml (one row per line, the official label as a comment), and the narrative.

A cell the import could not fill is written `~` with a comment saying why, so `gongkai check`
stops at exactly that line and the editor decides; it is never written as 0.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from generator.reports.importer.mapping import Tables, Value, row_name
from generator.reports.importer.normalize import Gap, Number
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROWS,
    DECISIONS,
    DECISIONS_COLUMN,
    DOCUMENT_COUNT_FIELDS,
    DOCUMENT_COUNT_KINDS,
    FEES_COLUMN,
    FEES_ITEM,
    FEES_LABEL,
    PROACTIVE_ITEM_20_1,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
    SECTION_TITLES,
)

INDEX_NO_PLACEHOLDER = "（请填写索引号）"
_TOP_COMMENT = 25  # the column where comments start, as in the hand-written file
_DOCUMENTS_COMMENT = 65
_ROW_COMMENT = 36
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`~][^#]*$")
_LEVELS = "department：部门（次年1月31日前公布）；government：政府（次年3月31日前）"


@dataclass(frozen=True)
class ReportFacts:
    agency: str
    year: int
    published: dt.date
    level: str
    title: str
    index_no: str | None


def scalar(text: str) -> str:
    """A YAML scalar: plain when that is unambiguous, else double-quoted."""
    if _PLAIN.match(text) and ": " not in text and not text.endswith(":") and text.strip() == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _cell(value: Value) -> str:
    return value.text if isinstance(value, Number) else "~"


def _gaps(named: list[tuple[str, Value]]) -> str:
    """` ← 商业企业、总计：原文为“/”，请核实后填写` for the gaps among the cells, else ""."""
    reasons: dict[str, list[str]] = {}
    for name, value in named:
        if isinstance(value, Gap):
            reasons.setdefault(value.reason, []).append(name)
    if not reasons:
        return ""
    whole = len(reasons) == 1 and len(next(iter(reasons.values()))) == len(named)
    said = "；".join(
        reason if whole else f"{'、'.join(names)}：{reason}" for reason, names in reasons.items()
    )
    return f" ← {said}，请核实后填写"


def _aligned(lines: list[tuple[str, str]], column: int) -> list[str]:
    """`code   # comment`, the comments of a block in one column (further right if a line is long)."""
    width = max([column, *(len(code) + 3 for code, _ in lines)])
    return [f"{code.ljust(width)}# {comment}" for code, comment in lines]


def data_yaml(facts: ReportFacts, tables: Tables) -> str:
    out = [
        f"# {facts.year}年政府信息公开工作年度报告 — 表格数据（国办公开办函〔2021〕30号格式）",
        "# 格式说明见 docs/annual-report-format.md。每个单元格都必须填写；没有数据填 0。",
    ]
    if tables.old_format:
        out.append(
            "# 原文为2019年试行格式（国办公开办函〔2019〕60号）：标 ~ 的项目原文没有对应数据，请按2021年格式核实填写。"
        )
    out += [
        f"agency: {scalar(facts.agency)}",
        f"year: {facts.year}",
        f"published: {facts.published.isoformat()}",
        *_aligned([(f"level: {facts.level}", _LEVELS)], _TOP_COMMENT),
        "",
        *_aligned([("proactive:", SECTION_TITLES[1])], _TOP_COMMENT),
    ]
    documents = []
    for kind, label in DOCUMENT_COUNT_KINDS.items():
        counts = tables.documents[kind]
        cells = ", ".join(f"{name}: {_cell(counts[name])}" for name in DOCUMENT_COUNT_FIELDS)
        comment = f"{PROACTIVE_ITEM_20_1} {label}"
        if kind == "rules":
            comment += "：" + " ".join(f.removesuffix("件数") for f in DOCUMENT_COUNT_FIELDS.values())
        named = [(DOCUMENT_COUNT_FIELDS[name], counts[name]) for name in DOCUMENT_COUNT_FIELDS]
        documents.append((f"  {kind}: {{{cells}}}", comment + _gaps(named)))
    out += _aligned(documents, _DOCUMENTS_COMMENT)
    scalars = []
    for key, (item, label) in DECISIONS.items():
        value = tables.decisions[key]
        scalars.append(
            (f"  {key}: {_cell(value)}", f"{item} {label}：{DECISIONS_COLUMN}" + _gaps([(label, value)]))
        )
    scalars.append(
        (
            f"  fees: {_cell(tables.fees)}",
            f"{FEES_ITEM} {FEES_LABEL}：{FEES_COLUMN}" + _gaps([(FEES_LABEL, tables.fees)]),
        )
    )
    out += _aligned(scalars, _TOP_COMMENT)
    out += ["", *_aligned([("applications:", SECTION_TITLES[2])], _TOP_COMMENT)]
    out.append("  #        " + " ".join(label for _, label in APPLICANT_COLUMNS))
    rows = []
    for row in APPLICATION_ROWS:
        values = tables.applications[row.key]
        code = f"  {(row.key + ':').ljust(8)}"
        if isinstance(values, Gap):
            rows.append((code + "~", row_name(row.key) + f" ← {values.reason}，请核实后填写"))
            continue
        named = [(label, value) for (_, label), value in zip(APPLICANT_COLUMNS, values, strict=True)]
        rows.append((code + f"[{', '.join(_cell(v) for v in values)}]", row_name(row.key) + _gaps(named)))
    out += _aligned(rows, _ROW_COMMENT)
    out += ["", *_aligned([("review_litigation:", SECTION_TITLES[3])], _TOP_COMMENT)]
    out.append("  #              " + " ".join(label for _, label in REVIEW_COLUMNS))
    groups = []
    for key, label, parent in REVIEW_GROUPS:
        values = tables.review[key]
        name = f"{parent} {label}" if parent else label
        code = f"  {(key + ':').ljust(14)}"
        if isinstance(values, Gap):
            groups.append((code + "~", name + f" ← {values.reason}，请核实后填写"))
            continue
        named = [(column, value) for (_, column), value in zip(REVIEW_COLUMNS, values, strict=True)]
        groups.append((code + f"[{', '.join(_cell(v) for v in values)}]", name + _gaps(named)))
    out += _aligned(groups, _ROW_COMMENT)
    return "\n".join(out) + "\n"


def narrative_markdown(facts: ReportFacts, body: str) -> str:
    front = [
        "---",
        f"title: {scalar(facts.title)}",
        f"published: {facts.published.isoformat()}",
        f"issuer: {scalar(facts.agency)}",
        f"index_no: {json.dumps(facts.index_no or INDEX_NO_PLACEHOLDER, ensure_ascii=False)}",
        f"translation_key: {facts.year}-annual-report",
        f"annual_report: {facts.year}",
        "---",
    ]
    return "\n".join(front) + "\n" + body


INDEX_NO_LINE = 5  # of the narrative file: the line narrative_markdown writes index_no on
