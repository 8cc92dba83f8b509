"""What an editor reads for each mistake the document checks find: the message in Chinese and in
English names the values involved (the key, the sections, the dates, the fields), not just the kind
of mistake. A finding that lost its values would print a broken message or none at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import check_content
from generator.documents.checks import LARGE_ATTACHMENT
from generator.findings import Finding
from tests.conftest import edit, write


def _orphan_translation(content: Path) -> None:
    write(
        content / "mn/notice/lost-notice.md",
        "---\ntitle: ᠮᠡᠳᠡᠭᠳᠡᠯ\ntranslation_key: lost-notice\n---\nᠮᠡᠳᠡᠭᠳᠡᠯ᠃\n",
    )


def _translation_elsewhere(content: Path) -> None:
    (content / "mn/guide").mkdir()
    (content / "mn/notice/meeting.md").rename(content / "mn/guide/meeting.md")


def _dates_reversed(content: Path) -> None:
    edit(content / "zh/policy/new-policy.md", "written: 2024-01-20", "written: 2024-02-09")


def _reserved_key(content: Path) -> None:
    edit(
        content / "zh/guide/guide.md",
        "published: 2024-01-02",
        "published: 2024-01-02\ntranslation_key: search",
    )


def _duplicate_key(content: Path) -> None:
    edit(
        content / "zh/guide/guide.md",
        "published: 2024-01-02",
        "published: 2024-01-02\ntranslation_key: meeting",
    )


def _missing_target(content: Path) -> None:
    edit(content / "zh/policy/new-policy.md", "[new-policy-explained]", "[explained-nowhere]")


def _self_target(content: Path) -> None:
    edit(content / "zh/policy/old-policy.md", "replaced_by: new-policy", "replaced_by: old-policy")


def _wrong_kind(content: Path) -> None:
    edit(
        content / "zh/interpretation/new-policy-explained.md", "interprets: new-policy", "interprets: meeting"
    )


def _field_missing(content: Path) -> None:
    edit(content / "zh/policy/new-policy.md", "issuer: 测试区投资促进局\n", "")


def _field_not_for_kind(content: Path) -> None:
    edit(content / "zh/notice/meeting.md", "published: 2024-03-05", "published: 2024-03-05\nvalidity: valid")


def _abolished_without_date(content: Path) -> None:
    edit(content / "zh/policy/old-policy.md", "abolished_on: 2024-02-15\n", "")


def _abolished_fields_but_valid(content: Path) -> None:
    edit(content / "zh/policy/old-policy.md", "validity: abolished\n", "")


def _missing_attachment(content: Path) -> None:
    edit(
        content / "zh/notice/meeting.md",
        "summary:",
        "attachments:\n  - file: 附件/议程.pdf\n    title: 议程\nsummary:",
    )


def _other_language_link(content: Path) -> None:
    edit(
        content / "zh/notice/meeting.md",
        "各有关单位：",
        "各有关单位：\n\n另见 [蒙古文](../../mn/notice/meeting.md)。\n",
    )


def _broken_body_link(content: Path) -> None:
    edit(
        content / "zh/notice/meeting.md", "各有关单位：", "各有关单位：见[附件](../policy/no-such-file.md)。"
    )


# (what the editor did, the code, words the Chinese message must hold, words the English one must)
CASES: dict[str, tuple[Callable[[Path], None], str, tuple[str, ...], tuple[str, ...]]] = {
    "a translation without its original": (
        _orphan_translation,
        "translation-without-original",
        ("lost-notice", "找不到对应的中文原文"),
        ("lost-notice", "has no Chinese original"),
    ),
    "a translation in another section": (
        _translation_elsewhere,
        "translation-section-mismatch",
        ("栏目 guide", "栏目 notice", "content/mn/notice/"),
        ("section guide", "original is in notice", "content/mn/notice/"),
    ),
    "written after published": (
        _dates_reversed,
        "date-order",
        ("发布日期（2024-02-01）早于成文日期（2024-02-09）",),
        ("publication date (2024-02-01) is before date written (2024-02-09)",),
    ),
    "a reserved key": (
        _reserved_key,
        "key-reserved",
        ("translation_key search 是保留字",),
        ("search is reserved",),
    ),
    "a key used twice": (
        _duplicate_key,
        "key-duplicate",
        ("translation_key meeting 与", "guide.md 重复"),
        ("meeting is also used by", "guide.md"),
    ),
    "a reference to a missing document": (
        _missing_target,
        "ref-missing",
        ("interpreted_by（相关解读）", "explained-nowhere 不存在"),
        ("interpreted_by (interpretations) points to explained-nowhere",),
    ),
    "a reference to itself": (
        _self_target,
        "ref-self",
        ("replaced_by（替代文件）",),
        ("replaced_by (replaced by)",),
    ),
    "a reference to a document of another kind": (
        _wrong_kind,
        "ref-wrong-kind",
        ("interprets（解读的文件）", "meeting 是“通知公告”，应为“政策文件”"),
        ("interprets (interprets) points to meeting, which is a notice; it must be a policy",),
    ),
    "a required field left out": (
        _field_missing,
        "field-missing",
        ("issuer（发文机关）", "例如：issuer: 包头稀土高新区投资促进局"),
        ("issuer (issuing body)", "such as: issuer: 包头稀土高新区投资促进局"),
    ),
    "a field of another kind of document": (
        _field_not_for_kind,
        "field-not-for-kind",
        ("validity（有效性）只适用于政策文件", "“通知公告”"),
        ("validity (validity) applies only to policy", "'通知公告'"),
    ),
    "abolished without a date": (
        _abolished_without_date,
        "abolished-without-date",
        ("abolished_on",),
        ("abolished_on",),
    ),
    "a replacement named for a valid document": (
        _abolished_fields_but_valid,
        "abolished-fields-but-valid",
        ("字段 abolished_on",),
        ("abolished_on is only for abolished",),
    ),
    "an attachment that is not there": (
        _missing_attachment,
        "attachment-missing",
        ("附件 附件/议程.pdf 找不到", "zh/notice/"),
        ("the attachment 附件/议程.pdf was not found", "zh/notice/"),
    ),
    "a body link into the other language": (
        _other_language_link,
        "link-other-language",
        ("../../mn/notice/meeting.md 指向了 content/zh/ 以外",),
        ("../../mn/notice/meeting.md leads out of content/zh/",),
    ),
    "a body link to nothing": (
        _broken_body_link,
        "link-broken",
        ("../policy/no-such-file.md",),
        ("../policy/no-such-file.md",),
    ),
}


# Where each is reported: the file and line the editor opens.
WHERE = {
    "a translation without its original": ("mn/notice/lost-notice.md", 3),  # its translation_key
    "a translation in another section": ("mn/guide/meeting.md", 1),  # the file itself is misplaced
    "written after published": ("zh/policy/new-policy.md", 3),  # the later date
    "a reserved key": ("zh/guide/guide.md", 4),
    "a key used twice": ("zh/notice/meeting.md", 1),  # the second one; its key is its file name
    "a reference to a missing document": ("zh/policy/new-policy.md", 9),
    "a reference to itself": ("zh/policy/old-policy.md", 11),
    "a reference to a document of another kind": ("zh/interpretation/new-policy-explained.md", 6),
    "a required field left out": ("zh/policy/new-policy.md", 1),  # the front matter's start
    "a field of another kind of document": ("zh/notice/meeting.md", 4),
    "abolished without a date": ("zh/policy/old-policy.md", 9),  # validity: abolished
    "a replacement named for a valid document": ("zh/policy/old-policy.md", 9),
    "an attachment that is not there": ("zh/notice/meeting.md", 7),  # its entry
    "a body link into the other language": ("zh/notice/meeting.md", 10),  # the third line of the body
    "a body link to nothing": ("zh/notice/meeting.md", 8),
}


def findings_of(content: Path, code: str) -> list[Finding]:
    _, findings = check_content(content)
    return [f for f in findings if f.code == code]


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_message_names_what_is_wrong(case: str, minimal: Path) -> None:
    make, code, chinese, english = CASES[case]
    make(minimal)
    found = findings_of(minimal, code)
    assert found, f"no {code}"
    assert (found[0].path.relative_to(minimal).as_posix(), found[0].line) == WHERE[case]
    if code.startswith("link-"):  # a link is pointed at where it starts on its line
        line = (minimal / WHERE[case][0]).read_text(encoding="utf-8").split("\n")[WHERE[case][1] - 1]
        assert found[0].column == line.index(found[0].params["target"]) + 1
    zh, en = found[0].format("zh"), found[0].format("en")
    assert [words for words in chinese if words not in zh] == [], zh
    assert [words for words in english if words not in en] == [], en


@pytest.mark.parametrize("size", [LARGE_ATTACHMENT - 1, LARGE_ATTACHMENT])
def test_an_attachment_up_to_the_limit_is_not_large(minimal: Path, size: int) -> None:
    _attach(minimal, size)
    assert findings_of(minimal, "attachment-large") == []


def _attach(minimal: Path, size: int) -> None:
    big = minimal / "zh/notice/附件/plan.pdf"
    big.parent.mkdir(parents=True)
    with big.open("wb") as out:
        out.truncate(size)
    edit(
        minimal / "zh/notice/meeting.md",
        "summary:",
        "attachments:\n  - file: 附件/plan.pdf\n    title: 方案\nsummary:",
    )


def test_a_large_attachment_names_its_file_and_size(minimal: Path) -> None:
    _attach(minimal, 21 * 1024 * 1024)
    (found,) = findings_of(minimal, "attachment-large")
    assert (found.level, found.line) == ("warning", 7)
    assert "附件/plan.pdf" in found.format("zh") and "21" in found.format("zh")
    assert "附件/plan.pdf" in found.format("en") and "21" in found.format("en")


def test_a_reference_to_a_document_that_failed_to_load_is_not_reported_twice(minimal: Path) -> None:
    """The broken document has its own error; the next name in the list is still checked."""
    edit(
        minimal / "zh/interpretation/new-policy-explained.md",
        "published: 2024-02-02",
        "published: 2024-02-32",
    )
    edit(
        minimal / "zh/policy/new-policy.md",
        "[new-policy-explained]",
        "[new-policy-explained, explained-nowhere]",
    )
    _, findings = check_content(minimal)
    missing = [f.params["target"] for f in findings if f.code == "ref-missing"]
    assert missing == ["explained-nowhere"]


def test_a_document_written_and_published_on_the_same_day_is_in_order(minimal: Path) -> None:
    edit(minimal / "zh/policy/new-policy.md", "written: 2024-01-20", "written: 2024-02-01")
    assert findings_of(minimal, "date-order") == []
