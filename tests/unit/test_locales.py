"""UI strings: identical key sets and placeholders in every language; a missing key is located."""

from __future__ import annotations

from pathlib import Path

from generator.checks import check_locales
from generator.content.locales import load_locales
from generator.resources import LOCALES_DIR
from tests.conftest import write


def test_shipped_locales_are_complete() -> None:
    locales, findings = load_locales(LOCALES_DIR)
    strings = locales.strings
    assert findings == []
    assert check_locales(locales) == []
    assert set(strings["zh"]) == set(strings["mn"])
    assert strings["mn"]["lang_tag"] == "mn-Mong-CN" and strings["zh"]["lang_tag"] == "zh-CN"


def test_mongolian_strings_are_traditional_script() -> None:
    strings = load_locales(LOCALES_DIR)[0].strings
    for key, value in strings["mn"].items():
        assert not any("\u0400" <= ch <= "\u04ff" for ch in value), f"Cyrillic in {key}"
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in value), f"Private Use Area in {key}"
    assert any("\u1820" <= ch <= "\u18af" for ch in strings["mn"]["nav.home"])


def copy_locales(tmp_path: Path, mn_text: str) -> Path:
    write(tmp_path / "zh.yml", (LOCALES_DIR / "zh.yml").read_text(encoding="utf-8"))
    write(tmp_path / "mn.yml", mn_text)
    return tmp_path


def test_missing_key_is_reported_in_the_file_that_lacks_it(tmp_path: Path) -> None:
    mn = (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8")
    lines = [line for line in mn.splitlines() if not line.startswith("  sitemap:")]  # nav.sitemap
    locales, _ = load_locales(copy_locales(tmp_path, "\n".join(lines) + "\n"))
    findings = check_locales(locales)
    assert [(f.path.name, f.code, f.params["key"]) for f in findings] == [
        ("mn.yml", "locale-key-missing", "nav.sitemap")
    ]


def test_placeholder_mismatch_is_located(tmp_path: Path) -> None:
    mn = (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8")
    lines = mn.splitlines()
    number = next(i for i, line in enumerate(lines) if "{count}" in line)
    lines[number] = lines[number].replace("{count}", "{total}")
    locales, _ = load_locales(copy_locales(tmp_path, "\n".join(lines) + "\n"))
    findings = check_locales(locales)
    assert [(f.code, f.line) for f in findings] == [("locale-placeholder", number + 1)]
    key = findings[0].params["key"]
    assert (
        findings[0].message("zh")
        == f"界面文字 {key} 的占位符与 zh.yml 不一致：本文件 {{total}}，应为 {{count}}"
    )
    assert findings[0].message("en") == f"UI string {key} has placeholders {{total}}; zh.yml has {{count}}"


def test_a_string_that_lost_its_placeholders_says_none(tmp_path: Path) -> None:
    mn = (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8")
    lines = mn.splitlines()
    number = next(i for i, line in enumerate(lines) if "{count}" in line)
    lines[number] = lines[number].replace("{count}", "")
    locales, _ = load_locales(copy_locales(tmp_path, "\n".join(lines) + "\n"))
    [finding] = check_locales(locales)
    assert finding.message("zh").endswith("本文件 无，应为 {count}")
    assert finding.message("en").endswith("has placeholders none; zh.yml has {count}")


def mn_with(replace: str, by: str) -> str:
    mn = (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8")
    assert replace in mn
    return mn.replace(replace, by, 1)


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_value_that_is_not_text_is_located(tmp_path: Path) -> None:
    text = mn_with("  sitemap:", "  sitemap: [ᠰᠦᠯᠵᠢᠶ᠎ᠡ]\n  old_sitemap:")
    locales, _ = load_locales(copy_locales(tmp_path, text))
    findings = [f for f in check_locales(locales) if f.code == "locale-not-text"]
    assert [(f.path.name, f.line, f.params) for f in findings] == [
        ("mn.yml", line_of(text, "  sitemap: [ᠰᠦᠯᠵᠢᠶ᠎ᠡ]"), {"key": "nav.sitemap"})
    ]


def test_an_unpaired_brace_is_found_before_it_stops_a_build(tmp_path: Path) -> None:
    zh = (
        (LOCALES_DIR / "zh.yml")
        .read_text(encoding="utf-8")
        .replace("本栏目共 {count} 篇", "本栏目共 {count 篇")
    )
    write(tmp_path / "zh.yml", zh)
    write(tmp_path / "mn.yml", (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8"))
    locales, _ = load_locales(tmp_path)
    findings = [f for f in check_locales(locales) if f.level == "error"]
    assert [(f.path.name, f.line, f.code, f.params) for f in findings] == [
        (
            "zh.yml",
            line_of(zh, "{count 篇"),
            "locale-braces",
            {"key": "listing.count", "value": "本栏目共 {count 篇"},
        )
    ]


def test_a_key_only_the_other_file_has_is_missing_here(tmp_path: Path) -> None:
    locales, _ = load_locales(copy_locales(tmp_path, mn_with("nav:\n", "nav:\n  extra: ᠨᠡᠮᠡᠯᠲᠡ\n")))
    findings = check_locales(locales)
    assert [(f.path.name, f.line, f.code, f.params) for f in findings] == [
        ("zh.yml", 1, "locale-key-missing", {"key": "nav.extra", "other": "mn.yml"})
    ]


def zh_with(replace: str, by: str) -> str:
    zh = (LOCALES_DIR / "zh.yml").read_text(encoding="utf-8")
    assert replace in zh
    return zh.replace(replace, by, 1)


def checked(tmp_path: Path, zh: str, mn: str) -> list[tuple[str, str, str]]:
    write(tmp_path / "zh.yml", zh)
    write(tmp_path / "mn.yml", mn)
    locales, _ = load_locales(tmp_path)
    return [(f.code, f.message("zh"), f.message("en")) for f in check_locales(locales)]


def test_placeholders_the_reference_lacks_are_shown_side_by_side(tmp_path: Path) -> None:
    mn = mn_with('  home: "ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ"', '  home: "ᠲᠡᠷᠢᠭᠦᠨ {a} {b}"')
    [(code, zh, en)] = checked(tmp_path, (LOCALES_DIR / "zh.yml").read_text(encoding="utf-8"), mn)
    assert code == "locale-placeholder"
    assert zh.endswith("本文件 {a} {b}，应为 无") and en.endswith("has placeholders {a} {b}; zh.yml has none")


def test_a_date_pattern_may_use_every_allowed_field_and_no_other(tmp_path: Path) -> None:
    zh = (LOCALES_DIR / "zh.yml").read_text(encoding="utf-8")
    every = mn_with("date_format: mongolian", 'date_format: "{year} {month} {day} {mm} {dd}"')
    assert checked(tmp_path, zh, every) == []
    [(code, chinese, english)] = checked(
        tmp_path, zh, mn_with("date_format: mongolian", 'date_format: "{yr}"')
    )
    assert code == "locale-placeholder"
    assert chinese.endswith("本文件 {yr}，应为 {day} {dd} {mm} {month} {year}")
    assert english.endswith("has placeholders {yr}; zh.yml has {day} {dd} {mm} {month} {year}")


def test_a_reference_string_that_is_not_text_is_reported_once(tmp_path: Path) -> None:
    zh = zh_with("  home: ", "  home: [首页]\n  old_home: ")
    found = checked(tmp_path, zh, (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8"))
    assert [code for code, _, _ in found] == ["locale-not-text", "locale-key-missing"]
