"""UI strings: every language has the same keys, and the same placeholders in each string; a site's own
strings (locales/ beside its content) change existing keys only and keep their placeholders."""

from __future__ import annotations

import re
import string

from generator.content.locales import Locales, flatten
from generator.content.yaml_source import YamlSource
from generator.findings import Finding
from generator.i18n.strings import NAMED_DATE_FORMATS

REFERENCE_LANG = "zh"  # placeholders are compared against the Chinese strings
# Patterns rather than sentences: each language picks its own fields (Mongolian does not zero-pad).
PATTERN_KEYS = {"date_format": {"year", "month", "day", "mm", "dd"}}
# A pattern key without any placeholder must instead name a formatter (date_format: mongolian).
NAMED_FORMATS = {"date_format": set(NAMED_DATE_FORMATS)}
_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in _FORMATTER.parse(text) if name}
    except ValueError:
        return set(re.findall(r"\{(\w+)\}", text))


def check_locale_files(sources: dict[str, YamlSource]) -> list[Finding]:
    findings: list[Finding] = []
    flat = {lang: flatten(src.data) for lang, src in sources.items()}
    for lang, source in sources.items():

        def at(key: str, code: str, params: dict[str, object], source: YamlSource = source) -> None:
            line = source.line_of(tuple(key.split("."))) if code != "locale-key-missing" else 1
            findings.append(Finding(source.path, line, code, {"key": key, **params}))

        for key, value in flat[lang].items():
            if not isinstance(value, str):
                at(key, "locale-not-text", {})
            elif _unknown_named_format(key, value):
                known = ", ".join(sorted(NAMED_FORMATS.get(key, set())))
                at(key, "locale-format-unknown", {"value": value, "known": known})
        for other_lang, other in flat.items():
            if other_lang == lang:
                continue
            other_name = sources[other_lang].path.name
            for key in sorted(set(other) - set(flat[lang])):
                at(key, "locale-key-missing", {"other": other_name})
            if other_lang != REFERENCE_LANG:
                continue
            for key in sorted(set(other) & set(flat[lang])):
                found, expected = _placeholder_mismatch(key, flat[lang][key], other[key])
                if found is not None:
                    at(key, "locale-placeholder", {"other": other_name, "found": found, "expected": expected})
    return findings


def check_locale_overrides(locales: Locales) -> list[Finding]:
    """Each key a site's own file sets exists in the defaults and keeps the Chinese default's placeholders."""
    findings: list[Finding] = []
    reference_source = locales.sources.get(REFERENCE_LANG)
    reference = flatten(reference_source.data) if reference_source else {}
    for lang, source in locales.overrides.items():
        default_source = locales.sources.get(lang)
        defaults = flatten(default_source.data) if default_source else {}
        for key, value in flatten(source.data).items():
            line = source.line_of(tuple(key.split(".")))
            params: dict[str, object] = {"key": key}
            if key not in defaults:
                params["file"] = f"{lang}.yml"
                findings.append(Finding(source.path, line, "locale-key-unknown", params))
            elif not isinstance(value, str):
                findings.append(Finding(source.path, line, "locale-not-text", params))
            elif _unknown_named_format(key, value):
                params |= {"value": value, "known": ", ".join(sorted(NAMED_FORMATS.get(key, set())))}
                findings.append(Finding(source.path, line, "locale-format-unknown", params))
            else:
                found, expected = _placeholder_mismatch(key, value, reference.get(key))
                if found is not None:
                    params |= {"other": f"{REFERENCE_LANG}.yml", "found": found, "expected": expected}
                    findings.append(Finding(source.path, line, "locale-placeholder", params))
    return findings


def _unknown_named_format(key: str, value: str) -> bool:
    """A pattern with no placeholder that is not one of the named formats (a typo such as `mongol`)."""
    return key in PATTERN_KEYS and not placeholders(value) and value not in NAMED_FORMATS.get(key, set())


def _placeholder_mismatch(key: str, mine: object, reference: object) -> tuple[list[str] | None, list[str]]:
    """(found, expected) when the string's placeholders are wrong, else (None, [])."""
    if not isinstance(mine, str) or not isinstance(reference, str):
        return None, []
    if key in PATTERN_KEYS:
        allowed = PATTERN_KEYS[key]
        return (
            (sorted(placeholders(mine)), sorted(allowed)) if not placeholders(mine) <= allowed else (None, [])
        )
    if placeholders(mine) != placeholders(reference):
        return sorted(placeholders(mine)), sorted(placeholders(reference))
    return None, []
