"""Point problems found after rendering (engine complaints, external resources in built pages)
back at the editor's file and line, so every message names something the editor can open."""

from __future__ import annotations

import re
from pathlib import Path

from generator.findings import Finding
from generator.publish.external import ExternalResource
from generator.render.pages import Page
from generator.render.urls import LANG_ROOTS

_DOC_FILE = re.compile(r"Doc file '([^']+)'")
_LINK = re.compile(r"contains a link '([^']+)'")
_ANCHOR = re.compile(r"does not contain an anchor '#?([^']+)'")


class SourceMap:
    """Which editor's file each generated page came from, by docs path and by built path."""

    def __init__(self, content_dir: Path) -> None:
        self.content_dir = content_dir
        self.by_doc: dict[tuple[str, str], Path] = {}
        self.by_output: dict[str, Path] = {}

    def add(self, lang: str, pages: list[Page]) -> None:
        for page in pages:
            if page.source is not None:
                self.by_doc[(lang, page.src)] = page.source
                self.by_output[f"{LANG_ROOTS[lang]}{page.url}index.html"] = page.source

    def engine_problem(self, lang: str, problem: str) -> Finding:
        doc = _DOC_FILE.search(problem)
        source = self.by_doc.get((lang, doc.group(1))) if doc else None
        link = _LINK.search(problem)
        if source is None or link is None:
            return Finding(self.content_dir, 1, "engine-failed", {"lang": lang, "problem": problem})
        target = link.group(1)
        anchor = _ANCHOR.search(problem)
        if anchor:
            # The engine names the link as the generator rewrote it (content/links.py): show the
            # editor's own link, found by its anchor.
            written = re.search(
                r"\]\(\s*<?([^)\s>]*#" + re.escape(anchor.group(1)) + r")", source_text(source)
            )
            target = written.group(1) if written else target
            params = {"target": target, "anchor": anchor.group(1)}
            return Finding(source, line_containing(source, target), "link-anchor-missing", params)
        return Finding(source, line_containing(source, target), "link-broken", {"target": target})

    def external_resource(self, resource: ExternalResource) -> Finding:
        params = {"page": resource.page, "url": resource.url}
        source = self.by_output.get(resource.page)
        if source is None:  # the theme layer itself: name the built page
            return Finding(Path(resource.page), 1, "external-resource", params)
        return Finding(source, line_containing(source, resource.url), "external-resource", params)


def source_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def line_containing(path: Path, needle: str) -> int:
    lines = source_text(path).splitlines()
    return next((number for number, text in enumerate(lines, 1) if needle in text), 1)
