"""Links between documents: unique keys, policy <-> interpretation, replacements, translations."""

from __future__ import annotations

from generator.content.models import FIELD_LABELS, KIND_LABELS, Document, OriginalFrontMatter
from generator.findings import Finding, display_path

# Keys that would collide with the site's own addresses inside a section or at the root.
RESERVED_KEYS = frozenset(
    {"index", "page", "sitemap", "assets", "search", "mn", "zh", "404", "comparison", "data"}
)


def check_references(
    docs: dict[str, list[Document]],
    broken: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[dict[str, Document], dict[str, Document], list[Finding]]:
    """`broken`: keys of files that failed to load; they are already reported, so links to them are
    not reported again as dangling."""
    findings: list[Finding] = []
    originals = _unique(docs["zh"], findings)
    translations = _unique(docs["mn"], findings)
    for doc in originals.values():
        findings += _check_links(doc, originals, broken)
    for doc in translations.values():
        original = originals.get(doc.key)
        if original is None and doc.key not in broken:
            findings.append(
                Finding(
                    doc.source, doc.line("translation_key"), "translation-without-original", {"key": doc.key}
                )
            )
        elif original is not None and original.section.id != doc.section.id:
            findings.append(
                Finding(
                    doc.source,
                    1,
                    "translation-section-mismatch",
                    {"found": doc.section.id, "expected": original.section.id},
                )
            )
    return originals, translations, findings


def _unique(docs: list[Document], findings: list[Finding]) -> dict[str, Document]:
    by_key: dict[str, Document] = {}
    for doc in docs:
        line = doc.line("translation_key")
        if doc.key in RESERVED_KEYS:
            findings.append(Finding(doc.source, line, "key-reserved", {"key": doc.key}))
        elif doc.key in by_key:
            other = display_path(by_key[doc.key].source)
            findings.append(Finding(doc.source, line, "key-duplicate", {"key": doc.key, "other": other}))
        else:
            by_key[doc.key] = doc
    return by_key


def _check_links(doc: Document, originals: dict[str, Document], broken: set[str]) -> list[Finding]:
    front = doc.front
    assert isinstance(front, OriginalFrontMatter)
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
                findings.append(
                    Finding(
                        doc.source,
                        doc.line(field),
                        "ref-wrong-kind",
                        {
                            **params,
                            "found": KIND_LABELS[found.kind][0],
                            "found_en": KIND_LABELS[found.kind][1],
                            "expected": KIND_LABELS[expected_kind[field]][0],
                            "expected_en": KIND_LABELS[expected_kind[field]][1],
                        },
                    )
                )
    return findings
