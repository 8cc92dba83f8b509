"""MkDocs' complaints, which are English log lines, pointed back at the editor's file and line."""

from __future__ import annotations

import re
from pathlib import Path

from generator.findings import Finding
from generator.render.pages import Page


class EngineFailure(Exception):
    """The engine refused to build; `findings` say where, in the editor's terms."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} engine problem(s)")
        self.findings = findings


_DOC_FILE = re.compile(r"Doc file '([^']+)'")
_LINK = re.compile(r"contains a link '([^']+)'")
_ANCHOR = re.compile(r"does not contain an anchor '#?([^']+)'")


def located(problem: str, pages: list[Page], lang: str, content_dir: Path) -> Finding:
    """A link the engine could not follow, at the place the editor wrote it; anything else (a problem
    of the theme layer) as it was said, at the content folder."""
    doc = _DOC_FILE.search(problem)
    page = next((p for p in pages if doc and p.src == doc.group(1)), None)
    link = _LINK.search(problem)
    if page is None or page.document is None or link is None:
        return Finding(content_dir, 1, "engine-failed", {"lang": lang, "problem": problem})
    source = page.document.source
    written = next((pointed for pointed in page.links if pointed.pointed == link.group(1)), None)
    target = written.written if written else link.group(1)
    line = written.line if written else page.document.body_line
    column = written.column if written else None
    anchor = _ANCHOR.search(problem)
    if anchor:
        params = {"target": target, "anchor": anchor.group(1)}
        return Finding(source, line, "link-anchor-missing", params, column=column)
    return Finding(source, line, "link-broken", {"target": target}, column=column)
