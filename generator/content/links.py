"""Links between documents as editors write them: a relative path from one Markdown file to another
in the same language folder, e.g. `[通知](../notice/rare-earth.md#二主要任务)`.

Pages are published under their translation_key, not their file name, and subfolders inside a
section are flattened, so the generator must point each link at the target's page itself. Found
here; checked (with file, line and column) in checks/body_links.py; rewritten in render/pages.py.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from generator.content.attachments import AttachmentFile, attachment_files
from generator.content.models import Document

_INLINE = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*(?P<target><[^>\n]*>|[^)\s]+)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(?P<target><[^>\n]*>|\S+)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
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
    fence: str | None = None
    for number, line in enumerate(body.split("\n")):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        masked = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
        for match in [*_INLINE.finditer(masked), *_REFERENCE.finditer(masked)]:
            start, end = match.span("target")
            target = line[start:end]
            if target.startswith("<"):
                start, end, target = start + 1, end - 1, target[1:-1]
            if target and not (_SCHEME.match(target) or target.startswith(("#", "//"))):
                found.append(BodyLink(number, start, end, target))
    return sorted(found, key=lambda link: (link.line, link.start))


@dataclass(frozen=True)
class Resolved:
    """Where a link leads in the docs tree (`policy/some-key.md`), or why it leads nowhere."""

    docs_path: str | None
    # A message code (link-broken, link-absolute, …); neither a path nor a problem: the target
    # exists but failed to load, and has its own error already.
    problem: str | None = None


class LinkIndex:
    """Every document by its file's path inside its language folder, the section folders, and the
    attachments."""

    def __init__(self, content_dir: Path, docs: dict[str, list[Document]], section_ids: list[str]) -> None:
        self.content_dir = content_dir
        self.sections = set(section_ids)
        self.by_path: dict[tuple[str, str], Document] = {}
        for lang, lang_docs in docs.items():
            for doc in lang_docs:
                # By file name and, where it differs, by page address (`policy/<translation_key>.md`).
                self.by_path.setdefault((lang, f"{doc.section.id}/{doc.key}.md"), doc)
            for doc in lang_docs:
                self.by_path[(lang, self.inside(doc))] = doc
        # Attachments: each original's files (what the build publishes), and the page address of each
        # by its file in content/zh/.
        self.files: dict[str, list[AttachmentFile]] = {}
        self.attachments: dict[str, str] = {}
        for doc in docs.get("zh", []):
            self.files[doc.key] = attachment_files(doc, content_dir / "zh")[0]
            for file in self.files[doc.key]:
                inside = file.source.relative_to(content_dir / "zh").as_posix()
                self.attachments[inside] = f"{doc.section.id}/{doc.key}/{file.name}"

    def inside(self, doc: Document) -> str:
        return doc.source.relative_to(self.content_dir / doc.lang).as_posix()

    def resolve(self, doc: Document, link: BodyLink) -> Resolved:
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
        on_disk = self.content_dir / doc.lang / joined
        if on_disk.is_file() and on_disk.suffix == ".md":
            return Resolved(None)
        if on_disk.exists():
            return Resolved(None, "link-not-document")
        return Resolved(None, "link-broken")


def point_links(body: str, doc: Document, index: LinkIndex, page_src: str) -> str:
    """The body with each link to a document rewritten to that document's page in the docs tree,
    relative to the page being written (`page_src`). Links that lead nowhere are left as written:
    the checks have already stopped the build."""
    lines = body.split("\n")
    for link in reversed(relative_links(body)):
        resolved = index.resolve(doc, link)
        if resolved.docs_path is None:
            continue
        target = posixpath.relpath(resolved.docs_path, posixpath.dirname(page_src) or ".")
        if link.anchor:
            target += "#" + link.anchor
        line = lines[link.line]
        lines[link.line] = line[: link.start] + target + line[link.end :]
    return "\n".join(lines)
