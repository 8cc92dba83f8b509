"""Every message an editor or operator can see, in Chinese (default) and English, with what it means,
an example and how to fix it: the catalogue in catalogue/*.yml, one file per category.

The texts are `str.format` templates. The documentation of each code is written here once;
docs/errors.md is generated from it (`make docs`, generator/errors_doc.py), with every example
message rendered from its parameters, so the reference can never drift from what is printed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CATALOGUE_DIR = Path(__file__).parent / "catalogue"


@dataclass(frozen=True)
class Example:
    at: str  # where the message is printed for, as `path:line` or `path:line:column`
    params: Mapping[str, Any]
    level: str = "error"


@dataclass(frozen=True)
class ExampleGroup:
    messages: tuple[Example, ...]
    note: str = ""  # what the group shows, when it is not the first
    english: bool = True  # the group is also shown in English


@dataclass(frozen=True)
class Message:
    code: str
    zh: str
    en: str
    meaning: str = ""  # what the message means and why it appears (Markdown)
    examples: tuple[ExampleGroup, ...] = ()
    fix: str = ""  # how to fix it, usually a wrong and a right example (Markdown)


@dataclass(frozen=True)
class Category:
    title: str  # as the index names it
    heading: str  # the section heading in docs/errors.md
    intro: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    messages: Mapping[str, Message]
    categories: tuple[Category, ...]  # the documented codes, in the order the reference lists them


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it: faster start


@functools.cache
def catalogue() -> Catalogue:
    messages: dict[str, Message] = {}
    categories: list[Category] = []
    for path in sorted(CATALOGUE_DIR.glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        for code, entry in data["messages"].items():
            examples = tuple(
                ExampleGroup(
                    tuple(
                        Example(m["at"], m.get("params", {}), m.get("level", "error"))
                        for m in group["messages"]
                    ),
                    group.get("note", ""),
                    group.get("english", True),
                )
                for group in entry.get("examples", [])
            )
            messages[code] = Message(
                code,
                entry["zh"],
                entry["en"],
                entry.get("meaning", ""),
                examples,
                entry.get("fix", ""),
            )
        if data.get("category"):
            title = data["category"]
            heading = data.get("heading", title)
            categories.append(Category(title, heading, data.get("intro", ""), tuple(data["messages"])))
    return Catalogue(messages, tuple(categories))


def render_message(code: str, lang: str, params: Mapping[str, Any]) -> str:
    """Fill a message; a param `x_en` replaces `x` in English, and `hint_code` renders a nested hint."""
    values = dict(params)
    if lang != "zh":
        suffix = f"_{lang}"
        values.update({k[: -len(suffix)]: v for k, v in params.items() if k.endswith(suffix)})
    if "hint_code" in values:
        nested = {k: v for k, v in params.items() if k != "hint_code"}
        values["hint"] = render_message(values["hint_code"], lang, nested)
    message = catalogue().messages[code]
    template = (message.en if lang == "en" else "") or message.zh
    return template.format(**values)
