"""Front matter: good files load; every kind of editor mistake becomes one located, explained finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import check_content
from generator.findings import Finding, display_path
from generator.resources import LOCALES_DIR
from tests.conftest import write

POLICY = """---
title: 测试区招商引资优惠办法
published: 2024-02-01
written: 2024-01-20
issuer: 测试区投资促进局
doc_no: 测高新投发〔2024〕1号
index_no: 11150200MB0000000X/2024-00001
topic: 商贸、海关、旅游\\招商引资
interpreted_by: [new-policy-explained]
---
正文。
"""


def check(content: Path) -> tuple[object, list[Finding]]:
    return check_content(content, LOCALES_DIR)


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, [f.format() for f in findings]
    return matching[0]


def test_minimal_fixture_is_valid(minimal: Path) -> None:
    site, findings = check(minimal)
    assert site is not None, [f.format() for f in findings]
    assert set(site.originals) == {"guide", "old-policy", "new-policy", "new-policy-explained", "meeting"}
    assert set(site.translations) == {"meeting"}


def test_impossible_date_names_file_line_and_field(minimal: Path) -> None:
    path = write(
        minimal / "zh/policy/new-policy.md", POLICY.replace("published: 2024-02-01", "published: 2024-13-45")
    )
    site, findings = check(minimal)
    assert site is None
    finding = only(findings, "field-date")
    assert (finding.path, finding.line) == (path, 3)
    text = finding.format("zh", relative_to=minimal)
    assert text.startswith("zh/policy/new-policy.md:3: ")
    assert "published" in text and "发布日期" in text and "2024-13-45" in text
    assert "2024-01-19" in text  # the fix: an example of the right form
    assert "published" in finding.format("en") and "YYYY-MM-DD" in finding.format("en")


def test_unknown_key_suggests_the_likely_one(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("issuer:", "isuer:"))
    _, findings = check(minimal)
    finding = only(findings, "field-unknown")
    assert finding.line == 5
    assert "isuer" in finding.message() and "issuer" in finding.message()
    assert "Did you mean issuer?" in finding.message("en")


def test_missing_required_field_for_policy(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("written: 2024-01-20\n", ""))
    _, findings = check(minimal)
    finding = only(findings, "field-missing")
    assert finding.params["field"] == "written" and "成文日期" in finding.message()


def test_missing_title_is_reported_at_front_matter_start(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("title: 测试区招商引资优惠办法\n", ""))
    _, findings = check(minimal)
    finding = only(findings, "field-missing")
    assert finding.line == 2 and finding.params["field"] == "title"


def test_wrong_type(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("issuer: 测试区投资促进局", "issuer: 12345"))
    _, findings = check(minimal)
    finding = only(findings, "field-text")
    assert finding.line == 5 and "12345" in finding.message()


def test_doc_no_with_wrong_brackets(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("〔2024〕", "[2024]"))
    _, findings = check(minimal)
    finding = only(findings, "field-pattern")
    assert finding.line == 6 and "〔〕" in finding.message()


def test_duplicate_key(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("---\n正文", "title: 又一个标题\n---\n正文"))
    _, findings = check(minimal)
    finding = only(findings, "yaml-duplicate-key")
    assert finding.line == 10 and finding.params["first"] == 2


def test_yaml_syntax_error_is_located(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("topic: 商贸", "topic: [商贸"))
    _, findings = check(minimal)
    finding = only(findings, "yaml-syntax")
    assert finding.line == 8  # the line where the unclosed [ starts


def test_missing_front_matter(minimal: Path) -> None:
    write(minimal / "zh/notice/plain.md", "只有正文。\n")
    _, findings = check(minimal)
    assert only(findings, "front-matter-missing").line == 1


def test_abolished_needs_a_date(minimal: Path) -> None:
    path = minimal / "zh/policy/old-policy.md"
    write(path, path.read_text(encoding="utf-8").replace("abolished_on: 2024-02-15\n", ""))
    _, findings = check(minimal)
    assert only(findings, "abolished-without-date").line == 9


def test_abolished_on_without_abolished_validity(minimal: Path) -> None:
    write(
        minimal / "zh/policy/new-policy.md",
        POLICY.replace("---\n正文", "abolished_on: 2025-01-01\n---\n正文"),
    )
    _, findings = check(minimal)
    assert only(findings, "abolished-fields-but-valid").params["field"] == "abolished_on"


def test_written_after_published(minimal: Path) -> None:
    write(minimal / "zh/policy/new-policy.md", POLICY.replace("written: 2024-01-20", "written: 2024-03-20"))
    _, findings = check(minimal)
    assert only(findings, "date-order").line == 3


def test_field_of_another_kind(minimal: Path) -> None:
    path = minimal / "zh/notice/meeting.md"
    write(path, path.read_text(encoding="utf-8").replace("---\n各有关", "validity: valid\n---\n各有关"))
    _, findings = check(minimal)
    finding = only(findings, "field-not-for-kind")
    assert "政策文件" in finding.message()


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("interpreted_by", "[no-such-doc]", "ref-missing"),
        ("interpreted_by", "[meeting]", "ref-wrong-kind"),
        ("interpreted_by", "[new-policy]", "ref-self"),
    ],
)
def test_dangling_or_wrong_links(minimal: Path, field: str, value: str, code: str) -> None:
    write(
        minimal / "zh/policy/new-policy.md",
        POLICY.replace("interpreted_by: [new-policy-explained]", f"{field}: {value}"),
    )
    _, findings = check(minimal)
    assert only(findings, code).line == 9


def test_interpretation_of_a_missing_policy(minimal: Path) -> None:
    path = minimal / "zh/interpretation/new-policy-explained.md"
    write(path, path.read_text(encoding="utf-8").replace("interprets: new-policy", "interprets: gone"))
    _, findings = check(minimal)
    # The interpretation names a policy that does not exist; the policy's own interpreted_by still
    # names an existing interpretation, so it is not reported.
    missing = [
        (f.path, f.line, f.params["field"], f.params["target"]) for f in findings if f.code == "ref-missing"
    ]
    assert missing == [(path, 6, "interprets", "gone")]


def test_translation_may_not_restate_facts(minimal: Path) -> None:
    path = minimal / "mn/notice/meeting.md"
    write(
        path,
        path.read_text(encoding="utf-8").replace(
            "translation_key: meeting", "translation_key: meeting\npublished: 2024-03-05"
        ),
    )
    _, findings = check(minimal)
    finding = only(findings, "field-from-original")
    assert finding.line == 4 and "中文原文" in finding.message()


def test_translation_without_original(minimal: Path) -> None:
    write(minimal / "mn/notice/orphan.md", "---\ntitle: ᠮᠡᠳᠡᠭᠳᠡᠯ\ntranslation_key: orphan\n---\nᠮᠡᠳᠡᠭᠳᠡᠯ\n")
    _, findings = check(minimal)
    assert only(findings, "translation-without-original").line == 3


def test_duplicate_translation_key(minimal: Path) -> None:
    write(
        minimal / "zh/notice/copy.md",
        "---\ntitle: 复制\npublished: 2024-01-01\nissuer: 局\n"
        "index_no: X/2024-1\ntranslation_key: meeting\n---\n正文\n",
    )
    _, findings = check(minimal)
    finding = only(findings, "key-duplicate")
    names = {finding.path.name, Path(finding.params["other"]).name}
    assert names == {"copy.md", "meeting.md"} and "translation_key" in finding.message()


def test_the_second_document_with_a_key_is_reported_at_its_key(minimal: Path) -> None:
    copy = write(
        minimal / "zh/notice/zz-copy.md",
        "---\ntitle: 复制\npublished: 2024-01-01\nissuer: 局\n"
        "index_no: X/2024-1\ntranslation_key: meeting\n---\n正文\n",
    )
    _, findings = check(minimal)
    finding = only(findings, "key-duplicate")
    assert (finding.path, finding.line, finding.params) == (
        copy,
        6,
        {"key": "meeting", "other": display_path(minimal / "zh/notice/meeting.md")},
    )


@pytest.mark.parametrize(
    ("name", "front", "line"), [("index.md", "", 1), ("a.md", "translation_key: sitemap\n", 3)]
)
def test_a_key_the_site_uses_itself_is_refused(minimal: Path, name: str, front: str, line: int) -> None:
    path = write(minimal / "zh/guide" / name, f"---\ntitle: 指南\n{front}published: 2024-01-02\n---\n正文\n")
    site, findings = check(minimal)
    key = "index" if name == "index.md" else "sitemap"
    assert site is None
    assert [(f.path, f.line, f.params) for f in findings if f.code == "key-reserved"] == [
        (path, line, {"key": key})
    ]


def test_unknown_section_folder(minimal: Path) -> None:
    write(minimal / "zh/news/a.md", "---\ntitle: a\npublished: 2024-01-01\n---\n")
    _, findings = check(minimal)
    assert "guide, policy" in only(findings, "unknown-section-folder").message()


def test_site_yml_error_names_nested_path(minimal: Path) -> None:
    path = minimal / "site.yml"
    write(path, path.read_text(encoding="utf-8").replace('site_id_code: "1502990001"', "site_id_code: 15029"))
    _, findings = check(minimal)
    finding = next(f for f in findings if f.params.get("field") == "site_id_code")
    assert finding.path == path and finding.line == 5
