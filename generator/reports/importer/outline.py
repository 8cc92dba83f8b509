"""Where each part of the report is: the title, the introduction, the six sections by their headings,
the signature (agency and date), and what follows the signature, which is not part of the report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.reports.importer.normalize import find_date, normalize_label, split_ordinal
from generator.reports.importer.notes import ImportNotes, excerpt
from generator.reports.importer.source import Block, Paragraph
from generator.reports.schema import SECTION_TITLES

_NUMERALS = "一二三四五六"
# Words a section heading must contain after its ordinal; real headings vary around them
# (2019 reports write 二、行政机关主动公开政府信息情况).
_SECTION_WORDS: dict[int, tuple[str, ...]] = {
    1: ("总体情况",),
    2: ("主动公开",),
    3: ("收到", "申请"),
    4: ("行政复议", "行政诉讼"),
    5: ("存在的主要问题",),
    6: ("其他需要报告",),
}
_HEADING_MAX = 40
_TITLE = re.compile(r"^(?P<agency>.*?)(?P<year>\d{4})年度?(?:政府信息公开|政务公开)\S*年度报告$")
_SENTENCE = re.compile(r"[。，；：,;:！？!?]")
_YEAR = re.compile(r"(\d{4})\s*年")
# A report's text never starts with closing punctuation: if it does, its beginning was cut off.
_CUT_OFF = re.compile(r"^[》」』）)\]”’，。、；：,.;:]|^[^《]*》")


@dataclass
class Signature:
    date: dt.date
    line: int
    text: str
    agency: str | None = None
    agency_line: int | None = None


@dataclass
class Outline:
    title: Paragraph | None = None
    title_text: str = ""  # the title as the front matter writes it: without spaces, with the agency
    title_agency: str = ""
    title_year: int | None = None
    intro: list[Block] = field(default_factory=list)
    sections: dict[int, list[Block]] = field(default_factory=dict)
    headings: dict[int, Paragraph] = field(default_factory=dict)
    signature: Signature | None = None

    def text_year(self) -> int | None:
        """The year the report's own text speaks of most (its 总体情况)."""
        years = Counter(
            int(y)
            for block in self.sections.get(1, [])
            if isinstance(block, Paragraph)
            for y in _YEAR.findall(block.text)
        )
        return years.most_common(1)[0][0] if years else None


def section_number(text: str) -> int | None:
    """1–6 when the text is a section heading such as `二、主动公开政府信息情况`."""
    label = normalize_label(text).rstrip("。:")
    if len(label) > _HEADING_MAX or _SENTENCE.search(label):
        return None
    ordinal, rest = split_ordinal(label)
    if len(ordinal) != 2 or not ordinal.endswith("、") or ordinal[0] not in _NUMERALS:
        return None
    number = _NUMERALS.index(ordinal[0]) + 1
    return number if all(word in rest for word in _SECTION_WORDS[number]) else None


def _is_name(text: str) -> bool:
    """An agency's name on a line of its own: short, no sentence punctuation, no ordinal."""
    label = normalize_label(text)
    return 2 <= len(label) <= _HEADING_MAX and not _SENTENCE.search(label) and not split_ordinal(label)[0]


def outline(blocks: list[Block], notes: ImportNotes) -> Outline | None:
    """The report's parts, or None (with refusals) when the sections cannot be found."""
    found = _headings(blocks)
    missing = [n for n in range(2, 7) if n not in found]
    if len(missing) == 5:
        notes.refuse(1, "import-not-report")
        return None
    for number in missing:
        before = [found[n] for n in found if n < number]
        line = blocks[before[-1]].line if before else 1
        notes.refuse(line, "import-no-section", section=SECTION_TITLES[number - 1])
    if missing:
        return None

    result = Outline()
    first = found.get(1, found[2])
    start = 0
    for index in range(first):
        title = blocks[index]
        if isinstance(title, Paragraph) and (match := _TITLE.match(normalize_label(title.text))):
            result.title, result.title_year = title, int(match.group("year"))
            result.title_agency, result.title_text = match.group("agency"), re.sub(r"\s+", "", title.text)
            above = index
            if (
                not result.title_agency
                and index
                and isinstance(blocks[index - 1], Paragraph)
                and _is_name(blocks[index - 1].text)
            ):  # the agency on the line above the title
                above = index - 1
                result.title_agency = re.sub(r"\s+", "", blocks[above].text)
                result.title_text = result.title_agency + result.title_text
            notes.not_mapped(blocks[:above])  # page furniture above the title
            start = index + 1
            break
    real = dict(found)
    if 1 in found:
        result.intro = blocks[start : found[1]]
    else:
        derived = blocks[start : found[2]]
        if not derived:
            notes.refuse(blocks[found[2]].line, "import-no-section", section=SECTION_TITLES[0])
            return None
        notes.note(
            derived[0].line,
            "import-heading-derived",
            title=SECTION_TITLES[0],
            first=derived[0].line,
            last=derived[-1].line,
        )
        found[1] = start - 1  # section 一 starts right after the title, or at the top
    order = sorted(found.items())
    for (number, index), (_, end) in zip(order, [*order[1:], (7, len(blocks))], strict=True):
        result.sections[number] = blocks[index + 1 : end]
    result.headings = {n: heading for n, i in real.items() if isinstance(heading := blocks[i], Paragraph)}
    _check_start(result, notes)
    return result if _split_signature(result, notes) else None


def _headings(blocks: list[Block]) -> dict[int, int]:
    """Section number → block index, each heading after the one before it."""
    found: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        number = section_number(block.text)
        if number is not None and number > max(found, default=0):
            found[number] = index
    return found


def _check_start(result: Outline, notes: ImportNotes) -> None:
    opening = next((b for b in [*result.intro, *result.sections[1]] if isinstance(b, Paragraph)), None)
    if opening is not None and _CUT_OFF.search(opening.text):
        notes.note(opening.line, "import-incomplete-start", text=excerpt(opening.text))


def _split_signature(result: Outline, notes: ImportNotes) -> bool:
    """Find 落款 (agency, date) at the end of section 六; what follows it is not part of the report."""
    blocks = result.sections[6]
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or (found := find_date(block.text)) is None:
            continue
        date, match = found
        before, after = match.string[: match.start()].strip(), match.string[match.end() :].strip()
        if after or (before and not _is_name(before)):
            continue  # a date inside a sentence
        signature = Signature(date, block.line, block.text)
        cut = index
        if before:
            signature.agency, signature.agency_line = re.sub(r"\s+", "", before), block.line
        elif index > 0 and isinstance(blocks[index - 1], Paragraph) and _is_name(blocks[index - 1].text):
            signature.agency = re.sub(r"\s+", "", blocks[index - 1].text)
            signature.agency_line = blocks[index - 1].line
            cut = index - 1
        result.signature = signature
        result.sections[6] = blocks[:cut]
        notes.not_mapped(blocks[index + 1 :])
        return True
    heading = result.headings.get(6)
    notes.refuse(heading.line if heading else 1, "import-no-date")
    return False
