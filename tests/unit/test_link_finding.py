"""Finding the links an editor wrote in a document body (documents/links.py)."""

from __future__ import annotations

from generator.documents.links import relative_links


def targets(body: str) -> list[tuple[int, str]]:
    return [(link.line, link.target) for link in relative_links(body)]


def test_links_images_and_reference_definitions() -> None:
    body = (
        '见[《办法》](../policy/new-policy.md#第一条)和![流程图](flow.png "流程")。\n'
        "\n"
        "[指南]: ../guide/guide.md\n"
        "[带尖括号](<../notice/a b.md>)\n"
    )
    assert targets(body) == [
        (0, "../policy/new-policy.md#第一条"),
        (0, "flow.png"),
        (2, "../guide/guide.md"),
        (3, "../notice/a b.md"),
    ]


def test_a_body_whose_only_links_are_reference_definitions() -> None:
    body = "见[指南][]。\n\n[指南]: ../guide/guide.md\n"
    assert targets(body) == [(2, "../guide/guide.md")]


def test_web_addresses_and_same_page_anchors_are_not_site_paths() -> None:
    body = "[网](https://www.gov.cn/) [邮](mailto:a@b.cn) [电话](tel:0472) [本页](#第二条) [协议](//cdn.example/x)"
    assert targets(body) == []


def test_absolute_paths_are_found_so_that_they_can_be_reported() -> None:
    assert targets("[办法](/policy/new-policy/)") == [(0, "/policy/new-policy/")]


def test_code_is_not_a_link() -> None:
    body = (
        "写法示例：`[办法](../policy/x.md)`，真链接[办法](../policy/y.md)\n"
        "```markdown\n"
        "[办法](../policy/in-fence.md)\n"
        "```\n"
        "~~~~\n"
        "[办法](../policy/in-tilde-fence.md)\n"
        "```\n"  # a shorter or different fence does not close it
        "~~~~\n"
        "- 列表项\n"
        "\n"
        "    列表项的第二段，见[办法](../policy/continued.md)\n"
        "[办法](../policy/after.md)\n"
    )
    assert targets(body) == [
        (0, "../policy/y.md"),
        (10, "../policy/continued.md"),
        (11, "../policy/after.md"),
    ]


def test_span_points_at_the_target_in_the_line() -> None:
    line = "前文[办法](../policy/new-policy.md)后文"
    (link,) = relative_links(line)
    assert line[link.start : link.end] == "../policy/new-policy.md"
    assert (link.path, link.anchor) == ("../policy/new-policy.md", "")
