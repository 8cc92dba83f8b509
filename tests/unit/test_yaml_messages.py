"""The YAML parser's complaints (libyaml's, in English) reach an editor in Chinese they can act on,
at the line to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.yaml_source import parse_yaml

CASES = {
    "an unclosed [": ("topic: 招商\ntags: [稀土, 投资\nissuer: 投资促进局\n", 2, "方括号 [ ] 没有配对"),
    "an unclosed {": ("title: {zh: 公开\nissuer: 投资促进局\n", 1, "花括号 { } 没有配对"),
    "a second colon": ("title: 关于: 通知 x: y\n", 1, "这一行多了一个冒号"),
    "a tab for indenting": ("title: 通知\nsections:\n\t- policy\n", 3, "不能用 Tab 键缩进"),
    "a character that cannot start a value": (
        "title: 通知\nissuer: @投资促进局\n",
        2,
        "@ 不能放在一段文字的开头",
    ),
    "a line without a colon": ("title: 通知\n发布日期\nissuer: 投资促进局\n", 2, "缺少冒号"),
    "an unclosed quote": ('title: "关于召开会议的通知\nissuer: 投资促进局\n', 1, "引号没有配对"),
    "uneven indenting": ("site:\n    name: 公开\n  domain: example.gov.cn\n", 1, "缩进不一致"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_complaint_is_said_in_chinese_at_its_line(case: str) -> None:
    text, line, chinese = CASES[case]
    source, findings = parse_yaml(text, Path("site.yml"))
    assert source is None
    [finding] = findings
    assert (finding.code, finding.line) == ("yaml-syntax", line)
    assert chinese in finding.message("zh")
    assert finding.params["problem_en"] in finding.message("en")  # English readers get libyaml's own words
