"""docs/errors.md is generated from the message catalogue (generator/messages/), and the catalogue
documents every code an editor can meet: what it means, an example in both languages, the fix."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.errors_doc import ERRORS_MD, errors_doc, example_line
from generator.messages import catalogue, render_message

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
NOT_FOR_EDITORS = ("cli-", "level-")  # command-line summaries and the warning prefix


def editor_codes() -> set[str]:
    return {
        code for code in catalogue().messages if not code.startswith(NOT_FOR_EDITORS) and "-hint-" not in code
    }


def finding_codes_in_the_code() -> set[str]:
    """Every code written literally as the third argument of Finding(...) in generator/."""
    codes = set()
    for path in GENERATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Finding"
                and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)
            ):
                codes.add(node.args[2].value)
    return codes


def test_committed_reference_is_what_the_catalogue_generates() -> None:
    assert ERRORS_MD.read_text(encoding="utf-8") == errors_doc(), (
        "docs/errors.md is out of date: run make docs"
    )


def test_every_code_an_editor_can_meet_is_documented_once() -> None:
    listed = [code for category in catalogue().categories for code in category.codes]
    assert len(listed) == len(set(listed))
    assert set(listed) == editor_codes()


def test_every_code_the_generator_reports_is_in_the_catalogue() -> None:
    used = finding_codes_in_the_code()
    assert len(used) > 60  # the scan itself works
    assert used - editor_codes() == set()


@pytest.mark.parametrize("code", sorted(editor_codes()))
def test_each_entry_explains_shows_and_fixes(code: str) -> None:
    message = catalogue().messages[code]
    assert message.meaning.strip() and message.fix.strip()
    assert message.examples and message.examples[0].english
    for group in message.examples:
        for example in group.messages:
            for lang in ("zh", "en"):  # str.format: a parameter the text needs and the example lacks fails
                assert example_line(code, example, lang).startswith(f"{example.at}: ")


def test_hints_and_english_overrides_render() -> None:
    params = {"field": "publish", "hint_code": "field-unknown-hint-similar", "suggestion": "published"}
    assert render_message("field-unknown", "zh", params) == "未知字段 publish。是否想写 published？"
    assert render_message("field-unknown", "en", params) == "unknown field publish. Did you mean published?"
    assert render_message(
        "yaml-syntax", "en", {"problem": "缺少冒号", "problem_en": "could not find expected ':'"}
    ) == (
        "YAML syntax error: could not find expected ':'. Check indentation and colons (one space after a colon); "
        "quote text that contains a colon"
    )
