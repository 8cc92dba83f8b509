"""Which Chinese originals have an up-to-date Mongolian translation, which have none, which are stale.

A translation is stale when its original changed after it. The front-matter dates decide when both
sides have one: the original's `updated` (else `published`) against the translation's `updated`.
Otherwise the last commit of each file decides, when the content folder is in a git work tree.
Without either the answer is "unknown": a guess would send translators to the wrong documents.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.content.config import Section
from generator.documents.model import Original, Translation
from generator.findings import display_path
from generator.messages import render_message
from generator.site import Site

Status = Literal["current", "stale", "unknown", "missing"]
STATUSES: tuple[Status, ...] = ("current", "stale", "unknown", "missing")
Basis = Literal["date", "git"]  # what decided current or stale: front-matter dates or commits
Changed = dt.date | dt.datetime  # a front-matter date, or a commit time
LastCommit = Callable[[Path], dt.datetime | None]  # a file's last commit time, None when not known


@dataclass(frozen=True)
class DocumentStatus:
    section: Section
    key: str
    status: Status
    original: Path
    translation: Path  # where the translation is, or where it belongs when missing
    basis: Basis | None = None
    original_changed: Changed | None = None
    translation_changed: Changed | None = None


@dataclass(frozen=True)
class SectionStatus:
    section: Section
    counts: dict[Status, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def translation_status(
    site: Site, last_commit: LastCommit
) -> tuple[list[SectionStatus], list[DocumentStatus]]:
    """Counts per section (in site.yml order) and every original's status, section by section."""
    documents = [
        _status(original, site.translations.get(key), site.root, last_commit)
        for section in site.config.sections
        for key, original in sorted(site.originals.items())
        if original.section.id == section.id
    ]
    sections = [
        SectionStatus(
            section,
            {s: sum(1 for d in documents if d.section.id == section.id and d.status == s) for s in STATUSES},
        )
        for section in site.config.sections
    ]
    return sections, documents


def _status(
    original: Original, translation: Translation | None, root: Path, last_commit: LastCommit
) -> DocumentStatus:
    section, key, source = original.section, original.key, original.source
    if translation is None:
        return DocumentStatus(section, key, "missing", source, root / "mn" / section.id / f"{key}.md")
    changed, translated, basis = _last_changes(original, translation, last_commit)
    if changed is None or translated is None:
        return DocumentStatus(section, key, "unknown", source, translation.source)
    status: Status = "stale" if changed > translated else "current"
    return DocumentStatus(section, key, status, source, translation.source, basis, changed, translated)


def _last_changes(
    original: Original, translation: Translation, last_commit: LastCommit
) -> tuple[Changed | None, Changed | None, Basis]:
    """When the original and the translation last changed: by their dates, else by their commits."""
    front, translated = original.front, translation.front
    if translated.updated is not None:
        return front.updated or front.published, translated.updated, "date"
    return last_commit(original.source), last_commit(translation.source), "git"


def git_history(content_dir: Path) -> LastCommit:
    """Each file's last commit time from git, or always None when git is missing or the content
    folder is not inside a git work tree. Uncommitted edits do not count: only history does."""
    if _git(content_dir, "rev-parse", "--is-inside-work-tree") != "true":
        return lambda path: None

    def last_commit(path: Path) -> dt.datetime | None:
        path = path.resolve()
        stamp = _git(path.parent, "log", "-1", "--format=%ct", "--", path.name)
        return dt.datetime.fromtimestamp(int(stamp)) if stamp else None  # empty: never committed

    return last_commit


def _git(cwd: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:  # git is not installed
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def format_translation_status(
    sections: list[SectionStatus], documents: list[DocumentStatus], lang: str
) -> str:
    """The report as terminal text: the table per section, then the documents to work on."""

    def t(code: str, **params: object) -> str:
        return render_message(f"cli-translations-{code}", lang, params)

    header = [t("section"), t("originals"), *(t(status) for status in STATUSES)]
    rows = [
        [_section_label(row.section, lang), str(row.total), *(str(row.counts[s]) for s in STATUSES)]
        for row in sections
    ]
    totals = [
        t("total"),
        str(sum(row.total for row in sections)),
        *(str(sum(row.counts[s] for row in sections)) for s in STATUSES),
    ]
    lines = [t("title"), *_table([header, *rows, totals])]
    for status in ("stale", "missing", "unknown"):
        listed = [doc for doc in documents if doc.status == status]
        if listed:
            lines += ["", t(f"{status}-list", count=len(listed))]
            lines += [f"  {_document_line(doc, t)}" for doc in listed]
    return "\n".join(lines)


def _section_label(section: Section, lang: str) -> str:
    return section.title.zh if lang == "zh" else f"{section.title.zh} ({section.id})"


def _document_line(doc: DocumentStatus, t: Callable[..., str]) -> str:
    if doc.status == "missing":
        return f"{display_path(doc.original)} → {display_path(doc.translation)}"
    if doc.status == "stale":
        return t(
            f"stale-{doc.basis}",
            path=display_path(doc.translation),
            original=_when(doc.original_changed),
            translation=_when(doc.translation_changed),
        )
    return display_path(doc.translation)


def _when(value: Changed | None) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if value else ""


def _table(rows: list[list[str]]) -> list[str]:
    """Columns padded to the widest cell; Chinese characters take two terminal columns."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell + " " * (width - _width(cell)) if i == 0 else " " * (width - _width(cell)) + cell
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
