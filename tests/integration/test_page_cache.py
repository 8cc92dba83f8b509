"""The page cache (`.gongkai-cache/`): a rebuild renders only the pages whose inputs changed, and its
output is byte for byte what a clean build of the same input makes — after every kind of change."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import build_site, project_cache
from generator.engine import material
from generator.findings import ContentError
from generator.resources import BASE_MKDOCS_YML, THEME_OVERRIDES
from tests.conftest import edit, gongkai, write


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def entries(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "pages").rglob("*") if p.is_file())


@pytest.fixture
def project(minimal: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The minimal site with its cache filled by a first build: (content, cache)."""
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    return minimal, cache


def rebuilt_equals_clean(content: Path, cache: Path, tmp_path: Path) -> dict[str, bytes]:
    """Build with the cache and without it; the two sites must be identical. Returns the site."""
    cached, clean = tmp_path / "cached", tmp_path / "clean"
    for out in (cached, clean):
        shutil.rmtree(out, ignore_errors=True)
    build_site(content, cached, cache=cache)
    build_site(content, clean)
    with_cache, without = tree(cached), tree(clean)
    assert with_cache.keys() == without.keys()
    assert [name for name in with_cache if with_cache[name] != without[name]] == []
    return with_cache


def page_files(site: dict[str, bytes]) -> dict[str, bytes]:
    """The site's pages: its HTML files but the engine's own 404 page, which is not a content page."""
    return {
        name: data for name, data in site.items() if name.endswith(".html") and not name.endswith("404.html")
    }


def plant(cache: Path, marker: bytes) -> None:
    """Mark every cached page, so a page taken from the cache can be told from one rendered again."""
    for entry in entries(cache):
        entry.write_bytes(entry.read_bytes().replace(b"</body>", marker + b"</body>"))


def test_an_unchanged_page_comes_from_the_cache(project: tuple[Path, Path], tmp_path: Path) -> None:
    content, cache = project
    plant(cache, b"<!--from-cache-->")
    build_site(content, tmp_path / "again", cache=cache)
    pages = page_files(tree(tmp_path / "again"))
    assert len(pages) > 10
    assert all(b"<!--from-cache-->" in data for data in pages.values())


def test_an_edited_page_is_rendered_again_and_the_others_are_not(
    project: tuple[Path, Path], tmp_path: Path
) -> None:
    content, cache = project
    plant(cache, b"<!--from-cache-->")
    guide = content / "zh/guide/guide.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("本指南", "这份指南"), encoding="utf-8")
    out = tmp_path / "again"
    build_site(content, out, cache=cache)
    page = (out / "guide/guide/index.html").read_bytes()
    assert "这份指南".encode() in page and b"<!--from-cache-->" not in page
    assert b"<!--from-cache-->" in (out / "notice/meeting/index.html").read_bytes()


NEW_NOTICE = """---
title: 关于调整办事大厅开放时间的通知
published: 2025-06-30
issuer: 测试区投资促进局
index_no: 11150200MB0000000X/2025-00001
summary: 办事大厅自7月1日起调整开放时间。
---
各有关单位：办事大厅自2025年7月1日起调整开放时间。
"""


def _document_body(content: Path, tmp_path: Path) -> None:
    edit(content / "zh/guide/guide.md", "本指南说明", "本指南详细说明")


def _same_length_edit(content: Path, tmp_path: Path) -> None:
    edit(content / "zh/guide/guide.md", "本指南说明", "本指引说明")  # the same number of bytes


def _translation(content: Path, tmp_path: Path) -> None:
    mongolian = content / "mn/notice/meeting.md"
    text = mongolian.read_text(encoding="utf-8")
    mongolian.write_text(text.rstrip("\n") + " ᠮᠡᠳᠡᠭᠳᠡᠯ\n", encoding="utf-8")


def _newer_document(content: Path, tmp_path: Path) -> None:
    write(content / "zh/notice/hall-hours.md", NEW_NOTICE)  # a newer date: the build's timestamp moves


def _removed_document(content: Path, tmp_path: Path) -> None:
    (content / "zh/notice/meeting.md").unlink()
    (content / "mn/notice/meeting.md").unlink()


def _section_title(content: Path, tmp_path: Path) -> None:
    edit(content / "site.yml", "title: {zh: 通知公告", "title: {zh: 通知与公告")


def _site_string(content: Path, tmp_path: Path) -> None:
    write(content.parent / "locales" / "zh.yml", "nav:\n  home: 网站首页\n")


def _attachment(content: Path, tmp_path: Path) -> None:
    write(content / "zh/notice/附件/agenda.csv", "议程,时间\n开幕,9:00\n")
    edit(
        content / "zh/notice/meeting.md",
        "summary:",
        "attachments:\n  - file: 附件/agenda.csv\n    title: 会议议程\nsummary:",
    )


CHANGES: dict[str, Callable[[Path, Path], None]] = {
    "a document's body": _document_body,
    "one character for another of the same size": _same_length_edit,
    "a Mongolian translation": _translation,
    "a new document with a newer date": _newer_document,
    "a removed document": _removed_document,
    "a section title in site.yml": _section_title,
    "a UI string in the site's locales": _site_string,
    "a new attachment": _attachment,
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_a_rebuild_after_a_change_equals_a_clean_build(
    change: str, project: tuple[Path, Path], tmp_path: Path
) -> None:
    content, cache = project
    before = tree(tmp_path / "first")
    CHANGES[change](content, tmp_path)
    after = rebuilt_equals_clean(content, cache, tmp_path)
    assert after != before  # the change reached the site


def test_an_attachment_replaced_by_another_of_a_different_size(minimal: Path, tmp_path: Path) -> None:
    """The page shows the file's size: a new file under the same name must not leave the old size."""
    _attachment(minimal, tmp_path)
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    write(minimal / "zh/notice/附件/agenda.csv", "议程,时间\n开幕,9:00\n闭幕,17:00\n" * 40)
    after = rebuilt_equals_clean(minimal, cache, tmp_path)
    assert after["notice/meeting/index.html"] != tree(tmp_path / "first")["notice/meeting/index.html"]


def test_a_template_change_renders_every_page_again(
    project: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, cache = project
    plant(cache, b"<!--from-cache-->")
    overrides = shutil.copytree(THEME_OVERRIDES, tmp_path / "overrides")
    edit(overrides / "main.html", "{% block content %}", "{% block content %}<!--new-template-->")
    monkeypatch.setattr(material, "THEME_OVERRIDES", overrides)
    site = rebuilt_equals_clean(content, cache, tmp_path)
    pages = page_files(site)
    assert all(b"<!--new-template-->" in data and b"<!--from-cache-->" not in data for data in pages.values())


def test_a_configuration_change_renders_every_page_again(
    project: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, cache = project
    plant(cache, b"<!--from-cache-->")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        BASE_MKDOCS_YML.read_text(encoding="utf-8").replace("    - toc.follow\n", ""), encoding="utf-8"
    )
    monkeypatch.setattr(material, "BASE_MKDOCS_YML", config)
    site = rebuilt_equals_clean(content, cache, tmp_path)
    assert not any(b"<!--from-cache-->" in data for data in site.values())


def test_another_engine_release_renders_every_page_again(
    project: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, cache = project
    plant(cache, b"<!--from-cache-->")
    versions = material._engine_versions
    monkeypatch.setattr(material, "_engine_versions", lambda engine: versions(engine) + "+next")
    site = rebuilt_equals_clean(content, cache, tmp_path)
    assert not any(b"<!--from-cache-->" in data for data in site.values())


def test_a_damaged_entry_is_rendered_again(project: tuple[Path, Path], tmp_path: Path) -> None:
    content, cache = project
    for entry in entries(cache)[:3]:
        entry.write_bytes(b"not an entry")
    for entry in entries(cache)[3:6]:
        entry.write_bytes(entry.read_bytes()[:40])  # cut inside its header
    rebuilt_equals_clean(content, cache, tmp_path)


def test_the_cache_keeps_only_the_pages_of_the_last_build(project: tuple[Path, Path], tmp_path: Path) -> None:
    content, cache = project
    site = tree(tmp_path / "first")
    assert len(entries(cache)) == len(page_files(site))
    assert (
        (cache / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    _removed_document(content, tmp_path)
    build_site(content, tmp_path / "second", cache=cache)
    assert len(entries(cache)) == len(page_files(tree(tmp_path / "second")))
    assert not list(cache.rglob(".part-*"))


def test_a_link_from_a_cached_page_to_a_heading_removed_since(minimal: Path, tmp_path: Path) -> None:
    """The linking page is unchanged (from the cache): the engine never sees the link, our check must."""
    notice = minimal / "zh/notice/meeting.md"
    edit(notice, "各有关单位：", "各有关单位：见[主动公开](../guide/guide.md#_1)。")
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    edit(minimal / "zh/guide/guide.md", "## 一、主动公开", "一、主动公开")  # no longer a heading
    with pytest.raises(ContentError) as failure:
        build_site(minimal, tmp_path / "second", cache=cache)
    found = [(f.code, f.path, f.line, f.params["anchor"]) for f in failure.value.findings]
    assert found == [("link-anchor-missing", notice, 8, "_1")]
    with pytest.raises(ContentError) as clean:
        build_site(minimal, tmp_path / "third")
    assert [(f.code, f.path, f.line) for f in clean.value.findings] == [(c, p, n) for c, p, n, _ in found]


def test_a_new_link_to_a_heading_a_cached_page_lacks(minimal: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    notice = minimal / "zh/notice/meeting.md"
    edit(notice, "各有关单位：", "各有关单位：见[指南](../guide/guide.md#_2)。")
    with pytest.raises(ContentError) as failure:
        build_site(minimal, tmp_path / "second", cache=cache)
    found = [(f.code, f.path, f.line, f.params["anchor"]) for f in failure.value.findings]
    assert found == [("link-anchor-missing", notice, 8, "_2")]


def test_the_command_keeps_its_cache_beside_the_content_unless_told_not_to(minimal: Path) -> None:
    project_dir = minimal.parent
    assert project_cache(minimal) == project_dir.resolve() / ".gongkai-cache"
    done = gongkai("build", "--content", "minimal", "--out", "site", "--no-cache", cwd=project_dir)
    assert done.returncode == 0, done.stderr
    assert not (project_dir / ".gongkai-cache").exists()
    done = gongkai("build", "--content", "minimal", "--out", "site", cwd=project_dir)
    assert done.returncode == 0, done.stderr
    assert entries(project_dir / ".gongkai-cache")


def search_bundles(cache: Path, lang: str) -> list[Path]:
    return sorted((cache / "search" / lang).glob("*/*"))  # <shard>/<key>


def test_a_languages_search_index_is_reused_while_its_pages_are_unchanged(
    project: tuple[Path, Path], tmp_path: Path
) -> None:
    content, cache = project
    (mongolian,) = search_bundles(cache, "mn")
    (chinese,) = search_bundles(cache, "zh")
    (mongolian / "from-cache.txt").write_text("mn", encoding="utf-8")
    _document_body(content, tmp_path)  # a Chinese document: its untranslated Mongolian page is not indexed
    out = tmp_path / "second"
    build_site(content, out, cache=cache)
    assert (out / "pagefind/from-cache.txt").is_file()
    assert search_bundles(cache, "mn") == [mongolian]
    assert search_bundles(cache, "zh") != [chinese]
    _translation(content, tmp_path)
    build_site(content, tmp_path / "third", cache=cache)
    assert not (tmp_path / "third/pagefind/from-cache.txt").exists()
    assert search_bundles(cache, "mn") != [mongolian]


def test_an_edition_with_nothing_to_index_has_no_index(minimal: Path, tmp_path: Path) -> None:
    """Pagefind indexes every page of a run where none is marked: the untranslated Mongolian pages
    would become results. Without a single translation there is no Mongolian index at all."""
    (minimal / "mn/notice/meeting.md").unlink()
    cache = tmp_path / "cache"
    site = rebuilt_equals_clean(minimal, cache, tmp_path)
    entry = json.loads(site["pagefind/pagefind-entry.json"])
    assert list(entry["languages"]) == ["zh-cn"]
    assert entry["languages"]["zh-cn"]["page_count"] == 5
    assert not (cache / "search" / "mn").exists()


def test_a_page_the_guard_refuses_is_not_kept_and_is_refused_again(minimal: Path, tmp_path: Path) -> None:
    """Pages from the cache are not read by the external-request guard again (they passed it when
    kept), so a page is kept only when the whole site was published."""
    cache = tmp_path / "cache"
    build_site(minimal, tmp_path / "first", cache=cache)
    before = entries(cache)
    notice = minimal / "zh/notice/meeting.md"
    edit(notice, "各有关单位：", '<img src="https://cdn.example.com/logo.png" alt="标志">\n\n各有关单位：')
    for attempt in ("second", "third"):
        with pytest.raises(ContentError) as failure:
            build_site(minimal, tmp_path / attempt, cache=cache)
        assert [(f.code, f.path) for f in failure.value.findings] == [("external-resource", notice)]
        assert entries(cache) == before  # nothing of the refused build was kept


def test_pages_from_the_cache_are_not_read_by_the_guard_again(
    project: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.publish import external

    content, cache = project
    read: list[str] = []
    scan = external._urls_in_html
    monkeypatch.setattr(external, "_urls_in_html", lambda text: read.append(text) or scan(text))
    _document_body(content, tmp_path)
    site = tree(build_site(content, tmp_path / "second", cache=cache).out_dir)
    pages = page_files(site)
    assert 0 < len(read) < len(pages)  # the pages rendered again, not those from the cache
