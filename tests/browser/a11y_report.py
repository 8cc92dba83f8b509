"""`make a11y`: with GONGKAI_A11Y_REPORT=1 the accessibility gate keeps a screenshot and the result of
each check, and writes tests/artifacts/a11y/index.html — a summary a person can read."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

REPORT_DIR = Path(__file__).resolve().parents[1] / "artifacts" / "a11y"
ENABLED = os.environ.get("GONGKAI_A11Y_REPORT", "") not in ("", "0")


def record(page: Any, name: str, violations: list[dict[str, Any]]) -> None:
    if not ENABLED:
        return
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(REPORT_DIR / f"{name}.png"))
    summary = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": len(v["nodes"])}
        for v in violations
    ]
    (REPORT_DIR / f"{name}.json").write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    write_index()


def write_index() -> None:
    rows = []
    for result in sorted(REPORT_DIR.glob("*.json")):
        violations = json.loads(result.read_text(encoding="utf-8"))
        status = "通过 / pass" if not violations else f"{len(violations)} 项问题 / violations"
        details = "".join(
            f"<li>{html.escape(v['id'])} ({html.escape(str(v['impact']))}): {html.escape(v['help'])}</li>"
            for v in violations
        )
        rows.append(
            f'<tr><th scope="row">{html.escape(result.stem)}</th><td>{status}<ul>{details}</ul></td>'
            f'<td><a href="{result.stem}.png"><img src="{result.stem}.png" alt="" width="240"></a></td></tr>'
        )
    page = (
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>无障碍检查报告</title>'
        "<h1>无障碍检查报告 / Accessibility checks</h1>"
        "<p>axe-core: WCAG 2.0–2.2 A/AA; 长辈模式和高对比度另查 AAA 对比度 (color-contrast-enhanced).</p>"
        '<table><thead><tr><th scope="col">页面-语言-主题</th><th scope="col">结果</th>'
        '<th scope="col">截图</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></html>\n"
    )
    (REPORT_DIR / "index.html").write_text(page, encoding="utf-8")
