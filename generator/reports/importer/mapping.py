"""Table rows → the data file's keys, by the official labels (standards.md §4.3–4.5).

Rows are recognised by their label, never by their place: `label_key` makes `(三) 不 予公开` and
`（三）不予公开` the same. Columns are recognised by the header when the source keeps the grid (HTML);
the plain-text layout flattens merged header cells, so there the numbers to the right of a row's
labels are taken in the official order and their count must be exactly right.

Nothing is guessed: a blank or `/` cell becomes a gap for the editor to fill, a number that cannot be
placed is refused, and the pre-2021 layout's items without a counterpart are reported, not converted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.reports.importer.normalize import (
    Gap,
    Number,
    label_key,
    normalize_label,
    read_cell,
    split_ordinal,
)
from generator.reports.importer.notes import ImportNotes, excerpt
from generator.reports.importer.source import Block, Cell, Paragraph, Row
from generator.reports.schema import (
    APPLICANT_COLUMNS,
    APPLICATION_ROW,
    APPLICATION_ROWS,
    DECISIONS,
    DECISIONS_COLUMN,
    DOCUMENT_COUNT_FIELDS,
    DOCUMENT_COUNT_KINDS,
    FEES_COLUMN,
    FEES_LABEL,
    GROUP_LABELS,
    OUTCOME_GROUP,
    REVIEW_COLUMNS,
    REVIEW_GROUPS,
)

Value = Number | Gap
MISSING_ROW = Gap("原文缺少此行")
OLD_FORMAT = "2019年格式无此项"


@dataclass
class Tables:
    documents: dict[str, dict[str, Value]] = field(default_factory=dict)
    decisions: dict[str, Value] = field(default_factory=dict)
    fees: Value = MISSING_ROW
    applications: dict[str, list[Value] | Gap] = field(default_factory=dict)
    review: dict[str, list[Value] | Gap] = field(default_factory=dict)
    old_format: bool = False


def _texts(row: Row) -> list[str]:
    """The row's own cells (not the copies merged cells leave), without trailing blanks."""
    texts = [cell.text for cell in row.cells if not cell.spanned]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def _has_values(row: Row) -> bool:
    return any(
        isinstance(read_cell(text), Number) or (text and isinstance(read_cell(text), Gap))
        for text in _texts(row)
    )


def _dedupe(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if text and (not out or out[-1] != text):
            out.append(text)
    return out


def row_name(key: str) -> str:
    """A row of table 三 as the YAML comments and the notes name it: `三（三）不予公开 1.属于国家秘密`."""
    if key in GROUP_LABELS:
        return f"三{GROUP_LABELS[key]}"
    row = APPLICATION_ROW[key]
    if row.group is None:
        return f"三{row.label}" if key.startswith("r3_") else row.label
    group = GROUP_LABELS[row.group]
    return f"三{group} {row.label}" if key.endswith("_1") else f"三{group[:3]}{row.label}"


def map_tables(sections: dict[int, list[Block]], notes: ImportNotes) -> Tables:
    tables = Tables()
    _ProactiveTable(tables, notes).read(sections[2])
    _ApplicationTable(tables, notes).read(sections[3])
    _ReviewTable(tables, notes).read(sections[4])
    return tables


# -- 二、主动公开政府信息情况 -------------------------------------------------------------------------
_ITEM = re.compile(r"^第二十条第\(?[一二三四五六七八九十]+\)?项$")  # matched on normalize_label
_DOCUMENT_ROWS = {label_key(label): kind for kind, label in DOCUMENT_COUNT_KINDS.items()} | {
    "规范性文件": "normative_documents",  # the 2019 format's name, and a common shortening
}
_DECISION_ROWS = {label_key(label): key for key, (_, label) in DECISIONS.items()}
_FEES_ROW = label_key(FEES_LABEL)
_COLUMN_FIELDS = {label_key(label): name for name, label in DOCUMENT_COUNT_FIELDS.items()} | {
    label_key(DECISIONS_COLUMN): "decision",
    label_key(FEES_COLUMN): "fees",
    "处理决定数量": "decision",  # 2019: the same count under a shorter name
}
_FIELD_LABELS = {**DOCUMENT_COUNT_FIELDS, "decision": DECISIONS_COLUMN, "fees": FEES_COLUMN}
# 国办公开办函〔2019〕60号 columns with no counterpart in the 2021 format.
_OLD_COLUMNS = frozenset(
    {
        "本年新制作数量",
        "本年新公开数量",
        "对外公开总数量",
        "上一年项目数量",
        "本年增减",
        "采购项目数量",
        "采购总金额",
    }
)
_INFO_CONTENT = "信息内容"


class _ProactiveTable:
    def __init__(self, tables: Tables, notes: ImportNotes):
        self.tables, self.notes = tables, notes
        self.seen: dict[str, int] = {}

    def read(self, blocks: list[Block]) -> None:
        header: list[tuple[str, str]] | None = None  # (field or label key, the header's text) per column
        for block in blocks:
            if isinstance(block, Paragraph):
                if not _ITEM.match(normalize_label(block.text)):
                    self.notes.not_mapped([block])
                continue
            texts = _texts(block)
            if not texts:
                continue
            first = label_key(texts[0])
            if _ITEM.match(normalize_label(texts[0])):
                header = None
            elif first == label_key(_INFO_CONTENT):
                header = [
                    (_COLUMN_FIELDS.get(label_key(text), label_key(text)), re.sub(r"\s+", "", text))
                    for text in texts[1:]
                ]
                if any(name in _OLD_COLUMNS for name, _ in header):
                    self._old_format(block.line)
            elif first in _DOCUMENT_ROWS:
                kind = _DOCUMENT_ROWS[first]
                self.tables.documents[kind] = self._row(
                    block, texts, header, list(DOCUMENT_COUNT_FIELDS), kind
                )
            elif first in _DECISION_ROWS:
                key = _DECISION_ROWS[first]
                self.tables.decisions[key] = self._row(block, texts, header, ["decision"], key)["decision"]
            elif first == _FEES_ROW:
                self.tables.fees = self._row(block, texts, header, ["fees"], "fees")["fees"]
            else:
                self.notes.not_mapped([block])  # e.g. 2019's 其他对外管理服务事项, 政府集中采购
        for kind in DOCUMENT_COUNT_KINDS:
            self.tables.documents.setdefault(kind, dict.fromkeys(DOCUMENT_COUNT_FIELDS, MISSING_ROW))
        for key in DECISIONS:
            self.tables.decisions.setdefault(key, MISSING_ROW)

    def _old_format(self, line: int) -> None:
        if not self.tables.old_format:
            self.tables.old_format = True
            self.notes.note(line, "import-old-format")

    def _row(
        self, row: Row, texts: list[str], header: list[tuple[str, str]] | None, fields: list[str], key: str
    ) -> dict[str, Value]:
        label = texts[0]
        if key in self.seen:
            self.notes.refuse(row.line, "import-row-duplicate", row=label, first=self.seen[key])
        self.seen[key] = row.line
        columns = [name for name, _ in header] if header is not None else list(fields)
        titles = [text for _, text in header] if header is not None else list(fields)
        values = texts[1:]
        for extra in values[len(columns) :]:
            if extra:
                self.notes.refuse(
                    row.line,
                    "import-row-values",
                    row=label,
                    count=len(columns),
                    found=len(values),
                    values=" ".join(values),
                )
                break
        for name, title, text in zip(columns, titles, values, strict=False):
            value = read_cell(text)
            if name not in fields and name not in _OLD_COLUMNS and isinstance(value, Number) and value.value:
                self.notes.refuse(
                    row.line, "import-unknown-column-values", column=title or "（无标题）", value=text
                )
        result: dict[str, Value] = {}
        old = [title for name, title in zip(columns, titles, strict=True) if name in _OLD_COLUMNS]
        for name in fields:
            if name in columns:
                index = columns.index(name)
                result[name] = self._value(row, label, values[index] if index < len(values) else "")
            elif old:
                result[name] = Gap(OLD_FORMAT)
            else:
                result[name] = Gap("原表缺少此列")
                self.notes.note(row.line, "import-missing-column", row=label, column=_FIELD_LABELS[name])
        if old and any(isinstance(v, Gap) and v.reason == OLD_FORMAT for v in result.values()):
            self.notes.note(row.line, "import-old-format-item", "error", row=label, columns="、".join(old))
        return result

    def _value(self, row: Row, label: str, text: str) -> Value:
        value = read_cell(text)
        if isinstance(value, str):
            self.notes.refuse(row.line, "import-cell-unreadable", cell=label, value=value)
            return Gap("原文无法识别")
        return value


# -- 三、收到和处理政府信息公开申请情况 ----------------------------------------------------------------
_COLUMN_KEYS = [key for key, _ in APPLICANT_COLUMNS]
_COLUMN_OF = {label_key(label): key for key, label in APPLICANT_COLUMNS}
_ROWS_BY_LABEL: dict[str, list[str]] = {}
for _row in APPLICATION_ROWS:
    _ROWS_BY_LABEL.setdefault(label_key(_row.label), []).append(_row.key)
_OFFICIAL_ORDINAL = {row.key: split_ordinal(normalize_label(row.label))[0] for row in APPLICATION_ROWS}
_GROUP_OF = {label_key(label): key for key, label in GROUP_LABELS.items()}
_OUTCOME = label_key(OUTCOME_GROUP)


def _is_stub_note(text: str) -> bool:
    """（本列数据的勾稽关系为：…）, the top-left cell of table 三: all parenthetical, so no label_key."""
    return "勾稽关系" in normalize_label(text)


_SUBTOTAL = frozenset({"小计", "合计"})
_WIDTH = len(APPLICANT_COLUMNS)


@dataclass
class _Columns:
    """Where each official column sits in an HTML table (grid positions), from its header rows."""

    stub: int  # label cells are left of this position
    positions: dict[str, int]  # column key → position
    unknown: dict[int, str]  # position → header text of a column that is not official
    header_line: int


class _ApplicationTable:
    def __init__(self, tables: Tables, notes: ImportNotes):
        self.tables, self.notes = tables, notes
        self.seen: dict[str, int] = {}
        self.context: str | None = None  # the group the previous rows belonged to
        self.old_other: tuple[Row, list[Value]] | None = None
        self.unknown_values: dict[int, list[tuple[Row, Number | Gap | str]]] = {}

    def read(self, blocks: list[Block]) -> None:
        rows = [b for b in blocks if isinstance(b, Row)]
        for block in blocks:
            if isinstance(block, Paragraph) and not _is_stub_note(block.text):
                self.notes.not_mapped([block])
        first_data = next((i for i, row in enumerate(rows) if _has_values(row)), None)
        if first_data is None:
            line = blocks[0].line if blocks else 1
            self.notes.refuse(line, "import-no-table", section="三、收到和处理政府信息公开申请情况")
            return
        table = rows[first_data].table
        header = [row for row in rows[:first_data] if row.table == table]
        columns = _columns(header) if rows[first_data].aligned else None
        if columns is not None:
            for key in _COLUMN_KEYS:
                if key not in columns.positions:
                    self.notes.note(
                        columns.header_line,
                        "import-missing-column",
                        row="三、收到和处理政府信息公开申请情况",
                        column=dict(APPLICANT_COLUMNS)[key],
                    )
        self.notes.not_mapped([row for row in rows[:first_data] if row.table != table])
        for row in rows[first_data:]:
            self._row(row, columns)
        if columns is not None:
            self._check_unknown_columns(columns)
        self._finish()

    # -- one row
    def _row(self, row: Row, columns: _Columns | None) -> None:
        unknown: dict[int, Number | Gap | str] = {}
        if columns is not None:
            split = self._split_aligned(row, columns, unknown)
            if split is None:
                return
            labels, values = split
        else:
            labels, values = self._split_counted(row)
        key = self._resolve(row, labels, any(isinstance(v, str) and v for v in values))
        if key is None:
            return
        cells = self._values(row, row_name(key), values)
        if cells is None:
            return
        for position, value in unknown.items():
            self.unknown_values.setdefault(position, []).append((row, value))
        if key == "r3_6":
            self.old_other = (row, cells)
            return
        if key in self.seen:
            self.notes.refuse(row.line, "import-row-duplicate", row=row_name(key), first=self.seen[key])
            return
        self.seen[key] = row.line
        self.tables.applications[key] = cells

    def _split_aligned(
        self, row: Row, columns: _Columns, unknown: dict[int, Number | Gap | str]
    ) -> tuple[list[str], list[str | Gap]] | None:
        """(labels, values in the official column order) by the header's positions; the cells of columns
        that are not official go to `unknown`."""
        width = max([*columns.positions.values(), *columns.unknown, 0]) + 1
        cells = list(row.cells) + [Cell("")] * max(0, width - len(row.cells))
        values: list[str | Gap] = []
        for key in _COLUMN_KEYS:
            position = columns.positions.get(key)
            if position is None:
                values.append(Gap(f"原表没有“{dict(APPLICANT_COLUMNS)[key]}”列"))
                continue
            cell = cells[position]
            if isinstance(read_cell(cell.text), str) and not cell.spanned:
                # a label where a number should be: this row is not on the header's grid
                return self._split_counted(row)
            if cell.spanned and isinstance(read_cell(cell.text), Number):
                self.notes.refuse(row.line, "import-span-number", value=cell.text)
                return None
            values.append("" if cell.spanned else cell.text)
        for position in columns.unknown:
            cell = cells[position]
            unknown[position] = read_cell("" if cell.spanned else cell.text)
        return _dedupe(cell.text for cell in cells[: columns.stub]), values

    def _split_counted(self, row: Row) -> tuple[list[str], list[str | Gap]]:
        texts = _texts(row) if row.aligned else [cell.text for cell in row.cells]
        kinds = [read_cell(text) if text else None for text in texts]
        last_label = max((i for i, kind in enumerate(kinds) if isinstance(kind, str)), default=-1)
        labels = [text for text in texts[: last_label + 1] if text]
        values: list[str | Gap] = list(texts[last_label + 1 :])
        while len(values) > _WIDTH and not values[-1]:
            values.pop()
        while len(values) > _WIDTH and not values[0]:  # the flattened label column of a merged cell
            values.pop(0)
        return labels, values

    def _resolve(self, row: Row, labels: list[str], has_values: bool) -> str | None:
        """The row's key from its labels and the group of the rows above it; None for a group label on
        its own (it sets the group) and for what cannot be resolved (refused when it has numbers)."""
        group: str | None = None
        for text in labels[:-1]:
            key = label_key(text)
            if key == _OUTCOME:
                group = "r3"
            elif key in _GROUP_OF:
                group = _GROUP_OF[key]
            elif not _is_stub_note(text):
                self._unknown(row, text, has_values)
                return None
        if not labels:
            if has_values:
                self.notes.refuse(row.line, "import-row-unknown", label="（无）", text=excerpt(row.text))
            return None
        last = labels[-1]
        key = label_key(last)
        if key == _OUTCOME or key in _GROUP_OF:
            group = "r3" if key == _OUTCOME else _GROUP_OF[key]
            self.context = group
            if not has_values:
                return None
            if group == "r3_6":  # 2019: （六）其他处理 is a single row
                return "r3_6"
            self._unknown(row, last, has_values)
            return None
        candidates = _ROWS_BY_LABEL.get(key, [])
        if not candidates:
            self._unknown(row, last, has_values)
            return None
        context = group or self.context
        if len(candidates) > 1:
            candidates = [c for c in candidates if APPLICATION_ROW[c].group == context]
        if len(candidates) != 1:
            self._unknown(row, last, has_values)
            return None
        found = candidates[0]
        official = APPLICATION_ROW[found]
        ordinal = split_ordinal(normalize_label(last))[0]
        wrong_group = group is not None and (
            not found.startswith("r3_") if group == "r3" else official.group != group
        )
        if (ordinal and ordinal != _OFFICIAL_ORDINAL[found]) or wrong_group:
            expected = (
                f"{GROUP_LABELS[official.group]} {official.label}" if official.group else official.label
            )
            self.notes.refuse(row.line, "import-row-mismatch", label=" ".join(labels), expected=expected)
            return None
        self.context = official.group
        return found

    def _unknown(self, row: Row, label: str, has_values: bool) -> None:
        if has_values:
            self.notes.refuse(row.line, "import-row-unknown", label=label, text=excerpt(row.text))
        else:
            self.notes.not_mapped([row])

    def _values(self, row: Row, name: str, texts: list[str | Gap]) -> list[Value] | None:
        if len(texts) == _WIDTH + 1:
            kept = self._drop_extra_zero(row, name, [t if isinstance(t, str) else "" for t in texts])
            if kept is None:
                return None
            texts = list(kept)
        elif len(texts) != _WIDTH:
            self.notes.refuse(
                row.line,
                "import-row-values",
                row=name,
                count=_WIDTH,
                found=len(texts),
                values=" ".join(t if isinstance(t, str) and t else "（空）" for t in texts),
            )
            return None
        values: list[Value] = []
        for text, (_, column) in zip(texts, APPLICANT_COLUMNS, strict=True):
            value = read_cell(text) if isinstance(text, str) else text
            if isinstance(value, str):
                self.notes.refuse(row.line, "import-cell-unreadable", cell=f"{name} / {column}", value=value)
                return None
            values.append(value)
        return values

    def _drop_extra_zero(self, row: Row, name: str, texts: list[str]) -> list[str] | None:
        """One number more than the 7 columns (a flattened header that lists 其他 twice): drop a middle 0
        when every choice gives the same row and that row's 总计 is the sum of the others (rule E3)."""
        cells = [read_cell(t) for t in texts]
        numbers = [n.value for n in cells if isinstance(n, Number)]
        outcomes: set[tuple[str, ...]] = set()
        if len(numbers) == len(texts):
            for index in range(1, _WIDTH):
                kept = numbers[:index] + numbers[index + 1 :]
                if numbers[index] == 0 and kept[-1] == sum(kept[:-1]):
                    outcomes.add(tuple(texts[:index] + texts[index + 1 :]))
        if len(outcomes) != 1:
            self.notes.refuse(
                row.line,
                "import-extra-number",
                row=name,
                found=len(texts),
                values=" ".join(t or "（空）" for t in texts),
            )
            return None
        self.notes.note(row.line, "import-extra-column", row=name, found=len(texts))
        return list(outcomes.pop())

    # -- after the last row
    def _check_unknown_columns(self, columns: _Columns) -> None:
        for position, cells in self.unknown_values.items():
            title = columns.unknown[position] or "（无标题）"
            numbers = [(row, v) for row, v in cells if isinstance(v, Number) and v.value != 0]
            if not numbers:
                self.notes.note(
                    columns.header_line, "import-unknown-column", column=title, position=position + 1
                )
                continue
            if label_key(title) in _SUBTOTAL and self._is_subtotal(cells, columns):
                self.notes.note(
                    columns.header_line, "import-unknown-column", column=title, position=position + 1
                )
                continue
            row, value = numbers[0]
            self.notes.refuse(row.line, "import-unknown-column-values", column=title, value=value.text)

    def _is_subtotal(self, cells: list[tuple[Row, Number | Gap | str]], columns: _Columns) -> bool:
        """法人或其他组织 小计: the sum of the five columns under it, in every row."""
        for row, value in cells:
            if not isinstance(value, Number):
                return False
            parts = [
                read_cell(row.cells[p].text) if p < len(row.cells) else Gap("")
                for k in "BRSLO"
                if (p := columns.positions.get(k)) is not None
            ]
            numbers = [part.value for part in parts if isinstance(part, Number)]
            if len(numbers) != len(parts) or sum(numbers) != value.value:
                return False
        return True

    def _finish(self) -> None:
        sub_rows = [r.key for r in APPLICATION_ROWS if r.group == "r3_6"]
        if self.old_other is not None and not any(k in self.seen for k in sub_rows):
            row, cells = self.old_other
            self.tables.old_format = True
            if all(isinstance(v, Number) and v.value == 0 for v in cells):
                for key in sub_rows:
                    self.tables.applications[key] = list(cells)
                self.notes.note(row.line, "import-old-format-split")
            else:
                for key in sub_rows:
                    self.tables.applications[key] = Gap(OLD_FORMAT)
                self.notes.note(
                    row.line,
                    "import-old-format-item",
                    "error",
                    row=GROUP_LABELS["r3_6"],
                    columns="（六）其他处理 一行",
                )
        elif self.old_other is not None:
            row, _ = self.old_other
            self.notes.refuse(
                row.line, "import-row-unknown", label=GROUP_LABELS["r3_6"], text=excerpt(row.text)
            )
        for official in APPLICATION_ROWS:
            self.tables.applications.setdefault(official.key, MISSING_ROW)


def _columns(header: list[Row]) -> _Columns | None:
    """The official columns' positions from the header rows of a grid; None when they are unclear."""
    if not header:
        return None
    width = max(len(row.cells) for row in header)
    stacks = [[label_key(row.cells[p].text) for row in header if p < len(row.cells)] for p in range(width)]
    positions: dict[str, int] = {}
    stub = 0
    for position, stack in enumerate(stacks):
        if any(_is_stub_note(row.cells[position].text) for row in header if position < len(row.cells)):
            stub = position + 1
        found = {_COLUMN_OF[word] for word in stack if word in _COLUMN_OF}
        if len(found) > 1:
            return None
        if found:
            key = found.pop()
            if key in positions:
                return None
            positions[key] = position
    if not positions:
        return None
    stub = max(stub, min(positions.values()))
    if "T" not in positions:  # 合计 for 总计
        for position in range(stub, width):
            if position not in positions.values() and _SUBTOTAL & set(stacks[position]) == {"合计"}:
                positions["T"] = position
    if "N" not in positions or "T" not in positions:
        return None
    unknown = {
        position: next(
            (
                row.cells[position].text
                for row in reversed(header)
                if position < len(row.cells)
                and row.cells[position].text
                and label_key(row.cells[position].text) not in {"申请人情况"}
            ),
            "",
        )
        for position in range(stub, width)
        if position not in positions.values()
    }
    return _Columns(stub, positions, unknown, header[0].line)


# -- 四、政府信息公开行政复议、行政诉讼情况 ---------------------------------------------------------
_REVIEW_WIDTH = len(REVIEW_GROUPS) * len(REVIEW_COLUMNS)


def _review_group(word: str) -> str | None:
    if "直接起诉" in word:
        return "direct"
    if "复议后起诉" in word:
        return "after_review"
    return "review" if word == "行政复议" else None


def _review_column(word: str) -> str | None:
    for needle, key in (
        ("维持", "upheld"),
        ("纠正", "corrected"),
        ("其他", "other"),
        ("审结", "pending"),
        ("总计", "total"),
        ("合计", "total"),
    ):
        if needle in word:
            return key
    return None


class _ReviewTable:
    def __init__(self, tables: Tables, notes: ImportNotes):
        self.tables, self.notes = tables, notes

    def read(self, blocks: list[Block]) -> None:
        self.notes.not_mapped([b for b in blocks if isinstance(b, Paragraph)])
        rows = [b for b in blocks if isinstance(b, Row)]
        data = [row for row in rows if _has_values(row)]
        for group, _, _ in REVIEW_GROUPS:
            self.tables.review[group] = MISSING_ROW
        if not data:
            line = blocks[0].line if blocks else 1
            self.notes.refuse(line, "import-no-table", section="四、政府信息公开行政复议、行政诉讼情况")
            return
        row = data[0]
        header = [r for r in rows if r.table == row.table and r.line < row.line]
        self.notes.not_mapped([r for r in rows if r not in data and r not in header])
        for extra in data[1:]:
            self.notes.refuse(
                extra.line,
                "import-row-values",
                row="四、行政复议、行政诉讼",
                count=_REVIEW_WIDTH,
                found=len([t for t in _texts(extra) if t]),
                values=excerpt(extra.text),
            )
        texts = self._aligned(row, header) if row.aligned else None
        if texts is None:
            texts = self._counted(row, header)
        if texts is None:
            return
        values: list[Value] = []
        for text in texts:
            value = read_cell(text)
            if isinstance(value, str):
                self.notes.refuse(
                    row.line, "import-cell-unreadable", cell="四、行政复议、行政诉讼", value=value
                )
                return
            values.append(value)
        width = len(REVIEW_COLUMNS)
        for index, (group, _, _) in enumerate(REVIEW_GROUPS):
            self.tables.review[group] = values[index * width : (index + 1) * width]

    def _aligned(self, row: Row, header: list[Row]) -> list[str] | None:
        """Values in the official order, placed by the header's group and column labels."""
        if not header:
            return None
        slots: dict[tuple[str, str], int] = {}
        for position in range(max(len(r.cells) for r in header)):
            words = [label_key(r.cells[position].text) for r in header if position < len(r.cells)]
            groups = {g for w in words if (g := _review_group(w))}
            columns = {c for w in words if (c := _review_column(w))}
            if len(groups) == 1 and len(columns) == 1:
                slot = (groups.pop(), columns.pop())
                if slot in slots:
                    return None
                slots[slot] = position
        order = [(g, c) for g, _, _ in REVIEW_GROUPS for c, _ in REVIEW_COLUMNS]
        if set(slots) != set(order):
            return None
        cells = [row.cells[slots[slot]] if slots[slot] < len(row.cells) else Cell("") for slot in order]
        for cell in cells:
            if cell.spanned and isinstance(read_cell(cell.text), Number):
                self.notes.refuse(row.line, "import-span-number", value=cell.text)
                return None
        return ["" if cell.spanned else cell.text for cell in cells]

    def _counted(self, row: Row, header: list[Row]) -> list[str] | None:
        """Flattened headers: the 15 numbers in the official order, if the header says that order."""
        words = [label_key(text) for r in header for text in _texts(r)]
        columns = [c for w in words if (c := _review_column(w)) and not _review_group(w)]
        groups = _dedupe(g for w in words if (g := _review_group(w)))
        official = [c for c, _ in REVIEW_COLUMNS]
        if (
            not columns
            or len(columns) % len(official)
            or columns != official * (len(columns) // len(official))
            or groups != [g for g, _, _ in REVIEW_GROUPS][: len(groups)]
        ):
            self.notes.refuse(
                header[0].line if header else row.line,
                "import-review-columns",
                found=" ".join(_dedupe(w for w in words if w)) or "（无表头）",
            )
            return None
        texts = [cell.text for cell in row.cells if not cell.spanned]
        labels = [i for i, text in enumerate(texts) if isinstance(read_cell(text), str)]
        texts = texts[labels[-1] + 1 :] if labels else texts  # after a stub label such as 件数
        while len(texts) > _REVIEW_WIDTH and not texts[-1]:
            texts.pop()
        while len(texts) > _REVIEW_WIDTH and not texts[0]:
            texts.pop(0)
        if len(texts) != _REVIEW_WIDTH:
            self.notes.refuse(
                row.line,
                "import-row-values",
                row="四、行政复议、行政诉讼",
                count=_REVIEW_WIDTH,
                found=len(texts),
                values=" ".join(t or "（空）" for t in texts),
            )
            return None
        return texts
