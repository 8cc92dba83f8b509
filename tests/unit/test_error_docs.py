"""docs/errors.md documents every finding code an editor can see, and no code that no longer exists."""

from __future__ import annotations

import re
from pathlib import Path

from generator.messages import MESSAGES

ERRORS_MD = Path(__file__).resolve().parents[2] / "docs" / "errors.md"

# A `## heading` that looks like a code (lowercase, digits, hyphens); Chinese headings such as
# `## 退出码` are the intro and are not codes.
CODE_HEADING = re.compile(r"^## ([a-z0-9][a-z0-9-]*)\s*$", re.M)
FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.M | re.S)


def documented_codes() -> set[str]:
    """Codes an editor can meet: not command-line summaries, the warning prefix, or nested hints."""
    return {
        code
        for code in MESSAGES
        if not code.startswith("cli-") and code != "level-warning" and "-hint-" not in code
    }


def code_headings() -> list[str]:
    text = FENCE.sub("", ERRORS_MD.read_text(encoding="utf-8"))  # a `## …` inside an example is not a heading
    return CODE_HEADING.findall(text)


def test_filter_keeps_the_finding_codes_only() -> None:
    codes = documented_codes()
    assert {"yaml-syntax", "field-unknown", "external-resource"} <= codes
    assert not codes & {
        "level-warning",
        "cli-failed",
        "field-unknown-hint-similar",
        "field-unknown-hint-list",
    }


def test_every_code_has_a_section() -> None:
    missing = sorted(documented_codes() - set(code_headings()))
    assert not missing, f"docs/errors.md has no `## <code>` section for: {missing}"


def test_no_section_for_a_code_that_does_not_exist() -> None:
    stale = sorted(set(code_headings()) - documented_codes())
    assert not stale, (
        f"docs/errors.md documents codes that are not in MESSAGES (or are filtered out): {stale}"
    )


def test_each_code_is_documented_once() -> None:
    headings = code_headings()
    duplicated = sorted({code for code in headings if headings.count(code) > 1})
    assert not duplicated, f"docs/errors.md has more than one section for: {duplicated}"
