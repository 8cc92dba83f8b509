"""Run the real axe-core (installed from PyPI with axe-playwright-python, which ships axe.min.js)
in a Playwright page, with our own choice of rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python

AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(
    page: Any, tags: list[str] | None = None, rules: list[str] | None = None
) -> list[dict[str, Any]]:
    """Run axe with a set of tags (default: WCAG 2.0–2.2 A/AA) or, with `rules`, exactly those rules."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags or WCAG_AA_TAGS}
    result = page.evaluate(
        "runOnly => axe.run(document, {runOnly, resultTypes: ['violations']})",
        run_only,
    )
    return result["violations"]


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return "\n".join(lines)
