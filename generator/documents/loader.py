"""Read the documents under content/zh/ and content/mn/: one Markdown file each, front matter first."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.content.config import LANGS, Lang, Section, SiteConfig
from generator.content.files import read_text
from generator.content.front_matter import split_front_matter
from generator.content.validation import validate_model
from generator.content.written_text import TextSpan, WrittenText, text_lines
from generator.content.yaml_source import parse_yaml
from generator.documents.attachments import resolve_attachments
from generator.documents.model import (
    AnyDocument,
    Original,
    OriginalFrontMatter,
    Translation,
    TranslationFrontMatter,
)
from generator.findings import Finding

# Folders beside the language folders that hold data, not documents.
DATA_FOLDERS = frozenset({"reports", "tables", "locales"})


@dataclass
class DocumentFiles:
    """What reading the language folders gave: the documents, what failed, and every file's text."""

    originals: list[Original] = field(default_factory=list)
    translations: list[Translation] = field(default_factory=list)
    # Keys of files that exist but failed to load, so other documents' links to them are not reported
    # a second time as dangling.
    broken: set[str] = field(default_factory=set)
    texts: list[WrittenText] = field(default_factory=list)
    # Every file and folder inside each language folder, as (lang, path inside it): what a link can reach.
    existing: set[tuple[str, str]] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentFile:
    """One Markdown file as read."""

    document: AnyDocument | None  # None when it has errors
    text: WrittenText | None  # None when it is not UTF-8
    key: str  # its key, or for a file that failed to load the key it meant to have
    findings: list[Finding]


def load_document(path: Path, lang: Lang, section: Section, lang_root: Path) -> DocumentFile:
    text, findings = read_text(path)
    if text is None:
        return DocumentFile(None, None, path.stem, findings)
    split, findings = split_front_matter(text, path)
    if split is None:
        return DocumentFile(None, WrittenText(path, lang, text_lines(text, 1)), path.stem, findings)
    body_spans = text_lines(split.body, split.body_first_line)
    source, findings = parse_yaml(split.yaml_text, path, split.yaml_first_line)
    if source is None:
        written = WrittenText(path, lang, (*text_lines(split.yaml_text, split.yaml_first_line), *body_spans))
        declared = re.search(r"^translation_key:\s*([a-z0-9-]+)\s*$", split.yaml_text, re.M)
        return DocumentFile(None, written, declared.group(1) if declared else path.stem, findings)
    written = WrittenText(path, lang, _by_position((*source.values, *body_spans)))
    data = source.data if source.data is not None else {}
    source.data = data
    declared_key = data.get("translation_key") if isinstance(data, dict) else None
    slug = isinstance(declared_key, str) and re.fullmatch(r"[a-z0-9-]+", declared_key)
    key = declared_key if slug and isinstance(declared_key, str) else path.stem
    lines = {str(k[0]): v for k, v in source.lines.items() if len(k) == 1}
    lines |= {f"{k[0]}[{k[1]}]": v for k, v in source.lines.items() if len(k) == 2 and k[0] == "attachments"}
    if lang == "zh":
        front, more = validate_model(OriginalFrontMatter, source)
        if front is None:
            return DocumentFile(None, written, key, findings + more)
        attachments = resolve_attachments(front, path, lines, lang_root)
        body, first = split.body, split.body_first_line
        original = Original(section, key, front, body, path, lines, first, attachments)
        return DocumentFile(original, written, key, findings + more)
    translated, more = validate_model(TranslationFrontMatter, source)
    if translated is None:
        return DocumentFile(None, written, key, findings + [_explain_translation_field(f) for f in more])
    translation = Translation(section, key, translated, split.body, path, lines, split.body_first_line)
    return DocumentFile(translation, written, key, findings + more)


def _by_position(spans: tuple[TextSpan, ...]) -> tuple[TextSpan, ...]:
    return tuple(sorted(spans, key=lambda s: (s.line, s.column)))


def _explain_translation_field(finding: Finding) -> Finding:
    """An unknown key in a translation is usually a fact copied from the original: say so."""
    name = finding.params.get("field", "")
    if finding.code == "field-unknown" and name in OriginalFrontMatter.model_fields:
        params = {k: v for k, v in finding.params.items() if not k.startswith("hint")}
        return Finding(finding.path, finding.line, "field-from-original", params)
    return finding


def load_documents(content_dir: Path, config: SiteConfig) -> DocumentFiles:
    """Every document of every language folder, in a stable order (by path)."""
    files = DocumentFiles()
    section_ids = [s.id for s in config.sections]
    for entry in sorted(content_dir.iterdir()):
        if entry.name.startswith(".") or entry.is_file():
            continue
        if entry.name not in LANGS and entry.name not in DATA_FOLDERS:
            params = {"name": entry.name}
            files.findings.append(Finding(entry, 1, "unknown-language-folder", params, "warning"))
    for lang in LANGS:
        lang_dir = content_dir / lang
        if not lang_dir.is_dir():
            continue
        files.existing |= {(lang, p.relative_to(lang_dir).as_posix()) for p in lang_dir.rglob("*")}
        for entry in sorted(lang_dir.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_file():
                files.findings.append(Finding(entry, 1, "stray-file", {"name": entry.name}, "warning"))
                continue
            section = config.section(entry.name)
            if section is None:
                params = {"name": f"{lang}/{entry.name}", "sections": ", ".join(section_ids)}
                files.findings.append(Finding(entry, 1, "unknown-section-folder", params))
                continue
            for path in sorted(entry.rglob("*.md")):
                _add(files, path, lang, section, lang_dir)
    return files


def _add(files: DocumentFiles, path: Path, lang: Lang, section: Section, lang_dir: Path) -> None:
    loaded = load_document(path, lang, section, lang_dir)
    files.findings += loaded.findings
    if loaded.text is not None:
        files.texts.append(loaded.text)
    if isinstance(loaded.document, Original):
        files.originals.append(loaded.document)
    elif isinstance(loaded.document, Translation):
        files.translations.append(loaded.document)
    else:
        files.broken.add(loaded.key)
