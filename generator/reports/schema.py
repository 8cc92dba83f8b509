"""The fixed structure of the annual report's tables, with the official Chinese labels.

Keys follow ../shared/reference/standards.md §4.3–4.5. Labels are the official full-width forms; the
importer matches looser variants, the site prints these.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- 二、主动公开政府信息情况 ---------------------------------------------------------------------
PROACTIVE_ITEM_20_1 = "第二十条第（一）项"
DOCUMENT_COUNT_KINDS: dict[str, str] = {"rules": "规章", "normative_documents": "行政规范性文件"}
DOCUMENT_COUNT_FIELDS: dict[str, str] = {
    "issued": "本年制发件数",
    "abolished": "本年废止件数",
    "in_force": "现行有效件数",
}
DECISIONS: dict[str, tuple[str, str]] = {
    # key: (item, label) — the column is 本年处理决定数量
    "licensing": ("第二十条第（五）项", "行政许可"),
    "punishment": ("第二十条第（六）项", "行政处罚"),
    "enforcement": ("第二十条第（六）项", "行政强制"),
}
DECISIONS_COLUMN = "本年处理决定数量"
FEES_ITEM = "第二十条第（八）项"
FEES_LABEL = "行政事业性收费"
FEES_COLUMN = "本年收费金额（单位：万元）"
CONTENT_COLUMN = "信息内容"

# -- 三、收到和处理政府信息公开申请情况 -------------------------------------------------------------
APPLICANT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("N", "自然人"),
    ("B", "商业企业"),
    ("R", "科研机构"),
    ("S", "社会公益组织"),
    ("L", "法律服务机构"),
    ("O", "其他"),
    ("T", "总计"),
)
APPLICANT_KEYS = tuple(key for key, _ in APPLICANT_COLUMNS)
APPLICANT_LABEL = dict(APPLICANT_COLUMNS)
LEGAL_PERSON_GROUP = "法人或其他组织"  # heads B, R, S, L, O
APPLICANT_GROUP = "申请人情况"
APPLICATION_STUB_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


@dataclass(frozen=True)
class Row:
    key: str
    label: str  # the row's own label
    group: str | None = None  # the （三）…（六） sub-group it belongs to
    short: str = ""  # how messages name the row, e.g. 三（七）总计


OUTCOME_GROUP = "三、本年度办理结果"
GROUP_LABELS = {
    "r3_3": "（三）不予公开",
    "r3_4": "（四）无法提供",
    "r3_5": "（五）不予处理",
    "r3_6": "（六）其他处理",
}

APPLICATION_ROWS: tuple[Row, ...] = (
    Row("r1", "一、本年新收政府信息公开申请数量", short="一、本年新收"),
    Row("r2", "二、上年结转政府信息公开申请数量", short="二、上年结转"),
    Row("r3_1", "（一）予以公开", short="三（一）予以公开"),
    Row("r3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", short="三（二）部分公开"),
    Row("r3_3_1", "1.属于国家秘密", "r3_3", "三（三）1"),
    Row("r3_3_2", "2.其他法律行政法规禁止公开", "r3_3", "三（三）2"),
    Row("r3_3_3", "3.危及“三安全一稳定”", "r3_3", "三（三）3"),
    Row("r3_3_4", "4.保护第三方合法权益", "r3_3", "三（三）4"),
    Row("r3_3_5", "5.属于三类内部事务信息", "r3_3", "三（三）5"),
    Row("r3_3_6", "6.属于四类过程性信息", "r3_3", "三（三）6"),
    Row("r3_3_7", "7.属于行政执法案卷", "r3_3", "三（三）7"),
    Row("r3_3_8", "8.属于行政查询事项", "r3_3", "三（三）8"),
    Row("r3_4_1", "1.本机关不掌握相关政府信息", "r3_4", "三（四）1"),
    Row("r3_4_2", "2.没有现成信息需要另行制作", "r3_4", "三（四）2"),
    Row("r3_4_3", "3.补正后申请内容仍不明确", "r3_4", "三（四）3"),
    Row("r3_5_1", "1.信访举报投诉类申请", "r3_5", "三（五）1"),
    Row("r3_5_2", "2.重复申请", "r3_5", "三（五）2"),
    Row("r3_5_3", "3.要求提供公开出版物", "r3_5", "三（五）3"),
    Row("r3_5_4", "4.无正当理由大量反复申请", "r3_5", "三（五）4"),
    Row("r3_5_5", "5.要求行政机关确认或重新出具已获取信息", "r3_5", "三（五）5"),
    Row("r3_6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "r3_6", "三（六）1"),
    Row(
        "r3_6_2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "r3_6",
        "三（六）2",
    ),
    Row("r3_6_3", "3.其他", "r3_6", "三（六）3"),
    Row("r3_7", "（七）总计", short="三（七）总计"),
    Row("r4", "四、结转下年度继续办理", short="四、结转下年度"),
)
APPLICATION_ROW = {row.key: row for row in APPLICATION_ROWS}
OUTCOME_KEYS = tuple(row.key for row in APPLICATION_ROWS if row.key.startswith("r3_") and row.key != "r3_7")

# -- 四、政府信息公开行政复议、行政诉讼情况 ---------------------------------------------------------
REVIEW_GROUPS: tuple[tuple[str, str, str | None], ...] = (
    # key, label, parent label
    ("review", "行政复议", None),
    ("direct", "未经复议直接起诉", "行政诉讼"),
    ("after_review", "复议后起诉", "行政诉讼"),
)
REVIEW_COLUMNS: tuple[tuple[str, str], ...] = (
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)
REVIEW_KEYS = tuple(key for key, _ in REVIEW_COLUMNS)

SECTION_TITLES = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
