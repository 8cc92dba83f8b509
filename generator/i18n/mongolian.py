"""Mongolian dates: the case suffix after a number follows the number's last spoken word.

A number written in digits is read aloud in Mongolian, and its suffix obeys vowel harmony and the final
sound of the last word read: 19 is ᠠᠷᠪᠠᠨ ᠶᠢᠰᠦᠨ (arban yisün), so its genitive is that of yisün (front
vowels, ends in n): ᠦ. The rules, tables and examples are documented in docs/mongolian.md
("日期和数字 / Dates and numbers"); keep the two in step.

Every suffix is written after U+202F NARROW NO-BREAK SPACE, the Unicode way of attaching a Mongolian
suffix to the word (or digits) before it. Words such as ᠰᠠᠷ᠎ᠠ and ᠮᠢᠩᠭ᠎ᠠ contain U+180E before the
final ᠠ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

NNBSP = "\u202f"  # narrow no-break space: stands before every suffix
MVS = "\u180e"  # Mongolian vowel separator: the detached final -a / -e

VowelClass = Literal["back", "front"]
Final = Literal["vowel", "n", "consonant"]


@dataclass(frozen=True)
class Numeral:
    """A word used when reading numbers aloud, with what its suffixes depend on."""

    value: int
    word: str  # Unicode Mongolian script; n-stems written with the -n that returns before suffixes
    latin: str  # transliteration, for people who cannot read the script
    vowels: VowelClass  # back (a, o, u) or front (e, ö, ü); i is neutral and does not decide
    final: Final  # vowel, n, or another consonant: chooses between ᠶᠢᠨ, ᠤ/ᠦ and ᠤᠨ/ᠦᠨ


def _numerals(*rows: tuple[int, str, str, VowelClass, Final]) -> dict[int, Numeral]:
    return {value: Numeral(value, word, latin, vowels, final) for value, word, latin, vowels, final in rows}


# The last-word table. Numerals are n-stems: the bare form (ᠳᠥᠷᠪᠡ) is used in counting, but the n
# comes back before a case suffix (ᠳᠥᠷᠪᠡᠨ ᠦ), so the suffix is the one for a word ending in n.
NUMERALS: dict[int, Numeral] = _numerals(
    (0, "ᠲᠡᠭ", "teg", "front", "consonant"),
    (1, "ᠨᠢᠭᠡᠨ", "nigen", "front", "n"),
    (2, "ᠬᠣᠶᠠᠷ", "qoyar", "back", "consonant"),
    (3, "ᠭᠤᠷᠪᠠᠨ", "ɣurban", "back", "n"),
    (4, "ᠳᠥᠷᠪᠡᠨ", "dörben", "front", "n"),
    (5, "ᠲᠠᠪᠤᠨ", "tabun", "back", "n"),
    (6, "ᠵᠢᠷᠭᠤᠭᠠᠨ", "ǰirɣuɣan", "back", "n"),
    (7, "ᠳᠣᠯᠣᠭᠠᠨ", "doloɣan", "back", "n"),
    (8, "ᠨᠠᠢᠮᠠᠨ", "naiman", "back", "n"),
    (9, "ᠶᠢᠰᠦᠨ", "yisün", "front", "n"),
    (10, "ᠠᠷᠪᠠᠨ", "arban", "back", "n"),
    (20, "ᠬᠣᠷᠢᠨ", "qorin", "back", "n"),
    (30, "ᠭᠤᠴᠢᠨ", "ɣučin", "back", "n"),
    (40, "ᠳᠥᠴᠢᠨ", "döčin", "front", "n"),
    (50, "ᠲᠠᠪᠢᠨ", "tabin", "back", "n"),
    (60, "ᠵᠢᠷᠠᠨ", "ǰiran", "back", "n"),
    (70, "ᠳᠠᠯᠠᠨ", "dalan", "back", "n"),
    (80, "ᠨᠠᠶᠠᠨ", "nayan", "back", "n"),
    (90, "ᠶᠡᠷᠡᠨ", "yeren", "front", "n"),
    (100, "ᠵᠠᠭᠤᠨ", "ǰaɣun", "back", "n"),
    (1000, f"ᠮᠢᠩᠭ{MVS}ᠠ", "mingɣ-a", "back", "vowel"),
    (10_000, "ᠲᠦᠮᠡᠨ", "tümen", "front", "n"),
)

# Genitive (ᠤ/ᠦ after n, ᠤᠨ/ᠦᠨ after another consonant, ᠶᠢᠨ after a vowel) and ordinal suffixes.
GENITIVE: dict[tuple[Final, VowelClass], str] = {
    ("n", "back"): "ᠤ",
    ("n", "front"): "ᠦ",
    ("consonant", "back"): "ᠤᠨ",
    ("consonant", "front"): "ᠦᠨ",
    ("vowel", "back"): "ᠶᠢᠨ",
    ("vowel", "front"): "ᠶᠢᠨ",
}
ORDINAL: dict[VowelClass, str] = {"back": "ᠳᠤᠭᠠᠷ", "front": "ᠳᠦᠭᠡᠷ"}

YEAR = f"ᠣᠨ{NNBSP}ᠤ"  # "of the year": ᠣᠨ ends in n with a back vowel, so ᠤ, whatever the year
MONTH = f"ᠰᠠᠷ{MVS}ᠠ{NNBSP}ᠶᠢᠨ"  # "of the month": ᠰᠠᠷ᠎ᠠ ends in a vowel, so ᠶᠢᠨ
DAY = "ᠡᠳᠦᠷ"

LIMIT = 100_000_000  # up to 9999 ᠲᠦᠮᠡᠨ; dates and counts on these sites stay far below


def spoken(n: int) -> list[Numeral]:
    """The words of `n` read aloud, in order: 2024 → ᠬᠣᠶᠠᠷ ᠮᠢᠩᠭ᠎ᠠ ᠬᠣᠷᠢᠨ ᠳᠥᠷᠪᠡᠨ.

    Ten thousands are counted in ᠲᠦᠮᠡᠨ as in Inner Mongolia. ᠨᠢᠭᠡᠨ is left out before ᠠᠷᠪᠠᠨ, ᠵᠠᠭᠤᠨ and
    ᠮᠢᠩᠭ᠎ᠠ (said either way, and never the last word, so the suffix does not change).
    """
    if not 0 <= n < LIMIT:
        raise ValueError(f"cannot read {n} aloud: only 0 to {LIMIT - 1}")
    if n == 0:
        return [NUMERALS[0]]
    words: list[Numeral] = []
    tens_of_thousands, rest = divmod(n, 10_000)
    if tens_of_thousands:
        words += [*spoken(tens_of_thousands), NUMERALS[10_000]]
    for unit in (1000, 100):
        count, rest = divmod(rest, unit)
        if count:
            words += ([NUMERALS[count]] if count > 1 else []) + [NUMERALS[unit]]
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(NUMERALS[tens * 10])
    if ones:
        words.append(NUMERALS[ones])
    return words


def reading(n: int) -> str:
    """`n` as Mongolian words, separated by spaces."""
    return " ".join(word.word for word in spoken(n))


def last_word(n: int) -> Numeral:
    return spoken(n)[-1]


def genitive_suffix(n: int) -> str:
    """ᠤ, ᠦ, ᠤᠨ, ᠦᠨ or ᠶᠢᠨ for the number `n` (without the U+202F before it)."""
    word = last_word(n)
    return GENITIVE[(word.final, word.vowels)]


def ordinal_suffix(n: int) -> str:
    """ᠳᠤᠭᠠᠷ or ᠳᠦᠭᠡᠷ for the number `n` (without the U+202F before it)."""
    return ORDINAL[last_word(n).vowels]


def with_suffix(n: int, suffix: str) -> str:
    """Digits, U+202F, suffix: 19 + ᠦ → "19\u202fᠦ"."""
    return f"{n}{NNBSP}{suffix}"


def format_date_mn(date: dt.date) -> str:
    """2024-01-19 → "2024 ᠣᠨ ᠤ 1 ᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 19 ᠦ ᠡᠳᠦᠷ" (U+202F before each suffix, no zero padding)."""
    month = with_suffix(date.month, ordinal_suffix(date.month))
    day = with_suffix(date.day, genitive_suffix(date.day))
    return f"{date.year} {YEAR} {month} {MONTH} {day} {DAY}"
