"""`content/site.yml`: the agency, the site's identity for government-site rules, and its sections."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from generator.content.files import load_yaml_file
from generator.content.strict import Slug, StrictModel, Text
from generator.content.validation import validate_model
from generator.content.yaml_source import YamlSource
from generator.findings import Finding

Lang = Literal["zh", "mn"]
LANGS: tuple[Lang, ...] = ("zh", "mn")  # the Chinese original first, then its translation
Kind = Literal["policy", "notice", "interpretation", "report", "qa", "page"]
SITE_FILE = "site.yml"


class Bilingual(StrictModel):
    zh: Text
    mn: Text

    def get(self, lang: str) -> str:
        return self.mn if lang == "mn" else self.zh


class Section(StrictModel):
    id: Slug
    kind: Kind
    title: Bilingual


class SiteConfig(StrictModel):
    example_data: bool = False
    agency: Bilingual
    site_name: Bilingual
    domain: Annotated[str, StringConstraints(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$")]
    site_id_code: Annotated[str, StringConstraints(pattern=r"^(\d{10}|bm\d{8})$")]
    icp: Annotated[str, StringConstraints(pattern=r"ICP备\d+号")]
    public_security: Annotated[str, StringConstraints(pattern=r"公网安备\s*\d+号")]
    address: Bilingual
    phone: Text
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    sections: Annotated[list[Section], Field(min_length=1)]

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def public_security_code(self) -> str:
        return "".join(ch for ch in self.public_security if ch.isdigit())


def load_site_config(content_dir: Path) -> tuple[SiteConfig | None, YamlSource | None, list[Finding]]:
    """The configuration, and the file as read (its values are checked for their characters)."""
    source, findings = load_yaml_file(content_dir / SITE_FILE)
    if source is None:
        return None, None, findings
    config, more = validate_model(SiteConfig, source)
    findings += more
    if config is not None:
        seen: set[str] = set()
        for index, section in enumerate(config.sections):
            if section.id in seen:
                line = source.line_of(("sections", index, "id"))
                findings.append(Finding(source.path, line, "section-duplicate", {"id": section.id}))
            seen.add(section.id)
    return config, source, findings
