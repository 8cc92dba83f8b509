"""A site's own UI strings (locales/ beside its content), checked against Gongkai's defaults: each
mistake at its line, with a message that names the key and what is wrong."""

from __future__ import annotations

from pathlib import Path

from generator.checks import check_locales
from generator.content.locales import load_locales
from generator.findings import Finding
from generator.resources import LOCALES_DIR
from tests.conftest import write


def findings(tmp_path: Path, lang: str, text: str, defaults: Path = LOCALES_DIR) -> list[Finding]:
    write(tmp_path / "site" / f"{lang}.yml", text)
    locales, loaded = load_locales(defaults, tmp_path / "site")
    return loaded + check_locales(locales)


def test_a_changed_string_is_accepted(tmp_path: Path) -> None:
    assert findings(tmp_path, "zh", "nav:\n  home: 网站首页\nlisting:\n  count: 共 {count} 件\n") == []


def test_an_unknown_key_names_itself_and_the_defaults_file(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "mn", "# ᠮᠣᠩᠭᠣᠯ\nnav:\n  hom: ᠨᠢᠭᠤᠷ\n")
    assert (finding.code, finding.path.name, finding.line) == ("locale-key-unknown", "mn.yml", 3)
    assert "nav.hom" in finding.message("zh") and "（mn.yml）" in finding.message("zh")
    assert "nav.hom" in finding.message("en") and "(mn.yml)" in finding.message("en")


def test_a_value_that_is_not_text_or_has_a_stray_brace(tmp_path: Path) -> None:
    found = findings(tmp_path, "zh", "nav:\n  home: [首页]\nlisting:\n  count: 共 {count 件\n")
    assert [(f.code, f.line, f.params["key"]) for f in found] == [
        ("locale-not-text", 2, "nav.home"),
        ("locale-braces", 4, "listing.count"),
    ]
    assert "nav.home" in found[0].message("zh") and "共 {count 件" in found[1].message("en")


def test_a_date_format_must_be_a_pattern_or_a_known_name(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "mn", "date_format: mongol\n")
    assert (finding.code, finding.line) == ("locale-format-unknown", 1)
    assert "mongol" in finding.message("zh") and "（mongolian）" in finding.message("zh")
    # Any of the allowed fields, not only those of the Chinese default ({year}年{mm}月{dd}日).
    assert findings(tmp_path, "mn", 'date_format: "{day}.{month}.{year}"\n') == []


def test_placeholders_are_compared_with_the_chinese_default(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, "mn", 'listing:\n  count: "{total} ᠪᠢᠴᠢᠭ"\n')
    assert (finding.code, finding.line) == ("locale-placeholder", 2)
    assert finding.message("zh").endswith("与 zh.yml 不一致：本文件 {total}，应为 {count}")
    assert finding.message("en").endswith("has placeholders {total}; zh.yml has {count}")


def test_broken_defaults_give_findings_not_a_traceback(tmp_path: Path) -> None:
    defaults = tmp_path / "defaults"
    write(defaults / "zh.yml", "nav: [首页\n")
    write(defaults / "mn.yml", (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8"))
    codes = [f.code for f in findings(tmp_path, "zh", "nav:\n  home: 网站首页\n", defaults)]
    assert "yaml-syntax" in codes
