"""The front matter the engine adapter writes for each page is JSON; the engine reads it as YAML.
Whatever an editor pasted into a title must come back unchanged."""

from __future__ import annotations

import yaml

from generator.engine.material import front_matter

PASTED = [
    "包头稀土高新区投资促进局关于印发《若干措施》的通知",
    "quotes \" and \\ and ' and: colon # hash",
    "line\nbreak\tand tab\r",
    "Word's line separator\u2028and paragraph separator\u2029here",
    "next line\x85 and C1 control\x9b and delete\x7f",
    "BOM\ufeffinside and noncharacters \ufffe\uffff",
    "---\n...\n---",
    "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ\u180b and emoji 😀",
    "null",
    "2023-01-01",
    "yes",
]


def test_every_pasted_title_reads_back_unchanged() -> None:
    for title in PASTED:
        values = {"title": title, "gk": {"list": [title, 1, True, None], "nested": {"k": title}}}
        header = front_matter(values)
        assert "\n" not in header
        assert yaml.safe_load(header) == values, title
