"""Read a report file, whatever it is: a government site's HTML page or the plain-text layout."""

from __future__ import annotations

import re
from pathlib import Path

from generator.reports.importer.html_source import read_blocks as html_blocks
from generator.reports.importer.source import SourceDocument
from generator.reports.importer.text_source import read_blocks as text_blocks

_HTML = re.compile(r"<\s*(html|body|table|p|div|h[1-6])[\s>]", re.I)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); otherwise GB18030, which older government pages still use."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def read_source(path: Path) -> SourceDocument:
    text = decode(path.read_bytes())
    read_blocks = html_blocks if _HTML.search(text) else text_blocks
    return SourceDocument(path, read_blocks(text))
