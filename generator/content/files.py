"""Reading an editor's file: text that is not UTF-8 is a located finding, never a traceback."""

from __future__ import annotations

from pathlib import Path

from generator.content.yaml_source import YamlSource, parse_yaml
from generator.findings import Finding


def read_text(path: Path) -> tuple[str | None, list[Finding]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError:
        return None, [Finding(path, 1, "file-encoding")]


def load_yaml_file(path: Path) -> tuple[YamlSource | None, list[Finding]]:
    if not path.is_file():
        return None, [Finding(path, 1, "file-missing", {"name": path.name})]
    text, findings = read_text(path)
    if text is None:
        return None, findings
    return parse_yaml(text, path)
