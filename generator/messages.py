"""Every message an editor or operator can see, in Chinese (default) and English.

Each code is documented once, with an example of the mistake and the fix, in docs/errors.md.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "level-warning": {"zh": "警告", "en": "warning"},
    # -- reading files
    "yaml-syntax": {
        "zh": "YAML 格式错误：{problem}。请检查缩进和冒号（冒号后要有一个空格），含冒号的文字请加引号",
        "en": "YAML syntax error: {problem}. Check indentation and colons (one space after a colon); "
        "quote text that contains a colon",
    },
    "yaml-duplicate-key": {
        "zh": "字段 {field} 重复出现（第 {first} 行已有）。请删除其中一个",
        "en": "key {field} appears twice (first on line {first}). Delete one of them",
    },
    "yaml-not-mapping": {
        "zh": "这里应是“字段: 值”形式的内容",
        "en": "expected 'key: value' pairs here",
    },
    "front-matter-missing": {
        "zh": "文件开头缺少 --- 包围的文档信息（标题、发布日期等）。请在第一行写 ---，列出字段后再写一行 ---",
        "en": "the file does not start with front matter between --- lines (title, published date…). "
        "Put --- on the first line, the fields, then another ---",
    },
    "front-matter-unclosed": {
        "zh": "文档信息没有结束的 --- 行。请在字段列表之后单独写一行 ---",
        "en": "the front matter has no closing --- line. Add a line with only --- after the fields",
    },
    "file-encoding": {
        "zh": "文件不是 UTF-8 编码。请用 UTF-8 重新保存",
        "en": "the file is not UTF-8 encoded. Save it again as UTF-8",
    },
    "file-missing": {
        "zh": "缺少文件 {name}",
        "en": "missing file {name}",
    },
    # -- fields
    "field-missing": {
        "zh": "缺少必填字段 {field}（{label}）。请添加一行，例如：{example}",
        "en": "required field {field} ({label}) is missing. Add a line such as: {example}",
    },
    "field-unknown": {
        "zh": "未知字段 {field}。{hint}",
        "en": "unknown field {field}. {hint}",
    },
    "field-unknown-hint-similar": {"zh": "是否想写 {suggestion}？", "en": "Did you mean {suggestion}?"},
    "field-unknown-hint-list": {"zh": "可用字段：{allowed}", "en": "allowed fields: {allowed}"},
    "field-date": {
        "zh": "字段 {field}（{label}）的值 {value} 不是有效日期。请写成 年-月-日，例如 2024-01-19",
        "en": "field {field} ({label}) has {value}, which is not a valid date. Write YYYY-MM-DD, e.g. 2024-01-19",
    },
    "field-text": {
        "zh": "字段 {field}（{label}）应为文字，实为 {value}。如是数字或日期，请加引号",
        "en": "field {field} ({label}) should be text, found {value}. Quote numbers and dates",
    },
    "field-bool": {
        "zh": "字段 {field}（{label}）只能是 true 或 false，实为 {value}",
        "en": "field {field} ({label}) must be true or false, found {value}",
    },
    "field-list": {
        "zh": "字段 {field}（{label}）应为列表，例如 [{example}]",
        "en": "field {field} ({label}) should be a list, e.g. [{example}]",
    },
    "field-choice": {
        "zh": "字段 {field}（{label}）的值 {value} 无效。可选值：{choices}",
        "en": "field {field} ({label}) has {value}, which is not allowed. Choose one of: {choices}",
    },
    "field-pattern": {
        "zh": "字段 {field}（{label}）的值 {value} 格式不对。{fix}",
        "en": "field {field} ({label}) has {value}, which has the wrong form. {fix}",
    },
    "field-empty": {
        "zh": "字段 {field}（{label}）不能为空",
        "en": "field {field} ({label}) must not be empty",
    },
    "field-invalid": {
        "zh": "字段 {field}（{label}）的值无效：{problem}",
        "en": "field {field} ({label}) is invalid: {problem}",
    },
    "field-not-for-kind": {
        "zh": "字段 {field}（{label}）只适用于{kinds}，本栏目“{section}”不使用。请删除此行",
        "en": "field {field} ({label}) applies only to {kinds}; section '{section}' does not use it. "
        "Delete the line",
    },
    "field-from-original": {
        "zh": "蒙古文译文不需要字段 {field}（{label}）：它取自中文原文。请删除此行",
        "en": "a Mongolian translation does not take {field} ({label}): it comes from the Chinese original. "
        "Delete the line",
    },
    "abolished-without-date": {
        "zh": "已废止的文件必须填写 abolished_on（废止日期），例如 abolished_on: 2024-03-01",
        "en": "an abolished document needs abolished_on, e.g. abolished_on: 2024-03-01",
    },
    "abolished-fields-but-valid": {
        "zh": "字段 {field} 只用于已废止的文件。如文件已废止，请写 validity: abolished；否则删除此行",
        "en": "{field} is only for abolished documents. Write validity: abolished, or delete the line",
    },
    "date-order": {
        "zh": "{later_label}（{later}）早于{earlier_label}（{earlier}）。请核对日期",
        "en": "{later_label} ({later}) is before {earlier_label} ({earlier}). Check the dates",
    },
    # -- references between documents
    "ref-missing": {
        "zh": "字段 {field}（{label}）指向的文件 {target} 不存在。请填写已有文件的 translation_key（通常是文件名，不含 .md）",
        "en": "{field} ({label}) points to {target}, which does not exist. Use an existing document's "
        "translation_key (usually its file name without .md)",
    },
    "ref-wrong-kind": {
        "zh": "字段 {field}（{label}）指向的 {target} 是“{found}”，应为“{expected}”",
        "en": "{field} ({label}) points to {target}, which is a {found}; it must be a {expected}",
    },
    "ref-self": {
        "zh": "字段 {field}（{label}）不能指向文件自身",
        "en": "{field} ({label}) cannot point to the document itself",
    },
    "key-duplicate": {
        "zh": "translation_key {key} 与 {other} 重复。每个文件的标识必须唯一，请改名",
        "en": "translation_key {key} is also used by {other}. Each document needs its own key; rename one",
    },
    "key-reserved": {
        "zh": "translation_key {key} 是保留字，不能用作文件地址。请换一个名称",
        "en": "translation_key {key} is reserved for the site's own pages. Choose another name",
    },
    "translation-without-original": {
        "zh": "蒙古文译文的 translation_key {key} 找不到对应的中文原文。请检查拼写，或先添加中文文件",
        "en": "Mongolian translation key {key} has no Chinese original. Check the spelling, or add the "
        "Chinese document first",
    },
    "translation-section-mismatch": {
        "zh": "蒙古文译文在栏目 {found}，但中文原文在栏目 {expected}。请把译文移到 content/mn/{expected}/",
        "en": "the translation is in section {found} but its original is in {expected}. Move it to "
        "content/mn/{expected}/",
    },
    # -- folders
    "unknown-language-folder": {
        "zh": "未知的语言目录 {name}。文档只能放在 content/zh/ 或 content/mn/ 下",
        "en": "unknown language folder {name}. Documents go under content/zh/ or content/mn/",
    },
    "unknown-section-folder": {
        "zh": "目录 {name} 不是 site.yml 中定义的栏目。可用栏目：{sections}",
        "en": "folder {name} is not a section in site.yml. Sections: {sections}",
    },
    "stray-file": {
        "zh": "文件 {name} 不在任何栏目目录中，已忽略。请移到 content/zh/<栏目>/ 下",
        "en": "{name} is not inside a section folder and was ignored. Move it to content/zh/<section>/",
    },
    "section-duplicate": {
        "zh": "栏目 id {id} 重复。每个栏目的 id 必须唯一",
        "en": "section id {id} appears twice. Each section needs its own id",
    },
    # -- locales
    "locale-key-missing": {
        "zh": "界面文字缺少键 {key}（{other} 中有）。请在本文件中补上译文",
        "en": "UI string {key} is missing (present in {other}). Add the translation here",
    },
    "locale-placeholder": {
        "zh": "界面文字 {key} 的占位符与 {other} 不一致：本文件 {found}，应为 {expected}",
        "en": "UI string {key} has placeholders {found}; {other} has {expected}",
    },
    "locale-not-text": {
        "zh": "界面文字 {key} 应为文字",
        "en": "UI string {key} should be text",
    },
    # -- build
    "engine-failed": {
        "zh": "网站生成失败（{lang} 版）：{problem}",
        "en": "the site build failed ({lang} edition): {problem}",
    },
    "link-broken": {
        "zh": "链接 {target} 指向的文件不存在。请检查文件名（区分大小写），或删除这个链接",
        "en": "the link {target} points to a file that does not exist. Check the name (case matters) or remove the link",
    },
    "link-anchor-missing": {
        "zh": "链接 {target} 指向的文件存在，但其中没有标题或锚点 #{anchor}。请检查 # 后面的文字",
        "en": "the link {target} points to a file that has no heading or anchor #{anchor}. Check the text after #",
    },
    "external-resource": {
        "zh": "页面 {page} 引用了外部资源 {url}。网站只能使用本站文件，请删除或改为本站文件",
        "en": "page {page} loads {url} from another site. Only the site's own files may be used",
    },
    # -- command line summaries
    "cli-check-ok": {
        "zh": "检查通过：{docs} 篇中文文件，{translations} 篇蒙古文译文，{warnings} 条警告",
        "en": "check passed: {docs} Chinese documents, {translations} Mongolian translations, {warnings} warnings",
    },
    "cli-failed": {
        "zh": "发现 {count} 个错误，未生成网站（原有网站保持不变）。请按上面的提示逐条修改",
        "en": "{count} error(s) found; nothing was published (the previous site is unchanged). Fix each one above",
    },
    "cli-check-failed": {
        "zh": "发现 {count} 个错误。请按上面的提示逐条修改",
        "en": "{count} error(s) found. Fix each one above",
    },
    "cli-built": {
        "zh": "网站已生成：{out}（中文 {zh} 页，蒙古文 {mn} 页）",
        "en": "site built in {out} ({zh} Chinese pages, {mn} Mongolian pages)",
    },
    "cli-no-content": {
        "zh": "找不到内容目录 {path}。请用 --content 指定",
        "en": "content folder {path} not found. Give it with --content",
    },
    "cli-serving": {
        "zh": "预览地址：http://{host}:{port}/ （保存文件后自动重新生成，按 Ctrl+C 退出）",
        "en": "preview at http://{host}:{port}/ (rebuilds when you save; Ctrl+C to stop)",
    },
    "cli-rebuilding": {"zh": "检测到修改，正在重新生成……", "en": "change detected, rebuilding…"},
}


def render_message(code: str, lang: str, params: dict[str, Any]) -> str:
    """Fill a message; a param `x_en` replaces `x` in English, and `hint_code` renders a nested hint."""
    values = dict(params)
    if lang != "zh":
        suffix = f"_{lang}"
        values.update({k[: -len(suffix)]: v for k, v in params.items() if k.endswith(suffix)})
    if "hint_code" in values:
        nested = {k: v for k, v in params.items() if k != "hint_code"}
        values["hint"] = render_message(values["hint_code"], lang, nested)
    entry = MESSAGES[code]
    template = entry.get(lang) or entry["zh"]
    return template.format(**values)
