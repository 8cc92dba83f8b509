"""`{{ table: <name> }}` on a line of its own in a document's Markdown body embeds a data table.

Only prose lines count (content/markdown_body.py), so the directive can be shown in a code example.
"""

from __future__ import annotations

import re

from generator.content.markdown_body import prose_lines

DIRECTIVE = re.compile(r"^\{\{\s*table\s*:\s*(?P<name>[^{}]*?)\s*\}\}$")


def find_directives(body: str) -> list[tuple[int, str]]:
    """(line offset within the body, table name) of every directive."""
    if "{{" not in body:  # the fast look: most bodies embed no table (prose is the body, code blanked)
        return []
    return [
        (line.offset, match.group("name"))
        for line in prose_lines(body)
        if (match := DIRECTIVE.match(line.prose.strip()))
    ]
