"""Links between documents as editors write them: a relative path from one Markdown file to another
in the same language folder, e.g. `[通知](../notice/rare-earth.md#二主要任务)`.

Pages are published under their translation_key, not their file name, and subfolders inside a
section are flattened, so the generator must point each link at the target's page itself. Found and
resolved here; checked (with file, line and column) in documents/checks.py; pointed in documents/view.py.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.content.markdown_body import prose_lines
from generator.documents.model import AnyDocument, Original

_INLINE = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*(?P<target><[^>\n]*>|[^)\s]+)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(?P<target><[^>\n]*>|\S+)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class BodyLink:
    line: int  # 0-based, within the body
    start: int  # the target's span within that line
    end: int
    target: str

    @property
    def path(self) -> str:
        return self.target.split("#", 1)[0].split("?", 1)[0]

    @property
    def anchor(self) -> str:
        return self.target.split("#", 1)[1] if "#" in self.target else ""


def relative_links(body: str) -> list[BodyLink]:
    """Links and images whose target is a path on this site (not a web address, not `#anchor`),
    outside code blocks and code spans."""
    found: list[BodyLink] = []
    if "](" not in body and "]:" not in body:
        return found  # most bodies: no link could match, so the lines need not be scanned
    for line in prose_lines(body):
        for match in [*_INLINE.finditer(line.prose), *_REFERENCE.finditer(line.prose)]:
            start, end = match.span("target")
            target = line.text[start:end]
            if target.startswith("<"):
                start, end, target = start + 1, end - 1, target[1:-1]
            if target and not (_SCHEME.match(target) or target.startswith(("#", "//"))):
                found.append(BodyLink(line.offset, start, end, target))
    return sorted(found, key=lambda link: (link.line, link.start))


@dataclass(frozen=True)
class Resolved:
    """Where a link leads in an edition (`policy/some-key.md`), or why it leads nowhere."""

    docs_path: str | None
    # A message code (link-broken, link-absolute, …); neither a path nor a problem: the target
    # exists but failed to load, and has its own error already.
    problem: str | None = None


class LinkIndex:
    """Every document by its file's path inside its language folder, the section folders, and the
    attachments: what a link written in a body can lead to."""

    def __init__(
        self,
        content_dir: Path,
        documents: Iterable[AnyDocument],
        section_ids: Iterable[str],
        existing: frozenset[tuple[str, str]],
    ) -> None:
        """`existing`: every file and folder under each language folder, as (lang, path inside it)."""
        self.content_dir = content_dir
        self.sections = set(section_ids)
        self.existing = existing
        self.by_path: dict[tuple[str, str], AnyDocument] = {}
        docs = list(documents)
        for doc in docs:
            # By file name and, where it differs, by page address (`policy/<translation_key>.md`).
            self.by_path.setdefault((doc.lang, f"{doc.section.id}/{doc.key}.md"), doc)
        for doc in docs:
            self.by_path[(doc.lang, self.inside(doc))] = doc
        # Each original's attachments by their file in content/zh/, at the address they are published.
        self.attachments: dict[str, str] = {}
        for doc in docs:
            if isinstance(doc, Original):
                for file in doc.published_files:
                    inside = file.source.relative_to(content_dir / "zh").as_posix()
                    self.attachments[inside] = f"{doc.section.id}/{doc.key}/{file.name}"

    def inside(self, doc: AnyDocument) -> str:
        return doc.source.relative_to(self.content_dir / doc.lang).as_posix()

    def resolve(self, doc: AnyDocument, link: BodyLink) -> Resolved:
        if link.target.startswith("/"):
            return Resolved(None, "link-absolute")
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(self.inside(doc)), link.path))
        if joined == ".." or joined.startswith("../"):
            return Resolved(None, "link-other-language")
        if joined in (".", "index.md"):
            return Resolved("index.md")  # the home page
        folder = joined.removesuffix("/index.md")
        if folder in self.sections:
            return Resolved(f"{folder}/index.md")  # the section's list of documents
        target = self.by_path.get((doc.lang, joined))
        if target is None and doc.lang != "zh":
            target = self.by_path.get(("zh", joined))  # untranslated: the page shows the Chinese original
        if target is not None:
            return Resolved(f"{target.section.id}/{target.key}.md")
        # An attachment; a Mongolian text links the Chinese file's attachment by the same path.
        if joined in self.attachments:
            return Resolved(self.attachments[joined])
        if (doc.lang, joined) in self.existing:
            # A Markdown file that is not among the documents failed to load: it has its own error.
            return Resolved(None) if joined.endswith(".md") else Resolved(None, "link-not-document")
        return Resolved(None, "link-broken")
