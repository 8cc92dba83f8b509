"""Links between documents, written as paths to the editor's files, lead to the right pages in both
editions; links that lead nowhere stop `gongkai check` with the file, line and column."""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest

from generator.build import build_site
from generator.findings import ContentError
from tests.conftest import soup, write
from tests.integration.test_cli import gongkai, project_with

RENAMED = """---
title: 测试区旧版招商办法
published: 2023-01-05
written: 2023-01-02
issuer: 测试区投资促进局
doc_no: 测高新投发〔2023〕9号
index_no: 11150200MB0000000X/2023-00009
topic: 商贸、海关、旅游\\招商引资
translation_key: archived-measures
---
第一条 旧版办法。
"""


def _article_links(page: Path) -> dict[str, str]:
    return {a.get_text(): a["href"] for a in soup(page).select("article a[href]")}


def _lands_on(site: Path, page: Path, href: str) -> Path:
    """The built file a relative href on `page` opens."""
    path = href.split("#")[0]
    target = Path(posixpath.normpath((page.parent / path).as_posix()))
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


@pytest.fixture
def linked(minimal: Path, tmp_path: Path) -> Path:
    # A policy kept in a subfolder, under a file name that is not its page address.
    write(minimal / "zh/policy/2023/measures-old.md", RENAMED)
    notice = minimal / "zh/notice/meeting.md"
    notice.write_text(
        notice.read_text(encoding="utf-8")
        + "\n\n依据[按文件名](../policy/2023/measures-old.md)、[按标识](../policy/archived-measures.md)、"
        "[新办法](../policy/new-policy.md)和[政策文件栏目](../policy/)。\n",
        encoding="utf-8",
    )
    write(
        minimal / "zh/policy/2023/note.md",
        RENAMED.replace("archived-measures", "archived-note").replace("2023-00009", "2023-00010")
        + "\n见[同目录](measures-old.md)和[上一级](../new-policy.md)。\n",
    )
    mn = minimal / "mn/notice/meeting.md"
    mn.write_text(mn.read_text(encoding="utf-8") + "\n[ᠪᠢᠴᠢᠭ](../policy/new-policy.md)\n", encoding="utf-8")
    out = tmp_path / "site"
    build_site(minimal, out)
    return out


def test_links_by_file_name_or_page_address_reach_the_page(linked: Path) -> None:
    page = linked / "notice/meeting/index.html"
    links = _article_links(page)
    assert _lands_on(linked, page, links["按文件名"]) == linked / "policy/archived-measures/index.html"
    assert _lands_on(linked, page, links["按标识"]) == linked / "policy/archived-measures/index.html"
    assert _lands_on(linked, page, links["新办法"]) == linked / "policy/new-policy/index.html"
    assert _lands_on(linked, page, links["政策文件栏目"]) == linked / "policy/index.html"
    for href in links.values():
        assert _lands_on(linked, page, href).is_file(), href


def test_links_from_a_subfolder_are_relative_to_the_editors_file(linked: Path) -> None:
    page = linked / "policy/archived-note/index.html"
    links = _article_links(page)
    assert _lands_on(linked, page, links["同目录"]) == linked / "policy/archived-measures/index.html"
    assert _lands_on(linked, page, links["上一级"]) == linked / "policy/new-policy/index.html"


def test_a_mongolian_link_to_an_untranslated_document_opens_its_mongolian_page(linked: Path) -> None:
    page = linked / "mn/notice/meeting/index.html"
    href = _article_links(page)["ᠪᠢᠴᠢᠭ"]
    assert _lands_on(linked, page, href) == linked / "mn/policy/new-policy/index.html"


BAD_LINKS = {
    "[缺](../policy/missing.md)": "link-broken",
    "[绝对](/policy/new-policy/)": "link-absolute",
    "[数据](../../../site.yml)": "link-other-language",
    "[蒙古文](../../mn/notice/meeting.md)": "link-other-language",
    "[附件](form.docx)": "link-not-document",
    "[文件夹](../policy/sub/)": "link-not-document",
}
MESSAGES = {
    "link-broken": "指向的文件不存在",
    "link-absolute": "以 / 开头",
    "link-other-language": "指向了 content/zh/ 以外的文件",
    "link-not-document": "指向的不是文档",
}


def test_check_reports_each_link_that_leads_nowhere_at_its_line_and_column(minimal: Path) -> None:
    write(minimal / "zh/notice/form.docx", "not a page")
    (minimal / "zh/policy/sub").mkdir()
    notice = minimal / "zh/notice/meeting.md"
    text = notice.read_text(encoding="utf-8").rstrip("\n")
    first = len(text.splitlines()) + 1
    notice.write_text(
        text + "".join(f"\n前文{link}" for link in BAD_LINKS) + "\n`[示例](nowhere.md)`\n", encoding="utf-8"
    )
    project = project_with(minimal)
    result = gongkai("check", cwd=project)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "meeting.md:" in line]
    assert len(lines) == len(BAD_LINKS), result.stderr
    for number, (link, code) in enumerate(BAD_LINKS.items(), first):
        target = link.split("](")[1][:-1]
        column = len("前文") + link.index("](") + 3
        expected = f"content/zh/notice/meeting.md:{number}:{column}: 链接 {target} "
        assert any(line.startswith(expected) and MESSAGES[code] in line for line in lines), (expected, lines)


def test_a_link_to_a_file_that_failed_to_load_is_not_reported_twice(minimal: Path) -> None:
    write(minimal / "zh/policy/broken.md", "---\ntitle: [unclosed\n---\n正文\n")
    notice = minimal / "zh/notice/meeting.md"
    notice.write_text(notice.read_text(encoding="utf-8") + "\n[坏](../policy/broken.md)\n", encoding="utf-8")
    result = gongkai("check", cwd=project_with(minimal))
    assert result.returncode == 1
    assert "broken.md:2:" in result.stderr
    assert "meeting.md" not in result.stderr


def test_a_missing_heading_is_reported_with_the_link_as_the_editor_wrote_it(
    minimal: Path, tmp_path: Path
) -> None:
    write(minimal / "zh/policy/2023/measures-old.md", RENAMED)
    notice = minimal / "zh/notice/meeting.md"
    text = notice.read_text(encoding="utf-8").rstrip("\n")
    notice.write_text(text + "\n\n见[旧办法](../policy/2023/measures-old.md#第九条)。\n", encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        build_site(minimal, tmp_path / "site")
    (finding,) = raised.value.findings
    assert (finding.path, finding.line, finding.code) == (
        notice,
        len(text.splitlines()) + 2,
        "link-anchor-missing",
    )
    assert finding.params == {"target": "../policy/2023/measures-old.md#第九条", "anchor": "第九条"}
    assert not (tmp_path / "site").exists()
