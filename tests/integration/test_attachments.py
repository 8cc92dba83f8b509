"""Attachments (附件): listed in a Chinese original's front matter, published beside its page in both
editions, listed with format and size, reachable from body links; mistakes stop `gongkai check`."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote

import pytest

from generator.build import build_site
from tests.conftest import soup, write
from tests.integration.test_cli import gongkai, project_with

FORM = "申报表.docx"


def _with_attachments(minimal: Path, entries: str, body: str = "") -> Path:
    notice = minimal / "zh/notice/meeting.md"
    text = notice.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    notice.write_text(f"{head}\nattachments:\n{entries}---\n{rest.rstrip()}\n{body}", encoding="utf-8")
    return notice


def _opened(page: Path, href: str) -> Path:
    return Path(posixpath.normpath((page.parent / unquote(href.split("#")[0])).as_posix()))


@pytest.fixture
def built(minimal: Path, tmp_path: Path) -> Path:
    write(minimal / "zh/notice/附件" / FORM, "PK fake word file " * 60)
    write(minimal / "zh/notice/附件/议程.pdf", "%PDF-1.4 agenda")
    _with_attachments(
        minimal,
        f"  - file: 附件/{FORM}\n    title: 参会回执\n  - 附件/议程.pdf\n",
        body=f"\n请填写[参会回执](附件/{FORM})。\n",
    )
    mn = minimal / "mn/notice/meeting.md"
    mn.write_text(mn.read_text(encoding="utf-8") + f"\n[ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ](附件/{FORM})\n", encoding="utf-8")
    out = tmp_path / "site"
    build_site(minimal, out)
    return out


@pytest.mark.parametrize("root", ["", "mn/"])
def test_files_are_published_beside_the_page_in_each_edition(built: Path, minimal: Path, root: str) -> None:
    page_dir = built / root / "notice/meeting"
    for name in (FORM, "议程.pdf"):
        assert (page_dir / name).read_bytes() == (minimal / "zh/notice/附件" / name).read_bytes()


def test_the_list_names_each_file_with_its_format_and_size(built: Path) -> None:
    page = built / "notice/meeting/index.html"
    section = soup(page).select_one("section.gk-attachments")
    assert section.h2.get_text() == "附件"
    links = section.select("li a")
    assert [a.get_text(" ", strip=True) for a in links] == ["参会回执 （DOCX，1.1 KB）", "议程 （PDF，15 B）"]
    assert [_opened(page, a["href"]).name for a in links] == [FORM, "议程.pdf"]
    assert all(_opened(page, a["href"]).is_file() for a in links)


def test_the_mongolian_page_lists_them_with_the_chinese_titles_marked(built: Path) -> None:
    page = built / "mn/notice/meeting/index.html"
    links = soup(page).select("section.gk-attachments li a")
    assert [a.span["lang"] for a in links] == ["zh-CN", "zh-CN"]
    assert links[0].select_one(".gk-attachments__meta").get_text() == "(DOCX, 1.1 KB)"
    assert _opened(page, links[0]["href"]) == built / "mn/notice/meeting" / FORM


@pytest.mark.parametrize("root", ["", "mn/"])
def test_a_body_link_to_an_attachment_opens_the_published_file(built: Path, root: str) -> None:
    page = built / root / "notice/meeting/index.html"
    hrefs = [a["href"] for a in soup(page).select(".gk-body a[href]")]
    assert [_opened(page, h) for h in hrefs if FORM in unquote(h)] == [built / root / "notice/meeting" / FORM]


def _check(minimal: Path) -> tuple[int, list[str]]:
    result = gongkai("check", cwd=project_with(minimal))
    return result.returncode, [line for line in result.stderr.splitlines() if "meeting.md:" in line]


def test_each_unpublishable_entry_is_reported_at_its_line(minimal: Path) -> None:
    write(minimal / "zh/notice/a/表.docx", "x")
    write(minimal / "zh/notice/b/表.docx", "y")
    write(minimal / "zh/notice/setup.exe", "MZ")
    write(minimal / "site-notes.pdf", "outside")
    notice = _with_attachments(
        minimal,
        "  - 不存在.pdf\n  - setup.exe\n  - ../../site-notes.pdf\n  - a/表.docx\n  - b/表.docx\n  - file: 附件\n",
    )
    first = notice.read_text(encoding="utf-8").splitlines().index("attachments:") + 2
    code, lines = _check(minimal)
    assert code == 1
    expected = [
        (first, "附件 不存在.pdf 找不到"),
        (first + 1, "附件 setup.exe 的类型不能发布"),
        (first + 2, "附件 ../../site-notes.pdf 不在 "),
        (first + 4, "附件 b/表.docx 与 a/表.docx 文件名相同"),
        (first + 5, "附件 附件 找不到"),
    ]
    assert len(lines) == len(expected), lines
    for (line, text), found in zip(expected, lines, strict=True):
        assert found.startswith(f"content/zh/notice/meeting.md:{line}: {text}"), found


def test_a_large_file_is_a_warning_only(minimal: Path) -> None:
    big = minimal / "zh/notice/scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    _with_attachments(minimal, "  - scan.pdf\n")
    code, lines = _check(minimal)
    assert code == 0
    assert len(lines) == 1 and "警告" in lines[0] and "21.0 MB" in lines[0]


def test_a_translation_cannot_list_its_own_attachments(minimal: Path) -> None:
    mn = minimal / "mn/notice/meeting.md"
    mn.write_text(
        mn.read_text(encoding="utf-8").replace("translation_key:", "attachments: [a.pdf]\ntranslation_key:")
    )
    code, lines = _check(minimal)
    assert code == 1
    assert any("mn/notice/meeting.md:3:" in line and "attachments" in line for line in lines), lines
