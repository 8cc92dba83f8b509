"""Mongolian dates: suffixes chosen by how the number is read aloud (docs/mongolian.md).

The expected suffixes are written here by hand from the grammar, with the letters spelled as code
points, not taken from generator/i18n/mongolian.py: a wrong table entry there shows up as a failure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from generator.build import build_site
from generator.checks import check_locales
from generator.content.locales import load_locales
from generator.i18n.mongolian import (
    NUMERALS,
    Numeral,
    format_date_mn,
    genitive_suffix,
    ordinal_suffix,
    reading,
)
from generator.i18n.strings import UiStrings
from generator.resources import LOCALES_DIR
from tests.conftest import soup, write

NNBSP, MVS = "\u202f", "\u180e"
# Suffixes, letter by letter.
U = "\u1824"  # ᠤ
UE = "\u1826"  # ᠦ
UN = "\u1824\u1828"  # ᠤᠨ
UEN = "\u1826\u1828"  # ᠦᠨ
YIN = "\u1836\u1822\u1828"  # ᠶᠢᠨ
DUGAR = "\u1833\u1824\u182d\u1820\u1837"  # ᠳᠤᠭᠠᠷ
DUGER = "\u1833\u1826\u182d\u1821\u1837"  # ᠳᠦᠭᠡᠷ
ON_U = "\u1823\u1828" + NNBSP + U  # ᠣᠨ ᠤ
SAR_A_YIN = "\u1830\u1820\u1837" + MVS + "\u1820" + NNBSP + YIN  # ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ
EDUR = "\u1821\u1833\u1826\u1837"  # ᠡᠳᠦᠷ

# How the last word of a number sounds (by hand): vowel class and how it ends.
# nigen, ɣurban, dörben, tabun, ǰirɣuɣan, doloɣan, naiman, yisün, arban, qorin, ɣučin end in n;
# qoyar ends in r; only nigen, dörben and yisün have front vowels among 1-9.
LAST_WORD = {
    1: ("front", "n"),
    2: ("back", "r"),
    3: ("back", "n"),
    4: ("front", "n"),
    5: ("back", "n"),
    6: ("back", "n"),
    7: ("back", "n"),
    8: ("back", "n"),
    9: ("front", "n"),
    10: ("back", "n"),
    20: ("back", "n"),
    30: ("back", "n"),
}


def hand_genitive(n: int) -> str:
    """Genitive after n: -u/-ü; after another consonant: -un/-ün; after a vowel: -yin."""
    vowels, final = LAST_WORD[n % 10 or n]
    if final == "n":
        return U if vowels == "back" else UE
    return UN if vowels == "back" else UEN


def test_hand_rule_spelled_out_for_every_day() -> None:
    """The derived list, written out once more as a reader would check it against a calendar."""
    days = [hand_genitive(day) for day in range(1, 32)]
    one_to_nine = [UE, UN, U, UE, U, U, U, U, UE]
    assert days == [*one_to_nine, U, *one_to_nine, U, *one_to_nine, U, UE]


@pytest.mark.parametrize("day", range(1, 32))
def test_day_genitive(day: int) -> None:
    assert genitive_suffix(day) == hand_genitive(day)
    date = format_date_mn(dt.date(2024, 1, day))
    assert date.endswith(f" {day}{NNBSP}{hand_genitive(day)} {EDUR}")


# A colleague's check: months 1, 4, 9 and 11 take ᠳᠦᠭᠡᠷ; the other months take ᠳᠤᠭᠠᠷ.
MONTH_ORDINALS = {m: DUGER if m in {1, 4, 9, 11} else DUGAR for m in range(1, 13)}


@pytest.mark.parametrize("month", range(1, 13))
def test_month_ordinal(month: int) -> None:
    front = LAST_WORD[month % 10 or month][0] == "front"
    assert MONTH_ORDINALS[month] == (DUGER if front else DUGAR)  # the two hand lists agree
    assert ordinal_suffix(month) == MONTH_ORDINALS[month]
    date = format_date_mn(dt.date(2024, month, 1))
    assert f" {month}{NNBSP}{MONTH_ORDINALS[month]} {SAR_A_YIN} " in date


def test_full_date() -> None:
    expected = f"2024 {ON_U} 1{NNBSP}{DUGER} {SAR_A_YIN} 19{NNBSP}{UE} {EDUR}"
    assert format_date_mn(dt.date(2024, 1, 19)) == expected
    assert (
        format_date_mn(dt.date(2023, 12, 22))
        == f"2023 {ON_U} 12{NNBSP}{DUGAR} {SAR_A_YIN} 22{NNBSP}{UN} {EDUR}"
    )


DATE_SHAPE = re.compile(
    rf"\d{{4}} {ON_U} (\d{{1,2}}){NNBSP}({DUGAR}|{DUGER}) {SAR_A_YIN} "
    rf"(\d{{1,2}}){NNBSP}({U}|{UE}|{UN}|{UEN}) {EDUR}"
)


def test_every_suffix_follows_a_narrow_no_break_space() -> None:
    day = dt.date(2024, 1, 1)
    while day.year == 2024:
        text = format_date_mn(day)
        match = DATE_SHAPE.fullmatch(text)
        assert match, text
        assert (int(match[1]), int(match[3])) == (day.month, day.day)  # no zero padding
        assert text.count(NNBSP) == 4 and "  " not in text
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("n", "genitive", "ordinal"),
    [
        (0, UEN, DUGER),  # teg
        (40, UE, DUGER),  # döčin
        (90, UE, DUGER),  # yeren
        (100, U, DUGAR),  # ǰaɣun
        (1000, YIN, DUGAR),  # mingɣ-a ends in a vowel
        (2000, YIN, DUGAR),
        (2012, UN, DUGAR),  # ... qoyar
        (2024, UE, DUGER),  # ... dörben
        (10_000, UE, DUGER),  # tümen
        (12_000, YIN, DUGAR),  # nigen tümen qoyar mingɣ-a
    ],
)
def test_larger_numbers_follow_their_last_word(n: int, genitive: str, ordinal: str) -> None:
    assert (genitive_suffix(n), ordinal_suffix(n)) == (genitive, ordinal)


def test_reading_aloud() -> None:
    qoyar, mingga, qorin, dorben = "ᠬᠣᠶᠠᠷ", f"ᠮᠢᠩᠭ{MVS}ᠠ", "ᠬᠣᠷᠢᠨ", "ᠳᠥᠷᠪᠡᠨ"
    assert reading(2024) == f"{qoyar} {mingga} {qorin} {dorben}"
    assert reading(19) == "ᠠᠷᠪᠠᠨ ᠶᠢᠰᠦᠨ"
    with pytest.raises(ValueError):
        reading(-1)


BACK, FRONT = set("\u1820\u1823\u1824"), set("\u1821\u1825\u1826")  # a o u / e ö ü
VOWELS = BACK | FRONT | {"\u1822"}


@pytest.mark.parametrize("numeral", NUMERALS.values(), ids=lambda n: n.latin)
def test_table_matches_the_spelling(numeral: Numeral) -> None:
    """Each word's vowel class and final agree with its letters; only Mongolian script is used."""
    word = numeral.word
    assert all(unicodedata.name(ch).startswith("MONGOLIAN") for ch in word)
    letters = set(word)
    assert bool(letters & BACK) != bool(letters & FRONT)  # vowel harmony: one class per word
    assert numeral.vowels == ("back" if letters & BACK else "front")
    last = word[-1]
    final = "vowel" if last in VOWELS else "n" if last == "\u1828" else "consonant"
    assert numeral.final == final


def test_ui_strings_use_the_named_format() -> None:
    strings = load_locales(LOCALES_DIR)[0].strings
    assert strings["mn"]["date_format"] == "mongolian"
    day = dt.date(2024, 1, 19)
    assert UiStrings("mn", strings["mn"]).date(day) == format_date_mn(day)
    assert UiStrings("zh", strings["zh"]).date(day) == "2024年01月19日"


def test_unknown_format_name_is_located(tmp_path: Path) -> None:
    mn = (LOCALES_DIR / "mn.yml").read_text(encoding="utf-8")
    write(tmp_path / "zh.yml", (LOCALES_DIR / "zh.yml").read_text(encoding="utf-8"))
    write(tmp_path / "mn.yml", mn.replace("date_format: mongolian", "date_format: mongol"))
    locales, _ = load_locales(tmp_path)
    findings = check_locales(locales)
    line = 1 + mn.splitlines().index("date_format: mongolian")
    assert [(f.path.name, f.line, f.code) for f in findings] == [("mn.yml", line, "locale-format-unknown")]
    assert "mongol" in findings[0].message() and "mongolian" in findings[0].message("en")


def test_built_mongolian_page_shows_the_formatted_date(minimal: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(minimal, out)
    # The Chinese original says published: 2024-03-05; the translation shows that date.
    card = soup(out / "mn/notice/meeting/index.html").select_one(".gk-card__row--published")
    label = load_locales(LOCALES_DIR)[0].strings["mn"]["card.published"]
    assert card.dt.get_text() == label
    assert card.dd.get_text() == f"2024 {ON_U} 3{NNBSP}{DUGAR} {SAR_A_YIN} 5{NNBSP}{U} {EDUR}"
    zh = soup(out / "notice/meeting/index.html").select_one(".gk-card__row--published")
    assert zh.dd.get_text() == "2024年03月05日"
