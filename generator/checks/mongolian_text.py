"""Text that looks right but is encoded wrong: legacy glyph codes, Cyrillic, un-normalised Unicode.

Every file an editor or translator writes is checked as it was read (content/written_text.py):
documents, site.yml, data tables, annual-report data and the UI strings, so each finding names the
line and the column. Only text is checked: YAML values and Markdown bodies, never keys or comments.

- Private Use Area characters are errors in every language: they are glyph-encoded text (Menksoft
  and similar input methods, old government sites) that other devices show as boxes. Chinese files
  are checked too, because such text is pasted wherever the editor happens to be.
- In Mongolian (traditional-script) text, Cyrillic letters are warnings and text that is not NFC is
  a warning. NFC keeps U+180B–U+180F (FVS1–3, MVS, FVS4) and U+202F (NNBSP), which carry spelling
  and suffixes; NFKC would turn NNBSP into a plain space, so it is never used.

Findings are one per line and rule: the first column, with the count on that line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.content.written_text import TextSpan, WrittenText
from generator.findings import Finding

PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
CYRILLIC = re.compile("[\u0400-\u04ff]+")


def nfc(text: str) -> str:
    """NFC, the form editors' text is checked against; it leaves U+180B-U+180F and U+202F as they are."""
    return unicodedata.normalize("NFC", text)


def check_written_text(texts: Iterable[WrittenText]) -> list[Finding]:
    """Each file's text: the Private Use Area everywhere, the Mongolian rules where the text is
    Mongolian (a Mongolian file, or a value under an `mn:` key)."""
    findings: list[Finding] = []
    for text in texts:
        findings += check_spans(text.path, text.spans, functools.partial(_mongolian, text))
    return findings


def _mongolian(text: WrittenText, span: TextSpan) -> bool:
    return text.lang == "mn" or span.key == "mn"


def check_spans(
    path: Path, spans: Iterable[TextSpan], is_mongolian: Callable[[TextSpan], bool]
) -> list[Finding]:
    """One finding per line and rule, at the first column, with the count on that line."""
    by_line: dict[int, list[TextSpan]] = {}
    for span in spans:
        if _suspect(span, is_mongolian):  # the others can add nothing to their line's findings
            by_line.setdefault(span.line, []).append(span)
    findings: list[Finding] = []
    for line, on_line in by_line.items():
        findings += _line_findings(path, line, on_line, [s for s in on_line if is_mongolian(s)])
    return findings


def _suspect(span: TextSpan, is_mongolian: Callable[[TextSpan], bool]) -> bool:
    """Whether a rule could find anything in the span: one fast look before the per-line work."""
    if PRIVATE_USE.search(span.text):
        return True
    return is_mongolian(span) and (
        CYRILLIC.search(span.text) is not None or not unicodedata.is_normalized("NFC", span.text)
    )


def _line_findings(path: Path, line: int, spans: list[TextSpan], mongolian: list[TextSpan]) -> list[Finding]:
    findings = []
    pua = [(s.column + m.start(), m.group()) for s in spans for m in PRIVATE_USE.finditer(s.text)]
    if pua:
        params = {"count": len(pua), "first": _code_points(pua[0][1])}
        findings.append(Finding(path, line, "mongolian-pua", params, column=pua[0][0]))
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
