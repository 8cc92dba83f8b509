"""UI strings: every language has the same keys, and the same placeholders in each string."""

from __future__ import annotations

import re
import string

from generator.content.loader import flatten
from generator.content.yaml_source import YamlSource
from generator.findings import Finding

_FORMATTER = string.Formatter()
# Patterns rather than sentences: each language picks its own fields (Mongolian does not zero-pad).
PATTERN_KEYS = {"date_format": {"year", "month", "day", "mm", "dd"}}


def placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in _FORMATTER.parse(text) if name}
    except ValueError:
        return set(re.findall(r"\{(\w+)\}", text))


def check_locales(sources: dict[str, YamlSource]) -> list[Finding]:
    findings: list[Finding] = []
    flat = {lang: flatten(src.data) for lang, src in sources.items()}
    for lang, source in sources.items():
        for key, value in flat[lang].items():
            if not isinstance(value, str):
                line = source.line_of(tuple(key.split(".")))
                findings.append(Finding(source.path, line, "locale-not-text", {"key": key}))
        for other_lang, other in flat.items():
            if other_lang == lang:
                continue
            other_name = sources[other_lang].path.name
            for key in sorted(set(other) - set(flat[lang])):
                findings.append(
                    Finding(source.path, 1, "locale-key-missing", {"key": key, "other": other_name})
                )
            if other_lang != "zh":
                continue  # placeholders are compared against the Chinese strings only, once per file
            for key in sorted(set(other) & set(flat[lang])):
                mine, theirs = flat[lang][key], other[key]
                if key in PATTERN_KEYS:
                    if isinstance(mine, str) and not placeholders(mine) <= PATTERN_KEYS[key]:
                        line = source.line_of(tuple(key.split(".")))
                        findings.append(
                            Finding(
                                source.path,
                                line,
                                "locale-placeholder",
                                {
                                    "key": key,
                                    "other": other_name,
                                    "found": sorted(placeholders(mine)),
                                    "expected": sorted(PATTERN_KEYS[key]),
                                },
                            )
                        )
                    continue
                if (
                    isinstance(mine, str)
                    and isinstance(theirs, str)
                    and placeholders(mine) != placeholders(theirs)
                ):
                    line = source.line_of(tuple(key.split(".")))
                    findings.append(
                        Finding(
                            source.path,
                            line,
                            "locale-placeholder",
                            {
                                "key": key,
                                "other": other_name,
                                "found": sorted(placeholders(mine)),
                                "expected": sorted(placeholders(theirs)),
                            },
                        )
                    )
    return findings
