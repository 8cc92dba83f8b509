"""A build serves the Mongolian webfont to Mongolian pages only, and says how much subsetting saved."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from generator.build import BuildResult, build_site
from generator.cli import main
from generator.findings import ContentError
from generator.publish import fonts
from tests.conftest import soup

STYLESHEET = "assets/gongkai/fonts/mongolian-font.css"


@pytest.fixture
def build(minimal: Path, tmp_path: Path) -> BuildResult:
    return build_site(minimal, tmp_path / "site")


def stylesheets(page: Path) -> list[str]:
    return [link["href"] for link in soup(page).find_all("link", rel="stylesheet")]


def test_only_mongolian_pages_link_the_font(build: BuildResult) -> None:
    site = build.out_dir
    mongolian = sorted((site / "mn").rglob("*.html"))
    chinese = sorted(p for p in site.rglob("*.html") if not p.is_relative_to(site / "mn"))
    assert mongolian and chinese
    for page in mongolian:
        assert any(href.endswith(STYLESHEET) for href in stylesheets(page)), page
    for page in chinese:
        assert not any("fonts/" in href for href in stylesheets(page)), page
    assert not (site / STYLESHEET).exists()
    assert not list(site.glob("assets/gongkai/fonts/*"))


def test_font_file_is_named_by_its_content_and_swaps_in(build: BuildResult) -> None:
    folder = build.out_dir / "mn/assets/gongkai/fonts"
    [woff2] = folder.glob("*.woff2")
    digest = hashlib.sha256(woff2.read_bytes()).hexdigest()[:8]
    assert woff2.name == f"noto-sans-mongolian.{digest}.woff2"
    assert woff2.read_bytes()[:4] == b"wOF2"
    css = (folder / "mongolian-font.css").read_text(encoding="utf-8")
    assert re.search(rf'src: url\("{re.escape(woff2.name)}"\) format\("woff2"\);', css)
    assert "font-display: swap;" in css
    assert build.mongolian_font.url == f"assets/gongkai/fonts/{woff2.name}"
    if fonts.find_source().license:
        assert "Open Font License" in (folder / "noto-sans-mongolian-LICENSE.txt").read_text(encoding="utf-8")


def test_link_from_a_page_reaches_the_stylesheet(build: BuildResult) -> None:
    page = build.out_dir / "mn/policy/new-policy/index.html"
    [href] = [h for h in stylesheets(page) if h.endswith(STYLESHEET)]
    assert (page.parent / href).resolve().is_file()


def test_result_reports_sizes_before_and_after(build: BuildResult) -> None:
    font = build.mongolian_font
    assert font.family == "Noto Sans Mongolian"
    assert font.source_bytes == font.source.stat().st_size > 0
    assert 0 < font.subset_bytes < font.source_bytes
    assert font.subset_bytes == (build.out_dir / "mn" / font.url).stat().st_size
    assert font.characters > 9  # the site's Mongolian letters, plus the selectors and spaces always kept


def test_build_summary_prints_the_sizes(
    minimal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--content", str(minimal), "--out", str(tmp_path / "zh-site")]) == 0
    zh = capsys.readouterr().out
    assert re.search(r"蒙古文字体：Noto Sans Mongolian 原始 [\d.]+ KB → 子集 [\d.]+ KB（\d+ 个字符）", zh), zh
    assert main(["--lang", "en", "build", "--content", str(minimal), "--out", str(tmp_path / "en-site")]) == 0
    en = capsys.readouterr().out
    assert re.search(
        r"Mongolian font: Noto Sans Mongolian [\d.]+ KB → subset [\d.]+ KB \(\d+ characters\)", en
    )


def test_missing_font_fails_the_build_and_keeps_the_old_site(
    build: BuildResult, minimal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sorted(p.relative_to(build.out_dir) for p in build.out_dir.rglob("*"))
    monkeypatch.setenv(fonts.ENV_VAR, str(tmp_path / "no-such-font.ttf"))
    with pytest.raises(ContentError) as failed:
        build_site(minimal, build.out_dir)
    assert [f.code for f in failed.value.findings] == ["font-env-missing"]
    assert sorted(p.relative_to(build.out_dir) for p in build.out_dir.rglob("*")) == before
