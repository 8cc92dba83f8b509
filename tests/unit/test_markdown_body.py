"""One scanner decides what in a body is prose: links, `{{ table: … }}` directives and report
references are all found in prose only, so an example of the syntax in code is never acted on."""

from __future__ import annotations

from generator.content.markdown_body import prose_lines, rewrite_lines
from generator.documents.links import relative_links
from generator.reports.references import find_references
from generator.tables.directive import find_directives

BODY = """前文[政策](../policy/a.md)，申请{{48 = r1.T}}件。
{{ table: projects }}

```markdown
[政策](../policy/code-block.md) {{1 = r1.T}}
{{ table: in-code-block }}
```

    ~~~
    {{ table: in-a-list-fence }}
    ~~~

行内代码 `[x](../policy/inline.md)` 和 `{{2 = r2.T}}` 不算。
````text
```
{{ table: inside-a-longer-fence }}
````
后文[通知](../notice/b.md){{3 = r4.T}}
"""


def test_links_directives_and_references_are_found_in_prose_only() -> None:
    assert [link.target for link in relative_links(BODY)] == ["../policy/a.md", "../notice/b.md"]
    assert find_directives(BODY) == [(1, "projects")]
    assert [(r.offset, r.text) for r in find_references(BODY)] == [(0, "{{48 = r1.T}}"), (17, "{{3 = r4.T}}")]


def test_prose_lines_keep_positions_and_blank_only_code_spans() -> None:
    lines = {line.offset: line for line in prose_lines(BODY)}
    assert set(lines) == {0, 1, 2, 7, 11, 12, 17, 18}  # fences and what they hold are not prose
    inline = lines[12]
    assert len(inline.prose) == len(inline.text) and "../policy/inline.md" not in inline.prose
    assert inline.prose.startswith("行内代码 ") and inline.prose.endswith(" 不算。")


def test_rewriting_changes_only_the_lines_named() -> None:
    assert rewrite_lines("a\nb\nc\n", {1: "B"}) == "a\nB\nc\n"


def test_a_directive_written_without_spaces_is_found() -> None:
    """`{{table:x}}` is a directive too: the fast look before the line scan must not miss it."""
    assert find_directives("前文。\n{{table:projects}}\n后文。") == [(1, "projects")]
