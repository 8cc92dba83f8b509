"""Attachments (附件): files a Chinese original lists under `attachments:` and that are published beside
its page, in both editions (`notice/<key>/申报表.docx`), each edition complete on its own.

Each entry is resolved once, when the document is read: either the file to publish or why it cannot
be. The check reports the reasons and the build publishes the files, so the two cannot disagree.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from generator.documents.model import AttachmentEntry, AttachmentFile, OriginalFrontMatter
from generator.findings import display_path

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


def resolve_attachments(
    front: OriginalFrontMatter, source: Path, lines: Mapping[str, int], lang_root: Path
) -> tuple[AttachmentEntry, ...]:
    """Each `attachments:` entry of the document at `source`, which must stay inside `lang_root`."""
    entries: list[AttachmentEntry] = []
    seen: dict[str, str] = {}
    for index, entry in enumerate(front.attachments or []):
        line = lines.get(f"attachments[{index}]", 1)
        params: dict[str, object] = {"file": entry.file, "folder": display_path(source.parent)}
        path = Path(os.path.normpath(source.parent / entry.file))
        suffix = path.suffix.lower()
        if not path.is_relative_to(lang_root):
            problem = "attachment-outside"
            params["root"] = display_path(lang_root)
        elif not path.is_file():
            problem = "attachment-missing"
        elif suffix not in FORMATS:
            problem = "attachment-type"
            params["allowed"] = "、".join(sorted(set(FORMATS.values())))
        elif path.name in seen:
            problem = "attachment-duplicate"
            params["other"] = seen[path.name]
        else:
            seen[path.name] = entry.file
            title = entry.title or path.stem
            file = AttachmentFile(path, path.name, title, FORMATS[suffix], path.stat().st_size)
            entries.append(AttachmentEntry(line, file, None, params))
            continue
        entries.append(AttachmentEntry(line, None, problem, params))
    return tuple(entries)
