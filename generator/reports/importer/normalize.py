"""Labels and cells as real reports write them, reduced to one form that can be compared.

The same official label reaches us as `（一）予以公开`, `(一) 予以公开`, `【一】予以公开` or, split by a
word processor, `三、本 年度办 理结果`; `1.`, `1、` and `１．` number the same item. Everything here is
about comparing: what the editor sees keeps the original text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# NFKC already turns （）［］０-９．：， into their half-width forms; these brackets have no such form.
_BRACKETS = str.maketrans(
    {"【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "〖": "(", "〗": ")"}
)
_QUOTES = re.compile(r"[“”‘’\"'「」『』]")
_SPACE = re.compile(r"\s+")
_CN_DIGITS = "一二三四五六七八九十"
_ORDINAL = re.compile(
    rf"^(?:(?P<cn>[{_CN_DIGITS}]+)[、.,]"  # 一、
    rf"|\((?P<paren>[{_CN_DIGITS}]+|\d+)\)[、.]?"  # (一) (1)
    r"|(?P<num>\d+)[、.,](?!\d))"  # 1. 1、 (but not the 1 of 1.5)
)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_NOT_WORD = re.compile(r"[\W_]+")


def normalize_label(text: str) -> str:
    """NFKC, no whitespace at all, one kind of bracket, no quotes, `1、` written `1.`."""
    text = unicodedata.normalize("NFKC", text).translate(_BRACKETS)
    text = _QUOTES.sub("", _SPACE.sub("", text))
    match = _ORDINAL.match(text)
    if match and match.group("num"):
        text = f"{match.group('num')}.{text[match.end() :]}"
    return text


def split_ordinal(label: str) -> tuple[str, str]:
    """(`一、` / `(一)` / `1.`, the rest) of a normalised label; the ordinal is "" when there is none."""
    match = _ORDINAL.match(label)
    if not match:
        return "", label
    if match.group("cn"):
        ordinal = f"{match.group('cn')}、"
    elif match.group("paren"):
        ordinal = f"({match.group('paren')})"
    else:
        ordinal = f"{match.group('num')}."
    return ordinal, label[match.end() :]


def label_key(text: str) -> str:
    """What identifies a label: no ordinal, no parenthetical note, no punctuation.

    `（二）部分公开（区分处理的，只计这一情形，不计其他情形）` and `部分公开` have the same key, as have
    `1.申请人无正当理由逾期不补正、行政机关不再处理…` and the same text with a comma.
    """
    _, rest = split_ordinal(normalize_label(text))
    while _PARENTHETICAL.search(rest):
        rest = _PARENTHETICAL.sub("", rest)
    return _NOT_WORD.sub("", rest)


# -- cells -------------------------------------------------------------------------------------------
NOT_APPLICABLE = frozenset({"/", "-", "--", "—", "——", "\\", "无", "不适用", "/件"})


@dataclass(frozen=True)
class Number:
    value: Decimal
    text: str  # as the report wrote it, normalised (`1135`, `12.5`)

    @property
    def is_whole(self) -> bool:
        return self.value == self.value.to_integral_value()


@dataclass(frozen=True)
class Gap:
    """A cell the import cannot fill: the editor decides. `reason` says why, for the YAML comment."""

    reason: str


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def read_cell(text: str) -> Number | Gap | str:
    """A number, a gap (blank or `/`), or text (a label, or a value the import does not understand)."""
    compact = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    if not compact:
        return Gap("原文为空")
    if compact in NOT_APPLICABLE:
        return Gap(f"原文为“{text.strip()}”")
    if _GROUPED.fullmatch(compact):
        compact = compact.replace(",", "")
    if _NUMBER.fullmatch(compact):
        return Number(Decimal(compact), compact)
    return text.strip()


# -- dates --------------------------------------------------------------------------------------------
_CN_NUMERALS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, **{c: i + 1 for i, c in enumerate(_CN_DIGITS[:9])}}
_DATE = re.compile(
    r"(?P<y>\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_NUMERALS[tens] if tens else 1) * 10 + (_CN_NUMERALS[ones] if ones else 0)
    return int("".join(str(_CN_NUMERALS[c]) for c in text))


def find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """The first date written `2024年1月19日` or `二〇二四年一月十九日` in the text."""
    match = _DATE.search(unicodedata.normalize("NFKC", text))
    if not match:
        return None
    try:
        date = dt.date(
            _cn_number(match.group("y")), _cn_number(match.group("m")), _cn_number(match.group("d"))
        )
    except (KeyError, ValueError):
        return None
    return date, match
