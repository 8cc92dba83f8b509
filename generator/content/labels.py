"""How editors' fields and section kinds are named in messages: Chinese and English labels, an example
line for each field, and the fix for each field that has a fixed form."""

from __future__ import annotations

FIELD_LABELS: dict[str, tuple[str, str, str]] = {
    # key: (Chinese label, English label, example line)
    "title": ("标题", "title", "title: 关于……的通知"),
    "published": ("发布日期", "publication date", "published: 2024-01-19"),
    "written": ("成文日期", "date written", "written: 2024-01-15"),
    "updated": ("最后更新", "last updated", "updated: 2024-02-01"),
    "issuer": ("发文机关", "issuing body", "issuer: 包头稀土高新区投资促进局"),
    "doc_no": ("文号", "document number", "doc_no: 包高新投发〔2024〕3号"),
    "index_no": ("索引号", "index number", "index_no: 11150200MB0000000X/2024-00003"),
    "topic": ("主题分类", "topic", "topic: 综合政务\\政务公开"),
    "validity": ("有效性", "validity", "validity: valid"),
    "abolished_on": ("废止日期", "date abolished", "abolished_on: 2024-03-01"),
    "replaced_by": ("替代文件", "replaced by", "replaced_by: new-policy-2024"),
    "interprets": ("解读的文件", "interprets", "interprets: some-policy"),
    "interpreted_by": ("相关解读", "interpretations", "interpreted_by: [some-interpretation]"),
    "translation_key": ("文档标识", "translation key", "translation_key: rare-earth-notice"),
    "summary": ("内容概述", "summary", "summary: 本文件规定了……"),
    "annual_report": ("年报数据年度", "annual report year", "annual_report: 2023"),
    "attachments": (
        "附件",
        "attachments",
        "attachments: [{file: 申报表.docx, title: 招商引资奖励资金申报表}]",
    ),
    "file": ("附件文件", "attachment file", "file: 申报表.docx"),
    "example_data": ("示例数据", "example data", "example_data: true"),
    "agency": ("机关名称", "agency name", "agency: {zh: ……, mn: ……}"),
    "site_name": ("网站名称", "site name", "site_name: {zh: ……, mn: ……}"),
    "domain": ("网站域名", "site domain", "domain: tzcjj.example.gov.cn"),
    "site_id_code": ("网站标识码", "site ID code", 'site_id_code: "1502990001"'),
    "icp": ("ICP备案号", "ICP number", "icp: 蒙ICP备05000000号-1"),
    "public_security": (
        "公网安备号",
        "public-security filing",
        "public_security: 蒙公网安备15020702000001号",
    ),
    "address": ("地址", "address", "address: {zh: ……, mn: ……}"),
    "phone": ("电话", "phone", "phone: 0472-0000000"),
    "email": ("电子邮箱", "e-mail", "email: office@example.gov.cn"),
    "sections": (
        "栏目列表",
        "sections",
        "sections: [{id: policy, kind: policy, title: {zh: 政策文件, mn: ……}}]",
    ),
    "id": ("栏目标识", "section id", "id: policy"),
    "kind": ("栏目类型", "section kind", "kind: policy"),
    "zh": ("中文", "Chinese", "zh: ……"),
    "mn": ("蒙古文", "Mongolian", "mn: ……"),
    # data tables, content/tables/<name>.yml (docs/data-tables.md)
    "unit": ("计量单位", "unit", "unit: {zh: 万元}"),
    "caption_note": ("表格说明", "table note", "caption_note: {zh: 到位资金统计截至2023年2月28日}"),
    "columns": ("表格各列", "columns", "columns: [{key: name, label: {zh: 项目名称}, type: text}]"),
    "rows": ("表格各行", "rows", "rows: [[稀土永磁材料扩产项目, 52000, 18600]]"),
    "sums": ("合计关系", "sums", "sums: [{column: funded, of: [central, local]}]"),
    "key": ("列标识", "column key", "key: funded"),
    "label": ("列名称", "column label", "label: {zh: 到位资金}"),
    "group": ("上级列名称", "column group", "group: {zh: 投资情况}"),
    "type": ("列类型", "column type", "type: number"),
    "column": ("合计列", "sum column", "column: funded"),
    "row": ("合计行", "sum row", "row: 4"),
    "of": ("相加的列或行", "terms", "of: [central, local]"),
}

PATTERN_FIXES: dict[str, tuple[str, str]] = {
    "doc_no": (
        "文号应以〔年份〕编号号结尾，括号用〔〕，例如 包高新投发〔2024〕3号",
        "end with 〔year〕number号 using the brackets 〔〕, e.g. 包高新投发〔2024〕3号",
    ),
    "translation_key": (
        "只能用小写英文字母、数字和连字符 -，例如 rare-earth-notice",
        "use lowercase letters, digits and -, e.g. rare-earth-notice",
    ),
    "replaced_by": ("请填写另一文件的 translation_key", "write another document's translation_key"),
    "interprets": ("请填写被解读文件的 translation_key", "write the interpreted policy's translation_key"),
    "interpreted_by": ("请填写解读文件的 translation_key", "write the interpretation's translation_key"),
    "id": ("只能用小写英文字母、数字和连字符 -", "use lowercase letters, digits and -"),
    "domain": (
        "只写域名，不带 https:// 和 /，例如 tzcjj.example.gov.cn",
        "the bare domain without https:// or /, e.g. tzcjj.example.gov.cn",
    ),
    "site_id_code": ("应为 10 位数字，或 bm 加 8 位数字，并加引号", "10 digits, or bm + 8 digits, quoted"),
    "icp": ("例如 蒙ICP备05000000号-1", "e.g. 蒙ICP备05000000号-1"),
    "public_security": ("例如 蒙公网安备15020702000001号", "e.g. 蒙公网安备15020702000001号"),
    "email": ("例如 office@example.gov.cn", "e.g. office@example.gov.cn"),
}


KIND_LABELS: dict[str, tuple[str, str]] = {
    "policy": ("政策文件", "policy"),
    "notice": ("通知公告", "notice"),
    "interpretation": ("政策解读", "interpretation"),
    "report": ("年度报告", "annual report"),
    "qa": ("政策问答", "Q&A"),
    "page": ("固定页面", "page"),
}
