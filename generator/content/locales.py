"""The interface's own words: `locales/<lang>.yml`, one file per language with the same keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.content.config import LANGS
from generator.content.files import load_yaml_file
from generator.content.yaml_source import YamlSource
from generator.findings import Finding


@dataclass(frozen=True)
class Locales:
    strings: dict[str, dict[str, str]]  # language -> "nav.home" -> text
    sources: dict[str, YamlSource]  # each file as read, for the checks


def load_locales(locales_dir: Path) -> tuple[Locales, list[Finding]]:
    strings: dict[str, dict[str, str]] = {}
    sources: dict[str, YamlSource] = {}
    findings: list[Finding] = []
    for lang in LANGS:
        source, more = load_yaml_file(locales_dir / f"{lang}.yml")
        findings += more
        if source is None:
            continue
        if not isinstance(source.data, dict):
            findings.append(Finding(source.path, 1, "yaml-not-mapping"))
            continue
        sources[lang] = source
        strings[lang] = flatten(source.data)
    return Locales(strings, sources), findings


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested keys as dotted names: {"nav": {"home": …}} -> {"nav.home": …}."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out
