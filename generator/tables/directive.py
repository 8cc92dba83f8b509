"""`{{ table: <name> }}` on a line of its own in a document's Markdown body embeds a data table.

Lines inside fenced code blocks are left alone, so the directive can be shown in an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

DIRECTIVE = re.compile(r"^\{\{\s*table\s*:\s*(?P<name>[^{}]*?)\s*\}\}$")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


def _scan(body: str) -> Iterator[tuple[int, str, str | None]]:
    """Each line (with its ending) with its 0-based offset and the table it names, if it is a directive."""
    fence: str | None = None
    for offset, line in enumerate(body.splitlines(keepends=True)):
        stripped = line.strip()
        opening = _FENCE.match(stripped)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None and stripped.startswith(fence) and not stripped.strip(fence[0]):
            fence = None
        match = DIRECTIVE.match(stripped) if fence is None else None
        yield offset, line, (match.group("name") if match else None)


def find_directives(body: str) -> list[tuple[int, str]]:
    """(line offset within the body, table name) of every directive."""
    return [(offset, name) for offset, _, name in _scan(body) if name is not None]


def expand_directives(body: str, render: Callable[[str], str]) -> str:
    """The body with each directive line replaced by ``render(name)``, as an HTML block between blank
    lines (Markdown passes such a block through unchanged)."""
    return "".join(line if name is None else f"\n{render(name)}\n\n" for _, line, name in _scan(body))
