"""Read a content folder into a Site: site.yml, documents per language, UI strings."""

from __future__ import annotations

import re
from pathlib import Path

from generator.content.front_matter import split_front_matter
from generator.content.models import (
    LANGS,
    Document,
    OriginalFrontMatter,
    SiteConfig,
    TranslationFrontMatter,
)
from generator.content.validation import validate_model
from generator.content.yaml_source import YamlSource, parse_yaml
from generator.findings import Finding

# Folders beside the language folders that hold data, not documents.
DATA_FOLDERS = frozenset({"reports", "tables"})


def read_text(path: Path) -> tuple[str | None, list[Finding]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError:
        return None, [Finding(path, 1, "file-encoding")]


def load_yaml_file(path: Path) -> tuple[YamlSource | None, list[Finding]]:
    if not path.is_file():
        return None, [Finding(path, 1, "file-missing", {"name": path.name})]
    text, findings = read_text(path)
    if text is None:
        return None, findings
    return parse_yaml(text, path)


def load_site_config(content_dir: Path) -> tuple[SiteConfig | None, list[Finding]]:
    source, findings = load_yaml_file(content_dir / "site.yml")
    if source is None:
        return None, findings
    config, more = validate_model(SiteConfig, source)
    findings += more
    if config is not None:
        seen: set[str] = set()
        for index, section in enumerate(config.sections):
            if section.id in seen:
                line = source.line_of(("sections", index, "id"))
                findings.append(Finding(source.path, line, "section-duplicate", {"id": section.id}))
            seen.add(section.id)
    return config, findings


def load_document(
    path: Path, lang: str, config: SiteConfig, section_id: str
) -> tuple[Document | None, list[Finding]]:
    text, findings = read_text(path)
    if text is None:
        return None, findings
    split, findings = split_front_matter(text, path)
    if split is None:
        return None, findings
    source, findings = parse_yaml(split.yaml_text, path, split.yaml_first_line)
    if source is None:
        return None, findings
    if source.data is None:
        source.data = {}
    model = OriginalFrontMatter if lang == "zh" else TranslationFrontMatter
    front, more = validate_model(model, source)
    findings += more
    if front is None:
        if lang == "mn":
            findings = [_explain_translation_field(f) for f in findings]
        return None, findings
    section = config.section(section_id)
    assert section is not None
    key = front.translation_key or path.stem
    lines = {str(k[0]): v for k, v in source.lines.items() if len(k) == 1}
    lines |= {f"{k[0]}[{k[1]}]": v for k, v in source.lines.items() if len(k) == 2 and k[0] == "attachments"}
    doc = Document(lang, section, key, front, split.body, path, lines, split.body_first_line)  # type: ignore[arg-type]
    return doc, findings


def _explain_translation_field(finding: Finding) -> Finding:
    """An unknown key in a translation is usually a fact copied from the original: say so."""
    name = finding.params.get("field", "")
    if finding.code == "field-unknown" and name in OriginalFrontMatter.model_fields:
        params = {k: v for k, v in finding.params.items() if not k.startswith("hint")}
        return Finding(finding.path, finding.line, "field-from-original", params)
    return finding


def load_documents(
    content_dir: Path, config: SiteConfig
) -> tuple[dict[str, list[Document]], set[str], list[Finding]]:
    """Documents per language, plus the keys of files that exist but failed to load (so other
    documents' links to them are not reported a second time as dangling)."""
    docs: dict[str, list[Document]] = {lang: [] for lang in LANGS}
    broken: set[str] = set()
    findings: list[Finding] = []
    section_ids = [s.id for s in config.sections]
    for entry in sorted(content_dir.iterdir()):
        if entry.name.startswith(".") or entry.name == "site.yml":
            continue
        if entry.is_dir() and entry.name not in LANGS and entry.name not in DATA_FOLDERS:
            findings.append(Finding(entry, 1, "unknown-language-folder", {"name": entry.name}, "warning"))
    for lang in LANGS:
        lang_dir = content_dir / lang
        if not lang_dir.is_dir():
            continue
        for entry in sorted(lang_dir.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_file():
                findings.append(Finding(entry, 1, "stray-file", {"name": entry.name}, "warning"))
                continue
            if entry.name not in section_ids:
                params = {"name": f"{lang}/{entry.name}", "sections": ", ".join(section_ids)}
                findings.append(Finding(entry, 1, "unknown-section-folder", params))
                continue
            for path in sorted(entry.rglob("*.md")):
                doc, more = load_document(path, lang, config, entry.name)
                findings += more
                if doc is not None:
                    docs[lang].append(doc)
                else:
                    broken.add(_declared_key(path))
    return docs, broken, findings


def _declared_key(path: Path) -> str:
    """The key a file that failed to load meant to have: its translation_key line, else its name."""
    text, _ = read_text(path)
    match = re.search(r"^translation_key:\s*([a-z0-9-]+)\s*$", text or "", re.M)
    return match.group(1) if match else path.stem


def load_locales(locales_dir: Path) -> tuple[dict[str, dict[str, str]], dict[str, YamlSource], list[Finding]]:
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
    return strings, sources, findings


def flatten(data: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out
