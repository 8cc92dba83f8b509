"""The text an editor wrote, kept with its place in the file while the file is read, so the checks
that look at characters (Private Use Area, Cyrillic, Unicode normalisation) never read a file again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TextSpan:
    """A piece of text on one line of a file: a YAML value as written (quotes included), or a line of
    a Markdown body."""

    line: int
    column: int  # 1-based column of text[0], counted in characters
    text: str
    key: str | None = None  # the mapping key a YAML value sits under; None for body lines


@dataclass(frozen=True)
class WrittenText:
    """Every value and body line of one file. `lang` is the language of all its text when the file has
    one (a document, a locale file); otherwise each value's `key` (`zh:`, `mn:`) says."""

    path: Path
    lang: str | None
    spans: tuple[TextSpan, ...]


def text_lines(text: str, first_line: int) -> tuple[TextSpan, ...]:
    """Each line of `text` (which starts on `first_line`) as a span."""
    return tuple(TextSpan(number, 1, line) for number, line in enumerate(text.splitlines(), first_line))
