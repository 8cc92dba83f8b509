"""The Mongolian webfont: found where set-up put it, cut down to the site's characters without losing
any of the shaping that joins Mongolian letters, and the same bytes every time."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from generator.findings import ContentError
from generator.publish import fonts
from tests.conftest import write

# "Mongolian" and "of the country" (suffix after NNBSP), a vowel separator (MVS) and a free
# variation selector (FVS1): text that needs positional forms, the suffix forms and the variants.
SAMPLE = "ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202fᠤᠨ ᠬᠠᠷ\u180eᠠ ᠭ\u180b"
POSITIONAL = {"init", "medi", "fina", "isol"}


@pytest.fixture(scope="module")
def source() -> Path:
    return fonts.find_source().font


def features(font: TTFont) -> set[str]:
    return {record.FeatureTag for record in font["GSUB"].table.FeatureList.FeatureRecord}


def subset_font(source: Path, text: str = SAMPLE) -> tuple[bytes, TTFont]:
    data = fonts.subset_woff2(source, text).woff2
    return data, TTFont(io.BytesIO(data))


def test_subset_keeps_the_positional_forms(source: Path) -> None:
    _, font = subset_font(source)
    assert features(font) >= POSITIONAL
    assert font.flavor == "woff2"


def test_subset_options_drop_no_shaping_feature(source: Path) -> None:
    everything = "".join(map(chr, TTFont(source).getBestCmap()))
    _, font = subset_font(source, everything)
    assert features(font) == features(TTFont(source))
    assert len(font["GSUB"].table.LookupList.Lookup) == len(TTFont(source)["GSUB"].table.LookupList.Lookup)


def test_subset_maps_the_text_nnbsp_and_the_variation_selectors(source: Path) -> None:
    _, font = subset_font(source)
    cmap = font.getBestCmap()
    source_cmap = TTFont(source).getBestCmap()
    assert {ord(c) for c in SAMPLE} <= set(cmap)
    assert 0x202F in cmap  # the narrow no-break space before suffixes
    for selector in (0x180B, 0x180C, 0x180D, 0x180E, 0x180F):  # FVS1-3, MVS, FVS4
        assert (selector in cmap) == (selector in source_cmap), f"U+{selector:04X}"
    assert 0x1827 not in cmap  # ᠧ is not in the text: letters the site does not use are dropped


def test_subset_keeps_the_license_entries(source: Path) -> None:
    _, font = subset_font(source)
    source_names = {record.nameID for record in TTFont(source)["name"].names}
    kept = {record.nameID for record in font["name"].names}
    assert {0, 13, 14} & source_names <= kept  # copyright, license, license URL


def test_subset_is_much_smaller_than_the_source(source: Path) -> None:
    data, font = subset_font(source)
    assert len(data) < source.stat().st_size / 3
    assert len(font.getGlyphOrder()) < len(TTFont(source).getGlyphOrder()) / 2


def test_subset_is_byte_identical_every_time(source: Path) -> None:
    first = fonts.subset_woff2(source, SAMPLE)
    fonts._subset.cache_clear()  # really subset again, not the remembered result
    second = fonts.subset_woff2(source, SAMPLE)
    assert first is not second
    assert first.woff2 == second.woff2
    assert TTFont(io.BytesIO(first.woff2))["head"].modified == TTFont(source)["head"].modified


def test_characters_come_from_text_and_attributes(tmp_path: Path) -> None:
    write(
        tmp_path / "a/index.html",
        '<html><head><title>ᠭᠠᠷᠴᠠᠭ</title><meta name="description" content="ᠲᠣᠪᠴᠢ"></head>'
        '<body><a aria-label="ᠬᠠᠶᠢᠭ" title="ᠨᠢᠭᠤᠷ" href="x/">&#x1833;</a><img alt="ᠵᠢᠷᠤᠭ" src="i.png">'
        '<input placeholder="ᠬᠠᠢᠬᠤ" disabled></body></html>',
    )
    write(tmp_path / "b/index.html", "<p>ᠦ</p>")
    write(tmp_path / "notes.txt", "ᠥ")  # not a page
    found = fonts.characters_in_pages(tmp_path)
    assert "ᠳ" in found  # it is on the page only as a character reference
    # Text and attribute values (an attribute without a value adds nothing), never attribute names.
    assert found == set("ᠭᠠᠷᠴᠲᠣᠪᠢᠬᠶᠨᠤᠵᠦᠳ") | set("description") | set("x/") | set("i.png")
    assert "ᠥ" not in found


def test_stylesheet_is_exactly_one_font_face_rule() -> None:
    assert fonts.font_face_css("noto-sans-mongolian.0123abcd.woff2", "Noto Sans Mongolian") == (
        "/* Noto Sans Mongolian, subset by gongkai build to the characters of this site's pages */\n"
        "@font-face {\n"
        '  font-family: "Gongkai Mongolian";\n'
        "  font-style: normal;\n"
        "  font-weight: 400;\n"
        "  font-display: swap;\n"
        '  src: url("noto-sans-mongolian.0123abcd.woff2") format("woff2");\n'
        "  unicode-range: U+1800-18AF, U+180B-180F, U+200C-200D, U+202F, U+11660-1167F;\n"
        "}\n"
    )


def test_the_font_is_written_into_a_new_edition_and_again_over_it(tmp_path: Path, source: Path) -> None:
    edition = tmp_path / "mn"
    write(edition / "index.html", "<p>ᠮᠣᠩᠭᠣᠯ</p>")
    first = fonts.write_mongolian_font(fonts.FontSource(source, None), edition)
    again = fonts.write_mongolian_font(fonts.FontSource(source, None), edition)  # serve rebuilds in place
    assert first == again
    folder = edition / fonts.FONTS_URL
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(first.url).name, "mongolian-font.css"])
    css = (folder / "mongolian-font.css").read_text(encoding="utf-8")
    assert css == fonts.font_face_css(Path(first.url).name, first.family)


@pytest.mark.parametrize(
    ("family", "slug"),
    [("Noto Sans Mongolian", "noto-sans-mongolian"), ("  Mongolian Baiti (Test) ", "mongolian-baiti-test")],
)
def test_the_font_file_is_named_after_its_family_and_content(family: str, slug: str) -> None:
    assert fonts.font_file_name(family, b"font bytes") == f"{slug}.ee2e8830.woff2"


def test_stylesheet_swaps_and_covers_mongolian_only() -> None:
    css = fonts.font_face_css("noto-sans-mongolian.0123abcd.woff2", "Noto Sans Mongolian")
    assert 'font-family: "Gongkai Mongolian";' in css
    assert "font-display: swap;" in css
    assert 'src: url("noto-sans-mongolian.0123abcd.woff2") format("woff2");' in css
    ranges = css.split("unicode-range:")[1]
    for part in ("U+1800-18AF", "U+180B-180F", "U+202F", "U+11660-1167F"):
        assert part in ranges
    assert "U+4E00" not in ranges and "U+0000" not in ranges  # Chinese and Latin keep their own fonts


def test_environment_variable_names_the_font(tmp_path: Path, source: Path) -> None:
    font = tmp_path / "fonts/Mongolian.woff2"
    font.parent.mkdir()
    font.write_bytes(source.read_bytes())
    (tmp_path / "fonts/OFL.txt").write_text("SIL Open Font License", encoding="utf-8")
    found = fonts.find_source({fonts.ENV_VAR: str(font)})
    assert found == fonts.FontSource(font, tmp_path / "fonts/OFL.txt")


def test_environment_variable_naming_a_missing_file_fails_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as failed:
        fonts.find_source({fonts.ENV_VAR: str(tmp_path / "nowhere.ttf")})
    [finding] = failed.value.findings
    assert (finding.path, finding.line, finding.code) == (tmp_path / "nowhere.ttf", 1, "font-env-missing")
    assert fonts.ENV_VAR in finding.message("zh")


def test_no_font_anywhere_tells_the_operator_how_to_install_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "NPM_FONT", tmp_path / "node_modules/x.woff2")
    monkeypatch.setattr(fonts, "DEBIAN_FONT", tmp_path / "usr/NotoSansMongolian-Regular.ttf")
    with pytest.raises(ContentError) as failed:
        fonts.find_source({})
    [finding] = failed.value.findings
    assert finding.code == "font-missing"
    assert finding.path == fonts.PACKAGE_JSON
    assert finding.line > 1  # the package.json line that names the font package
    zh, en = finding.message("zh"), finding.message("en")
    assert "make site" in zh and "fonts-noto-core" in zh and fonts.ENV_VAR in zh
    assert "node_modules/x.woff2" in en and "NotoSansMongolian-Regular.ttf" in en
    # Every place searched, listed in each language's way.
    assert "x.woff2、" in zh and "x.woff2, " in en
    assert finding.params["searched_en"].count(", ") == 1


def test_a_file_that_is_not_a_font_is_refused(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.woff2", "not a font")
    with pytest.raises(ContentError) as failed:
        fonts.subset_woff2(broken, SAMPLE)
    [finding] = failed.value.findings
    assert (finding.path, finding.code, finding.line) == (broken, "font-unusable", 1)
    assert finding.params["problem"] in finding.message("zh") and finding.params[
        "problem_en"
    ] in finding.message("en")


def test_a_font_without_mongolian_letters_is_refused(tmp_path: Path, source: Path) -> None:
    no_letters = tmp_path / "no-letters.woff2"
    no_letters.write_bytes(fonts.subset_woff2(source, "").woff2)  # spaces and selectors only
    with pytest.raises(ContentError) as failed:
        fonts.subset_woff2(no_letters, SAMPLE)
    [finding] = failed.value.findings
    assert finding.code == "font-unusable"
    assert "no Mongolian letters" in finding.message("en")


def test_debians_font_is_the_last_resort_with_its_license(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    debian = tmp_path / "usr/NotoSansMongolian-Regular.ttf"
    debian.parent.mkdir(parents=True)
    debian.write_bytes(source.read_bytes())
    monkeypatch.setattr(fonts, "NPM_FONT", tmp_path / "checkout/node_modules/x.woff2")
    monkeypatch.setattr(fonts, "DEBIAN_FONT", debian)
    monkeypatch.setattr(fonts, "DEBIAN_LICENSE", tmp_path / "doc/copyright")
    assert fonts.find_source({}, project=tmp_path / "site") == fonts.FontSource(debian, None)
    write(tmp_path / "doc/copyright", "SIL Open Font License")
    found = fonts.find_source({}, project=tmp_path / "site")
    assert found == fonts.FontSource(debian, tmp_path / "doc/copyright")


@pytest.mark.parametrize(("beside", "kept"), [("LICENSE", True), ("OFL.txt", False)])
def test_the_sites_own_npm_font_comes_first_with_the_license_npm_ships(
    tmp_path: Path, source: Path, beside: str, kept: bool
) -> None:
    """An installed Gongkai builds a site whose folder has the font from `npm install`. npm's package
    carries LICENSE; another file beside it is someone else's, not the package's license."""
    package = tmp_path / "node_modules" / fonts.NPM_PACKAGE
    font = package / fonts.NPM_FILE
    font.parent.mkdir(parents=True)
    font.write_bytes(source.read_bytes())
    write(package / beside, "SIL Open Font License")
    expected = fonts.FontSource(font, package / beside if kept else None)
    assert fonts.find_source({}, project=tmp_path) == expected


def test_without_a_font_the_sites_package_json_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "NPM_FONT", tmp_path / "checkout/node_modules/x.woff2")
    monkeypatch.setattr(fonts, "DEBIAN_FONT", tmp_path / "usr/NotoSansMongolian-Regular.ttf")
    site = tmp_path / "agency-site"
    write(
        site / "package.json",
        '{\n  "dependencies": {\n    "@fontsource/noto-sans-mongolian": "5.3.0"\n  }\n}\n',
    )
    with pytest.raises(ContentError) as failed:
        fonts.find_source({}, project=site)
    [finding] = failed.value.findings
    assert (finding.code, finding.path, finding.line) == ("font-missing", site / "package.json", 3)
    assert "agency-site/node_modules/@fontsource/noto-sans-mongolian" in finding.message("en")
    assert "npm install @fontsource/noto-sans-mongolian" in finding.message("zh")


def test_without_a_font_or_a_package_json_the_sites_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed Gongkai, no checkout around it: the site's folder is where the font belongs."""
    monkeypatch.setattr(fonts, "NPM_FONT", tmp_path / "checkout/node_modules/x.woff2")
    monkeypatch.setattr(fonts, "PACKAGE_JSON", tmp_path / "checkout/package.json")
    monkeypatch.setattr(fonts, "DEBIAN_FONT", tmp_path / "usr/NotoSansMongolian-Regular.ttf")
    site = tmp_path / "agency-site"
    site.mkdir()
    with pytest.raises(ContentError) as failed:
        fonts.find_source({}, project=site)
    [finding] = failed.value.findings
    assert (finding.code, finding.path, finding.line) == ("font-missing", site, 1)
    write(site / "package.json", '{"name": "agency-site"}\n')  # one that does not name the font yet
    with pytest.raises(ContentError) as again:
        fonts.find_source({}, project=site)
    assert [(f.path, f.line) for f in again.value.findings] == [(site / "package.json", 1)]


def test_a_font_replaced_at_the_same_path_is_read_again(tmp_path: Path, source: Path) -> None:
    """`gongkai serve` keeps subsets of the fonts it has read: a font file replaced while it runs (an
    npm update) must be read again, whether only its size or only its modification time differs."""
    font = tmp_path / source.name
    font.write_bytes(source.read_bytes())
    fonts.subset_woff2(font, "ᠮᠣᠩ")
    stat = font.stat()
    # The same bytes, a newer time: subset again (the result is the same).
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    misses = fonts._subset.cache_info().misses
    fonts.subset_woff2(font, "ᠮᠣᠩ")
    assert fonts._subset.cache_info().misses == misses + 1
    # Other bytes, the old time: read again — here a damaged file, refused instead of the old subset.
    font.write_bytes(font.read_bytes() + b"\0" * 4)
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(ContentError):
        fonts.subset_woff2(font, "ᠮᠣᠩ")
