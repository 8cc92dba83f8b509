"""Legacy glyph codes, Cyrillic and un-normalised text are found at their line and column; the
invisible characters of Mongolian spelling (FVS, MVS, NNBSP) are never touched."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from generator.build import check_content
from generator.checks import locale_texts
from generator.checks.mongolian_text import check_written_text, nfc
from generator.content.config import Bilingual, Section, load_site_config
from generator.content.locales import load_locales
from generator.content.written_text import WrittenText
from generator.documents.loader import load_document
from generator.findings import Finding
from generator.resources import LOCALES_DIR
from generator.site import load_site
from tests.conftest import EXAMPLE_CONTENT, write

FVS1, MVS, FVS4, NNBSP = "\u180b", "\u180e", "\u180f", "\u202f"
MONGOLIAN_FORMAT_CHARACTERS = "\u180b\u180c\u180d\u180e\u180f\u202f"  # FVS1-3, MVS, FVS4, NNBSP
# ᠵᠢᠯ ᠦᠨ (suffix after NNBSP), ᠰᠠᠷ᠎ᠠ (MVS), ᠳ᠋ᠤᠭᠠᠷ (FVS1), plus FVS2-FVS4 after a letter.
MONGOLIAN_SPELLING = f"ᠵᠢᠯ{NNBSP}ᠦᠨ ᠰᠠᠷ{MVS}ᠠ ᠳ{FVS1}ᠤᠭᠠᠷ ᠭ\u180c ᠭ\u180d ᠭ{FVS4}"
MENKSOFT = "\ue2b1\ue27c\ue2f0"  # what text from a Menksoft (glyph-encoded) source looks like


def translation(tmp_path: Path, title: str, body: str) -> Path:
    return write(
        tmp_path / "mn/notice/meeting.md",
        f'---\ntitle: "{title}"\ntranslation_key: meeting\n---\n{body}\n',
    )


NOTICES = Section(id="notice", kind="notice", title=Bilingual(zh="通知公告", mn="ᠮᠡᠳᠡᠭᠳᠡᠯ"))


def check_markdown_text(path: Path, mongolian: bool) -> list[Finding]:
    """The text check of one document, read as the site loader reads it."""
    loaded = load_document(path, "mn" if mongolian else "zh", NOTICES, path.parents[1])
    assert loaded.text is not None
    return check_written_text([loaded.text])


def check_locale_file(path: Path) -> list[Finding]:
    """The text check of one UI-strings file (the other language's file is missing here)."""
    locales, _ = load_locales(path.parent)
    return check_written_text(locale_texts(locales))


def check_site_yml(path: Path) -> list[Finding]:
    _, source, _ = load_site_config(path.parent)
    assert source is not None
    return check_written_text([WrittenText(path, None, source.values)])


def where(findings: list[Finding]) -> list[tuple[str, int, int | None, str]]:
    return [(f.code, f.line, f.column, f.level) for f in findings]


def test_private_use_characters_are_an_error_at_their_line_and_column(tmp_path: Path) -> None:
    path = translation(tmp_path, "ᠬᠤᠷᠠᠯ", f"ᠬᠤᠷᠠᠯ ᠤᠨ\n\nᠮᠡᠳᠡᠭᠳᠡᠯ {MENKSOFT} ᠪᠠ \ue300")
    findings = check_markdown_text(path, mongolian=True)
    assert where(findings) == [("mongolian-pua", 7, len("ᠮᠡᠳᠡᠭᠳᠡᠯ ") + 1, "error")]
    assert findings[0].params == {"count": 4, "first": "U+E2B1"}  # one finding for the whole line
    text = findings[0].format("zh", relative_to=tmp_path)
    assert text.startswith("mn/notice/meeting.md:7:10: 这一行有 4 个私用区（PUA）字符（第一个是 U+E2B1）")
    assert "蒙科立（Menksoft）" in text and "Unicode" in text
    assert "Menksoft" in findings[0].format("en")


def test_private_use_in_front_matter_is_located_in_the_value(tmp_path: Path) -> None:
    path = translation(tmp_path, f"ᠬᠤᠷᠠᠯ {MENKSOFT}", "ᠮᠡᠳᠡᠭᠳᠡᠯ")
    assert where(check_markdown_text(path, mongolian=True)) == [
        ("mongolian-pua", 2, len('title: "ᠬᠤᠷᠠᠯ ') + 1, "error")
    ]


def test_supplementary_private_use_planes_are_caught(tmp_path: Path) -> None:
    path = translation(tmp_path, "ᠬᠤᠷᠠᠯ", "ᠮᠡᠳᠡᠭᠳᠡᠯ \U000f0001 \U0010fffd")
    findings = check_markdown_text(path, mongolian=True)
    assert where(findings) == [("mongolian-pua", 5, len("ᠮᠡᠳᠡᠭᠳᠡᠯ ") + 1, "error")]
    assert findings[0].params == {"count": 2, "first": "U+F0001"}


def test_chinese_documents_are_checked_for_private_use_only(tmp_path: Path) -> None:
    path = write(
        tmp_path / "zh/notice/meeting.md",
        f"---\ntitle: 会议通知\npublished: 2024-03-05\n---\n关于召开会议的通知{MENKSOFT}\n"
        "Россия 的 e\u0301 不检查\n",
    )
    assert where(check_markdown_text(path, mongolian=False)) == [("mongolian-pua", 5, 10, "error")]


def test_mongolian_spelling_characters_survive_normalisation() -> None:
    assert nfc(MONGOLIAN_SPELLING) == MONGOLIAN_SPELLING
    for ch in MONGOLIAN_FORMAT_CHARACTERS:
        assert nfc(f"ᠠ{ch}ᠠ") == f"ᠠ{ch}ᠠ"
        assert nfc(f"e\u0301{ch}") == f"\u00e9{ch}"  # the neighbour is normalised, the mark stays
    # Why NFC and never NFKC: compatibility normalisation turns NNBSP into a plain space.
    assert unicodedata.normalize("NFKC", NNBSP) == " "


def test_mongolian_spelling_characters_are_not_reported(tmp_path: Path) -> None:
    path = translation(tmp_path, MONGOLIAN_SPELLING, f"{MONGOLIAN_SPELLING}\n{NNBSP}ᠦᠨ {MVS}ᠠ {FVS1}")
    before = path.read_bytes()
    assert check_markdown_text(path, mongolian=True) == []
    assert path.read_bytes() == before  # checking never rewrites the editor's file


def test_text_not_in_nfc_is_a_warning_with_the_expected_form(tmp_path: Path) -> None:
    path = translation(tmp_path, "ᠬᠤᠷᠠᠯ", f"{MONGOLIAN_SPELLING} Cafe\u0301 A\u030a")
    findings = check_markdown_text(path, mongolian=True)
    assert where(findings) == [("text-not-nfc", 5, len(MONGOLIAN_SPELLING) + 5, "warning")]
    assert findings[0].path == path
    assert findings[0].params == {"found": "U+0065 U+0301", "expected": "U+00E9"}
    assert "U+0065 U+0301 应为 U+00E9" in findings[0].message("zh")


def test_cyrillic_in_mongolian_text_is_a_warning(tmp_path: Path) -> None:
    path = translation(tmp_path, "Монгол ᠬᠤᠷᠠᠯ", "ᠮᠡᠳᠡᠭᠳᠡᠯ\nᠬᠤᠷᠠᠯ Улаанбаатар ба хот")
    findings = check_markdown_text(path, mongolian=True)
    assert where(findings) == [
        ("mongolian-cyrillic", 2, len('title: "') + 1, "warning"),
        ("mongolian-cyrillic", 6, len("ᠬᠤᠷᠠᠯ ") + 1, "warning"),
    ]
    assert findings[1].params == {"count": len("Улаанбаатарбахот"), "text": "Улаанбаатар"}
    assert ":6:7: 警告: 这一行有 16 个西里尔字母（“Улаанбаатар”）" in findings[1].format("zh")


def test_locale_values_are_checked_but_not_comments(tmp_path: Path) -> None:
    mn = write(
        tmp_path / "mn.yml",
        '# Кириллица in a comment is not shown to anyone\nnav:\n  home: "ᠲᠡᠷᠢᠭᠦᠨ Нүүр"\n'
        f"  sitemap: ᠰᠦᠯᠵᠢᠶᠡᠨ {MENKSOFT}\n",
    )
    assert where(check_locale_file(mn)) == [
        ("mongolian-cyrillic", 3, len('  home: "ᠲᠡᠷᠢᠭᠦᠨ ') + 1, "warning"),
        ("mongolian-pua", 4, len("  sitemap: ᠰᠦᠯᠵᠢᠶᠡᠨ ") + 1, "error"),
    ]


def test_site_yml_mongolian_values_get_the_mongolian_rules(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site.yml",
        "agency: {zh: 测试局 Тест, mn: ᠲᠣᠪᠴᠢᠶ᠎ᠠ Тест}\n"
        f"address: {{zh: 测试路{MENKSOFT}, mn: ᠬᠠᠶᠢᠭ{MENKSOFT}}}\n",
    )
    assert where(check_site_yml(site)) == [
        ("mongolian-cyrillic", 1, len("agency: {zh: 测试局 Тест, mn: ᠲᠣᠪᠴᠢᠶ᠎ᠠ ") + 1, "warning"),
        ("mongolian-pua", 2, len("address: {zh: 测试路") + 1, "error"),  # both values, one finding
    ]


def test_private_use_text_stops_the_build_with_a_located_error(minimal: Path) -> None:
    meeting = minimal / "mn/notice/meeting.md"
    meeting.write_text(meeting.read_text(encoding="utf-8") + f"ᠬᠤᠷᠠᠯ {MENKSOFT}\n", encoding="utf-8")
    site, findings = check_content(minimal, LOCALES_DIR)
    assert site is None
    assert [(f.path, f.code, f.line, f.column) for f in findings if f.level == "error"] == [
        (meeting, "mongolian-pua", 6, 7)
    ]


def test_shipped_content_and_locales_pass() -> None:
    site, locales, _ = load_site(EXAMPLE_CONTENT, LOCALES_DIR)
    assert site is not None and len(site.texts) > 30
    assert check_written_text(site.texts) == []
    assert set(locales.sources) == {"zh", "mn"}
    assert check_written_text(locale_texts(locales)) == []
