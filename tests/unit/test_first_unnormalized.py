"""Which piece of a text NFC would change, and into what: the `text-not-nfc` warning shows exactly
these code points, so it must name the whole piece (a letter with all its marks) and nothing more."""

from __future__ import annotations

import pytest

from generator.checks.mongolian_text import first_unnormalized

CASES = {
    "a letter and its accent": ("ab" + "e\u0301" + "cd", (2, "e\u0301", "\u00e9")),
    "marks in the wrong order, after the letter": ("q\u0301\u0323", (0, "q\u0301\u0323", "q\u0323\u0301")),
    "the same, further on": ("ab" + "q\u0301\u0323" + "c", (2, "q\u0301\u0323", "q\u0323\u0301")),
    "marks with no letter, at the start": ("\u0301\u0323b", (0, "\u0301\u0323", "\u0323\u0301")),
    "jamo that compose into one syllable": ("\u1100\u1161", (0, "\u1100\u1161", "\uac00")),
    "one character NFC replaces": ("\u212bab", (0, "\u212b", "\u00c5")),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_piece_nfc_changes(case: str) -> None:
    text, expected = CASES[case]
    assert first_unnormalized(text) == expected


def test_normalized_text_has_no_piece() -> None:
    assert first_unnormalized("ᠮᠣᠩᠭᠣᠯ\u180b\u202fᠤᠨ é") is None
