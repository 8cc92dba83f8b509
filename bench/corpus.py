"""A deterministic, realistic archive in Gongkai's content format, for the benchmark.

Starts from the bundled example (site.yml with every section kind, the annual reports, the data table
and its 32 documents) and adds `n` Chinese documents spread over the policy, interpretation, notice
and Q&A sections and the years 2015-2025. Each body is about 2,100 Han characters: headings,
paragraphs, an ordered list and a table, drawn from the sentences of the example's own documents.
Every second document has a Mongolian translation (words drawn from the example's translations);
every tenth policy is abolished and replaced by a later one; every interpretation interprets a policy.
The same `n` always gives the same files, byte for byte.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "content"

KIND_CYCLE = (  # policy : interpretation : notice : qa = 3 : 1 : 4 : 2
    "notice",
    "policy",
    "notice",
    "qa",
    "policy",
    "notice",
    "interpretation",
    "policy",
    "notice",
    "qa",
)
YEARS = range(2015, 2026)
TARGET_HAN = 2100
AGENCY_CODE = "11150200MB0000000X"
ISSUER = "包头稀土高新区投资促进局"
TOPICS = (
    "商贸、海关、旅游\\招商引资",
    "工业、交通\\稀土产业",
    "财政、金融、审计\\奖励资金",
    "综合政务\\政务公开",
)
HAN = re.compile("[\u4e00-\u9fff]")
MONGOLIAN_WORD = re.compile("[\u1800-\u18af\u202f]+")


@dataclass(frozen=True)
class Pools:
    sentences: tuple[str, ...]  # Chinese sentences, each ending in 。
    words: tuple[str, ...]  # Mongolian words


def _body_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def _pools() -> Pools:
    sentences: set[str] = set()
    for path in sorted((EXAMPLE / "zh").rglob("*.md")):
        for line in _body_text(path).splitlines():
            if any(mark in line for mark in ("](", "{", "|", "*", "#", "<", "`")):
                continue  # links, directives, tables and markup would not survive being moved
            for sentence in re.findall(r"[^。！？]{8,}[。！？]", line.strip()):
                if sentence[0] not in "，、；：”）》":
                    sentences.add(sentence.strip())
    words: set[str] = set()
    for path in sorted((EXAMPLE / "mn").rglob("*.md")):
        words.update(MONGOLIAN_WORD.findall(_body_text(path)))
    return Pools(tuple(sorted(sentences)), tuple(sorted(w for w in words if len(w) > 1)))


def _paragraph(rng: random.Random, pools: Pools, han: int) -> str:
    out: list[str] = []
    count = 0
    while count < han:
        sentence = rng.choice(pools.sentences)
        out.append(sentence)
        count += len(HAN.findall(sentence))
    return "".join(out)


def _zh_body(rng: random.Random, pools: Pools) -> str:
    parts = [f"各有关部门、各有关单位：\n\n{_paragraph(rng, pools, 180)}"]
    numbers = "一二三四五六七"
    for i in range(5):
        parts.append(f"## {numbers[i]}、{_paragraph(rng, pools, 6)[:14].rstrip('。，')}")
        parts.append(_paragraph(rng, pools, 160))
        parts.append(_paragraph(rng, pools, 120))
        if i == 1:
            parts.append("\n".join(f"{k}. {_paragraph(rng, pools, 30)}" for k in range(1, 5)))
        if i == 3:
            rows = [
                f"| 项目{k} | {rng.randint(10, 9000)} | {rng.randint(1, 99)}% | {2015 + k} |"
                for k in range(1, 5)
            ]
            parts.append(
                "| 名称 | 金额（万元） | 比例 | 年度 |\n| --- | ---: | ---: | ---: |\n" + "\n".join(rows)
            )
    body = "\n\n".join(parts)
    while len(HAN.findall(body)) < TARGET_HAN:
        body += "\n\n" + _paragraph(rng, pools, 120)
    return f"{body}\n\n{ISSUER}\n"


def _mn_text(rng: random.Random, pools: Pools, words: int) -> str:
    return " ".join(rng.choice(pools.words) for _ in range(words)) + "᠃"


def _mn_body(rng: random.Random, pools: Pools) -> str:
    parts = [_mn_text(rng, pools, 60)]
    for _ in range(5):
        parts.append(f"## {_mn_text(rng, pools, 4)}")
        parts.append(_mn_text(rng, pools, 90))
        parts.append(_mn_text(rng, pools, 70))
    return "\n\n".join(parts) + "\n"


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted string


def make_corpus(out: Path, n: int) -> Path:
    """Write the example plus `n` generated documents into `out/content`; return that folder."""
    content = out / "content"
    if content.exists():
        shutil.rmtree(content)
    shutil.copytree(EXAMPLE, content)
    pools = _pools()
    rng = random.Random(n)
    plan = [_place(i, n) for i in range(n)]
    policy_keys = [key for kind, _, key in plan if kind == "policy"]
    policies: list[str] = []  # keys of the policies written so far
    for i, (kind, year, key) in enumerate(plan):
        month, day = 1 + i % 12, 1 + i % 28
        title = f"{ISSUER}关于{_paragraph(rng, pools, 1)[:18].rstrip('。，')}的{'通知' if kind != 'qa' else '问答'}（{i}）"
        front = {
            "title": _yaml(title),
            "published": f"{year}-{month:02d}-{day:02d}",
            "issuer": ISSUER,
            "summary": _yaml(_paragraph(rng, pools, 40)[:120]),
            "translation_key": key,
        }
        if kind != "qa":
            front["index_no"] = f"{AGENCY_CODE}/{year}-{i + 100:05d}"
        if kind == "policy":
            front["written"] = f"{year}-{month:02d}-{max(1, day - 1):02d}"
            front["doc_no"] = f"包高新投发〔{year}〕{i + 100}号"
            front["topic"] = _yaml(TOPICS[i % len(TOPICS)])
            if len(policies) % 10 == 9 and len(policies) + 1 < len(policy_keys):
                front["validity"] = "abolished"  # replaced by the next policy, a year later
                front["abolished_on"] = f"{min(year + 1, 2025)}-{month:02d}-{day:02d}"
                front["replaced_by"] = policy_keys[len(policies) + 1]
            policies.append(key)
        if kind == "interpretation":
            front["interprets"] = policies[-1] if policies else "investment-incentive-measures-2023"
        lines = "\n".join(f"{name}: {value}" for name, value in front.items())
        path = content / "zh" / kind / f"{key}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{lines}\n---\n{_zh_body(rng, pools)}", encoding="utf-8")
        if i % 2 == 0:
            mn = content / "mn" / kind / f"{key}.md"
            mn.parent.mkdir(parents=True, exist_ok=True)
            mn_front = f"title: {_yaml(_mn_text(rng, pools, 8))}\ntranslation_key: {key}\nissuer: {_yaml(_mn_text(rng, pools, 3))}"
            mn.write_text(f"---\n{mn_front}\n---\n{_mn_body(rng, pools)}", encoding="utf-8")
    return content


def _place(i: int, n: int) -> tuple[str, int, str]:
    """Section kind, year and key of the i-th generated document."""
    kind = KIND_CYCLE[i % len(KIND_CYCLE)]
    year = YEARS[i * len(YEARS) // n]
    return kind, year, f"{kind}-{year}-{i:05d}"
