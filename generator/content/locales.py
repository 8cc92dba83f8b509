"""The interface's own words: `locales/<lang>.yml`, one file per language with the same keys.

Gongkai ships a complete set (the defaults). A site may change any of them in its own `locales/`
folder beside its content folder: a file there holds only the keys it changes, and the checks make
sure each key exists and keeps its placeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content.config import LANGS
from generator.content.files import load_yaml_file
from generator.content.yaml_source import YamlSource
from generator.findings import Finding


@dataclass(frozen=True)
class Locales:
    strings: dict[str, dict[str, str]]  # language -> "nav.home" -> text: the defaults, then the site's own
    sources: dict[str, YamlSource]  # each default file as read, for the checks
    overrides: dict[str, YamlSource] = field(default_factory=dict)  # the site's own files, as read


def load_locales(locales_dir: Path, overrides_dir: Path | None = None) -> tuple[Locales, list[Finding]]:
    """The default strings from `locales_dir`, changed by the files in `overrides_dir` if it is given."""
    sources, findings = _read(locales_dir, required=True)
    overrides: dict[str, YamlSource] = {}
    if overrides_dir is not None:
        overrides, more = _read(overrides_dir, required=False)
        findings += more
    strings = {lang: flatten(source.data) for lang, source in sources.items()}
    for lang, source in overrides.items():
        strings.setdefault(lang, {}).update(flatten(source.data))
    return Locales(strings, sources, overrides), findings


def _read(folder: Path, required: bool) -> tuple[dict[str, YamlSource], list[Finding]]:
    sources: dict[str, YamlSource] = {}
    findings: list[Finding] = []
    for lang in LANGS:
        path = folder / f"{lang}.yml"
        if not required and not path.is_file():
            continue
        source, more = load_yaml_file(path)
        findings += more
        if source is None:
            continue
        if not isinstance(source.data, dict):
            findings.append(Finding(source.path, 1, "yaml-not-mapping"))
            continue
        sources[lang] = source
    return sources, findings


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
