"""What the import tells the editor, located in the input file.

Three kinds: a refusal (the import did not understand something and writes nothing), a note (it
decided something the editor should check, or left a cell for the editor to fill), and an unmapped
line (text it found no place for in the report, listed so nothing disappears silently).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.findings import Finding, Level
from generator.reports.importer.source import Block

_EXCERPT = 60


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "…"


class ImportNotes:
    def __init__(self, path: Path):
        self.path = path
        self.refusals: list[Finding] = []
        self.notes: list[Finding] = []
        self.unmapped: list[Finding] = []

    def refuse(self, line: int, code: str, **params: Any) -> None:
        self.refusals.append(Finding(self.path, line, code, params))

    def note(self, line: int, code: str, level: Level = "warning", **params: Any) -> None:
        self.notes.append(Finding(self.path, line, code, params, level))

    def not_mapped(self, blocks: list[Block]) -> None:
        for block in blocks:
            text = block.text
            if text.strip():
                self.unmapped.append(
                    Finding(self.path, block.line, "import-unmapped-line", {"text": excerpt(text)}, "warning")
                )
