"""Split a Markdown file into its YAML front matter and body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.findings import Finding

FENCE = "---"


@dataclass
class SplitFile:
    yaml_text: str
    yaml_first_line: int
    body: str
    body_first_line: int


def split_front_matter(text: str, path: Path) -> tuple[SplitFile | None, list[Finding]]:
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        return None, [Finding(path, 1, "front-matter-missing")]
    for index in range(1, len(lines)):
        if lines[index].rstrip() == FENCE:
            yaml_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            return SplitFile(yaml_text, 2, body, index + 2), []
    return None, [Finding(path, 1, "front-matter-unclosed")]
