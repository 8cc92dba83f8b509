"""Located findings: what a check reports, as values. The CLI decides how to show them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.messages import render_message

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    level: Level = "error"
    column: int | None = None

    def message(self, lang: str = "zh") -> str:
        return render_message(self.code, lang, self.params)

    def format(self, lang: str = "zh", relative_to: Path | None = None) -> str:
        where = display_path(self.path, relative_to)
        loc = f"{where}:{self.line}" + (f":{self.column}" if self.column else "")
        prefix = "" if self.level == "error" else render_message("level-warning", lang, {}) + ": "
        return f"{loc}: {prefix}{self.message(lang)}"


def display_path(path: Path, base: Path | None = None) -> str:
    """The path as an editor would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to((base or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def shown_value(value: Any) -> str:
    """A value as a message quotes it: text in “quotes”, anything else as Python writes it."""
    return f"“{value}”" if isinstance(value, str) else repr(value)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == "error"]


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path.as_posix(), f.line, f.code))


class ContentError(Exception):
    """Raised when content has errors; carries every finding so the editor sees them all at once."""

    def __init__(self, findings: list[Finding]):
        super().__init__(f"{len(findings)} content finding(s)")
        self.findings = findings
