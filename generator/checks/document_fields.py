"""Front-matter rules that depend on the kind of section a document sits in."""

from __future__ import annotations

from generator.content.models import FIELD_LABELS, KIND_LABELS, Document, OriginalFrontMatter
from generator.findings import Finding

REQUIRED_BY_KIND: dict[str, tuple[str, ...]] = {
    "policy": ("written", "issuer", "index_no", "topic"),
    "notice": ("issuer", "index_no"),
    "interpretation": ("issuer", "index_no", "interprets"),
    "report": ("issuer", "index_no"),
    "qa": (),
    "page": (),
}

ONLY_FOR_KINDS: dict[str, tuple[str, ...]] = {
    "validity": ("policy",),
    "abolished_on": ("policy",),
    "replaced_by": ("policy",),
    "interpreted_by": ("policy",),
    "interprets": ("interpretation",),
    "annual_report": ("report",),
}


def check_document_fields(doc: Document) -> list[Finding]:
    if not isinstance(doc.front, OriginalFrontMatter):
        return []
    front = doc.front
    findings: list[Finding] = []

    def add(code: str, field: str, **params: object) -> None:
        zh, en, example = FIELD_LABELS[field]
        base = {"field": field, "label": zh, "label_en": en, "example": example}
        findings.append(Finding(doc.source, doc.line(field), code, {**base, **params}))

    for field in REQUIRED_BY_KIND[doc.kind]:
        if getattr(front, field) is None:
            add("field-missing", field)
    for field, kinds in ONLY_FOR_KINDS.items():
        if getattr(front, field) is not None and doc.kind not in kinds:
            add(
                "field-not-for-kind",
                field,
                section=doc.section.title.zh,
                kinds="、".join(KIND_LABELS[k][0] for k in kinds),
                kinds_en=", ".join(KIND_LABELS[k][1] for k in kinds),
            )
    if front.validity == "abolished" and front.abolished_on is None:
        add("abolished-without-date", "validity")
    if front.validity != "abolished":
        for field in ("abolished_on", "replaced_by"):
            if getattr(front, field) is not None:
                add("abolished-fields-but-valid", field)
    findings += _date_order(doc, front)
    return findings


def _date_order(doc: Document, front: OriginalFrontMatter) -> list[Finding]:
    """Dates that contradict each other are typos: 成文 ≤ 发布 ≤ 废止, 发布 ≤ 更新."""
    pairs = (("written", "published"), ("published", "abolished_on"), ("published", "updated"))
    findings = []
    for earlier, later in pairs:
        a, b = getattr(front, earlier), getattr(front, later)
        if a is not None and b is not None and b < a:
            findings.append(
                Finding(
                    doc.source,
                    doc.line(later),
                    "date-order",
                    {
                        "earlier": a.isoformat(),
                        "later": b.isoformat(),
                        "earlier_label": FIELD_LABELS[earlier][0],
                        "later_label": FIELD_LABELS[later][0],
                        "earlier_label_en": FIELD_LABELS[earlier][1],
                        "later_label_en": FIELD_LABELS[later][1],
                    },
                )
            )
    return findings
