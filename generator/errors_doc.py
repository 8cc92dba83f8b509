"""docs/errors.md from the message catalogue (generator/messages/): the introduction, an index by
category, then each code with what it means, its example messages in Chinese and English (rendered
from the example's parameters by the same code that prints them) and how to fix it.

    python -m generator.errors_doc            write docs/errors.md  (make docs)
    python -m generator.errors_doc --check    exit 1 when docs/errors.md is not what it would write
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.messages import Catalogue, Example, ExampleGroup, Message, catalogue, render_message
from generator.resources import CHECKOUT

INTRO = Path(__file__).parent / "messages" / "errors-intro.md"
ERRORS_MD = CHECKOUT / "docs" / "errors.md"


def errors_doc(messages: Catalogue | None = None) -> str:
    messages = messages or catalogue()
    parts = [INTRO.read_text(encoding="utf-8").rstrip(), "## 索引", "| 类别 | 代号 |\n|---|---|"]
    parts[-1] += "".join(
        f"\n| {category.title} | " + "、".join(f"[{code}](#{code})" for code in category.codes) + " |"
        for category in messages.categories
    )
    parts.append("---")
    for category in messages.categories:
        parts.append(f"## {category.heading}")
        if category.intro:
            parts.append(category.intro)
        parts += [entry(messages.messages[code]) for code in category.codes]
    return "\n\n".join(parts) + "\n"


def entry(message: Message) -> str:
    parts = [f"### {message.code}", message.meaning, "提示示例："]
    for index, group in enumerate(message.examples):
        if index:
            parts.append(group.note)
        parts += example_blocks(message.code, group)
    parts.append(message.fix)
    return "\n\n".join(part for part in parts if part)


def example_blocks(code: str, group: ExampleGroup) -> list[str]:
    langs = ("zh", "en") if group.english else ("zh",)
    return [
        "```text\n" + "\n".join(example_line(code, m, lang) for m in group.messages) + "\n```"
        for lang in langs
    ]


def example_line(code: str, example: Example, lang: str) -> str:
    prefix = render_message("level-warning", lang, {}) + ": " if example.level == "warning" else ""
    return f"{example.at}: {prefix}{render_message(code, lang, example.params)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.errors_doc", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    args = parser.parse_args(argv)
    text = errors_doc()
    if args.check:
        same = ERRORS_MD.read_text(encoding="utf-8") == text
        print("docs/errors.md is up to date" if same else "docs/errors.md differs: run make docs")
        return 0 if same else 1
    ERRORS_MD.write_text(text, encoding="utf-8")
    print(f"wrote {ERRORS_MD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
