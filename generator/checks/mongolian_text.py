"""Text that looks right but is encoded wrong: legacy glyph codes, Cyrillic, un-normalised Unicode.

Documents (content/zh, content/mn), site.yml and the UI strings (locales/) are read as the editor
wrote them, so each finding names the line and the column. Only text is checked: the front matter's
and YAML files' values and the Markdown body, never YAML keys or comments.

- Private Use Area characters are errors in every language: they are glyph-encoded text (Menksoft
  and similar input methods, old government sites) that other devices show as boxes. Chinese files
  are checked too, because such text is pasted wherever the editor happens to be.
- In Mongolian (traditional-script) text, Cyrillic letters are warnings and text that is not NFC is
  a warning. NFC keeps U+180B–U+180F (FVS1–3, MVS, FVS4) and U+202F (NNBSP), which carry spelling
  and suffixes; NFKC would turn NNBSP into a plain space, so it is never used.

Findings are one per line and rule: the first column, with the count on that line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.content.front_matter import split_front_matter
from generator.content.loader import read_text
from generator.content.yaml_source import YamlSource
from generator.findings import Finding

PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
CYRILLIC = re.compile("[\u0400-\u04ff]+")


@dataclass(frozen=True)
class Span:
    """A piece of text on one line of a file."""

    line: int
    column: int  # 1-based column of text[0], counted in characters
    text: str
    mongolian: bool  # Mongolian-script rules apply, not only the Private Use Area rule


def nfc(text: str) -> str:
    """NFC, the form editors' text is checked against; it leaves U+180B-U+180F and U+202F as they are."""
    return unicodedata.normalize("NFC", text)


def check_content_text(content_dir: Path) -> list[Finding]:
    """Every document under content/zh and content/mn, site.yml and the data tables (their `mn:` values
    are Mongolian), and the annual-report data (Chinese only)."""
    findings: list[Finding] = []
    for lang in ("zh", "mn"):
        for path in sorted((content_dir / lang).rglob("*.md")):
            findings += check_markdown_text(path, mongolian=lang == "mn")
    site_yml = content_dir / "site.yml"
    if site_yml.is_file():
        findings += check_yaml_text(site_yml, mongolian=frozenset({"mn"}))
    for path in sorted((content_dir / "tables").glob("*.yml")):
        findings += check_yaml_text(path, mongolian=frozenset({"mn"}))
    for path in sorted((content_dir / "reports" / "annual").glob("*.yml")):
        findings += check_yaml_text(path, mongolian=False)
    return findings


def check_locale_text(sources: dict[str, YamlSource]) -> list[Finding]:
    """locales/<lang>.yml: every value of mn.yml is Mongolian; zh.yml is checked for the Private Use Area."""
    return [
        f for lang, source in sources.items() for f in check_yaml_text(source.path, mongolian=lang == "mn")
    ]


def check_markdown_text(path: Path, mongolian: bool) -> list[Finding]:
    text, _ = read_text(path)  # a file that is not UTF-8 is reported by the loader
    if text is None:
        return []
    split, _ = split_front_matter(text, path)
    if split is None:
        return check_spans(path, _lines(text, 1, mongolian))
    spans = [
        *_yaml_values(split.yaml_text, split.yaml_first_line, lambda key: mongolian),
        *_lines(split.body, split.body_first_line, mongolian),
    ]
    return check_spans(path, spans)


def check_yaml_text(path: Path, mongolian: bool | frozenset[str]) -> list[Finding]:
    """A YAML file's values. `mongolian`: whether they are Mongolian text, or the keys whose values are."""
    text, _ = read_text(path)
    if text is None:
        return []
    if isinstance(mongolian, bool):
        return check_spans(path, _yaml_values(text, 1, lambda key: mongolian))
    return check_spans(path, _yaml_values(text, 1, lambda key: key in mongolian))


def check_spans(path: Path, spans: Iterable[Span]) -> list[Finding]:
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        by_line.setdefault(span.line, []).append(span)
    findings: list[Finding] = []
    for line, on_line in by_line.items():
        findings += _line_findings(path, line, on_line)
    return findings


def _line_findings(path: Path, line: int, spans: list[Span]) -> list[Finding]:
    findings = []
    pua = [(s.column + m.start(), m.group()) for s in spans for m in PRIVATE_USE.finditer(s.text)]
    if pua:
        params = {"count": len(pua), "first": _code_points(pua[0][1])}
        findings.append(Finding(path, line, "mongolian-pua", params, column=pua[0][0]))
    mongolian = [s for s in spans if s.mongolian]
    cyrillic = [(s.column + m.start(), m.group()) for s in mongolian for m in CYRILLIC.finditer(s.text)]
    if cyrillic:
        params = {"count": sum(len(run) for _, run in cyrillic), "text": cyrillic[0][1]}
        findings.append(Finding(path, line, "mongolian-cyrillic", params, "warning", cyrillic[0][0]))
    for span in mongolian:
        problem = first_unnormalized(span.text)
        if problem is not None:
            index, found, expected = problem
            params = {"found": _code_points(found), "expected": _code_points(expected)}
            findings.append(Finding(path, line, "text-not-nfc", params, "warning", span.column + index))
            break
    return findings


def first_unnormalized(text: str) -> tuple[int, str, str] | None:
    """(index, found, NFC form) of the first piece of `text` that NFC changes, or None."""
    normal = nfc(text)
    if normal == text:
        return None
    start = next((i for i, (a, b) in enumerate(zip(text, normal, strict=False)) if a != b), len(normal))
    while start > 0 and unicodedata.combining(text[start]):
        start -= 1  # back to the letter the marks belong to
    end = start + 1
    while end < len(text) and (unicodedata.combining(text[end]) or nfc(text[start:end]) == text[start:end]):
        end += 1
    return start, text[start:end], nfc(text[start:end])


def _code_points(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text)


def _lines(text: str, first_line: int, mongolian: bool) -> Iterator[Span]:
    for number, line in enumerate(text.splitlines(), first_line):
        yield Span(number, 1, line, mongolian)


def _yaml_values(text: str, first_line: int, is_mongolian: Callable[[str | None], bool]) -> Iterator[Span]:
    """The scalar values of a YAML text as written (quotes included), without keys and comments.

    `is_mongolian(key)` says whether the value under the mapping key `key` is Mongolian text.
    Text that is not valid YAML (already reported by the loader) is checked line by line.
    """
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        yield from _lines(text, first_line, is_mongolian(None))
        return
    key: str | None = None
    for previous, token in zip([None, *tokens], tokens, strict=False):
        if not isinstance(token, yaml.ScalarToken):
            continue
        if isinstance(previous, yaml.KeyToken):
            key = token.value
            continue
        start, end = token.start_mark, token.end_mark
        for offset, piece in enumerate(text[start.index : end.index].split("\n")):
            column = start.column + 1 if offset == 0 else 1
            yield Span(first_line + start.line + offset, column, piece, is_mongolian(key))
