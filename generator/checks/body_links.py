"""Links in document bodies: every relative link must lead to a document or section of the same
language (the build points it at the page; see content/links.py)."""

from __future__ import annotations

from generator.content.links import LinkIndex, relative_links
from generator.content.models import Document
from generator.findings import Finding


def check_body_links(docs: dict[str, list[Document]], index: LinkIndex) -> list[Finding]:
    findings: list[Finding] = []
    for lang_docs in docs.values():
        for doc in lang_docs:
            for link in relative_links(doc.body):
                resolved = index.resolve(doc, link)
                if resolved.problem is not None:
                    params = {"target": link.target, "lang": doc.lang}
                    line = doc.body_line + link.line
                    findings.append(
                        Finding(doc.source, line, resolved.problem, params, column=link.start + 1)
                    )
    return findings
