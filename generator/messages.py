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
    # -- text encoding (docs/mongolian.md)
    "mongolian-pua": {
        "zh": "这一行有 {count} 个私用区（PUA）字符（第一个是 {first}），网页上会显示为方框或错字，也无法搜索。"
        "这是从蒙科立（Menksoft）等旧输入法、旧网站或旧文档复制来的字形编码文字（也可能是造字程序造的字），"
        "不是标准的 Unicode 文字。请用符合国家标准（Unicode）的输入法重新输入，或用厂商的转换工具转换后再粘贴",
        "en": "this line has {count} Private Use Area character(s) (the first is {first}); browsers show them as "
        "boxes or wrong letters and search cannot find them. This is glyph-encoded text copied from Menksoft or "
        "another legacy input method, site or document (or a self-made character), not standard Unicode text. "
        "Type it again with a Unicode (national-standard) input method, or convert it with the vendor's tool "
        "and paste it again",
    },
    "mongolian-cyrillic": {
        "zh": "这一行有 {count} 个西里尔字母（“{text}”）。蒙古文版使用传统蒙古文（Unicode U+1800–U+18AF），"
        "西里尔蒙古文（新蒙文）或俄文请改写为传统蒙古文；确需保留（例如外国名称原文）时可忽略本警告",
        "en": "this line has {count} Cyrillic letter(s) ('{text}'). The Mongolian edition is written in the "
        "traditional script (Unicode U+1800–U+18AF): write Cyrillic Mongolian or Russian in the traditional "
        "script, or ignore this warning when the Cyrillic is intended (a foreign name, for example)",
    },
    "text-not-nfc": {
        "zh": "这一行有未规范化的字符：{found} 应为 {expected}（Unicode NFC 形式）。两者看起来一样，但编码不同，"
        "会影响搜索和显示。请删除这个字，用输入法重新输入（FVS、MVS、窄不换行空格 NNBSP 不受影响，请保留）",
        "en": "this line has text that is not in Unicode NFC form: {found} should be {expected}. They look alike "
        "but are encoded differently, which breaks search and display. Delete the character and type it again "
        "(FVS, MVS and the narrow no-break space NNBSP are not affected: keep them)",
    },
    "locale-format-unknown": {
        "zh": "界面文字 {key} 的值 {value} 没有占位符，也不是已知的格式名称（{known}）",
        "en": "UI string {key} is {value}: it has no placeholders and is not a known format name ({known})",
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
    "link-absolute": {
        "zh": "链接 {target} 以 / 开头（网址路径）。网站换了地址或放进子目录后这种链接会失效。"
        "请写成从本文件出发的相对路径，例如 ../policy/文件名.md",
        "en": "the link {target} starts with / (a web path), which breaks when the site moves. "
        "Write the path from this file instead, e.g. ../policy/file-name.md",
    },
    "link-not-document": {
        "zh": "链接 {target} 指向的不是文档（.md 文件）、栏目或附件。附件要先在文件开头的 attachments: "
        "中列出才会发布；否则请链接文档，或删除这个链接",
        "en": "the link {target} points to something that is not a document (.md file), section or "
        "attachment. List a file under attachments: to publish it; otherwise link a document or remove the link",
    },
    "attachment-missing": {
        "zh": "附件 {file} 找不到（从 {folder}/ 出发查找）。请检查文件名（区分大小写）和所在文件夹",
        "en": "the attachment {file} was not found (looked for it from {folder}/). Check the name (case "
        "matters) and the folder",
    },
    "attachment-outside": {
        "zh": "附件 {file} 不在 {root}/ 之内。请把附件放在中文文件旁边或其下的文件夹里",
        "en": "the attachment {file} is outside {root}/. Keep attachments beside the Chinese document or in a "
        "folder below it",
    },
    "attachment-type": {
        "zh": "附件 {file} 的类型不能发布。可以发布的类型：{allowed}。请另存为其中一种（例如 PDF）",
        "en": "the attachment {file} has a type that is not published. Allowed: {allowed}. Save it as one of "
        "them (e.g. PDF)",
    },
    "attachment-duplicate": {
        "zh": "附件 {file} 与 {other} 文件名相同，发布后会互相覆盖。请给其中一个改名",
        "en": "the attachment {file} has the same file name as {other}; one would overwrite the other. Rename one",
    },
    "attachment-large": {
        "zh": "附件 {file} 有 {size}，用手机下载会很慢。能压缩或拆分的，请压缩或拆分",
        "en": "the attachment {file} is {size}, slow to download on a phone. Compress or split it if you can",
    },
    "link-other-language": {
        "zh": "链接 {target} 指向了 content/{lang}/ 以外的文件。请链接同一语言文件夹中的文档"
        "（另一种语言的版本，读者可以用页面顶部的语言切换打开）",
        "en": "the link {target} leads out of content/{lang}/. Link a document in the same language "
        "folder (readers reach the other language with the switch at the top of the page)",
    },
    "link-anchor-missing": {
        "zh": "链接 {target} 指向的文件存在，但其中没有标题或锚点 #{anchor}。请检查 # 后面的文字",
        "en": "the link {target} points to a file that has no heading or anchor #{anchor}. Check the text after #",
    },
    "external-resource": {
        "zh": "页面 {page} 引用了外部资源 {url}。网站只能使用本站文件，请删除或改为本站文件",
        "en": "page {page} loads {url} from another site. Only the site's own files may be used",
    },
    "font-missing": {
        "zh": "找不到蒙古文网页字体 Noto Sans Mongolian（已查找 {searched}）。请运行 make site"
        "（用 npm 安装字体），或安装 Debian 软件包 fonts-noto-core，或用环境变量 {env} 指定字体文件",
        "en": "the Mongolian webfont Noto Sans Mongolian was not found (looked for {searched}). Run make site "
        "(installs the font with npm), or install Debian's fonts-noto-core, or name a font file in the "
        "environment variable {env}",
    },
    "font-env-missing": {
        "zh": "环境变量 {env} 指定的字体文件不存在。请改正路径，或删除这个环境变量（改用 make site 安装的字体）",
        "en": "the font file named in the environment variable {env} does not exist. Correct the path, or "
        "unset the variable to use the font make site installs",
    },
    "font-unusable": {
        "zh": "这个文件不能用作蒙古文网页字体：{problem}。请换用 Noto Sans Mongolian 字体文件（.ttf、.otf 或 .woff2）",
        "en": "this file cannot be used as the Mongolian webfont: {problem}. Use a Noto Sans Mongolian font "
        "file (.ttf, .otf or .woff2)",
    },
    # -- annual reports (国办公开办函〔2021〕30号)
    "report-rule": {
        "zh": "{cell}: 应为 {expected}（{why}），实为 {found} [{rule}]",
        "en": "{cell}: should be {expected} ({why}), found {found} [{rule}]",
    },
    "report-balance": {
        "zh": "{column}: 一、本年新收（{r1}）+ 二、上年结转（{r2}）= {left}，但 三（七）总计（{r3_7}）+ "
        "四、结转下年度（{r4}）= {right}，两者应相等 [{rule}]",
        "en": "{column}: new ({r1}) + carried over ({r2}) = {left}, but total handled ({r3_7}) + carried "
        "forward ({r4}) = {right}; they must be equal [{rule}]",
    },
    "report-deadline": {
        "zh": "{year}年度报告的发布日期 {published} 不符合要求：{level}年度报告应在 {deadline} 前公布，"
        "且不早于年度结束（条例第四十九条）。请核对 published；确实逾期公布的，请如实填写日期并加一行 late_reason: 说明原因 [{rule}]",
        "en": "the {year} report's publication date {published} is outside the legal window: it must be "
        "published after the year ends and by {deadline} (条例第四十九条). Check published [{rule}]",
    },
    "report-late": {
        "zh": "{year}年度报告于 {published} 公布，晚于 {deadline} 的期限（条例第四十九条）。已按 late_reason 记录：{reason} [{rule}]",
        "en": "the {year} report was published on {published}, after the {deadline} deadline. Recorded with "
        "late_reason: {reason} [{rule}]",
    },
    "report-cell-blank": {
        "zh": "{cell}: 单元格为空。没有数据请填 0",
        "en": "{cell}: the cell is blank. Write 0 when there is nothing to report",
    },
    "report-cell-not-count": {
        "zh": "{cell}: 应为不小于 0 的整数，实为 {value}。不适用请填 0 [E4]",
        "en": "{cell}: must be a whole number ≥ 0, found {value}. Write 0 when not applicable [E4]",
    },
    "report-cell-not-amount": {
        "zh": "{cell}: 应为不小于 0 的金额（万元），实为 {value} [E4]",
        "en": "{cell}: must be an amount ≥ 0 (10,000 yuan), found {value} [E4]",
    },
    "report-not-mapping": {
        "zh": "“{table}”应写成“项目: 数值”的形式，见 docs/annual-report-format.md",
        "en": "'{table}' must be written as 'key: value' pairs; see docs/annual-report-format.md",
    },
    "report-unknown-key": {
        "zh": "“{table}”中没有 {key} 这一项。可用：{allowed}",
        "en": "'{table}' has no item {key}. Allowed: {allowed}",
    },
    "report-missing-key": {
        "zh": "“{table}”缺少 {key} 这一项。每一项都必须填写，没有数据请填 0",
        "en": "'{table}' is missing {key}. Every item must be filled in; write 0 when there is nothing",
    },
    "report-row-not-list": {
        "zh": "{row}: 应写成 {count} 个数的列表，例如 [0, 0, 0]；整行都是 0 时可以只写 0",
        "en": "{row}: write a list of {count} numbers, e.g. [0, 0, 0]; a row of zeros may be written as 0",
    },
    "report-row-length": {
        "zh": "{row}: 应有 {count} 个数（{columns}），实有 {found} 个",
        "en": "{row}: needs {count} numbers ({columns}), found {found}",
    },
    "report-year-file": {
        "zh": "文件名 {name} 与报告年度 {year} 不一致。请把文件命名为 {year}.yml",
        "en": "the file name {name} does not match the report year {year}. Name the file {year}.yml",
    },
    "report-data-missing": {
        "zh": "annual_report: {year} 找不到数据文件 content/reports/annual/{year}.yml。请先导入或创建该文件",
        "en": "annual_report: {year} has no data file content/reports/annual/{year}.yml. Import or create it first",
    },
    "report-narrative-sections": {
        "zh": "年度报告正文应有且只有三个二级标题（## 一、总体情况；## 五、存在的主要问题及改进情况；"
        "## 六、其他需要报告的事项），实有 {found} 个。二、三、四部分的表格由数据文件生成，不要写在正文中",
        "en": "a report narrative needs exactly three ## headings (sections 一, 五, 六), found {found}. "
        "Sections 二–四 are generated from the data file",
    },
    "report-catalogue": {
        "zh": "行政规范性文件：年报填报 本年制发 {declared_issued}、本年废止 {declared_abolished}、现行有效 "
        "{declared_in_force}；按本站政策文件目录统计为 本年制发 {computed_issued}、本年废止 {computed_abolished}、"
        "现行有效 {computed_in_force}。请核对（本站未收录的文件不计入统计）",
        "en": "normative documents: the report declares issued {declared_issued}, abolished {declared_abolished}, "
        "in force {declared_in_force}; the site's policy catalogue gives issued {computed_issued}, abolished "
        "{computed_abolished}, in force {computed_in_force}. Check them (documents not on the site are not counted)",
    },
    "report-ref-syntax": {
        "zh": "引用 {text} 写法不对。应写成 {{{{数值 = 单元格}}}}，例如 {{{{48 = r1.T}}}}，见 docs/annual-report-format.md",
        "en": "the reference {text} is malformed. Write {{{{number = cell}}}}, e.g. {{{{48 = r1.T}}}}",
    },
    "report-ref-unknown": {
        "zh": "引用中的 {name} 不是报告表格中的单元格。可用写法见 docs/annual-report-format.md",
        "en": "{name} in the reference is not a cell of the report tables; see docs/annual-report-format.md",
    },
    "report-ref-mismatch": {
        "zh": "正文写 {written}，但表格中 {expression} = {actual}。请核对正文或表格 [E10]",
        "en": "the text says {written}, but in the tables {expression} = {actual}. Check the text or the tables [E10]",
    },
    # -- data tables (content/tables/*.yml)
    "table-sum": {
        "zh": "第{row}行“{row_label}” / {column}: 应为 {expected}（{terms}之和），实为 {found}。请核对这些数字",
        "en": "row {row} “{row_label}” / {column}: should be {expected} (the sum of {terms}), found {found}. "
        "Check these numbers",
    },
    "table-row-length": {
        "zh": "第{row}行“{row_label}”有 {found} 格，应为 {expected} 格，依次是：{columns}",
        "en": "row {row} “{row_label}” has {found} cells; it needs {expected}, in this order: {columns}",
    },
    "table-blank-cell": {
        "zh": "第{row}行“{row_label}”的“{column}”一格是空的。每格都要填写：没有数值请填 0，没有文字请填 —",
        "en": "row {row} “{row_label}”: the cell “{column}” is blank. Fill in every cell: write 0 for no "
        "amount, — for no text",
    },
    "table-not-number": {
        "zh": "第{row}行“{row_label}”的“{column}”应为数字，实为 {value}。只写数字，不加引号、单位或千位分隔符，"
        "例如 1000 或 12.5",
        "en": "row {row} “{row_label}”: “{column}” should be a number, found {value}. Write only the number, "
        "without quotes, unit or thousands separators, e.g. 1000 or 12.5",
    },
    "table-unknown-column": {
        "zh": "sums 中的 {name} 不是本表的数字列。请填写数字列的 key：{columns}",
        "en": "{name} in sums is not a number column of this table. Use a column key: {columns}",
    },
    "table-unknown-row": {
        "zh": "sums 中的行号 {row} 不存在。本表共 {count} 行，行号从 1 开始，不计表头",
        "en": "row number {row} in sums does not exist. The table has {count} rows, numbered from 1 "
        "without the header",
    },
    "table-sum-form": {
        "zh": "sums 的每一项要写 column 或 row 其中之一，例如 {{column: funded, of: [central, local]}} "
        "或 {{row: 3, of: [1, 2]}}",
        "en": "each sums entry needs either column or row, e.g. {{column: funded, of: [central, local]}} "
        "or {{row: 3, of: [1, 2]}}",
    },
    "table-column-duplicate": {
        "zh": "列的 key {key} 重复（第 {first} 行已有）。每一列的 key 必须不同",
        "en": "column key {key} appears twice (first on line {first}). Each column needs its own key",
    },
    "table-name": {
        "zh": "表格文件名 {name} 不符合要求。只能用小写英文字母、数字和连字符 -，以 .yml 结尾，"
        "例如 key-investment-projects-2023.yml",
        "en": "the table file name {name} is not allowed. Use lowercase letters, digits and -, ending in .yml, "
        "e.g. key-investment-projects-2023.yml",
    },
    "table-unknown": {
        "zh": "表格 {name} 不存在：content/tables/ 中没有 {name}.yml。已有表格：{tables}",
        "en": "there is no table {name}: content/tables/ has no {name}.yml. Tables: {tables}",
    },
    # -- importing an annual report (gongkai import-report)
    "import-not-report": {
        "zh": "找不到年度报告的各部分标题（如“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”）。"
        "请确认这是政府信息公开工作年度报告，且标题各占一行",
        "en": "none of the report's section headings (二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况…) "
        "was found. Check that this is an annual disclosure report with each heading on its own line",
    },
    "import-no-section": {
        "zh": "找不到“{section}”部分的标题。请在原文中补上这一行标题（单独一行）后重新导入",
        "en": "the heading of section '{section}' was not found. Add it (on a line of its own) and import again",
    },
    "import-no-table": {
        "zh": "“{section}”部分没有找到含数字的表格。请检查原文的表格后重新导入",
        "en": "no table with numbers was found under '{section}'. Check the table in the source and import again",
    },
    "import-no-date": {
        "zh": "在“六、其他需要报告的事项”之后找不到落款日期（例如“2024年1月19日”，单独一行或写在机关名称之后）。"
        "发布日期取自落款，请在原文中补上后重新导入",
        "en": "no signature date (e.g. 2024年1月19日, on its own line or after the agency's name) follows section 六. "
        "The publication date comes from it: add it and import again",
    },
    "import-no-agency": {
        "zh": "找不到机关名称：标题中没有，落款日期前一行也没有。请在落款日期前一行写上机关名称后重新导入",
        "en": "the agency's name was found neither in the title nor on the line before the signature date. "
        "Add it above the date and import again",
    },
    "import-row-unknown": {
        "zh": "表格行“{label}”不是官方表格中的项目，其中的数字无法对应，未导入（原文：{text}）。"
        "请按官方名称改写这一行后重新导入",
        "en": "the table row '{label}' is not an item of the official table, so its numbers cannot be placed; "
        "nothing was imported (source: {text}). Use the official label and import again",
    },
    "import-row-mismatch": {
        "zh": "表格行“{label}”的序号或所属分组与官方表格不符（官方为“{expected}”），无法确定是哪一行，未导入。"
        "请核对原文后重新导入",
        "en": "the numbering or group of the row '{label}' does not match the official table ('{expected}'), "
        "so the row is unclear; nothing was imported. Check the source and import again",
    },
    "import-row-duplicate": {
        "zh": "“{row}”在第 {first} 行已经出现过，同一行不能有两组数字。请删除重复的一行后重新导入",
        "en": "'{row}' already appeared on line {first}; a row cannot have two sets of numbers. Delete one and "
        "import again",
    },
    "import-row-values": {
        "zh": "{row}: 应有 {count} 个数，原文有 {found} 个（{values}），无法确定各数属于哪一列，未导入。"
        "请核对原文这一行后重新导入",
        "en": "{row}: needs {count} numbers, the source has {found} ({values}); which column each belongs to "
        "is unclear, so nothing was imported. Check this row and import again",
    },
    "import-extra-column": {
        "zh": "{row}: 本行有 {found} 个数，多出一列 0，已按官方 7 列处理（去掉了多出的 0）。请与原文核对",
        "en": "{row}: the row has {found} numbers, one extra 0 column; read as the official 7 columns (the "
        "extra 0 dropped). Compare with the source",
    },
    "import-extra-number": {
        "zh": "{row}: 本行有 {found} 个数（{values}），比官方 7 列多一个；多出的数不是 0，或去掉哪一个都说不通"
        "（总计应等于各列之和），未导入。请把这一行改为官方 7 列后重新导入",
        "en": "{row}: the row has {found} numbers ({values}), one more than the official 7 columns; the extra "
        "one is not 0, or no choice makes 总计 the sum of the others. Nothing was imported: make the row 7 "
        "columns and import again",
    },
    "import-unknown-column": {
        "zh": "第 {position} 列“{column}”不是官方表格的列，其中的数都是 0、为空或是其他列之和，已忽略。请与原文核对",
        "en": "column {position} '{column}' is not an official column; its cells are all 0, blank or the sum "
        "of other columns, so it was ignored. Compare with the source",
    },
    "import-unknown-column-values": {
        "zh": "“{column}”列不是官方表格的列，但其中有数字 {value}，无法确定它属于哪一列，未导入。"
        "请把表格改为官方的列后重新导入",
        "en": "the column '{column}' is not an official column but holds the number {value}, which cannot be "
        "placed; nothing was imported. Use the official columns and import again",
    },
    "import-missing-column": {
        "zh": "{row}: 原表没有“{column}”列，数据文件中这一项留空（~），请核实后填写",
        "en": "{row}: the source table has no '{column}' column; the data file leaves it blank (~) for you to fill in",
    },
    "import-span-number": {
        "zh": "数字 {value} 所在的单元格跨了多列或多行（合并单元格），无法确定它属于哪一格，未导入。"
        "请取消合并后重新导入",
        "en": "the number {value} is in a merged cell spanning several columns or rows, so its cell is unclear; "
        "nothing was imported. Unmerge the cell and import again",
    },
    "import-cell-unreadable": {
        "zh": "{cell}: 无法识别“{value}”这个数。请改为数字（不适用请写 0，待核实请写 /）后重新导入",
        "en": "{cell}: '{value}' is not a number. Write a number (0 when not applicable, / when to be checked) "
        "and import again",
    },
    "import-review-columns": {
        "zh": "“四、政府信息公开行政复议、行政诉讼情况”表头的列顺序与官方表格不同或无法识别（{found}），"
        "无法确定各数属于哪一列，未导入",
        "en": "the header of table 四 (行政复议、行政诉讼) is not in the official order or cannot be read ({found}); "
        "which column each number belongs to is unclear, so nothing was imported",
    },
    "import-old-format": {
        "zh": "原文是2021年以前的格式（国办公开办函〔2019〕60号）。只导入了与2021年格式含义相同的项目，"
        "其余项目在数据文件中留空（~），请按2021年格式核实填写",
        "en": "the source uses the format before 2021 (国办公开办函〔2019〕60号). Only items with the same "
        "meaning in the 2021 format were imported; the rest are left blank (~) for you to fill in",
    },
    "import-old-format-item": {
        "zh": "“{row}”是2019年格式的项目（{columns}），与2021年格式的含义不同，未导入；数据文件中这一项留空（~），"
        "请按2021年格式核实填写",
        "en": "'{row}' is an item of the 2019 format ({columns}) whose meaning differs from the 2021 format; "
        "it was not imported and the data file leaves it blank (~) for you to fill in",
    },
    "import-old-format-split": {
        "zh": "2019年格式只有“（六）其他处理”一行；原文这一行全为 0，因此（六）下的三行都填为 0。请与原文核对",
        "en": "the 2019 format has a single row （六）其他处理; it is all 0 in the source, so its three rows in the "
        "2021 format were written as 0. Compare with the source",
    },
    "import-year": {
        "zh": "报告年度定为 {year} 年：{reason}。请核对数据文件中的 year 和 published",
        "en": "the report year was taken as {year}: {reason}. Check year and published in the data file",
    },
    "import-heading-derived": {
        "zh": "原文没有“{title}”标题，已把第 {first} 至 {last} 行作为“{title}”导入。请核对",
        "en": "the source has no heading '{title}'; lines {first}–{last} were imported as that section. Check them",
    },
    "import-incomplete-start": {
        "zh": "原文开头似乎不完整（“{text}”），已原样导入。请对照原件补全开头",
        "en": "the source seems to start mid-sentence ('{text}'); it was imported as it is. Complete the "
        "beginning from the original",
    },
    "import-narrative-number": {
        "zh": "正文写“{text}”，但表格中 {cell} 为 {actual}，未改为引用。请核对正文或表格",
        "en": "the text says '{text}', but {cell} in the tables is {actual}; it was not made a reference. "
        "Check the text or the tables",
    },
    "import-index-no": {
        "zh": "原文中没有索引号，index_no 暂写为“（请填写索引号）”。请改为本报告的索引号",
        "en": "the source has no index number; index_no holds a placeholder. Replace it with the report's index number",
    },
    "import-unmapped-line": {
        "zh": "未导入（不属于年度报告的任何部分）：{text}",
        "en": "not imported (not part of any section of the report): {text}",
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
    # gongkai check --translations (generator/translation_status.py)
    "cli-translations-title": {"zh": "蒙古文翻译状态", "en": "Mongolian translation status"},
    "cli-translations-section": {"zh": "栏目", "en": "section"},
    "cli-translations-originals": {"zh": "原文", "en": "originals"},
    "cli-translations-current": {"zh": "已译（最新）", "en": "up to date"},
    "cli-translations-stale": {"zh": "过时", "en": "stale"},
    "cli-translations-unknown": {"zh": "无法判断", "en": "unknown"},
    "cli-translations-missing": {"zh": "缺译", "en": "missing"},
    "cli-translations-total": {"zh": "合计", "en": "total"},
    "cli-translations-stale-list": {
        "zh": "过时的译文（{count} 篇）：原文在翻译之后修改过。请对照原文更新译文，并把译文的 updated 改为当天日期",
        "en": "stale translations ({count}): the original changed after the translation. Update each from the "
        "original and set the translation's updated to the day you do",
    },
    "cli-translations-stale-date": {
        "zh": "{path}：原文日期 {original}，译文 updated {translation}",
        "en": "{path}: original dated {original}, translation updated {translation}",
    },
    "cli-translations-stale-git": {
        "zh": "{path}：原文最后提交于 {original}，译文最后提交于 {translation}（按 git 记录）",
        "en": "{path}: original last committed {original}, translation {translation} (git history)",
    },
    "cli-translations-missing-list": {
        "zh": "缺少译文（{count} 篇，箭头后是译文文件应放的位置）：",
        "en": "missing translations ({count}; after the arrow: where the translation file goes):",
    },
    "cli-translations-unknown-list": {
        "zh": "无法判断是否过时（{count} 篇）：译文没有 updated 日期，内容目录又不在 git 仓库中或文件尚未提交。"
        "请在译文中写 updated: 翻译完成的日期",
        "en": "cannot tell whether these are up to date ({count}): the translation has no updated date, and the "
        "content folder is not in a git repository or the files were never committed. Write updated: <the day "
        "it was translated> in the translation",
    },
    "cli-built": {
        "zh": "网站已生成：{out}（中文 {zh} 页，蒙古文 {mn} 页）",
        "en": "site built in {out} ({zh} Chinese pages, {mn} Mongolian pages)",
    },
    "cli-font": {
        "zh": "蒙古文字体：{family} 原始 {before} → 子集 {after}（{characters} 个字符）",
        "en": "Mongolian font: {family} {before} → subset {after} ({characters} characters)",
    },
    "cli-engine-unknown": {
        "zh": "不认识的生成引擎 {name}（来自 --engine 或环境变量 {env}）。可用：{engines}",
        "en": "unknown engine {name} (from --engine or the environment variable {env}). Available: {engines}",
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
    "cli-import-no-file": {
        "zh": "找不到要导入的文件 {path}",
        "en": "the file to import, {path}, was not found",
    },
    "cli-import-exists": {
        "zh": "{paths} 已存在，未导入（以免覆盖已修改的内容）。确需覆盖请加 --force",
        "en": "{paths} already exist(s); nothing was imported, so no edits are overwritten. Add --force to replace",
    },
    "cli-import-refused": {
        "zh": "未导入：原文中有 {count} 处无法识别（见上），没有写入任何文件。请修改原文后重新导入",
        "en": "not imported: {count} problem(s) in the source (see above); no file was written. Fix the source "
        "and import again",
    },
    "cli-import-errors": {
        "zh": "已写入 {files}，但发现 {count} 个错误（见上）。文件已保留，请逐条修改后运行 gongkai check",
        "en": "wrote {files}, but found {count} error(s) (see above). The files are kept: fix each one, then run "
        "gongkai check",
    },
    "cli-import-ok": {
        "zh": "已导入 {year} 年度报告：{files}（{unmapped} 行未导入，{warnings} 条提示，见上）。请与原件核对",
        "en": "imported the {year} report: {files} ({unmapped} line(s) not imported, {warnings} note(s) above). "
        "Compare with the original",
    },
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
