"""Attachments (附件): files a Chinese original lists under `attachments:` and that are published beside
its page, in both editions (`notice/<key>/申报表.docx`), each edition complete on its own.

One function both checks the list (file and line for each problem) and says what will be published,
so the check and the build cannot disagree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.content.models import Document, OriginalFrontMatter
from generator.findings import Finding, display_path

# What citizens can open: documents, spreadsheets, scans, archives (名称 as shown beside the link).
FORMATS = {
    ".pdf": "PDF",
    ".ofd": "OFD",
    ".doc": "DOC",
    ".docx": "DOCX",
    ".wps": "WPS",
    ".xls": "XLS",
    ".xlsx": "XLSX",
    ".et": "ET",
    ".csv": "CSV",
    ".txt": "TXT",
    ".zip": "ZIP",
    ".rar": "RAR",
    ".7z": "7Z",
    ".jpg": "JPG",
    ".jpeg": "JPG",
    ".png": "PNG",
}
LARGE = 20 * 1024 * 1024  # slow to download on a phone: warn


@dataclass(frozen=True)
class AttachmentFile:
    source: Path  # the file in content/
    name: str  # its name on the site, beside the document's page
    title: str
    format: str
    size: int  # bytes


def attachment_files(doc: Document, lang_root: Path) -> tuple[list[AttachmentFile], list[Finding]]:
    """The files `doc` publishes, and a finding for each entry that cannot be published."""
    front = doc.front
    if not isinstance(front, OriginalFrontMatter) or not front.attachments:
        return [], []
    files: list[AttachmentFile] = []
    findings: list[Finding] = []
    seen: dict[str, str] = {}
    for index, entry in enumerate(front.attachments):
        line = doc.line(f"attachments[{index}]")
        params = {"file": entry.file, "folder": display_path(doc.source.parent)}
        path = Path(os.path.normpath(doc.source.parent / entry.file))
        suffix = path.suffix.lower()
        if not path.is_relative_to(lang_root):
            findings.append(
                Finding(doc.source, line, "attachment-outside", {**params, "root": display_path(lang_root)})
            )
        elif not path.is_file():
            findings.append(Finding(doc.source, line, "attachment-missing", params))
        elif suffix not in FORMATS:
            allowed = "、".join(sorted(set(FORMATS.values())))
            findings.append(Finding(doc.source, line, "attachment-type", {**params, "allowed": allowed}))
        elif path.name in seen:
            findings.append(
                Finding(doc.source, line, "attachment-duplicate", {**params, "other": seen[path.name]})
            )
        else:
            seen[path.name] = entry.file
            size = path.stat().st_size
            if size > LARGE:
                params["size"] = format_size(size)
                findings.append(Finding(doc.source, line, "attachment-large", params, "warning"))
            files.append(AttachmentFile(path, path.name, entry.title or path.stem, FORMATS[suffix], size))
    return files, findings


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
