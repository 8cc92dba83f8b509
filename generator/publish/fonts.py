"""The Mongolian webfont: iOS has no traditional-Mongolian font, so the Mongolian edition serves one.

The font is installed at set-up time (npm, or Debian's fonts-noto-core), never committed: npm puts it
in the site's folder (beside its content folder, or Gongkai's own checkout for the example site). Each build
subsets it to the characters the Mongolian pages use, keeping every shaping feature (positional
forms, FVS/MVS variants), and writes it as WOFF2 with an @font-face stylesheet that only the
Mongolian edition links.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from generator.findings import ContentError, Finding, display_path
from generator.render.urls import FONTS_URL, MONGOLIAN_FONT_STYLESHEET
from generator.resources import CHECKOUT

FAMILY = "Gongkai Mongolian"  # the name site_src/assets/css/mongolian.css asks for first
STYLESHEET_URL = MONGOLIAN_FONT_STYLESHEET  # relative to the Mongolian edition's root
ENV_VAR = "GONGKAI_MONGOLIAN_FONT"
NPM_PACKAGE = "@fontsource/noto-sans-mongolian"
# Fontsource's "mongolian" file: the whole Mongolian block and its supplement, full GSUB/GPOS
# (its numbered files are CJK-style slices without Mongolian shaping).
NPM_FILE = "files/noto-sans-mongolian-mongolian-400-normal.woff2"
PACKAGE_JSON = CHECKOUT / "package.json"  # Gongkai's own set-up file, in a checkout
NPM_FONT = CHECKOUT / "node_modules" / NPM_PACKAGE / NPM_FILE
DEBIAN_FONT = Path("/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf")
DEBIAN_LICENSE = Path("/usr/share/doc/fonts-noto-core/copyright")
LICENSE_NAMES = ("OFL.txt", "LICENSE", "LICENSE.txt")  # beside a font named by the environment variable

# Kept whether or not a page uses them, so text that the reader's browser puts together (search
# results, a pasted word) still shapes: free variation selectors 1-4, the Mongolian vowel separator,
# the narrow no-break space before suffixes, zero-width (non-)joiner, space.
ALWAYS_KEPT = "\u180b\u180c\u180d\u180e\u180f\u202f\u200c\u200d "
UNICODE_RANGE = "U+1800-18AF, U+180B-180F, U+200C-200D, U+202F, U+11660-1167F"
MONGOLIAN_LETTER_A = 0x1820


@dataclass(frozen=True)
class FontSource:
    font: Path
    license: Path | None


@dataclass(frozen=True)
class Subset:
    woff2: bytes
    characters: int  # how many characters it maps to glyphs
    family: str  # the source font's family name, e.g. "Noto Sans Mongolian"


@dataclass(frozen=True)
class MongolianFont:
    """What a build wrote, for the build summary."""

    family: str  # the source font's family name
    source: Path
    source_bytes: int
    subset_bytes: int
    characters: int  # characters the subset maps to glyphs
    url: str  # of the WOFF2 file, relative to the Mongolian edition's root


def find_source(environ: Mapping[str, str] = os.environ, project: Path | None = None) -> FontSource:
    """The font named by GONGKAI_MONGOLIAN_FONT, else npm's in the site's folder `project`, else npm's in
    Gongkai's checkout, else Debian's."""
    if environ.get(ENV_VAR):
        font = Path(environ[ENV_VAR])
        if not font.is_file():
            raise ContentError([Finding(font, 1, "font-env-missing", {"env": ENV_VAR})])
        return FontSource(font, _license_beside(font))
    npm = [project / "node_modules" / NPM_PACKAGE / NPM_FILE] if project is not None else []
    candidates = list(dict.fromkeys([*npm, NPM_FONT]))
    for font in candidates:
        if font.is_file():
            return FontSource(font, _license_beside(font.parents[1], ("LICENSE",)))
    if DEBIAN_FONT.is_file():
        return FontSource(DEBIAN_FONT, DEBIAN_LICENSE if DEBIAN_LICENSE.is_file() else None)
    searched = [display_path(path) for path in (*candidates, DEBIAN_FONT)]
    params = {"searched": "、".join(searched), "searched_en": ", ".join(searched), "env": ENV_VAR}
    set_up = [path / "package.json" for path in ([project] if project else [])] + [PACKAGE_JSON]
    where = next((path for path in set_up if path.is_file()), project or PACKAGE_JSON)
    raise ContentError([Finding(where, _line_naming(where, NPM_PACKAGE), "font-missing", params)])


def _line_naming(path: Path, needle: str) -> int:
    """The line of `path` that names `needle` (the operator's set-up file), else 1."""
    if not path.is_file():
        return 1
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((number for number, text in enumerate(lines, 1) if needle in text), 1)


def _license_beside(folder: Path, names: tuple[str, ...] = LICENSE_NAMES) -> Path | None:
    """The license file in `folder` (or beside the font file `folder`)."""
    folder = folder if folder.is_dir() else folder.parent
    return next((folder / name for name in names if (folder / name).is_file()), None)


def characters_in_pages(edition_dir: Path) -> set[str]:
    """Every character a reader can be shown: text (scripts included: they carry interface strings)
    and attribute values (aria-label, title, alt, placeholder…), character references decoded."""
    characters: set[str] = set()
    for page in sorted(edition_dir.rglob("*.html")):
        root = LexborHTMLParser(page.read_text(encoding="utf-8")).root
        if root is None:
            continue
        characters.update(root.text(deep=True, separator=""))
        for node in root.traverse(include_text=False):
            for value in node.attributes.values():
                characters.update(value or "")
    return characters


def subset_woff2(source: Path, characters: Iterable[str]) -> Subset:
    """The source font cut down to `characters` (plus ALWAYS_KEPT), with every layout feature."""
    text = frozenset(characters) | frozenset(ALWAYS_KEPT)
    stat = source.stat()
    return _subset(source.resolve(), stat.st_size, stat.st_mtime_ns, text)


@functools.lru_cache(maxsize=8)  # `gongkai serve` and the tests rebuild with the same text
def _subset(source: Path, size: int, mtime_ns: int, text: frozenset[str]) -> Subset:
    from fontTools import subset  # heavy import: only for the one step that needs it
    from fontTools.ttLib import TTFont

    try:
        # recalcTimestamp=False keeps the source's head.modified: the same input gives the same bytes
        font = TTFont(source, recalcTimestamp=False, lazy=False)
        cmap = font.getBestCmap() or {}
    except Exception as exc:  # a damaged file fails in its decoder's own way (TTLibError, brotli, struct)
        raise ContentError([_unusable(source, str(exc), str(exc))]) from exc
    if MONGOLIAN_LETTER_A not in cmap:
        raise ContentError([_unusable(source, "其中没有蒙古文字母", "it has no Mongolian letters")])
    options = subset.Options()
    options.layout_features = ["*"]  # init/medi/fina/isol, rlig, calt, vert…: Mongolian shaping
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]  # keeps the copyright, license and license URL entries
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in text))
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return Subset(out.getvalue(), len(font.getBestCmap()), font["name"].getBestFamilyName())


def _unusable(source: Path, problem: str, problem_en: str) -> Finding:
    return Finding(source, 1, "font-unusable", {"problem": problem, "problem_en": problem_en})


def write_mongolian_font(source: FontSource, edition_dir: Path) -> MongolianFont:
    """Subset the font to the edition's pages; write it, its license and its stylesheet into the edition."""
    subset = subset_woff2(source.font, characters_in_pages(edition_dir))
    name = font_file_name(subset.family, subset.woff2)
    folder = edition_dir / FONTS_URL
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(subset.woff2)
    if source.license:
        shutil.copyfile(source.license, folder / f"{name.split('.')[0]}-LICENSE.txt")
    (folder / Path(STYLESHEET_URL).name).write_text(font_face_css(name, subset.family), encoding="utf-8")
    return MongolianFont(
        family=subset.family,
        source=source.font,
        source_bytes=source.font.stat().st_size,
        subset_bytes=len(subset.woff2),
        characters=subset.characters,
        url=f"{FONTS_URL}/{name}",
    )


def font_file_name(family: str, woff2: bytes) -> str:
    """`noto-sans-mongolian.1a2b3c4d.woff2`: new content, new name, so a browser never keeps an old subset."""
    slug = re.sub(r"[^a-z0-9]+", "-", family.lower()).strip("-")
    return f"{slug}.{hashlib.sha256(woff2).hexdigest()[:8]}.woff2"


def font_face_css(font_file: str, source_family: str) -> str:
    return (
        f"/* {source_family}, subset by gongkai build to the characters of this site's pages */\n"
        "@font-face {\n"
        f'  font-family: "{FAMILY}";\n'
        "  font-style: normal;\n"
        "  font-weight: 400;\n"
        "  font-display: swap;\n"
        f'  src: url("{font_file}") format("woff2");\n'
        f"  unicode-range: {UNICODE_RANGE};\n"
        "}\n"
    )
