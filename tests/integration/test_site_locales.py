"""A site changes Gongkai's interface words in its own locales/ folder, beside its content: only the
keys it names change, in the language of the file, and every mistake is located in that file."""

from __future__ import annotations

from pathlib import Path

from generator.build import build_site, check_content
from generator.resources import LOCALES_DIR
from tests.conftest import soup, write


def site_strings(content: Path, lang: str, text: str) -> Path:
    return write(content.parent / "locales" / f"{lang}.yml", text)


def errors_of(content: Path) -> list[tuple[str, str, int]]:
    site, findings = check_content(content)
    assert site is None
    return [(f.code, f.path.name, f.line) for f in findings if f.level == "error"]


def test_a_site_changes_only_the_words_it_names(minimal: Path, tmp_path: Path) -> None:
    site_strings(minimal, "zh", "nav:\n  home: 网站首页\nlisting:\n  count: 共 {count} 件\n")
    out = tmp_path / "site"
    build_site(minimal, out)
    home = soup(out / "index.html")
    assert "网站首页" in [a.get_text(strip=True) for a in home.select("nav.md-nav--primary a")]
    assert soup(out / "policy/index.html").select_one(".gk-count").get_text() == "共 2 件"
    assert "网站地图" in home.get_text()  # a key the site did not name keeps Gongkai's text
    mongolian = soup(out / "mn/index.html").get_text()
    assert "网站首页" not in mongolian  # the Chinese file changes the Chinese edition only


def test_an_unknown_key_is_located_in_the_sites_file(minimal: Path) -> None:
    site_strings(minimal, "zh", "nav:\n  hom: 网站首页\n")
    assert errors_of(minimal) == [("locale-key-unknown", "zh.yml", 2)]


def test_a_changed_string_keeps_its_placeholders(minimal: Path) -> None:
    site_strings(minimal, "mn", '# ᠮᠣᠩᠭᠣᠯ\nlisting:\n  count: "{total} ᠪᠢᠴᠢᠭ"\n')
    assert errors_of(minimal) == [("locale-placeholder", "mn.yml", 3)]


def test_the_sites_strings_are_checked_for_their_characters(minimal: Path) -> None:
    site_strings(minimal, "mn", 'nav:\n  home: "ᠨᠢᠭᠤᠷ \ue2b1"\n')
    assert errors_of(minimal) == [("mongolian-pua", "mn.yml", 2)]


def test_a_broken_file_is_an_error_not_a_silent_default(minimal: Path) -> None:
    site_strings(minimal, "zh", "nav: [首页\n")
    assert errors_of(minimal) == [("yaml-syntax", "zh.yml", 1)]


def test_a_sites_string_that_is_not_text_or_has_a_stray_brace(minimal: Path) -> None:
    site_strings(minimal, "zh", "nav:\n  home: [首页]\nlisting:\n  count: 共 {count 件\n")
    _, findings = check_content(minimal)
    found = [(f.code, f.line, f.params["key"]) for f in findings if f.level == "error"]
    assert found == [("locale-not-text", 2, "nav.home"), ("locale-braces", 4, "listing.count")]
    messages = [f.message("zh") for f in findings if f.level == "error"]
    assert "nav.home" in messages[0] and "共 {count 件" in messages[1]


def test_an_unknown_key_is_named_in_the_message(minimal: Path) -> None:
    site_strings(minimal, "zh", "nav:\n  hom: 网站首页\n")
    _, findings = check_content(minimal)
    [finding] = [f for f in findings if f.code == "locale-key-unknown"]
    assert "nav.hom" in finding.message("zh") and "zh.yml" in finding.message("zh")
    assert "nav.hom" in finding.message("en")


def test_broken_default_strings_with_a_sites_own_are_reported_not_a_traceback(
    minimal: Path, tmp_path: Path
) -> None:
    defaults = tmp_path / "defaults"
    write(defaults / "zh.yml", "nav: [首页\n")
    write(defaults / "mn.yml", (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8"))
    site_strings(minimal, "zh", "nav:\n  home: 网站首页\n")
    site, findings = check_content(minimal, defaults)
    assert site is None
    assert ("yaml-syntax", "zh.yml") in [(f.code, f.path.name) for f in findings]


def test_a_sites_date_format_must_be_a_pattern_or_a_known_name(minimal: Path) -> None:
    site_strings(minimal, "mn", "date_format: mongol\n")
    _, findings = check_content(minimal)
    [finding] = [f for f in findings if f.level == "error"]
    assert (finding.code, finding.path.name, finding.line) == ("locale-format-unknown", "mn.yml", 1)
    assert "mongol" in finding.message("zh") and "mongolian" in finding.message("zh")
