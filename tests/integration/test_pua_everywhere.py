"""Glyph-encoded text (Private Use Area characters) is an error in every kind of file an editor or a
translator writes, found by `gongkai check` itself at the file, line and column, before anything is built."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import check_content
from generator.resources import LOCALES_DIR
from tests.conftest import EXAMPLE_CONTENT, write

PUA = "\ue2b1"  # a Menksoft glyph code


def plant(path: Path, needle: str) -> tuple[int, int]:
    """Put a PUA character right after the first `needle` in `path`; return its line and column."""
    text = path.read_text(encoding="utf-8")
    at = text.index(needle) + len(needle)
    path.write_text(text[:at] + PUA + text[at:], encoding="utf-8")
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, at - line_start + 1


# (file inside the content folder or "locales/…", text after which the character goes)
PLACES = {
    "Chinese body": ("zh/notice/meeting.md", "各有关单位："),
    "Chinese front matter": ("zh/notice/meeting.md", "title: 关于召开"),
    "Mongolian body": ("mn/notice/meeting.md", "ᠬᠤᠷᠠᠯ ᠬᠢᠬᠦ"),
    "Mongolian title": ("mn/notice/meeting.md", "title: ᠬᠤᠷᠠᠯ"),
    "site.yml, Chinese value": ("site.yml", "address: {zh: 测试路"),
    "site.yml, Mongolian value": ("site.yml", "site_name: {zh: 测试区投资促进局政府信息公开, mn: ᠲᠧᠰᠲ"),
    "data table label": ("tables/projects.yml", "label: {zh: 项目"),
    "data table cell": ("tables/projects.yml", "- [甲"),
    "data table Mongolian title": ("tables/projects.yml", "mn: ᠲᠥᠰᠥᠯ"),
    "annual report data": ("reports/annual/2023.yml", "agency: 包头稀土高新区"),
    "Chinese UI strings": ("locales/zh.yml", "home: "),
    "Mongolian UI strings": ("locales/mn.yml", "home: "),
}

TABLE = """title: {zh: 项目情况, mn: ᠲᠥᠰᠥᠯ}
columns:
  - {key: name, label: {zh: 项目名称}, type: text}
  - {key: total, label: {zh: 总投资}}
rows:
  - [甲项目, 5]
"""


@pytest.fixture
def project(minimal: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The minimal content plus a data table and a report, and a private copy of the UI strings."""
    write(minimal / "tables/projects.yml", TABLE)
    shutil.copytree(EXAMPLE_CONTENT / "reports", minimal / "reports")
    (minimal / "reports/annual/2022.yml").unlink()
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    return minimal, locales


def test_the_project_is_clean_before_planting(project: tuple[Path, Path]) -> None:
    content, locales = project
    site, findings = check_content(content, locales)
    assert site is not None and [f for f in findings if f.code == "mongolian-pua"] == []


@pytest.mark.parametrize(("file", "needle"), PLACES.values(), ids=PLACES.keys())
def test_private_use_character_is_an_error_where_it_was_written(
    project: tuple[Path, Path], file: str, needle: str
) -> None:
    content, locales = project
    path = locales / file.removeprefix("locales/") if file.startswith("locales/") else content / file
    line, column = plant(path, needle)
    site, findings = check_content(content, locales)
    assert site is None
    assert [(f.path, f.line, f.column) for f in findings if f.code == "mongolian-pua"] == [
        (path, line, column)
    ]
