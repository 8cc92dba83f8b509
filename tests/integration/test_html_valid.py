"""The W3C Nu HTML Checker (vnu.jar, from npm's vnu-jar at set-up time) reports no errors on any page of
the built example site, in either language.

Without Java or the jar the test skips on a developer machine and FAILS under CI=true, like the
browser tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Errors in mkdocs-material's own markup, outside any template block we can override: (message, a
# piece of the offending markup). Anything else fails the test.
THEME_ERRORS = [
    # base.html: the theme's drawer and search switches are <input type="checkbox" autocomplete="off">
    # (to stop Firefox restoring their state); autocomplete is not allowed on checkboxes.
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
    # partials/toc.html: the table of contents' title is a <label for="__toc">, and the theme renders
    # the __toc checkbox only beside the page's entry in the navigation. Documents are reached through
    # their section, not listed in the navigation, so the label points at nothing.
    ("The value of the “for” attribute of the “label” element must be the ID", 'for="__toc"'),
]


def from_theme(message: dict[str, str]) -> bool:
    return any(
        message["message"].startswith(text) and markup in message.get("extract", "")
        for text, markup in THEME_ERRORS
    )


def java_and_jar() -> str:
    java = shutil.which("java")
    missing = "java not found (Debian: default-jre-headless)" if java is None else None
    if missing is None and not VNU_JAR.exists():
        missing = f"{VNU_JAR.relative_to(ROOT)} not found (run `npm ci`)"
    if missing is not None:
        if IN_CI:
            pytest.fail(f"the HTML check cannot run in CI: {missing}")
        pytest.skip(f"HTML check skipped: {missing}")
    assert java is not None
    return java


def test_every_page_is_valid_html(example_site) -> None:  # type: ignore[no-untyped-def]
    java = java_and_jar()
    pages = sorted(str(p) for p in example_site.out_dir.rglob("*.html"))
    assert len(pages) > 50 and any("/mn/" in p for p in pages)
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{m['url'].split(str(example_site.out_dir))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not from_theme(m)
    ]
    assert errors == [], "\n".join(errors[:30])
