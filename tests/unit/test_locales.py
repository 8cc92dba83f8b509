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
    assert findings[0].params["expected"] == ["count"]
