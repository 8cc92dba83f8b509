"""YAML parsing that remembers where each key and each value was written, so findings can name the
line and the column.

Dates stay text here: PyYAML would turn `2024-13-45` into an exception instead of a finding, so
the models parse dates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.content.written_text import TextSpan
from generator.findings import Finding

KeyPath = tuple[str | int, ...]


class _TextDatesLoader(yaml.CSafeLoader):  # libyaml: ~10x faster on an archive
    pass


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# libyaml's most common complaints, said the way an editor can act on them.
_PROBLEMS_ZH = (
    ("expected ',' or ']'", "方括号 [ ] 没有配对"),
    ("expected ',' or '}'", "花括号 { } 没有配对"),
    ("mapping values are not allowed", "这一行多了一个冒号（含冒号的文字请加引号）"),
    ("could not find expected ':'", "缺少冒号"),
    ("quoted scalar", "引号没有配对"),
    ("while parsing a block mapping did not find expected key", "缩进不一致"),
)
_TAB = "不能用 Tab 键缩进，请改用空格"


def _explain(problem: str, at: str) -> str:
    """The Chinese for a complaint; `at` is the character it points at (libyaml does not name it)."""
    if "cannot start any token" in problem:
        return _TAB if at == "\t" else f"{at} 不能放在一段文字的开头（请给这段文字加引号）"
    return next((zh for needle, zh in _PROBLEMS_ZH if needle in problem), problem)


@dataclass
class YamlSource:
    """Parsed YAML plus the 1-based line of every key path (``("sections", 0, "id")``) and every scalar
    value as written, with the key it sits under."""

    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    first_line: int = 1
    values: tuple[TextSpan, ...] = ()

    def line_of(self, key_path: KeyPath) -> int:
        """The line of the deepest key on ``key_path`` that was written, else the document start."""
        for end in range(len(key_path), 0, -1):
            if key_path[:end] in self.lines:
                return self.lines[key_path[:end]]
        return self.first_line


def parse_yaml(text: str, path: Path, first_line: int = 1) -> tuple[YamlSource | None, list[Finding]]:
    """Parse ``text`` (which starts on ``first_line`` of ``path``). None when it is not YAML: the finding
    says where."""
    loader = _TextDatesLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlSource(path, None, {}, first_line), []
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        # The context mark is where the unclosed thing began ("[" or a quote): that is the line to fix.
        mark = exc.context_mark or exc.problem_mark
        line = first_line + (mark.line if mark else 0)
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "?"
        point = exc.problem_mark.index if exc.problem_mark else -1
        at = text[point] if 0 <= point < len(text) else ""
        params = {"problem": _explain(problem, at), "problem_en": problem}
        return None, [Finding(path, line, "yaml-syntax", params)]
    except yaml.YAMLError as exc:
        return None, [Finding(path, first_line, "yaml-syntax", {"problem": str(exc)})]
    finally:
        loader.dispose()
    source = YamlSource(path, data, {}, first_line)
    findings: list[Finding] = []
    values: list[TextSpan] = []
    _record(node, (), None, text, source, values, findings, set())
    source.values = tuple(values)
    return source, findings


def _record(
    node: yaml.Node,
    prefix: KeyPath,
    key: str | None,
    text: str,
    source: YamlSource,
    values: list[TextSpan],
    findings: list[Finding],
    seen: set[int],
) -> None:
    """Walk the node tree once: the line of every key, and every scalar value as written."""
    if id(node) in seen:  # an alias points back at a node already walked
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = key_node.value
            line = source.first_line + key_node.start_mark.line
            if name in first:
                params = {"field": name, "first": first[name]}
                findings.append(Finding(source.path, line, "yaml-duplicate-key", params))
                continue
            first[name] = line
            source.lines[(*prefix, name)] = line
            _record(value_node, (*prefix, name), name, text, source, values, findings, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            source.lines[(*prefix, index)] = source.first_line + item.start_mark.line
            _record(item, (*prefix, index), key, text, source, values, findings, seen)
    elif isinstance(node, yaml.ScalarNode):
        start, end = node.start_mark, node.end_mark
        for offset, piece in enumerate(text[start.index : end.index].split("\n")):
            column = start.column + 1 if offset == 0 else 1
            values.append(TextSpan(source.first_line + start.line + offset, column, piece, key))
