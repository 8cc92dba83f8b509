"""The Mongolian search separator (locales/mn.yml, used by the theme's lunr index)."""

from __future__ import annotations

import re

from generator.content.locales import load_locales
from generator.resources import LOCALES_DIR


def separator() -> re.Pattern[str]:
    strings = load_locales(LOCALES_DIR)[0].strings
    pattern = strings["mn"]["theme.search.config.separator"]
    # The theme hands the pattern to JavaScript; \uXXXX escapes mean the same in Python's re.
    return re.compile(pattern)


def test_splits_on_spaces_nnbsp_and_mongolian_punctuation() -> None:
    text = "ᠠᠯᠪᠠᠨ ᠭᠠᠵᠠᠷ\u202fᠤᠳ\u1802ᠰᠠᠯᠠᠪᠤᠷᠢ\u1803ᠨᠢᠭᠡ\u1808ᠬᠣᠶᠠᠷ\u1809ᠭᠤᠷᠪᠠ"
    assert [t for t in separator().split(text) if t] == [
        "ᠠᠯᠪᠠᠨ",
        "ᠭᠠᠵᠠᠷ",
        "ᠤᠳ",
        "ᠰᠠᠯᠠᠪᠤᠷᠢ",
        "ᠨᠢᠭᠡ",
        "ᠬᠣᠶᠠᠷ",
        "ᠭᠤᠷᠪᠠ",
    ]


def test_keeps_mvs_and_fvs_inside_words() -> None:
    words = ["ᠲᠣᠪᠴᠢᠶ\u180eᠠ", "ᠳ\u180bᠤᠭᠠᠷ"]
    assert [t for t in separator().split(" ".join(words)) if t] == words
