"""A document as loaded: its front matter validated, where each field was written, its Markdown body.

Chinese originals and Mongolian translations are different types: everything factual (dates, numbers,
validity, attachments) lives in the original only, and the type says which one a function holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, ClassVar, Generic, Literal, TypeVar

from pydantic import StringConstraints, model_validator

from generator.content.config import Lang, Section
from generator.content.strict import Slug, StrictModel, Text, Year

Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
TranslatedSummary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Validity = Literal["valid", "abolished"]


class Attachment(StrictModel):
    """A file published with a document (申报表, PDF scan, …), next to it or below its folder."""

    file: Text  # the path from the document's file, e.g. 附件/申报表.docx
    title: Text | None = None  # default: the file name without its extension

    @model_validator(mode="before")
    @classmethod
    def _bare_path(cls, data: object) -> object:
        return {"file": data} if isinstance(data, str) else data  # `- 申报表.docx` is enough


class OriginalFrontMatter(StrictModel):
    """Front matter of a Chinese (original) document."""

    title: Text
    published: dt.date
    written: dt.date | None = None
    updated: dt.date | None = None
    issuer: Text | None = None
    doc_no: Annotated[str, StringConstraints(pattern=r"〔\d{4}〕\d+号$")] | None = None
    index_no: Text | None = None
    topic: Text | None = None
    validity: Validity | None = None
    abolished_on: dt.date | None = None
    replaced_by: Slug | None = None
    interprets: Slug | None = None
    interpreted_by: list[Slug] | None = None
    translation_key: Slug | None = None
    summary: Summary | None = None
    annual_report: Year | None = None
    attachments: list[Attachment] | None = None

    @property
    def abolished(self) -> bool:
        return self.validity == "abolished"


class TranslationFrontMatter(StrictModel):
    """Front matter of a Mongolian translation; everything factual comes from the original."""

    title: Text
    translation_key: Slug
    summary: TranslatedSummary | None = None
    issuer: Text | None = None
    topic: Text | None = None
    updated: dt.date | None = None


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment that will be published: where it is, and how its list entry describes it."""

    source: Path  # the file in content/
    name: str  # its name on the site, beside the document's page
    title: str
    format: str
    size: int  # bytes


@dataclass(frozen=True)
class AttachmentEntry:
    """One `attachments:` entry as resolved when the document was read: the file to publish, or why
    it cannot be (a message code and its parameters)."""

    line: int
    file: AttachmentFile | None
    problem: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)


FrontMatter = TypeVar("FrontMatter", OriginalFrontMatter, TranslationFrontMatter)


@dataclass(frozen=True)
class Document(Generic[FrontMatter]):
    """One Markdown file: validated front matter plus where it came from."""

    lang: ClassVar[Lang]
    section: Section
    key: str  # translation_key, else the file name
    front: FrontMatter
    body: str
    source: Path
    line_of: Mapping[str, int] = field(default_factory=dict)  # "title", "attachments[0]" -> line
    body_line: int = 1  # the file line where the Markdown body starts

    @property
    def kind(self) -> str:
        return self.section.kind

    @property
    def title(self) -> str:
        return self.front.title

    def line(self, key: str) -> int:
        return self.line_of.get(key, 1)


@dataclass(frozen=True)
class Original(Document[OriginalFrontMatter]):
    """A Chinese original: the official text and every fact about it."""

    lang: ClassVar[Lang] = "zh"
    attachments: tuple[AttachmentEntry, ...] = ()

    @property
    def published_files(self) -> list[AttachmentFile]:
        return [entry.file for entry in self.attachments if entry.file is not None]


@dataclass(frozen=True)
class Translation(Document[TranslationFrontMatter]):
    """A Mongolian translation of the original with the same key."""

    lang: ClassVar[Lang] = "mn"


AnyDocument = Original | Translation
