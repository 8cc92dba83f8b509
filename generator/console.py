"""What the command line prints: findings one per line on stderr, summaries on stdout, in the
operator's language. Shared by `gongkai build`, `check`, `serve` and `import-report`."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from generator.build import BuildResult
from generator.findings import Finding, errors
from generator.formatting import file_size
from generator.messages import render_message


def report(findings: Iterable[Finding], lang: str) -> None:
    for finding in findings:
        print(finding.format(lang), file=sys.stderr)


def say(code: str, lang: str, **params: object) -> None:
    print(render_message(code, lang, params))


def complain(code: str, lang: str, **params: object) -> None:
    print(render_message(code, lang, params), file=sys.stderr)


def build_failed(findings: list[Finding], lang: str) -> None:
    report(findings, lang)
    complain("cli-failed", lang, count=len(errors(findings)))


def built(result: BuildResult, lang: str) -> None:
    report(result.findings, lang)
    say("cli-built", lang, out=result.out_dir, zh=result.pages["zh"], mn=result.pages["mn"])
    font = result.mongolian_font
    say(
        "cli-font",
        lang,
        family=font.family,
        before=file_size(font.source_bytes),
        after=file_size(font.subset_bytes),
        characters=font.characters,
    )
