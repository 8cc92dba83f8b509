"""What a document looks like in an edition: its entry in lists, its information card, the 已废止
banner, the policy <-> interpretation links, the attachment list, and its body with every link pointed
at the right page. Plain values for the templates; the page planner (render/pages.py) assembles them."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from generator.content.markdown_body import rewrite_lines
from generator.documents.links import LinkIndex, relative_links
from generator.documents.model import AnyDocument, Original, Translation
from generator.formatting import file_size
from generator.render import urls
from generator.render.edition import Edition


@dataclass
class LinkItem:
    title: str
    href: str
    lang: str | None = None  # set when the text is in another language than the page
    date: str = ""
    iso_date: str = ""  # the same date as YYYY-MM-DD, for <time datetime>
    summary: str = ""
    abolished: bool = False


@dataclass(frozen=True)
class PointedLink:
    """A link in a body as the editor wrote it and as the page gets it."""

    written: str
    pointed: str
    line: int  # in the editor's file
    column: int


@dataclass(frozen=True)
class Body:
    markdown: str
    links: tuple[PointedLink, ...] = field(default=())


def sorted_newest_first(docs: Iterable[Original]) -> list[Original]:
    return sorted(docs, key=lambda doc: (-doc.front.published.toordinal(), doc.key))


def shown(edition: Edition, original: Original) -> tuple[str, str | None, str]:
    """Title, its lang when it differs from the page's, and summary for this edition."""
    if edition.lang == "zh":
        return original.front.title, None, original.front.summary or ""
    translation = edition.site.translations.get(original.key)
    if translation is None:
        return original.front.title, edition.zh_ui.tag, ""
    return translation.front.title, None, translation.front.summary or ""


def link_item(edition: Edition, original: Original, from_url: str) -> LinkItem:
    front = original.front
    title, lang, summary = shown(edition, original)
    return LinkItem(
        title=title,
        href=edition.href(from_url, urls.doc_url(original.section.id, original.key)),
        lang=lang,
        date=edition.ui.date(front.published),
        iso_date=front.published.isoformat(),
        summary=summary,
        abolished=front.abolished,
    )


def validity(original: Original) -> str | None:
    """ "valid" or "abolished" for a policy (valid until abolished), None for other kinds."""
    if original.kind != "policy":
        return None
    return "abolished" if original.front.abolished else "valid"


def card(edition: Edition, original: Original, translation: Translation | None) -> list[dict[str, Any]]:
    """The disclosure information card: label, value, and the value's lang when it differs."""
    front = original.front
    other = edition.chinese_tag

    def text(field: str) -> tuple[str | None, str | None]:
        own = getattr(translation.front, field, None) if translation is not None else None
        if own:
            return own, None
        value = getattr(front, field)
        return value, (other if value else None)

    def day(value: dt.date | None) -> str | None:
        return edition.ui.date(value) if value else None

    issuer, issuer_lang = text("issuer")
    topic, topic_lang = text("topic")
    state = validity(original)
    rows = [
        ("index_no", front.index_no, None),
        ("issuer", issuer, issuer_lang),
        ("doc_no", front.doc_no, other),
        ("written", day(front.written), None),
        ("published", day(front.published), None),
        ("topic", topic, topic_lang),
        ("validity", edition.ui.t(f"card.{state}") if state else None, None),
        # 最后更新 is on every document page: a document never changed since publication was last
        # updated when it was published.
        ("updated", day(front.updated or front.published), None),
    ]
    return [
        {"key": key, "label": edition.ui.t(f"card.{key}"), "value": value, "lang": lang}
        for key, value, lang in rows
        if value
    ]


def abolished_notice(edition: Edition, original: Original, url: str) -> dict[str, Any] | None:
    front = original.front
    if not front.abolished or front.abolished_on is None:
        return None
    replacement = None
    if front.replaced_by:
        replacement = link_item(edition, edition.site.originals[front.replaced_by], url)
    return {"date": edition.ui.date(front.abolished_on), "replacement": replacement}


@dataclass(frozen=True)
class InterpretationIndex:
    """policy key -> its interpretations, and interpretation key -> its policies, from either side."""

    interpretations: dict[str, set[str]]
    policies: dict[str, set[str]]


def interpretation_index(originals: Iterable[Original]) -> InterpretationIndex:
    interpretations: dict[str, set[str]] = {}
    policies: dict[str, set[str]] = {}
    for doc in originals:
        front = doc.front
        pairs = [(front.interprets, doc.key)] if front.interprets else []
        pairs += [(doc.key, other) for other in front.interpreted_by or []]
        for policy, interpretation in pairs:
            interpretations.setdefault(policy, set()).add(interpretation)
            policies.setdefault(interpretation, set()).add(policy)
    return InterpretationIndex(interpretations, policies)


def related_links(
    edition: Edition, index: InterpretationIndex, original: Original, url: str
) -> dict[str, list[LinkItem]]:
    """Policy <-> interpretation links, in both directions whichever side declared them."""
    by_key = edition.site.originals

    def items(keys: set[str]) -> list[LinkItem]:
        return [link_item(edition, d, url) for d in sorted_newest_first(by_key[k] for k in keys)]

    return {
        "interpretations": items(index.interpretations.get(original.key, set())),
        "policies": items(index.policies.get(original.key, set())),
    }


def attachment_list(edition: Edition, original: Original) -> list[dict[str, Any]]:
    """The attachment list: each file sits beside the page, so its address is its own name."""
    return [
        {
            "href": quote(file.name),
            "title": file.title,
            "title_lang": edition.chinese_tag,
            "meta": edition.ui.t("attachments.meta", format=file.format, size=file_size(file.size)),
        }
        for file in original.published_files
    ]


def pointed_body(doc: AnyDocument, index: LinkIndex, page_src: str) -> Body:
    """The body with each link to a document rewritten to that document's page in the docs tree,
    relative to the page being written (`page_src`). Links that lead nowhere are left as written:
    the checks have already stopped the build."""
    lines = doc.body.split("\n")
    replacements: dict[int, str] = {}
    pointed: list[PointedLink] = []
    for link in reversed(relative_links(doc.body)):
        resolved = index.resolve(doc, link)
        if resolved.docs_path is None:
            continue
        target = posixpath.relpath(resolved.docs_path, posixpath.dirname(page_src) or ".")
        if link.anchor:
            target += "#" + link.anchor
        line = replacements.get(link.line, lines[link.line])
        replacements[link.line] = line[: link.start] + target + line[link.end :]
        pointed.append(PointedLink(link.target, target, doc.body_line + link.line, link.start + 1))
    return Body(rewrite_lines(doc.body, replacements), tuple(reversed(pointed)))
