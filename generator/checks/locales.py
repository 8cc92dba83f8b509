"""UI strings: every language has the same keys, and the same placeholders in each string; a site's own
strings (locales/ beside its content) change existing keys only and keep their placeholders."""

from __future__ import annotations

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
    """The placeholder names of a string whose braces pair up (value_problem checks that first)."""
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


def _unpaired(text: str) -> bool:
    try:
        list(_FORMATTER.parse(text))
    except ValueError:
        return True
    return False


def value_problem(key: str, value: object) -> tuple[str, dict[str, object]] | None:
    """What is wrong with one string by itself (a message code and its parameters), if anything."""
    if not isinstance(value, str):
        return "locale-not-text", {}
    if _unpaired(value):  # the site would stop with a traceback the first time the string is filled in
        return "locale-braces", {"value": value}
    if _unknown_named_format(key, value):
        return "locale-format-unknown", {
            "value": value,
            "known": ", ".join(sorted(NAMED_FORMATS.get(key, set()))),
        }
    return None


def check_locale_files(sources: dict[str, YamlSource]) -> list[Finding]:
    findings: list[Finding] = []
    flat = {lang: flatten(src.data) for lang, src in sources.items()}
    for lang, source in sources.items():

        def at(key: str, code: str, params: dict[str, object], source: YamlSource = source) -> None:
            line = source.line_of(tuple(key.split("."))) if code != "locale-key-missing" else 1
            findings.append(Finding(source.path, line, code, {"key": key, **params}))

        for key, value in flat[lang].items():
            problem = value_problem(key, value)
            if problem is not None:
                at(key, *problem)
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
                    at(key, "locale-placeholder", {"other": other_name, **_shown(found, expected)})
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
            problem = value_problem(key, value)
            if key not in defaults:
                params["file"] = f"{lang}.yml"
                findings.append(Finding(source.path, line, "locale-key-unknown", params))
            elif problem is not None:
                code, more = problem
                findings.append(Finding(source.path, line, code, params | more))
            else:
                found, expected = _placeholder_mismatch(key, value, reference.get(key))
                if found is not None:
                    params |= {"other": f"{REFERENCE_LANG}.yml", **_shown(found, expected)}
                    findings.append(Finding(source.path, line, "locale-placeholder", params))
    return findings


def _shown(found: list[str], expected: list[str]) -> dict[str, str]:
    """The two sets of placeholders as an editor writes them: `{count} {total}`, or none."""

    def braced(names: list[str], none: str) -> str:
        return " ".join(f"{{{name}}}" for name in names) or none

    return {
        "found": braced(found, "无"),
        "found_en": braced(found, "none"),
        "expected": braced(expected, "无"),
        "expected_en": braced(expected, "none"),
    }


def _unknown_named_format(key: str, value: str) -> bool:
    """A pattern with no placeholder that is not one of the named formats (a typo such as `mongol`)."""
    return key in PATTERN_KEYS and not placeholders(value) and value not in NAMED_FORMATS.get(key, set())


def _placeholder_mismatch(key: str, mine: object, reference: object) -> tuple[list[str] | None, list[str]]:
    """(found, expected) when the string's placeholders are wrong, else (None, []). Strings that are
    not text or have unpaired braces are reported by themselves (value_problem), not compared."""
    if not isinstance(mine, str) or not isinstance(reference, str) or _unpaired(mine) or _unpaired(reference):
        return None, []
    if key in PATTERN_KEYS:
        allowed = PATTERN_KEYS[key]
        return (
            (sorted(placeholders(mine)), sorted(allowed)) if not placeholders(mine) <= allowed else (None, [])
        )
    if placeholders(mine) != placeholders(reference):
        return sorted(placeholders(mine)), sorted(placeholders(reference))
    return None, []
