"""Documents: front-matter rules that depend on the section's kind, unique keys, the references
between documents (policy <-> interpretation, replacements, translations), the attached files and
the links written in bodies. Each function reads a loaded document or site and returns findings."""

from __future__ import annotations

from collections.abc import Iterable

from generator.content.labels import FIELD_LABELS, KIND_LABELS
from generator.documents.links import relative_links
from generator.documents.model import AnyDocument, Original, OriginalFrontMatter
from generator.findings import Finding, display_path
from generator.formatting import file_size
from generator.site import Site
from generator.site.model import RESERVED_KEYS

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
LARGE_ATTACHMENT = 20 * 1024 * 1024  # slow to download on a phone: warn


def check_documents(site: Site) -> list[Finding]:
    return [
        *(finding for doc in site.loaded_originals for finding in check_document_fields(doc)),
        *check_keys(site),
        *check_references(site),
        *check_attachments(site),
        *check_body_links(site),
    ]


def check_document_fields(doc: Original) -> list[Finding]:
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


def _date_order(doc: Original, front: OriginalFrontMatter) -> list[Finding]:
    """Dates that contradict each other are typos: 成文 ≤ 发布 ≤ 废止, 发布 ≤ 更新."""
    pairs = (("written", "published"), ("published", "abolished_on"), ("published", "updated"))
    findings = []
    for earlier, later in pairs:
        a, b = getattr(front, earlier), getattr(front, later)
        if a is not None and b is not None and b < a:
            params = {
                "earlier": a.isoformat(),
                "later": b.isoformat(),
                "earlier_label": FIELD_LABELS[earlier][0],
                "later_label": FIELD_LABELS[later][0],
                "earlier_label_en": FIELD_LABELS[earlier][1],
                "later_label_en": FIELD_LABELS[later][1],
            }
            findings.append(Finding(doc.source, doc.line(later), "date-order", params))
    return findings


def check_keys(site: Site) -> list[Finding]:
    """Each key names one document per language and is not one of the site's own addresses."""
    return [*_unique(site.loaded_originals), *_unique(site.loaded_translations)]


def _unique(docs: Iterable[AnyDocument]) -> list[Finding]:
    findings: list[Finding] = []
    first: dict[str, AnyDocument] = {}
    for doc in docs:
        line = doc.line("translation_key")
        if doc.key in RESERVED_KEYS:
            findings.append(Finding(doc.source, line, "key-reserved", {"key": doc.key}))
        elif doc.key in first:
            other = display_path(first[doc.key].source)
            findings.append(Finding(doc.source, line, "key-duplicate", {"key": doc.key, "other": other}))
        else:
            first[doc.key] = doc
    return findings


def check_references(site: Site) -> list[Finding]:
    """replaced_by / interprets / interpreted_by name existing documents of the right kind; each
    translation has its original, in the same section."""
    findings: list[Finding] = []
    for doc in site.originals.values():
        findings += _check_links(doc, site.originals, site.broken_keys)
    for translation in site.translations.values():
        original = site.originals.get(translation.key)
        if original is None and translation.key not in site.broken_keys:
            line = translation.line("translation_key")
            params = {"key": translation.key}
            findings.append(Finding(translation.source, line, "translation-without-original", params))
        elif original is not None and original.section.id != translation.section.id:
            params = {"found": translation.section.id, "expected": original.section.id}
            findings.append(Finding(translation.source, 1, "translation-section-mismatch", params))
    return findings


def _check_links(doc: Original, originals: dict[str, Original], broken: frozenset[str]) -> list[Finding]:
    front = doc.front
    expected_kind = {"replaced_by": doc.kind, "interprets": "policy", "interpreted_by": "interpretation"}
    findings = []
    for field, targets in (
        ("replaced_by", [front.replaced_by] if front.replaced_by else []),
        ("interprets", [front.interprets] if front.interprets else []),
        ("interpreted_by", front.interpreted_by or []),
    ):
        zh, en, _ = FIELD_LABELS[field]
        for target in targets:
            params = {"field": field, "label": zh, "label_en": en, "target": target}
            found = originals.get(target)
            if target == doc.key:
                findings.append(Finding(doc.source, doc.line(field), "ref-self", params))
            elif found is None and target in broken:
                continue
            elif found is None:
                findings.append(Finding(doc.source, doc.line(field), "ref-missing", params))
            elif found.kind != expected_kind[field]:
                kinds = {
                    "found": KIND_LABELS[found.kind][0],
                    "found_en": KIND_LABELS[found.kind][1],
                    "expected": KIND_LABELS[expected_kind[field]][0],
                    "expected_en": KIND_LABELS[expected_kind[field]][1],
                }
                findings.append(Finding(doc.source, doc.line(field), "ref-wrong-kind", {**params, **kinds}))
    return findings


def check_attachments(site: Site) -> list[Finding]:
    """Each listed file must be a publishable file inside content/zh/; a very large one is a warning."""
    findings: list[Finding] = []
    for doc in site.loaded_originals:
        for entry in doc.attachments:
            if entry.problem is not None:
                findings.append(Finding(doc.source, entry.line, entry.problem, dict(entry.params)))
            elif entry.file is not None and entry.file.size > LARGE_ATTACHMENT:
                params = {**entry.params, "size": file_size(entry.file.size)}
                findings.append(Finding(doc.source, entry.line, "attachment-large", params, "warning"))
    return findings


def check_body_links(site: Site) -> list[Finding]:
    """Every relative link in a body leads to a document, section or attachment of the same language
    (the build points it at the page)."""
    findings: list[Finding] = []
    for doc in site.all_documents:
        for link in relative_links(doc.body):
            resolved = site.links.resolve(doc, link)
            if resolved.problem is not None:
                params = {"target": link.target, "lang": doc.lang}
                line = doc.body_line + link.line
                findings.append(Finding(doc.source, line, resolved.problem, params, column=link.start + 1))
    return findings
