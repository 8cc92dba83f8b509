"""The one scanner of a document's Markdown body: which lines are prose and where code is.

Links, `{{ table: … }}` directives and annual-report number references are all looked for in prose
only: a fenced code block (``` or ~~~, at any indentation, as pymdownx.superfences allows inside lists)
and an inline code span show their text as it is written, so an example of the syntax is never taken
for the real thing. Lines are split at "\\n" only, so offsets match the line numbers editors see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class ProseLine:
    offset: int  # 0-based line within the body
    text: str  # as written
    prose: str  # the same line with each code span blanked out: same length, so positions agree


def prose_lines(body: str) -> Iterator[ProseLine]:
    """Every line of `body` outside fenced code blocks (the fence lines themselves included)."""
    fence: str | None = None
    for offset, line in enumerate(body.split("\n")):
        opening = _FENCE.match(line)
        if fence is not None:
            closing = opening is not None and not line.strip().strip(fence[0])
            if closing and opening is not None and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        yield ProseLine(offset, line, _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line))


def rewrite_lines(body: str, replacements: dict[int, str]) -> str:
    """`body` with the lines at the given offsets replaced."""
    lines = body.split("\n")
    for offset, text in replacements.items():
        lines[offset] = text
    return "\n".join(lines)
